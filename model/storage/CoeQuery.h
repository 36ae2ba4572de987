// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/ReviewCheck.h"
#include "domain/Coe.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QUuid>
#include <optional>

namespace hindsight {

class Archive;

// What the archive browser asks for: the COEs (or the Trash) matching a
// search text and filters, in one order, one page at a time. All of it runs
// in SQL over the narrow table coe_summary and the full-text index, so the
// first page of 100,000 COEs comes as fast as that of 100.
struct CoeQuery
{
    enum class Sort {
        Relevance, // best match first when searching; else like Updated descending
        Title,
        Incident,
        Severity,
        Status,
        Owner,
        Services,
        OpenActions,
        OverdueActions,
        Updated,
        Deleted
    };

    QString text; // the user's search text (data, never FTS syntax); empty: every COE; no letter or digit: none
    std::optional<int> severity;
    std::optional<Status> status;
    QString service; // exact; empty: any
    QString tag;     // exact; empty: any
    QString owner;   // exact; empty: any
    QDateTime incidentFrom; // UTC, inclusive; invalid: open
    QDateTime incidentTo;   // UTC, exclusive; invalid: open
    bool overdueOnly = false; // has an open action item due before today
    bool unresolvedCommentsOnly = false; // its review record has a comment not resolved
    bool trash = false;       // list the Trash instead of the live COEs
    Sort sort = Sort::Relevance;
    Qt::SortOrder order = Qt::AscendingOrder;

    bool operator==(const CoeQuery&) const = default;
};

// One listed COE.
struct CoeRow
{
    QUuid uuid;
    QString title;
    QString snippet; // with kMatchStart/kMatchEnd markers (ArchiveSearch.h); empty without search text
    Status status = Status::Draft;
    std::optional<int> severity;
    QString owner;
    QByteArray displayTimeZone;
    QDateTime incidentAt; // UTC, invalid when the timeline has no instant
    QString services;     // comma separated
    int openActions = 0;
    int overdueActions = 0; // open action items due before `today`
    QDate nextDue;
    QDateTime updatedAt;
    QDateTime deletedAt; // set for the Trash
    // The review check's counts, computed when the COE was saved (or by the
    // schema 3 migration) with the options reviewOptions names
    // (reviewOptionsKey()); -1 when not known.
    int reviewErrors = -1;
    int reviewWarnings = -1;
    QString reviewOptions;
};

// Errors and warnings the review check finds in `coe` with `options`.
struct ReviewCounts
{
    int errors = 0;
    int warnings = 0;
};
ReviewCounts reviewCounts(const Coe& coe, const analysis::CheckOptions& options);
// Names the options counts were computed with: "gap=15;sla=14", and with
// team names ";teams=" and a short hash of them (sorted, case-folded), e.g.
// "gap=15;sla=14;teams=3f2a9c01b7de".
QString reviewOptionsKey(const analysis::CheckOptions& options);

class CoeCatalog
{
    Q_DECLARE_TR_FUNCTIONS(CoeCatalog)
public:
    explicit CoeCatalog(Archive& archive);

    // A search finding more COEs than this lists the newest first rather
    // than best first: ranking scores every match, and a word in most COEs
    // ranks them all about the same anyway.
    static constexpr int kRankLimit = 1000;

    // Rows [offset, offset + limit) of the query's result. `today` is the
    // user's date (in their zone): an action item due before it is overdue.
    // `knownCount`, the count() of the same query when the caller has it,
    // lets a broad search skip ranking (kRankLimit); -1: always rank.
    QList<CoeRow> rows(const CoeQuery& query, const QDate& today, int offset, int limit,
                       QString* error = nullptr, int knownCount = -1) const;
    // How many COEs the query finds; -1 on error.
    int count(const CoeQuery& query, const QDate& today, QString* error = nullptr) const;
    // How many live COEs (Trash excluded) the archive holds; -1 on error.
    int total(QString* error = nullptr) const;

    // The distinct values in use, sorted, for the filter lists.
    QStringList owners() const;
    QStringList services() const;
    QStringList tags() const;

    // Trash: nothing is lost by one wrong click. moveToTrash sets deleted_at
    // (now, UTC) and takes the COE out of search; restore undoes both; emptyTrash deletes every trashed COE for
    // good and returns how many (-1 on error).
    bool moveToTrash(const QUuid& uuid, QString* error = nullptr);
    // The same with the trash time given (UTC; copy-archive keeps each COE's own).
    bool moveToTrash(const QUuid& uuid, const QDateTime& deletedAt, QString* error = nullptr);
    bool restore(const QUuid& uuid, QString* error = nullptr);
    int emptyTrash(QString* error = nullptr);
    // A copy under a new uuid, "(copy)" added to its title, created and
    // updated now; the new uuid, or a null one with `error` set.
    QUuid duplicate(const QUuid& uuid, QString* error = nullptr);

private:
    bool setDeleted(const QUuid& uuid, const QDateTime& deletedAt, bool deleted, QString* error);
    Archive& m_archive;
};

} // namespace hindsight
