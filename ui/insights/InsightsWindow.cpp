// SPDX-License-Identifier: MIT
#include "InsightsWindow.h"

#include "charts/ChartView.h"
#include "insights/LearningReportFlow.h"
#include "settings/DayClock.h"
#include "storage/Archive.h"
#include "widgets/DateLineEdit.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QScrollArea>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace hindsight {

using namespace insights;

namespace {

constexpr int kRepeatRows = 1000;

// A page of the tabs: the cards one under the other, two to a row when
// `columns` is 2, in a scroll area.
QWidget* cardsPage(const QList<FigureCard*>& cards, int columns, QWidget* extra = nullptr)
{
    auto* content = new QWidget;
    auto* grid = new QGridLayout(content);
    grid->setSpacing(12);
    for (int i = 0; i < cards.size(); ++i)
        grid->addWidget(cards.at(i), i / columns, i % columns);
    if (extra)
        grid->addWidget(extra, int((cards.size() + columns - 1) / columns), 0, 1, columns);
    grid->setRowStretch(grid->rowCount(), 1);
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    return scroll;
}

} // namespace

// ---- FigureCard ------------------------------------------------------------

FigureCard::FigureCard(const QString& id, QWidget* parent) : QWidget(parent), m_id(id)
{
    setObjectName(QStringLiteral("figure_") + id);
    m_title = new QLabel;
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_toggle = new QToolButton;
    m_toggle->setObjectName(QStringLiteral("tableToggle"));
    m_toggle->setCheckable(true);
    m_toggle->setText(tr("&Table"));
    m_toggle->setToolTip(tr("Show the figures of this chart as a table"));
    m_chart = new ChartView;
    m_chart->setFileBaseName(id);
    m_chart->setMinimumHeight(260);
    m_table = new ChartTableView;
    m_table->setVisible(false);
    m_caption = new QLabel;
    m_caption->setTextFormat(Qt::PlainText); // titles of COEs are user text
    m_caption->setWordWrap(true);
    m_caption->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // The chart paints its own title (it is in the PNG, the SVG and the PDF
    // too); the label names the card for screen readers and the table view.
    m_title->setVisible(false);
    auto* head = new QHBoxLayout;
    head->addWidget(m_title);
    head->addStretch(1);
    head->addWidget(m_toggle);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(head);
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_caption);

    connect(m_toggle, &QToolButton::toggled, this, &FigureCard::showTable);
    connect(m_chart, &ChartView::activated, this, &FigureCard::activated);
    connect(m_table, &ChartTableView::activated, this, &FigureCard::activated);
}

void FigureCard::setFigure(const FigureChart& figure)
{
    m_title->setText(figure.spec.title);
    m_toggle->setAccessibleName(tr("Show %1 as a table").arg(figure.spec.title));
    m_table->setAccessibleName(figure.spec.title);
    m_chart->setSpec(figure.spec);
    m_chart->setAccessibleName(figure.spec.title);
    m_chart->setAccessibleDescription(figure.caption);
    m_spec = figure.spec;
    m_tableCurrent = false;
    if (m_table->isVisible()) // else when it is shown: a table of 10,000 points costs
        showTable(true);
    m_caption->setText(figure.caption);
}

void FigureCard::showTable(bool on)
{
    if (m_toggle->isChecked() != on)
        m_toggle->setChecked(on);
    if (on && !m_tableCurrent) {
        m_table->setSpec(m_spec);
        m_tableCurrent = true;
    }
    m_chart->setVisible(!on);
    m_table->setVisible(on);
}

// ---- InsightsWindow --------------------------------------------------------

InsightsWindow::InsightsWindow(Archive* archive, QWidget* parent) : QMainWindow(parent), m_archive(archive)
{
    setObjectName(QStringLiteral("insightsWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Insights — %1").arg(archive ? archive->path() : QString()));
    resize(1200, 860);

    auto* central = new QWidget;
    auto* layout = new QVBoxLayout(central);
    auto* bar = new QWidget;
    buildFilters(bar);
    layout->addWidget(bar);

    const QStringList ids = {QStringLiteral("time_to_detect"),   QStringLiteral("time_to_diagnose"),
                             QStringLiteral("time_to_mitigate"), QStringLiteral("time_to_resolve"),
                             QStringLiteral("incidents_by_severity"), QStringLiteral("incidents_by_service"),
                             QStringLiteral("factor_pareto"),    QStringLiteral("factor_pairs"),
                             QStringLiteral("detection"),        QStringLiteral("action_due"),
                             QStringLiteral("backlog"),          QStringLiteral("open_action_age"),
                             QStringLiteral("coe_timeliness")};
    for (const QString& id : ids) {
        auto* card = new FigureCard(id);
        connect(card, &FigureCard::activated, this, &InsightsWindow::openCoes);
        m_cards.append(card);
    }
    m_repeats = new QTableWidget(0, 5);
    m_repeats->setObjectName(QStringLiteral("repeatsTable"));
    m_repeats->setHorizontalHeaderLabels(
        {tr("Earlier COE"), tr("Later COE"), tr("Days apart"), tr("Shared services"), tr("Shared categories")});
    m_repeats->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_repeats->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_repeats->horizontalHeader()->setStretchLastSection(true);
    m_repeats->verticalHeader()->hide();
    m_repeats->setAccessibleName(tr("Repeat incidents"));
    connect(m_repeats, &QTableWidget::cellActivated, this, [this](int row, int column) {
        if (row < 0 || row >= m_insights.repeats.size())
            return;
        const RepeatPair& pair = m_insights.repeats.at(row);
        emit openRequested(column == 1 ? pair.later : pair.earlier);
    });
    m_repeatsNote = new QLabel;
    m_repeatsNote->setWordWrap(true);
    auto* repeatsPage = new QWidget;
    auto* repeatsLayout = new QVBoxLayout(repeatsPage);
    repeatsLayout->addWidget(m_repeatsNote);
    repeatsLayout->addWidget(m_repeats, 1);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("insightsTabs"));
    // Each tab with the parts of the figures it shows (partsOfTab).
    const auto addTab = [this](QWidget* page, const QString& title, unsigned parts) {
        m_tabs->addTab(page, title);
        m_tabParts.append(parts);
    };
    addTab(cardsPage(m_cards.mid(0, 4), 2), tr("&Durations"), DurationsPart);
    addTab(cardsPage(m_cards.mid(4, 2), 1), tr("&Incidents"), IncidentsPart);
    addTab(cardsPage(m_cards.mid(6, 2), 1), tr("&Factors"), FactorsPart);
    addTab(cardsPage(m_cards.mid(8, 1), 1), tr("D&etection"), DetectionPart);
    addTab(repeatsPage, tr("&Repeats"), RepeatsPart);
    addTab(cardsPage(m_cards.mid(9, 4), 2), tr("F&ollow-through"), FollowThroughPart);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);
    connect(m_tabs, &QTabWidget::currentChanged, this, &InsightsWindow::updateCurrentTab);

    m_status = new QLabel;
    m_status->setTextFormat(Qt::PlainText); // the load error names files and says what the server said
    statusBar()->addWidget(m_status, 1);

    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* report = file->addAction(tr("&Learning Report…"), this, &InsightsWindow::exportReport);
    report->setObjectName(QStringLiteral("actionLearningReport"));
    report->setShortcut(QKeySequence::Print);
    report->setStatusTip(tr("Write the figures shown here, with their charts, the COEs and the overdue action items, "
                            "as a PDF"));
    QAction* refresh = file->addAction(tr("&Refresh"), this, &InsightsWindow::reload);
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setStatusTip(tr("Read the archive again"));
    file->addSeparator();
    QAction* close = file->addAction(tr("&Close"), this, &QWidget::close);
    close->setShortcut(QKeySequence::Close);

    m_recompute = new QTimer(this);
    m_recompute->setSingleShot(true);
    m_recompute->setInterval(0);
    connect(m_recompute, &QTimer::timeout, this, &InsightsWindow::recompute);

    reload();
}

void InsightsWindow::buildFilters(QWidget* bar)
{
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_dateRange = new QCheckBox(tr("Incidents &from"));
    m_dateRange->setObjectName(QStringLiteral("insightsDateRange"));
    m_from = new DateLineEdit;
    m_from->setObjectName(QStringLiteral("insightsFrom"));
    m_to = new DateLineEdit;
    m_to->setObjectName(QStringLiteral("insightsTo"));
    // The last four full quarters and this one, as a start.
    const QDate today = DayClock::instance()->today();
    const QDate quarterStart(today.year(), ((today.month() - 1) / 3) * 3 + 1, 1);
    m_from->setDate(quarterStart.addYears(-1));
    m_to->setDate(quarterStart.addMonths(3).addDays(-1));
    m_from->setEnabled(false);
    m_to->setEnabled(false);
    auto* toLabel = new QLabel(tr("to"));
    m_severity = new QComboBox;
    m_severity->setObjectName(QStringLiteral("insightsSeverity"));
    m_severity->addItem(tr("Any severity"));
    for (int s = 1; s <= 5; ++s)
        m_severity->addItem(InsightsCharts::severityLabel(s), s);
    m_service = new QComboBox;
    m_service->setObjectName(QStringLiteral("insightsService"));
    m_tag = new QComboBox;
    m_tag->setObjectName(QStringLiteral("insightsTag"));
    m_category = new QComboBox;
    m_category->setObjectName(QStringLiteral("insightsCategory"));
    for (QComboBox* combo : {m_service, m_tag, m_category})
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_granularity = new QComboBox;
    m_granularity->setObjectName(QStringLiteral("insightsGranularity"));
    m_granularity->addItem(tr("Per quarter"), int(Granularity::Quarter));
    m_granularity->addItem(tr("Per month"), int(Granularity::Month));
    m_repeatDays = new QSpinBox;
    m_repeatDays->setObjectName(QStringLiteral("insightsRepeatDays"));
    m_repeatDays->setRange(1, 3650);
    m_repeatDays->setValue(90);
    m_repeatDays->setSuffix(tr(" days"));
    m_repeatDays->setToolTip(tr("Two COEs sharing a service and a factor category this close together are "
                                "listed as repeat incidents"));
    auto* repeatLabel = new QLabel(tr("Re&peat within"));
    repeatLabel->setBuddy(m_repeatDays);

    row->addWidget(m_dateRange);
    row->addWidget(m_from);
    row->addWidget(toLabel);
    row->addWidget(m_to);
    row->addSpacing(8);
    row->addWidget(m_severity);
    row->addWidget(m_service);
    row->addWidget(m_tag);
    row->addWidget(m_category);
    row->addWidget(m_granularity);
    row->addSpacing(8);
    row->addWidget(repeatLabel);
    row->addWidget(m_repeatDays);
    row->addStretch(1);

    const auto changed = [this] {
        if (!m_filling)
            m_recompute->start();
    };
    connect(m_dateRange, &QCheckBox::toggled, this, [this, changed](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        changed();
    });
    connect(m_from, &DateLineEdit::dateChanged, this, changed);
    connect(m_to, &DateLineEdit::dateChanged, this, changed);
    for (QComboBox* combo : {m_severity, m_service, m_tag, m_category, m_granularity})
        connect(combo, &QComboBox::currentIndexChanged, this, changed);
    connect(m_repeatDays, &QSpinBox::valueChanged, this, changed);
}

void InsightsWindow::setChoices(QComboBox* combo, const QStringList& values, const QString& anyText)
{
    const QString current = combo->currentData().toString();
    combo->clear();
    combo->addItem(anyText);
    for (const QString& value : values)
        combo->addItem(value, value);
    const int index = combo->findData(current);
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

InsightsFilter InsightsWindow::filter() const
{
    InsightsFilter filter;
    if (m_dateRange->isChecked()) {
        filter.from = m_from->date();
        filter.to = m_to->date();
    }
    if (m_severity->currentData().isValid())
        filter.severity = m_severity->currentData().toInt();
    filter.service = m_service->currentData().toString();
    filter.tag = m_tag->currentData().toString();
    filter.category = m_category->currentData().toString();
    filter.granularity = Granularity(m_granularity->currentData().toInt());
    filter.repeatWindowDays = m_repeatDays->value();
    return filter;
}

void InsightsWindow::setFilterForTesting(const InsightsFilter& filter)
{
    m_filling = true;
    m_dateRange->setChecked(filter.from.isValid() || filter.to.isValid());
    if (filter.from.isValid())
        m_from->setDate(filter.from);
    if (filter.to.isValid())
        m_to->setDate(filter.to);
    m_severity->setCurrentIndex(filter.severity ? m_severity->findData(*filter.severity) : 0);
    const auto select = [](QComboBox* combo, const QString& value) {
        const int index = value.isEmpty() ? 0 : combo->findData(value);
        combo->setCurrentIndex(index < 0 ? 0 : index);
    };
    select(m_service, filter.service);
    select(m_tag, filter.tag);
    select(m_category, filter.category);
    m_granularity->setCurrentIndex(m_granularity->findData(int(filter.granularity)));
    m_repeatDays->setValue(filter.repeatWindowDays);
    m_filling = false;
    recompute();
}

void InsightsWindow::reload()
{
    QElapsedTimer timer;
    timer.start();
    InsightsFacts facts;
    QString error;
    // The action items when a figure needs them (readFactsFor).
    if (!m_archive || !loadInsightsFacts(*m_archive, &facts, &error, FactsScope::WithoutActions)) {
        m_loadError = error.isEmpty() ? tr("No archive is open.") : error;
        m_facts = {};
    } else {
        m_loadError.clear();
        m_facts = std::move(facts);
    }
    m_loadMs = timer.elapsed();

    QStringList services, tags, categories;
    for (const CoeFact& coe : m_facts.coes) {
        services.append(coe.services);
        tags.append(coe.tags);
        categories.append(coe.categories);
    }
    for (QStringList* list : {&services, &tags, &categories}) {
        list->removeDuplicates();
        list->removeAll(QString());
        std::sort(list->begin(), list->end(),
                  [](const QString& a, const QString& b) { return QString::localeAwareCompare(a, b) < 0; });
    }
    m_filling = true;
    setChoices(m_service, services, tr("Any service"));
    setChoices(m_tag, tags, tr("Any tag"));
    setChoices(m_category, categories, tr("Any factor category"));
    m_filling = false;
    recompute();
}

void InsightsWindow::recompute()
{
    QElapsedTimer timer;
    timer.start();
    // The figures of the tab shown; another tab's when it is shown.
    readFactsFor(partsOfTab(m_tabs->currentIndex()));
    m_insights = computeInsights(m_facts, filter(), DayClock::instance()->today(), partsOfTab(m_tabs->currentIndex()));
    showFigures();
    m_computeMs = timer.elapsed();
    if (!m_loadError.isEmpty()) {
        m_status->setText(tr("Cannot read the archive: %1").arg(m_loadError));
        return;
    }
    QString text = tr("%n COE(s) match", nullptr, int(m_insights.coes.size()));
    if (m_insights.undatedCount > 0)
        text += tr(" (%n without an incident date)", nullptr, m_insights.undatedCount);
    text += tr(" · periods by the UTC date of each incident's start · medians and p90 with N, never a bare mean");
    m_status->setText(text);
}

void InsightsWindow::showFigures()
{
    m_staleTabs = QList<bool>(m_tabs->count(), true);
    updateCurrentTab();
}

unsigned InsightsWindow::partsOfTab(int tab) const
{
    return m_tabParts.value(tab, kAllParts);
}

void InsightsWindow::updateCurrentTab()
{
    const int tab = m_tabs->currentIndex();
    if (tab < 0 || tab >= m_staleTabs.size() || !m_staleTabs.at(tab))
        return;
    m_staleTabs[tab] = false;
    readFactsFor(partsOfTab(tab));
    completeInsights(m_facts, m_insights, partsOfTab(tab));
    QWidget* page = m_tabs->widget(tab);
    for (FigureCard* card : std::as_const(m_cards))
        if (page->isAncestorOf(card))
            card->setFigure(InsightsCharts::byId(m_insights, card->id()));
    if (!page->isAncestorOf(m_repeats))
        return;
    // The newest pairs: a large archive has tens of thousands, and a table
    // of all of them would cost a second at every filter change.
    const int shown = int(std::min<qsizetype>(m_insights.repeats.size(), kRepeatRows));
    m_repeats->setUpdatesEnabled(false);
    m_repeats->setRowCount(shown);
    for (int r = 0; r < shown; ++r) {
        const RepeatPair& pair = m_insights.repeats.at(r);
        const QStringList cells = {pair.earlierTitle, pair.laterTitle, QString::number(pair.daysApart),
                                   pair.services.join(QStringLiteral(", ")),
                                   pair.categories.join(QStringLiteral(", "))};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            if (c < 2)
                item->setToolTip(tr("Double-click or press Enter to open this COE"));
            m_repeats->setItem(r, c, item);
        }
    }
    if (shown <= 200)
        m_repeats->resizeColumnsToContents();
    m_repeats->setUpdatesEnabled(true);
    QString note = m_insights.repeats.isEmpty()
                       ? tr("No two COEs share a service and a factor category within %n day(s).", nullptr,
                            m_insights.filter.repeatWindowDays)
                       : tr("%n pair(s) of COEs share a service and a factor category within the window. "
                            "Open either COE from its cell.",
                            nullptr, int(m_insights.repeats.size()));
    if (shown < m_insights.repeats.size())
        note += QLatin1Char(' ') + tr("The newest %1 are listed; narrow the filters to see others.").arg(shown);
    m_repeatsNote->setText(note);
}

QString InsightsWindow::titleOf(const QUuid& uuid) const
{
    const CoeFact* fact = m_facts.find(uuid);
    return fact ? (fact->title.isEmpty() ? tr("(untitled)") : fact->title) : uuid.toString(QUuid::WithoutBraces);
}

void InsightsWindow::openCoes(const QList<QUuid>& uuids)
{
    if (uuids.isEmpty())
        return;
    if (uuids.size() == 1) {
        emit openRequested(uuids.first());
        return;
    }
    // Several COEs behind a bar: choose one.
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("insightsCoeMenu"));
    constexpr int kMax = 25;
    for (int i = 0; i < uuids.size() && i < kMax; ++i) {
        const QUuid uuid = uuids.at(i);
        QString title = titleOf(uuid);
        title.replace(QLatin1Char('&'), QStringLiteral("&&")); // not a mnemonic
        menu.addAction(title, this, [this, uuid] { emit openRequested(uuid); });
    }
    if (uuids.size() > kMax) {
        QAction* more = menu.addAction(tr("and %n more (see the table view)", nullptr, int(uuids.size() - kMax)));
        more->setEnabled(false);
    }
    menu.exec(QCursor::pos());
}

void InsightsWindow::readFactsFor(unsigned parts)
{
    if (!(parts & FollowThroughPart) || m_facts.actionsLoaded || !m_archive || !m_loadError.isEmpty())
        return;
    QElapsedTimer timer;
    timer.start();
    QString error;
    if (!loadActionFacts(*m_archive, &m_facts, &error)) {
        m_loadError = error;
        m_status->setText(tr("Cannot read the archive: %1").arg(error));
    }
    m_loadMs += timer.elapsed();
}

void InsightsWindow::exportReport()
{
    readFactsFor(FollowThroughPart);
    const LearningReportFlow::Outcome outcome = LearningReportFlow::run(this, m_archive, m_facts, filter());
    if (!outcome.message.isEmpty())
        statusBar()->showMessage(outcome.message, 15000);
}

} // namespace hindsight
