// SPDX-License-Identifier: MIT
#include "editor/series/SeriesMappingDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace hindsight {

namespace {

constexpr int kPreviewRows = 12;

} // namespace

SeriesMappingDialog::SeriesMappingDialog(const QByteArray& bytes, const QString& fileName,
                                         metrics::SeriesFormat format, const QTimeZone& displayZone,
                                         QWidget* parent)
    : QDialog(parent), m_bytes(bytes), m_format(format)
{
    setObjectName(QStringLiteral("seriesMappingDialog"));
    setWindowTitle(tr("Read Series from %1").arg(fileName));
    auto* layout = new QVBoxLayout(this);
    const bool generic = format == metrics::SeriesFormat::GenericCsv;
    auto* intro = new QLabel(generic ? tr("Hindsight does not know this file's layout. Say which column holds the "
                                          "time and which hold values.")
                                     : tr("This is a %1 file.").arg(metrics::SeriesImport::formatName(format)),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    layout->addWidget(intro);

    const QList<QStringList> rows = metrics::SeriesImport::previewRows(bytes, kPreviewRows);
    int columns = 0;
    for (const QStringList& r : rows)
        columns = std::max(columns, int(r.size()));
    m_preview = new QTableWidget(int(rows.size()), columns, this);
    m_preview->setObjectName(QStringLiteral("seriesPreviewTable"));
    m_preview->setAccessibleName(tr("The first lines of the file"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < rows[r].size(); ++c)
            m_preview->setItem(r, c, new QTableWidgetItem(rows[r][c]));
    m_preview->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_preview->setMinimumHeight(160);
    layout->addWidget(m_preview, 1);

    auto* form = new QFormLayout;
    layout->addLayout(form);
    const QStringList header = rows.isEmpty() ? QStringList() : rows.first();
    m_header = new QCheckBox(tr("The first line names the columns"), this);
    m_header->setObjectName(QStringLiteral("seriesHeaderCheckBox"));
    m_header->setChecked(true);
    m_time = new QComboBox(this);
    m_time->setObjectName(QStringLiteral("seriesTimeColumnComboBox"));
    m_values = new QListWidget(this);
    m_values->setObjectName(QStringLiteral("seriesValueColumnsList"));
    m_values->setAccessibleName(tr("Value columns"));
    m_values->setMaximumHeight(110);
    for (int c = 0; c < columns; ++c) {
        const QString name = c < header.size() && !header[c].isEmpty()
            ? tr("%1: %2").arg(c + 1).arg(header[c])
            : tr("Column %1").arg(c + 1);
        m_time->addItem(name, c);
        auto* item = new QListWidgetItem(name, m_values);
        item->setData(Qt::UserRole, c);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(c == 0 ? Qt::Unchecked : Qt::Checked);
    }
    if (generic) {
        form->addRow(QString(), m_header);
        form->addRow(tr("&Time column:"), m_time);
        form->addRow(tr("&Value columns:"), m_values);
    } else {
        m_header->hide();
        m_time->hide();
        m_values->hide();
    }
    m_zone = new QComboBox(this);
    m_zone->setObjectName(QStringLiteral("seriesZoneComboBox"));
    m_zone->setAccessibleName(tr("Time zone of times written without an offset"));
    m_zone->addItem(tr("(not chosen: times must have an offset)"), QByteArray());
    if (displayZone.isValid())
        m_zone->addItem(tr("%1 (the COE's display zone)").arg(QString::fromUtf8(displayZone.id())), displayZone.id());
    m_zone->addItem(QStringLiteral("UTC"), QByteArrayLiteral("UTC"));
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        if (id != "UTC")
            m_zone->addItem(QString::fromUtf8(id), id);
    form->addRow(tr("Time &zone:"), m_zone);
    m_unit = new QLineEdit(this);
    m_unit->setObjectName(QStringLiteral("seriesUnitLineEdit"));
    m_unit->setPlaceholderText(tr("%, ms, requests/s"));
    form->addRow(tr("&Unit:"), m_unit);

    m_outcome = new QLabel(this);
    m_outcome->setObjectName(QStringLiteral("seriesOutcomeLabel"));
    m_outcome->setTextFormat(Qt::PlainText);
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_outcome);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_header, &QCheckBox::toggled, this, &SeriesMappingDialog::reread);
    connect(m_time, &QComboBox::currentIndexChanged, this, [this](int index) {
        // The time column is no value column.
        m_updating = true;
        for (int i = 0; i < m_values->count(); ++i)
            if (i == index)
                m_values->item(i)->setCheckState(Qt::Unchecked);
        m_updating = false;
        reread();
    });
    connect(m_values, &QListWidget::itemChanged, this, [this] {
        if (!m_updating)
            reread();
    });
    connect(m_zone, &QComboBox::currentIndexChanged, this, &SeriesMappingDialog::reread);
    connect(m_unit, &QLineEdit::editingFinished, this, &SeriesMappingDialog::reread);
    resize(640, 560);
    reread();
}

metrics::SeriesMapping SeriesMappingDialog::mapping() const
{
    metrics::SeriesMapping m;
    m.timeColumn = std::max(0, m_time->currentIndex());
    for (int i = 0; i < m_values->count(); ++i)
        if (m_values->item(i)->checkState() == Qt::Checked && i != m.timeColumn)
            m.valueColumns << m_values->item(i)->data(Qt::UserRole).toInt();
    const QByteArray zone = m_zone->currentData().toByteArray();
    if (!zone.isEmpty())
        m.zone = zone == "UTC" ? QTimeZone::utc() : QTimeZone(zone);
    m.locale = QLocale();
    m.hasHeader = m_header->isChecked();
    m.unit = m_unit->text().trimmed();
    return m;
}

void SeriesMappingDialog::chooseZone(const QByteArray& ianaId)
{
    for (int i = 1; i < m_zone->count(); ++i)
        if (m_zone->itemData(i).toByteArray() == ianaId) {
            m_zone->setCurrentIndex(i);
            return;
        }
}

void SeriesMappingDialog::reread()
{
    const metrics::SeriesMapping m = mapping();
    if (m_format == metrics::SeriesFormat::GenericCsv && m.valueColumns.isEmpty()) {
        m_result = {};
        m_result.error = tr("Choose at least one value column.");
    } else {
        m_result = metrics::SeriesImport::read(m_bytes, m_format, m);
    }
    QStringList lines;
    if (!m_result.ok()) {
        lines << (m_result.needsZone ? tr("The times have no UTC offset: choose the time zone they were written "
                                          "in. Nothing is imported until then.")
                                     : m_result.error);
    } else {
        qsizetype points = 0;
        for (const metrics::MetricSeries& s : m_result.series)
            points += s.points.size();
        QStringList names;
        for (const metrics::MetricSeries& s : m_result.series)
            names << s.name;
        lines << tr("%n series (%1) with %2 points in all.", nullptr, int(m_result.series.size()))
                     .arg(names.join(QStringLiteral(", ")))
                     .arg(points);
    }
    if (!m_result.refused.isEmpty()) {
        lines << tr("%n line(s) refused:", nullptr, int(m_result.refused.size()));
        for (int i = 0; i < m_result.refused.size() && i < 20; ++i) {
            const metrics::Refusal& r = m_result.refused[i];
            lines << (r.line > 0 ? tr("line %1: %2").arg(r.line).arg(r.reason) : tr("%1: %2").arg(r.path, r.reason));
        }
        if (m_result.refused.size() > 20)
            lines << tr("and %n more", nullptr, int(m_result.refused.size() - 20));
    }
    m_outcome->setText(lines.join(QLatin1Char('\n')));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_result.ok() && !m_result.series.isEmpty());
}

} // namespace hindsight
