// SPDX-License-Identifier: MIT
#include "archive/FilterPanel.h"

#include "itemmodels/CoeTableModel.h"
#include "settings/DayClock.h"
#include "widgets/DateLineEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>

namespace hindsight {

namespace {

QComboBox* combo(const QString& name, const QString& accessible)
{
    auto* c = new QComboBox;
    c->setObjectName(name);
    c->setAccessibleName(accessible);
    c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    c->setMinimumContentsLength(10);
    return c;
}

void fill(QComboBox* c, const QStringList& values, const QString& anyText)
{
    const QString current = c->currentIndex() > 0 ? c->currentText() : QString();
    const QSignalBlocker block(c);
    c->clear();
    c->addItem(anyText);
    for (const QString& v : values)
        c->addItem(v, v);
    const int keep = current.isEmpty() ? 0 : c->findData(current);
    if (keep < 0 && !current.isEmpty()) {
        c->addItem(current, current); // still chosen, though no COE uses it now
        c->setCurrentIndex(c->count() - 1);
    } else {
        c->setCurrentIndex(qMax(0, keep));
    }
}

} // namespace

FilterPanel::FilterPanel(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("filterPanel"));
    m_severity = combo(QStringLiteral("severityComboBox"), tr("Severity filter"));
    m_severity->addItem(tr("Any"));
    for (int s = 1; s <= 5; ++s)
        m_severity->addItem(tr("Severity %1").arg(s), s);
    m_status = combo(QStringLiteral("statusComboBox"), tr("Status filter"));
    m_status->addItem(tr("Any"));
    for (Status s : allValues<Status>())
        m_status->addItem(CoeTableModel::statusText(s), toString(s));
    m_service = combo(QStringLiteral("serviceComboBox"), tr("Service filter"));
    m_tag = combo(QStringLiteral("tagComboBox"), tr("Tag filter"));
    m_owner = combo(QStringLiteral("ownerComboBox"), tr("Owner filter"));
    fill(m_service, {}, tr("Any"));
    fill(m_tag, {}, tr("Any"));
    fill(m_owner, {}, tr("Anyone"));

    m_dateRange = new QCheckBox(tr("Incident between"));
    m_dateRange->setObjectName(QStringLiteral("dateRangeCheckBox"));
    const QDate today = DayClock::instance()->today();
    // Typed dates: DateLineEdit reads 2017-03-15 as that day (a QDateEdit
    // read it section by section) and refuses what is not a date.
    m_from = new DateLineEdit(today.addMonths(-3));
    m_from->setObjectName(QStringLiteral("fromDateEdit"));
    m_from->setAccessibleName(tr("Incident on or after"));
    m_to = new DateLineEdit(today);
    m_to->setObjectName(QStringLiteral("toDateEdit"));
    m_to->setAccessibleName(tr("Incident on or before"));
    for (DateLineEdit* e : {m_from, m_to}) {
        e->setEnabled(false);
    }
    m_overdue = new QCheckBox(tr("Has overdue actions"));
    m_overdue->setObjectName(QStringLiteral("overdueCheckBox"));
    m_unresolved = new QCheckBox(tr("Has unresolved comments"));
    m_unresolved->setObjectName(QStringLiteral("unresolvedCommentsCheckBox"));
    m_clear = new QPushButton(tr("Clear filters"));
    m_clear->setObjectName(QStringLiteral("clearFiltersButton"));
    m_clear->setEnabled(false);

    auto* heading = new QLabel(tr("Filters"));
    QFont f = heading->font();
    f.setBold(true);
    heading->setFont(f);

    auto* form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Sever&ity"), m_severity);
    form->addRow(tr("S&tatus"), m_status);
    form->addRow(tr("Servi&ce"), m_service);
    form->addRow(tr("T&ag"), m_tag);
    form->addRow(tr("O&wner"), m_owner);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(m_dateRange);
    auto* dates = new QHBoxLayout;
    dates->addWidget(m_from);
    dates->addWidget(new QLabel(QStringLiteral("–")));
    dates->addWidget(m_to);
    layout->addLayout(dates);
    layout->addWidget(m_overdue);
    layout->addWidget(m_unresolved);
    layout->addWidget(m_clear, 0, Qt::AlignLeft);

    auto changedNow = [this] {
        m_clear->setEnabled(isActive());
        emit changed();
    };
    for (QComboBox* c : {m_severity, m_status, m_service, m_tag, m_owner})
        connect(c, &QComboBox::currentIndexChanged, this, changedNow);
    connect(m_dateRange, &QCheckBox::toggled, this, [this, changedNow](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        changedNow();
    });
    connect(m_from, &DateLineEdit::dateChanged, this, [this, changedNow] {
        if (m_dateRange->isChecked())
            changedNow();
    });
    connect(m_to, &DateLineEdit::dateChanged, this, [this, changedNow] {
        if (m_dateRange->isChecked())
            changedNow();
    });
    connect(m_overdue, &QCheckBox::toggled, this, changedNow);
    connect(m_unresolved, &QCheckBox::toggled, this, changedNow);
    connect(m_clear, &QPushButton::clicked, this, &FilterPanel::clear);
}

void FilterPanel::setChoices(const QStringList& services, const QStringList& tags, const QStringList& owners)
{
    fill(m_service, services, tr("Any"));
    fill(m_tag, tags, tr("Any"));
    fill(m_owner, owners, tr("Anyone"));
}

void FilterPanel::applyTo(CoeQuery* query, const QTimeZone& zone) const
{
    query->severity = m_severity->currentIndex() > 0 ? std::optional<int>(m_severity->currentData().toInt())
                                                     : std::nullopt;
    query->status = m_status->currentIndex() > 0 ? enumFromString<Status>(m_status->currentData().toString())
                                                 : std::nullopt;
    query->service = m_service->currentIndex() > 0 ? m_service->currentData().toString() : QString();
    query->tag = m_tag->currentIndex() > 0 ? m_tag->currentData().toString() : QString();
    query->owner = m_owner->currentIndex() > 0 ? m_owner->currentData().toString() : QString();
    if (m_dateRange->isChecked()) {
        // Whole days in the user's zone: from the start of `from` to the start of the day after `to`.
        query->incidentFrom = m_from->date().startOfDay(zone).toUTC();
        query->incidentTo = m_to->date().addDays(1).startOfDay(zone).toUTC();
    } else {
        query->incidentFrom = {};
        query->incidentTo = {};
    }
    query->overdueOnly = m_overdue->isChecked();
    query->unresolvedCommentsOnly = m_unresolved->isChecked();
}

bool FilterPanel::isActive() const
{
    return m_severity->currentIndex() > 0 || m_status->currentIndex() > 0 || m_service->currentIndex() > 0
        || m_tag->currentIndex() > 0 || m_owner->currentIndex() > 0 || m_dateRange->isChecked()
        || m_overdue->isChecked() || m_unresolved->isChecked();
}

void FilterPanel::clear()
{
    {
        const QSignalBlocker b1(m_severity), b2(m_status), b3(m_service), b4(m_tag), b5(m_owner), b6(m_dateRange),
            b7(m_overdue), b8(m_unresolved);
        for (QComboBox* c : {m_severity, m_status, m_service, m_tag, m_owner})
            c->setCurrentIndex(0);
        m_dateRange->setChecked(false);
        m_from->setEnabled(false);
        m_to->setEnabled(false);
        m_overdue->setChecked(false);
        m_unresolved->setChecked(false);
    }
    m_clear->setEnabled(false);
    emit changed();
}

} // namespace hindsight
