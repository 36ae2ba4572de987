// SPDX-License-Identifier: MIT
#include "editor/pages/RelatedPage.h"

#include "editor/pages/SimilarPanel.h"

#include "itemmodels/QuestionModel.h"
#include "itemmodels/ToolTip.h"
#include "widgets/TextColumnLayout.h"

#include <QDesktopServices>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace hindsight {

RelatedPage::RelatedPage(CoeDocument* document, CoeRepository* repository, QWidget* parent)
    : EditorPage(document, analysis::Section::Related, parent), m_repository(repository),
      m_model(new RelatedModel(document, this))
{
    auto* layout = new QVBoxLayout(this);
    m_layout = layout;
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("relatedTableView"));
    m_view->setAccessibleName(tr("Related items"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(RelatedModel::TitleColumn, QHeaderView::Stretch);
    m_view->setColumnWidth(RelatedModel::KindColumn, 60);
    m_view->setColumnWidth(RelatedModel::TargetColumn, fontMetrics().horizontalAdvance(QStringLiteral("https://tickets.example.com/INC-4711")) + 16);
    // The title takes the spare width and up to three lines; the address keeps
    // the width set here (a stretched section ignores setColumnWidth).
    new TextColumnLayout(m_view, RelatedModel::TitleColumn, QStringLiteral("editor.relatedTable"));
    layout->addWidget(m_view, 2);
    auto* rowButtons = new QHBoxLayout;
    auto* open = new QPushButton(tr("&Open"), this);
    open->setObjectName(QStringLiteral("openRelatedButton"));
    auto* remove = new QPushButton(tr("Re&move"), this);
    remove->setObjectName(QStringLiteral("removeRelatedButton"));
    rowButtons->addWidget(open);
    rowButtons->addWidget(remove);
    rowButtons->addStretch(1);
    layout->addLayout(rowButtons);

    auto* bottom = new QHBoxLayout;
    auto* coeBox = new QGroupBox(tr("Another COE from this archive"), this);
    auto* coeLayout = new QVBoxLayout(coeBox);
    m_search = new QLineEdit(coeBox);
    m_search->setObjectName(QStringLiteral("relatedSearchLineEdit"));
    m_search->setAccessibleName(tr("Search COEs"));
    m_search->setPlaceholderText(tr("Search by title, e.g. checkout"));
    m_search->setClearButtonEnabled(true);
    m_coes = new QListWidget(coeBox);
    m_coes->setObjectName(QStringLiteral("archiveCoesListWidget"));
    m_coes->setAccessibleName(tr("COEs in the archive"));
    // Long titles end in "..." (the whole title on hover), not under a sideways scroll bar.
    m_coes->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_coes->setTextElideMode(Qt::ElideRight);
    auto* addCoe = new QPushButton(tr("Link &COE"), coeBox);
    addCoe->setObjectName(QStringLiteral("linkCoeButton"));
    coeLayout->addWidget(m_search);
    coeLayout->addWidget(m_coes, 1);
    coeLayout->addWidget(addCoe, 0, Qt::AlignLeft);
    bottom->addWidget(coeBox, 1);

    auto* linkBox = new QGroupBox(tr("A document or page"), this);
    auto* form = new QFormLayout(linkBox);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_linkTitle = new QLineEdit(linkBox);
    m_linkTitle->setObjectName(QStringLiteral("linkTitleLineEdit"));
    m_linkTitle->setAccessibleName(tr("Link title"));
    m_linkTitle->setPlaceholderText(tr("Checkout service runbook"));
    form->addRow(tr("&Title:"), m_linkTitle);
    m_linkUrl = new QLineEdit(linkBox);
    m_linkUrl->setObjectName(QStringLiteral("linkUrlLineEdit"));
    m_linkUrl->setAccessibleName(tr("Link address"));
    m_linkUrl->setPlaceholderText(QStringLiteral("https://wiki.example.com/checkout/runbook"));
    form->addRow(tr("&Address:"), m_linkUrl);
    auto* addLinkButton = new QPushButton(tr("Add &Link"), linkBox);
    addLinkButton->setObjectName(QStringLiteral("addLinkButton"));
    auto* addLinkRow = new QHBoxLayout;
    addLinkRow->addWidget(addLinkButton);
    addLinkRow->addStretch(1);
    form->addRow(QString(), addLinkRow);
    m_problem = new QLabel(linkBox);
    m_problem->setObjectName(QStringLiteral("relatedProblemLabel"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b01c1c;"));
    form->addRow(QString(), m_problem);
    bottom->addWidget(linkBox, 1);
    layout->addLayout(bottom, 1);

    connect(m_search, &QLineEdit::textChanged, this, &RelatedPage::filterArchiveList);
    connect(addCoe, &QPushButton::clicked, this, [this] {
        QListWidgetItem* item = m_coes->currentItem();
        if (!item)
            return;
        m_doc->addRelated(
            RelatedItem{RelatedKind::Coe, item->text(), item->data(Qt::UserRole).toString(), QString()});
    });
    connect(m_coes, &QListWidget::itemActivated, addCoe, &QPushButton::click);
    connect(addLinkButton, &QPushButton::clicked, this, [this] {
        if (addLink(m_linkTitle->text(), m_linkUrl->text())) {
            m_linkTitle->clear();
            m_linkUrl->clear();
        }
    });
    connect(m_linkUrl, &QLineEdit::returnPressed, addLinkButton, &QPushButton::click);
    connect(open, &QPushButton::clicked, this, &RelatedPage::openSelected);
    connect(m_view, &QTableView::activated, this, &RelatedPage::openSelected);
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_view->currentIndex().isValid())
            m_doc->removeRelated(m_view->currentIndex().row());
    });
    reloadArchiveList();
    registerField(QStringLiteral("related"), m_view);
}

bool RelatedPage::isAllowedUrl(const QUrl& url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid()
        && ((scheme == QLatin1String("http") || scheme == QLatin1String("https")) ? !url.host().isEmpty()
                                                                                  : scheme == QLatin1String("file"));
}

bool RelatedPage::addLink(const QString& title, const QString& text)
{
    const QUrl url = QUrl::fromUserInput(text.trimmed());
    if (text.trimmed().isEmpty() || !isAllowedUrl(url)) {
        m_problem->setText(tr("Only http, https and file addresses can be linked."));
        return false;
    }
    m_problem->clear();
    const QString shown = url.toString();
    m_doc->addRelated(RelatedItem{RelatedKind::Link, title.trimmed().isEmpty() ? shown : title.trimmed(), {}, shown});
    return true;
}

void RelatedPage::openSelected()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const RelatedItem& item = m_doc->coe().related[current.row()];
    if (item.kind == RelatedKind::Coe) {
        emit openCoeRequested(QUuid(item.uuid));
        return;
    }
    const QUrl url(item.url);
    if (!isAllowedUrl(url)) {
        m_problem->setText(tr("%1 is not an http, https or file address; it is not opened.").arg(item.url));
        return;
    }
    QDesktopServices::openUrl(url);
}

void RelatedPage::reloadArchiveList()
{
    m_coes->clear();
    if (!m_repository)
        return;
    for (const CoeHeader& h : m_repository->list()) {
        if (h.uuid == m_doc->coe().uuid)
            continue;
        auto* item = new QListWidgetItem(h.title.isEmpty() ? tr("(untitled)") : h.title, m_coes);
        item->setData(Qt::UserRole, h.uuid.toString(QUuid::WithoutBraces));
        item->setToolTip(plainToolTip(item->text() + QLatin1Char('\n')
                                      + tr("Created %1").arg(h.createdAt.toString(QStringLiteral("yyyy-MM-dd")))));
    }
    filterArchiveList(m_search->text());
}

void RelatedPage::filterArchiveList(const QString& text)
{
    for (int i = 0; i < m_coes->count(); ++i)
        m_coes->item(i)->setHidden(!m_coes->item(i)->text().contains(text.trimmed(), Qt::CaseInsensitive));
}

void RelatedPage::showSimilar(SimilarLookup* lookup)
{
    if (m_similar || !lookup)
        return;
    m_similar = new SimilarPanel(m_doc, lookup, this);
    m_layout->insertWidget(2, m_similar, 1); // under the related items and their buttons
    connect(m_similar, &SimilarPanel::openCoeRequested, this, &RelatedPage::openCoeRequested);
}

void RelatedPage::focusLocation(const analysis::Location& location)
{
    if (location.row >= 0 && location.row < m_model->rowCount())
        m_view->setCurrentIndex(m_model->index(location.row, RelatedModel::TitleColumn));
    m_view->setFocus(Qt::OtherFocusReason);
}

} // namespace hindsight
