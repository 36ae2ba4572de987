// SPDX-License-Identifier: MIT
#include "editor/pages/MetricsPage.h"

#include "editor/series/SeriesPanel.h"
#include "exchange/SvgSanitizer.h"
#include "domain/DisplayNames.h"
#include "itemmodels/QuestionModel.h"
#include "itemmodels/ToolTip.h"
#include "widgets/Dialogs.h"
#include "widgets/MarkdownEdit.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QImageReader>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMimeData>
#include <QMimeDatabase>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace hindsight {

using MF = CoeDocument::MetricField;

MetricsPage::MetricsPage(CoeDocument* document, QWidget* parent)
    : EditorPage(document, analysis::Section::Metrics, parent), m_model(new MetricModel(document, this))
{
    auto* layout = new QVBoxLayout(this);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("metricProblemLabel"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b01c1c;"));
    m_problem->hide();
    auto* splitter = new QSplitter(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_problem);

    auto* left = new QWidget(splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_list = new QListView(left);
    m_list->setObjectName(QStringLiteral("metricsListView"));
    m_list->setAccessibleName(tr("Metrics"));
    m_list->setModel(m_model);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    leftLayout->addWidget(m_list, 1);
    auto* listButtons = new QHBoxLayout;
    auto* add = new QPushButton(tr("Add Me&tric"), left);
    add->setObjectName(QStringLiteral("addMetricButton"));
    auto* remove = new QPushButton(tr("Re&move"), left);
    remove->setObjectName(QStringLiteral("removeMetricButton"));
    listButtons->addWidget(add);
    listButtons->addWidget(remove);
    leftLayout->addLayout(listButtons);

    m_detail = new QWidget(splitter);
    auto* form = new QFormLayout(m_detail);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_name = new QLineEdit(m_detail);
    m_name->setObjectName(QStringLiteral("metricNameLineEdit"));
    m_name->setAccessibleName(tr("Metric name"));
    m_name->setPlaceholderText(tr("Checkout 5xx error rate (EU)"));
    form->addRow(tr("N&ame:"), m_name);
    m_role = new QComboBox(m_detail);
    m_role->setObjectName(QStringLiteral("metricRoleComboBox"));
    m_role->setAccessibleName(tr("Metric role"));
    m_role->addItem(tr("(not said)"), int(MetricRole::None));
    for (MetricRole r : allValues<MetricRole>())
        m_role->addItem(displayName(r), int(r));
    form->addRow(tr("Ro&le:"), m_role);
    m_source = new QLineEdit(m_detail);
    m_source->setObjectName(QStringLiteral("metricSourceLineEdit"));
    m_source->setAccessibleName(tr("Dashboard address"));
    m_source->setPlaceholderText(QStringLiteral("https://dashboards.example.com/d/checkout-errors"));
    form->addRow(tr("Das&hboard:"), m_source);
    m_description = new MarkdownEdit(m_detail);
    m_description->setObjectName(QStringLiteral("metricDescriptionEdit"));
    m_description->setAccessibleName(tr("Metric description"));
    m_description->setPlaceholderText(tr("What it measures, and what it showed: peaked at 38% at 14:20 UTC."));
    form->addRow(tr("Des&cription:"), m_description);
    m_images = new QListWidget(m_detail);
    m_images->setObjectName(QStringLiteral("metricImagesListWidget"));
    m_images->setAccessibleName(tr("Images; type a caption with F2, paste with Ctrl+V"));
    m_images->setViewMode(QListView::IconMode);
    m_images->setIconSize(QSize(160, 100));
    m_images->setGridSize(QSize(190, 150));
    m_images->setResizeMode(QListView::Adjust);
    m_images->setMovement(QListView::Static);
    m_images->setWordWrap(true);
    m_images->setMinimumHeight(170);
    m_images->setAcceptDrops(true);
    m_images->viewport()->setAcceptDrops(true);
    m_images->setDropIndicatorShown(true);
    m_images->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_images->installEventFilter(this);
    m_images->viewport()->installEventFilter(this);
    form->addRow(tr("&Images:"), m_images);
    auto* imageButtons = new QHBoxLayout;
    auto* addImage = new QPushButton(tr("A&dd Image…"), m_detail);
    addImage->setObjectName(QStringLiteral("addImageButton"));
    auto* pasteImage = new QPushButton(tr("&Paste Image"), m_detail);
    pasteImage->setObjectName(QStringLiteral("pasteImageButton"));
    m_removeImage = new QPushButton(tr("Rem&ove Image"), m_detail);
    m_removeImage->setObjectName(QStringLiteral("removeImageButton"));
    imageButtons->addWidget(addImage);
    imageButtons->addWidget(pasteImage);
    imageButtons->addWidget(m_removeImage);
    imageButtons->addStretch(1);
    form->addRow(QString(), imageButtons);
    m_series = new SeriesPanel(document, m_detail);
    form->addRow(tr("Series:"), m_series); // every letter of it is taken on this step
    setAcceptDrops(true); // a monitoring export dropped onto the step
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({220, 600});

    connect(add, &QPushButton::clicked, this, [this] {
        setCurrentRow(m_doc->addMetric());
        m_name->setFocus();
    });
    connect(remove, &QPushButton::clicked, this, [this] { m_doc->removeMetric(currentRow()); });
    connect(m_name, &QLineEdit::textEdited, this,
            [this](const QString& t) { m_doc->setMetricField(currentRow(), MF::Name, t); });
    connect(m_role, &QComboBox::activated, this,
            [this](int i) { m_doc->setMetricField(currentRow(), MF::Role, m_role->itemData(i)); });
    connect(m_source, &QLineEdit::textEdited, this,
            [this](const QString& t) { m_doc->setMetricField(currentRow(), MF::SourceUrl, t); });
    connect(m_description, &MarkdownEdit::edited, this,
            [this](const QString& t) { m_doc->setMetricField(currentRow(), MF::Description, t); });
    connect(m_images, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        if (!m_updating)
            m_doc->setImageCaption(currentRow(), m_images->row(item), item->text());
    });
    connect(addImage, &QPushButton::clicked, this, [this] {
        const QStringList files = FileDialog::getOpenFileNames(
            this, tr("Add Images"), tr("Images (*.png *.jpg *.jpeg *.svg);;All files (*)"));
        for (const QString& f : files)
            addImageFile(f);
    });
    connect(pasteImage, &QPushButton::clicked, this, [this] {
        const QImage image = QApplication::clipboard()->image();
        if (image.isNull()) {
            showProblem(tr("The clipboard holds no image."));
            return;
        }
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        addImageData(png, QStringLiteral("pasted.png"));
    });
    connect(m_removeImage, &QPushButton::clicked, this,
            [this] { m_doc->removeImage(currentRow(), m_images->currentRow()); });
    connect(m_series, &SeriesPanel::problem, this, &MetricsPage::showProblem);
    connect(m_series, &SeriesPanel::addFromFileRequested, this, &MetricsPage::addSeriesFromFile);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &MetricsPage::refreshDetail);
    connect(m_doc, &CoeDocument::changed, this, &MetricsPage::refreshDetail);
    refreshDetail();
    if (m_model->rowCount() > 0)
        setCurrentRow(0);
    registerField(QStringLiteral("metrics"), m_list);
}

int MetricsPage::currentRow() const
{
    return m_list->currentIndex().isValid() ? m_list->currentIndex().row() : -1;
}

void MetricsPage::setCurrentRow(int row)
{
    m_list->setCurrentIndex(m_model->index(row, 0));
}

void MetricsPage::showProblem(const QString& text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

int MetricsPage::ensureMetric(const QString& name)
{
    if (currentRow() < 0) {
        if (m_model->rowCount() == 0) {
            Metric m;
            m.name = name;
            m_doc->addMetric(m);
        }
        setCurrentRow(0);
    }
    return currentRow();
}

bool MetricsPage::addSeriesFromFile()
{
    const QString path = FileDialog::getOpenFileName(
        this, tr("Add Series from File"),
        tr("Monitoring exports (*.csv *.tsv *.txt *.json);;All files (*)"));
    if (path.isEmpty())
        return false;
    return addSeriesFile(path);
}

bool MetricsPage::addSeriesFile(const QString& path)
{
    showProblem({});
    return m_series->importFile(ensureMetric(QFileInfo(path).completeBaseName()), path);
}

bool MetricsPage::pasteSeries()
{
    const QString text = QApplication::clipboard()->text();
    if (text.trimmed().isEmpty()) {
        showProblem(tr("The clipboard holds no text to read series from."));
        return false;
    }
    showProblem({});
    return m_series->importBytes(ensureMetric(tr("Pasted series")), text.toUtf8(), tr("the pasted text"));
}

void MetricsPage::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MetricsPage::dropEvent(QDropEvent* event)
{
    // Images go to the images; anything else is read as a monitoring export.
    for (const QUrl& url : event->mimeData()->urls()) {
        if (!url.isLocalFile())
            continue;
        const QString path = url.toLocalFile();
        if (QMimeDatabase().mimeTypeForFile(path).name().startsWith(QLatin1String("image/")))
            addImageFile(path);
        else
            addSeriesFile(path);
    }
    event->acceptProposedAction();
}

bool MetricsPage::addImageFile(const QString& path)
{
    const QFileInfo info(path);
    if (info.size() > kMaxImageBytes) {
        showProblem(tr("%1 is larger than 20 MB; attach a smaller image or link the dashboard instead.")
                        .arg(info.fileName()));
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showProblem(tr("%1 could not be read: %2").arg(info.fileName(), file.errorString()));
        return false;
    }
    return addImageData(file.read(kMaxImageBytes + 1), info.fileName());
}

bool MetricsPage::addImageData(const QByteArray& data, const QString& fileName)
{
    if (currentRow() < 0) {
        if (m_model->rowCount() == 0)
            m_doc->addMetric();
        setCurrentRow(0);
    }
    if (data.size() > kMaxImageBytes) {
        showProblem(tr("%1 is larger than 20 MB; attach a smaller image or link the dashboard instead.").arg(fileName));
        return false;
    }
    const QString type = QMimeDatabase().mimeTypeForFileNameAndData(fileName, data).name();
    static const QStringList allowed{QStringLiteral("image/png"), QStringLiteral("image/jpeg"),
                                     QStringLiteral("image/svg+xml")};
    if (!allowed.contains(type)) {
        showProblem(tr("%1 is not a PNG, JPEG or SVG image.").arg(fileName));
        return false;
    }
    QByteArray bytes = data;
    QString problem;
    if (type == QLatin1String("image/svg+xml")) {
        // The document keeps the image alone (coe-format.md, "Images").
        const exchange::SvgSanitized clean = exchange::SvgSanitizer::sanitize(data);
        if (!clean.ok()) {
            showProblem(tr("%1 cannot be attached: %2").arg(fileName, clean.error));
            return false;
        }
        if (!clean.removed.isEmpty()) {
            bytes = clean.svg;
            problem = tr("%1 referred to content outside itself; that was removed: %2")
                          .arg(fileName, exchange::SvgSanitizer::describe(clean.removed));
        }
    }
    showProblem(problem);
    m_doc->addImage(currentRow(), MetricImage{fileName, type, bytes, {}});
    return true;
}

bool MetricsPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_images->viewport() || watched == m_images) {
        if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
            auto* e = static_cast<QDropEvent*>(event);
            if (e->mimeData()->hasUrls() || e->mimeData()->hasImage()) {
                e->acceptProposedAction();
                return true;
            }
        } else if (event->type() == QEvent::Drop) {
            auto* e = static_cast<QDropEvent*>(event);
            for (const QUrl& url : e->mimeData()->urls())
                if (url.isLocalFile())
                    addImageFile(url.toLocalFile());
            e->acceptProposedAction();
            return true;
        } else if (event->type() == QEvent::KeyPress
                   && static_cast<QKeyEvent*>(event)->matches(QKeySequence::Paste)) {
            const QImage image = QApplication::clipboard()->image();
            if (!image.isNull()) {
                QByteArray png;
                QBuffer buffer(&png);
                buffer.open(QIODevice::WriteOnly);
                image.save(&buffer, "PNG");
                addImageData(png, QStringLiteral("pasted.png"));
                return true;
            }
        }
    }
    return EditorPage::eventFilter(watched, event);
}

void MetricsPage::refreshDetail()
{
    const int row = currentRow();
    const bool valid = row >= 0 && row < m_doc->coe().metrics.size();
    m_detail->setEnabled(valid);
    if (!valid) {
        m_name->clear();
        m_source->clear();
        m_description->setMarkdown({});
        m_images->clear();
        m_series->setMetricRow(-1);
        return;
    }
    m_series->setMetricRow(row);
    const Metric& m = m_doc->coe().metrics[row];
    if (m_name->text() != m.name)
        m_name->setText(m.name);
    m_role->setCurrentIndex(m_role->findData(int(m.role)));
    if (m_source->text() != m.sourceUrl)
        m_source->setText(m.sourceUrl);
    m_description->setMarkdown(m.description);
    refreshImages();
}

void MetricsPage::refreshImages()
{
    const int row = currentRow();
    const Metric& m = m_doc->coe().metrics[row];
    // Rebuild only when the images differ from what is shown.
    bool same = m_images->count() == m.images.size();
    for (int i = 0; same && i < m.images.size(); ++i)
        same = m_images->item(i)->data(Qt::UserRole).toString() == m.images[i].fileName
            && m_images->item(i)->text() == m.images[i].caption;
    if (same)
        return;
    m_updating = true;
    const int current = m_images->currentRow();
    m_images->clear();
    for (const MetricImage& image : m.images) {
        // Decoded as its declared type, an SVG sanitized: a thumbnail never
        // reads a file or URL the image names.
        const QImage picture = exchange::SvgSanitizer::decode(image.data, image.mediaType);
        auto* item = new QListWidgetItem(m_images);
        if (!picture.isNull())
            item->setIcon(QIcon(QPixmap::fromImage(picture.scaled(m_images->iconSize(), Qt::KeepAspectRatio,
                                                                  Qt::SmoothTransformation))));
        item->setText(image.caption);
        item->setData(Qt::UserRole, image.fileName);
        item->setToolTip(plainToolTip(image.caption.isEmpty() ? image.fileName : image.fileName + u'\n' + image.caption));
        item->setData(Qt::AccessibleTextRole,
                      image.caption.isEmpty() ? tr("%1, no caption").arg(image.fileName) : image.caption);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    m_images->setCurrentRow(std::min(current, m_images->count() - 1));
    m_removeImage->setEnabled(m_images->count() > 0);
    m_updating = false;
}

void MetricsPage::focusLocation(const analysis::Location& location)
{
    if (location.row >= 0 && location.row < m_model->rowCount()) {
        setCurrentRow(location.row);
        m_name->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_list->setFocus(Qt::OtherFocusReason);
}

} // namespace hindsight
