// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/ReviewCheck.h"
#include "storage/CoeQuery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QTimeZone>
#include <memory>

class QThread;

namespace hindsight {

class Archive;

// The archive's COEs (or its Trash) for a CoeQuery, loaded lazily: refresh()
// reads the count and the first page; views pull further pages through
// canFetchMore()/fetchMore(). Sorting (sort()) and filtering (setQuery())
// re-run the query in SQL; nothing is sorted in memory.
//
// ReviewColumn shows the review check's errors and warnings ("2 ✗ · 3 ⚠", "✓"
// when nothing is found). The counts are in the catalog, computed when the
// COE was saved (CoeRow::reviewErrors): data() never loads a COE. Only a row
// whose counts were computed with other options than checkOptions() (another
// gap threshold or SLA) is loaded and checked again, when its page is read
// or the options change, and the result kept in the row. It cannot be sorted
// (sort() on it does nothing): stored counts may be for other options.
class CoeTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TitleColumn,
        IncidentColumn,
        SeverityColumn,
        StatusColumn,
        OwnerColumn,
        ServicesColumn,
        OpenActionsColumn,
        OverdueActionsColumn,
        UpdatedColumn,
        DeletedColumn,
        ReviewColumn, // appended last: saved header states of older versions still fit
        ColumnCount
    };
    enum Role {
        UuidRole = Qt::UserRole + 1,
        SnippetHtmlRole, // the search snippet, escaped, matches in <b>; empty when not searching
        TitleRole,       // the title as stored (DisplayRole shows "(untitled)" for an empty one)
        SnippetRole,     // the snippet as plain text with kMatchStart/kMatchEnd markers
        ErrorCountRole,   // review check errors (int); invalid when the COE cannot be loaded
        WarningCountRole, // review check warnings (int); invalid when the COE cannot be loaded
    };

    explicit CoeTableModel(QObject* parent = nullptr);
    ~CoeTableModel() override;

    // Background search (the archive window turns it on): a refresh whose
    // query has search text runs its count and first page on a worker thread
    // with its own read-only connection to the archive file, so the GUI
    // thread never waits for a search. The rows shown stay until the answer
    // arrives (searching() is true meanwhile); the answer of a query that a
    // newer refresh has superseded is dropped, never shown. Further pages
    // (fetchMore) and queries without search text run on the caller's thread.
    void setBackgroundSearch(bool on);
    bool searching() const { return m_pending != 0; }
    // Test seam: every background search started afterwards first waits
    // this long on the worker thread (a slow search without a big archive).
    void setSearchDelayForTesting(int ms) { m_testDelayMs = ms; }

    // nullptr empties the model. The archive must outlive the model's use of it.
    void setArchive(Archive* archive);
    void setQuery(const CoeQuery& query);
    const CoeQuery& query() const { return m_query; }
    // Pins the user's date for overdue action items. By default (or after an
    // invalid date) it is DayClock's today, and a new day re-reads the rows.
    void setToday(const QDate& today);
    QDate today() const;
    // The zone "last updated" is shown in (default UTC).
    void setDisplayZone(const QTimeZone& zone);
    // The gap threshold, action SLA and team names of the review counts (the
    // view passes Settings' values). Changing them checks the COEs again as
    // they are shown.
    void setCheckOptions(const analysis::CheckOptions& options);
    const analysis::CheckOptions& checkOptions() const { return m_options; }
    // Re-reads the count and the first page.
    void refresh();

    int pageSize() const { return m_pageSize; }
    void setPageSize(int rows);
    // How many COEs the query finds (rows loaded so far: rowCount()).
    int totalCount() const { return m_total; }
    QString lastError() const { return m_error; }
    const CoeRow& rowAt(int row) const { return m_rows.at(row); }
    // The row of `uuid` among the loaded rows, or -1.
    int rowOf(const QUuid& uuid) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // The column sort() orders by for `sort`; -1 for Relevance (no column).
    static int columnForSort(CoeQuery::Sort sort);
    // Whether sort() can order by the column (ReviewColumn: no).
    static bool isSortable(int column);

    static QString statusText(Status status);
    // "2024-03-07 14:02 UTC" in `zone`.
    static QString instantText(const QDateTime& utc, const QTimeZone& zone);

signals:
    // After refresh() (count and first page read); `error` is empty on success.
    void refreshed(const QString& error);
    // A background search started (true) or its answer was shown (false).
    void searchingChanged(bool searching);

private:
    struct Worker;
    void startBackgroundSearch();
    void applySearch(quint64 generation, int total, const QList<CoeRow>& rows, const QString& error);

    int currentPageSize() const;
    // Checks again the rows whose stored counts are for other options.
    void checkRows(QList<CoeRow>& rows) const;
    static QString reviewText(const CoeRow& row);
    static QString reviewToolTip(const CoeRow& row);

    Archive* m_archive = nullptr;
    CoeQuery m_query;
    QDate m_today; // pinned; invalid: DayClock's
    QTimeZone m_zone = QTimeZone::utc();
    QList<CoeRow> m_rows;
    QStringList m_incidentText; // per row, in the COE's own zone (made once per page)
    int m_total = 0;
    int m_pageSize = 60; // a screen and a half
    QString m_error;
    analysis::CheckOptions m_options;
    bool m_fetching = false; // fetchMore() is not re-entered from a view reacting to its signals
    bool m_background = false;
    std::shared_ptr<Worker> m_worker; // thread, its context object, its archive connection
    quint64 m_generation = 0;          // of the latest background search started
    quint64 m_pending = 0;             // generation awaited; 0: none
    int m_testDelayMs = 0;
};

} // namespace hindsight
