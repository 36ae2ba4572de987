// SPDX-License-Identifier: MIT
#include "editor/pages/SimilarPanel.h"

#include "document/CoeDocument.h"
#include "editor/SimilarLookup.h"
#include "itemmodels/ToolTip.h"
#include "document/TimeParser.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hindsight {

namespace {
enum SimilarColumn { TitleColumn, SeverityColumn, IncidentColumn, ReasonColumn, SimilarColumnCount };
}

SimilarPanel::SimilarPanel(CoeDocument* document, SimilarLookup* lookup, QWidget* parent)
    : QGroupBox(tr("Has this happened before?"), parent), m_doc(document), m_lookup(lookup)
{
    setObjectName(QStringLiteral("similarPanel"));
    auto* layout = new QVBoxLayout(this);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("similarCoesList"));
    m_list->setAccessibleName(tr("Similar past COEs"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setColumnCount(SimilarColumnCount);
    m_list->setHeaderLabels({tr("Title"), tr("Severity"), tr("Incident"), tr("Why it is offered")});
    m_list->header()->setStretchLastSection(true);
    m_list->setColumnWidth(TitleColumn, 260);
    m_list->setColumnWidth(SeverityColumn, 70);
    m_list->setColumnWidth(IncidentColumn, 150); // "2024-03-07 19:00 PST"
    layout->addWidget(m_list, 1);

    auto* buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("Add as Related") /* every letter of it is taken on this step */, this);
    m_add->setObjectName(QStringLiteral("addSimilarAsRelatedButton"));
    m_add->setToolTip(tr("Add the selected COE to this COE's related items"));
    m_notRelated = new QPushButton(tr("Not Relate&d"), this);
    m_notRelated->setObjectName(QStringLiteral("notRelatedButton"));
    m_notRelated->setToolTip(tr("Stop offering the selected COE for this COE"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("similarStatusLabel"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_undo = new QPushButton(tr("Undo"), this);
    m_undo->setObjectName(QStringLiteral("undoNotRelatedButton"));
    m_undo->setToolTip(tr("Offer the COE just marked not related again"));
    m_undo->hide();
    buttons->addWidget(m_add);
    buttons->addWidget(m_notRelated);
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_undo);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &SimilarPanel::addSelectedAsRelated);
    connect(m_notRelated, &QPushButton::clicked, this, &SimilarPanel::markSelectedNotRelated);
    connect(m_undo, &QPushButton::clicked, this, &SimilarPanel::undoNotRelated);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        emit openCoeRequested(item->data(TitleColumn, Qt::UserRole).toUuid());
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        m_add->setEnabled(!selected().isNull());
        m_notRelated->setEnabled(!selected().isNull());
    });
    connect(m_lookup, &SimilarLookup::resultsChanged, this, &SimilarPanel::showResults);
    showResults();
}

QUuid SimilarPanel::selected() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    return item ? item->data(TitleColumn, Qt::UserRole).toUuid() : QUuid();
}

void SimilarPanel::showResults()
{
    const QUuid keep = selected();
    m_list->clear();
    QTreeWidgetItem* current = nullptr;
    for (const SimilarCoe& s : m_lookup->results()) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(TitleColumn, s.title.isEmpty() ? tr("(untitled)") : s.title);
        item->setData(TitleColumn, Qt::UserRole, s.uuid);
        item->setText(SeverityColumn, s.severity ? tr("Sev %1").arg(*s.severity) : QString());
        // As the archive window shows it: in the COE's own zone, with the zone.
        const QTimeZone zone(s.displayTimeZone);
        item->setText(IncidentColumn, s.incidentAt.isValid()
                                          ? TimeParser::format(s.incidentAt, zone.isValid() ? zone : QTimeZone::utc())
                                          : QString());
        item->setText(ReasonColumn, s.reason());
        item->setToolTip(TitleColumn, plainToolTip(item->text(TitleColumn) + QLatin1Char('\n') + s.reason()));
        item->setToolTip(ReasonColumn, plainToolTip(s.reason()));
        if (s.uuid == keep)
            current = item;
    }
    if (!current && m_list->topLevelItemCount() > 0)
        current = m_list->topLevelItem(0);
    m_list->setCurrentItem(current);
    m_add->setEnabled(current);
    m_notRelated->setEnabled(current);
    if (!m_lookup->lastError().isEmpty())
        m_status->setText(m_lookup->lastError());
    else if (m_lookup->results().isEmpty() && m_lastHidden.isNull())
        m_status->setText(tr("No similar past COE found yet."));
    else if (m_lastHidden.isNull())
        m_status->clear();
}

bool SimilarPanel::addSelectedAsRelated()
{
    const QTreeWidgetItem* item = m_list->currentItem();
    if (!item)
        return false;
    const QUuid uuid = selected();
    QString title;
    for (const SimilarCoe& s : m_lookup->results())
        if (s.uuid == uuid)
            title = s.title;
    m_doc->addRelated(RelatedItem{RelatedKind::Coe, title, uuid.toString(QUuid::WithoutBraces), QString()});
    m_lookup->hide(uuid);
    return true;
}

bool SimilarPanel::markSelectedNotRelated()
{
    const QTreeWidgetItem* item = m_list->currentItem();
    if (!item)
        return false;
    const QUuid uuid = selected();
    const QString title = item->text(TitleColumn);
    QString error;
    if (!m_lookup->markNotRelated(uuid, &error)) {
        m_status->setText(error);
        return false;
    }
    m_lastHidden = uuid;
    m_status->setText(tr("“%1” is no longer offered for this COE.").arg(title));
    m_undo->show();
    return true;
}

bool SimilarPanel::undoNotRelated()
{
    if (m_lastHidden.isNull())
        return false;
    QString error;
    if (!m_lookup->unmarkNotRelated(m_lastHidden, &error)) {
        m_status->setText(error);
        return false;
    }
    m_lastHidden = QUuid();
    m_undo->hide();
    m_status->clear();
    return true;
}

} // namespace hindsight
