// SPDX-License-Identifier: MIT
#pragma once

#include "insights/Insights.h"
#include "insights/InsightsCharts.h"

#include <QList>
#include <QMainWindow>
#include <QUuid>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;
class QTabWidget;
class QTableWidget;
class QTimer;
class QToolButton;

namespace hindsight {

class Archive;
class DateLineEdit;
class FigureCard;
class ChartView;
class ChartTableView;

// View › Insights: what the archive's COEs teach together (issue #14). The
// facts of every live COE are loaded once (insights/InsightsFacts.h) and the
// figures computed in memory, so a filter change redraws at once. Every point
// and bar opens the COEs behind it (openRequested); every chart has a table
// view and exports as PNG and SVG (ChartView's context menu).
class InsightsWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit InsightsWindow(Archive* archive, QWidget* parent = nullptr);

    // Reads the facts again (after saves elsewhere) and recomputes.
    void reload();

    // The figures of the tabs shown since the last filter change (parts).
    const insights::Insights& insights() const { return m_insights; }
    const insights::InsightsFacts& facts() const { return m_facts; }
    insights::InsightsFilter filter() const;
    // For tests: the filter widgets and the cards.
    void setFilterForTesting(const insights::InsightsFilter& filter);
    QList<FigureCard*> cards() const { return m_cards; }
    QTabWidget* tabs() const { return m_tabs; }
    QTableWidget* repeatsTable() const { return m_repeats; }
    // Milliseconds the last load and the last computation took.
    qint64 lastLoadMs() const { return m_loadMs; }
    qint64 lastComputeMs() const { return m_computeMs; }

    // File › Learning Report…: asks for the file and writes the report of
    // what the window shows (its filter).
    void exportReport();

signals:
    void openRequested(const QUuid& uuid);

private:
    void buildFilters(QWidget* bar);
    void recompute();
    // After a computation: the current tab's figures now, the others when
    // they are shown (a strip of 10,000 COEs is not built for a hidden tab).
    void showFigures();
    void updateCurrentTab();
    // Reads the action items when `parts` need them and they are not read
    // yet (the window opens without them: they are a third of the load).
    void readFactsFor(unsigned parts);
    // The figures (insights::Part bits) the cards of a tab are drawn from.
    unsigned partsOfTab(int tab) const;
    void openCoes(const QList<QUuid>& uuids);
    QString titleOf(const QUuid& uuid) const;
    void setChoices(QComboBox* combo, const QStringList& values, const QString& anyText);

    Archive* m_archive;
    insights::InsightsFacts m_facts;
    insights::Insights m_insights;
    QCheckBox* m_dateRange = nullptr;
    DateLineEdit* m_from = nullptr;
    DateLineEdit* m_to = nullptr;
    QComboBox* m_severity = nullptr;
    QComboBox* m_service = nullptr;
    QComboBox* m_tag = nullptr;
    QComboBox* m_category = nullptr;
    QComboBox* m_granularity = nullptr;
    QSpinBox* m_repeatDays = nullptr;
    QTabWidget* m_tabs = nullptr;
    QList<FigureCard*> m_cards;
    QTableWidget* m_repeats = nullptr;
    QList<bool> m_staleTabs; // by tab: its figures are not those of m_insights yet
    QLabel* m_repeatsNote = nullptr;
    QLabel* m_status = nullptr;
    QTimer* m_recompute = nullptr;
    bool m_filling = false;
    qint64 m_loadMs = 0;
    QList<unsigned> m_tabParts; // by tab: the figures' parts it shows
    qint64 m_computeMs = 0;
    QString m_loadError;
};

// One figure: its title, the chart (or, toggled, its table) and the caption.
class FigureCard : public QWidget
{
    Q_OBJECT
public:
    explicit FigureCard(const QString& id, QWidget* parent = nullptr);
    QString id() const { return m_id; }
    void setFigure(const insights::FigureChart& figure);
    ChartView* chartView() const { return m_chart; }
    ChartTableView* tableView() const { return m_table; }
    QLabel* caption() const { return m_caption; }
    void showTable(bool on);

signals:
    void activated(const QList<QUuid>& uuids);

private:
    QString m_id;
    QLabel* m_title;
    ChartView* m_chart;
    ChartTableView* m_table;
    QLabel* m_caption;
    QToolButton* m_toggle;
    charts::ChartSpec m_spec;
    bool m_tableCurrent = false;
};

} // namespace hindsight
