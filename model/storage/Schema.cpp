// SPDX-License-Identifier: MIT
#include "Schema.h"

#include "Backend.h"

#include "CoeSummary.h"
#include "CoeTables.h"
#include "CoeVersions.h"
#include "SqlUtil.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QStringList>
#include <QUuid>

namespace hindsight::schema {

namespace {

// Statements written for SQLite; the back end words CREATE and ALTER in its types.
bool runAll(const QSqlDatabase& db, const QStringList& statements, QString* error)
{
    const Backend& backend = Backend::of(db);
    for (const QString& s : statements) {
        if (!sql::execOnce(db, backend.ddl(s), error))
            return false;
    }
    return true;
}

// Version 0 -> 1: the whole archive. Text columns are NOT NULL ('' for absent
// text); instants are ISO 8601 UTC text with milliseconds ("...T14:02:00.000Z"),
// which sorts like the instants; enumerations are their interchange spellings
// (NULL for "none"); child rows keep the document's order in `position`.
bool createVersion1(const QSqlDatabase& db, QString* error)
{
    const QStringList statements = {
        QStringLiteral(R"(CREATE TABLE coes (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL,
            severity INTEGER CHECK (severity IS NULL OR severity BETWEEN 1 AND 5),
            owner TEXT NOT NULL DEFAULT '',
            created_at TEXT,
            updated_at TEXT,
            display_time_zone TEXT NOT NULL DEFAULT 'UTC',
            summary TEXT NOT NULL DEFAULT '',
            problem TEXT NOT NULL DEFAULT '',
            impact_customers_affected INTEGER,
            impact_description TEXT NOT NULL DEFAULT '',
            impact_financial_amount REAL,
            impact_financial_currency TEXT,
            impact_sla_breached INTEGER CHECK (impact_sla_breached IN (0, 1)),
            impact_consequences TEXT NOT NULL DEFAULT '',
            impact_second_order TEXT NOT NULL DEFAULT '',
            impact_customer_sentiment TEXT NOT NULL DEFAULT '',
            revision INTEGER NOT NULL CHECK (revision > 0),
            deleted_at TEXT))"),
        QStringLiteral("CREATE INDEX coes_updated_at ON coes (updated_at)"),
        QStringLiteral("CREATE INDEX coes_status ON coes (status)"),
        QStringLiteral("CREATE INDEX coes_severity ON coes (severity)"),
        QStringLiteral("CREATE INDEX coes_deleted_at ON coes (deleted_at)"),

        QStringLiteral(R"(CREATE TABLE coe_reviewers (
            coe_id INTEGER NOT NULL REFERENCES coes (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            PRIMARY KEY (coe_id, position)) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE coe_services (
            coe_id INTEGER NOT NULL REFERENCES coes (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            PRIMARY KEY (coe_id, position)) WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX coe_services_name ON coe_services (name)"),
        QStringLiteral(R"(CREATE TABLE coe_tags (
            coe_id INTEGER NOT NULL REFERENCES coes (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            tag TEXT NOT NULL,
            PRIMARY KEY (coe_id, position)) WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX coe_tags_tag ON coe_tags (tag)"),
        QStringLiteral(R"(CREATE TABLE impact_pillars (
            coe_id INTEGER NOT NULL REFERENCES coes (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            pillar TEXT NOT NULL,
            PRIMARY KEY (coe_id, position)) WITHOUT ROWID)"),

        QStringLiteral(R"(CREATE TABLE timeline_entries (
            id INTEGER PRIMARY KEY,
            coe_id INTEGER NOT NULL REFERENCES coes (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            at TEXT,
            text TEXT NOT NULL DEFAULT '',
            milestone TEXT,
            approximate INTEGER NOT NULL DEFAULT 0 CHECK (approximate IN (0, 1)),
            source TEXT NOT NULL DEFAULT '',
            gap_explanation TEXT NOT NULL DEFAULT '',
            UNIQUE (coe_id, position)))"),

        QStringLiteral(R"(CREATE TABLE metrics (
            id INTEGER PRIMARY KEY,
            coe_id INTEGER NOT NULL REFERENCES coes (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            name TEXT NOT NULL DEFAULT '',
            role TEXT,
            description TEXT NOT NULL DEFAULT '',
            source_url TEXT NOT NULL DEFAULT '',
            UNIQUE (coe_id, position)))"),
        QStringLiteral(R"(CREATE TABLE metric_images (
            id INTEGER PRIMARY KEY,
            metric_id INTEGER NOT NULL REFERENCES metrics (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            file_name TEXT NOT NULL DEFAULT '',
            media_type TEXT NOT NULL DEFAULT '',
            data BLOB NOT NULL,
            caption TEXT NOT NULL DEFAULT '',
            UNIQUE (metric_id, position)))"),

        QStringLiteral(R"(CREATE TABLE questions (
            id INTEGER PRIMARY KEY,
            coe_id INTEGER NOT NULL REFERENCES coes (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            area TEXT NOT NULL,
            question TEXT NOT NULL DEFAULT '',
            answer TEXT NOT NULL DEFAULT '',
            UNIQUE (coe_id, position)))"),

        // why_id/parent_why_id are the document's own ids ("w1"); they are
        // not foreign keys so a draft with a dangling parent still saves.
        QStringLiteral(R"(CREATE TABLE whys (
            id INTEGER PRIMARY KEY,
            coe_id INTEGER NOT NULL REFERENCES coes (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            why_id TEXT NOT NULL DEFAULT '',
            parent_why_id TEXT NOT NULL DEFAULT '',
            why TEXT NOT NULL DEFAULT '',
            because TEXT NOT NULL DEFAULT '',
            root_cause INTEGER NOT NULL DEFAULT 0 CHECK (root_cause IN (0, 1)),
            human_error INTEGER NOT NULL DEFAULT 0 CHECK (human_error IN (0, 1)),
            UNIQUE (coe_id, position)))"),

        QStringLiteral(R"(CREATE TABLE action_items (
            id INTEGER PRIMARY KEY,
            coe_id INTEGER NOT NULL REFERENCES coes (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            item_id TEXT NOT NULL DEFAULT '',
            title TEXT NOT NULL DEFAULT '',
            description TEXT NOT NULL DEFAULT '',
            priority TEXT,
            owner TEXT NOT NULL DEFAULT '',
            due TEXT,
            status TEXT NOT NULL,
            kind TEXT,
            link TEXT NOT NULL DEFAULT '',
            UNIQUE (coe_id, position)))"),
        QStringLiteral("CREATE INDEX action_items_due ON action_items (due)"),
        QStringLiteral("CREATE INDEX action_items_status ON action_items (status)"),
        QStringLiteral("CREATE INDEX action_items_owner ON action_items (owner)"),
        QStringLiteral(R"(CREATE TABLE action_item_whys (
            action_item_id INTEGER NOT NULL REFERENCES action_items (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            why_id TEXT NOT NULL,
            PRIMARY KEY (action_item_id, position)) WITHOUT ROWID)"),

        QStringLiteral(R"(CREATE TABLE related_items (
            id INTEGER PRIMARY KEY,
            coe_id INTEGER NOT NULL REFERENCES coes (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            kind TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            coe_uuid TEXT NOT NULL DEFAULT '',
            url TEXT NOT NULL DEFAULT '',
            UNIQUE (coe_id, position)))"),

    };
    // The full-text index (one row per live COE, kept by the repository in
    // the save's transaction) and the mark of a Hindsight archive: the back end's.
    const Backend& backend = Backend::of(db);
    return runAll(db, statements, error) && runAll(db, backend.createFullText(), error)
        && runAll(db, backend.createIdentity(), error);
}

// Version 1 -> 2: coe_summary, one narrow row per COE holding what the
// archive browser lists, filters and sorts on (incident instant, services,
// open actions, next due date, trash time), so that listing, counting and
// sorting 100,000 COEs reads a small table through indexes and never the wide
// coes rows. From version 2 the full-text index holds the live COEs only. Kept in step by the repository in every save's transaction and
// by the trash operations; the cascade removes it with the COE. Overdue counts
// depend on "today" and are computed in the query, never stored.
bool migrateFrom1(const QSqlDatabase& db, QString* error)
{
    const Backend& backend = Backend::of(db);
    const QStringList statements = {
        QStringLiteral(R"(CREATE TABLE coe_summary (
            coe_id INTEGER PRIMARY KEY REFERENCES coes (id) ON DELETE CASCADE,
            uuid TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL,
            status_rank INTEGER NOT NULL DEFAULT 0,
            severity INTEGER,
            owner TEXT NOT NULL DEFAULT '',
            display_time_zone TEXT NOT NULL DEFAULT 'UTC',
            incident_at TEXT,
            services TEXT NOT NULL DEFAULT '',
            open_actions INTEGER NOT NULL DEFAULT 0,
            next_due TEXT,
            updated_at TEXT,
            deleted_at TEXT))"),
        QStringLiteral("CREATE INDEX coe_summary_title ON coe_summary (title COLLATE NOCASE)"),
        QStringLiteral("CREATE INDEX coe_summary_incident_at ON coe_summary (incident_at)"),
        QStringLiteral("CREATE INDEX coe_summary_severity ON coe_summary (severity)"),
        QStringLiteral("CREATE INDEX coe_summary_status ON coe_summary (status_rank)"),
        QStringLiteral("CREATE INDEX coe_summary_owner ON coe_summary (owner COLLATE NOCASE)"),
        QStringLiteral("CREATE INDEX coe_summary_services ON coe_summary (services COLLATE NOCASE)"),
        QStringLiteral("CREATE INDEX coe_summary_open_actions ON coe_summary (open_actions)"),
        QStringLiteral("CREATE INDEX coe_summary_next_due ON coe_summary (next_due)"),
        QStringLiteral("CREATE INDEX coe_summary_updated_at ON coe_summary (updated_at)"),
        QStringLiteral("CREATE INDEX coe_summary_deleted_at ON coe_summary (deleted_at)"),
        QStringLiteral("CREATE INDEX action_items_coe_status_due ON action_items (coe_id, status, due)"),
        // The same values CoeSummary.cpp computes for a saved COE.
        QStringLiteral(R"(INSERT INTO coe_summary (coe_id, uuid, title, status, status_rank, severity, owner,
                display_time_zone, incident_at, services, open_actions, next_due, updated_at, deleted_at)
            SELECT c.id, c.uuid, c.title, c.status,
                CASE c.status WHEN 'draft' THEN 0 WHEN 'in_review' THEN 1 WHEN 'approved' THEN 2 ELSE 3 END,
                c.severity, c.owner, c.display_time_zone,
                COALESCE(
                    (SELECT min(t.at) FROM timeline_entries t
                        WHERE t.coe_id = c.id AND t.milestone = 'impact_start' AND t.at IS NOT NULL),
                    (SELECT min(t.at) FROM timeline_entries t
                        WHERE t.coe_id = c.id AND t.milestone = 'trigger' AND t.at IS NOT NULL),
                    (SELECT min(t.at) FROM timeline_entries t WHERE t.coe_id = c.id AND t.at IS NOT NULL)),
                COALESCE((SELECT %1 FROM
                    (SELECT v.name FROM coe_services v WHERE v.coe_id = c.id ORDER BY v.position) names), ''),
                (SELECT count(*) FROM action_items a
                    WHERE a.coe_id = c.id AND a.status IN ('open', 'in_progress')),
                (SELECT min(a.due) FROM action_items a
                    WHERE a.coe_id = c.id AND a.status IN ('open', 'in_progress') AND a.due IS NOT NULL),
                c.updated_at, c.deleted_at
            FROM coes c)")
            .arg(backend.groupConcat(QStringLiteral("name"), QStringLiteral("', '"))),
        // How many live COEs there are, kept by triggers, so that opening an
        // archive of 100,000 COEs needs no count over them.
        QStringLiteral(R"(CREATE TABLE coe_counts (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            live INTEGER NOT NULL))"),
        QStringLiteral("INSERT INTO coe_counts (id, live) "
                       "SELECT 1, count(*) FROM coe_summary WHERE deleted_at IS NULL"),
    };
    // The triggers keeping coe_counts; search covers the live COEs: one in the
    // Trash keeps no full-text row.
    return runAll(db, statements, error) && runAll(db, backend.createLiveCountTriggers(), error)
        && runAll(db, {backend.dropTrashedFromFullText()}, error);
}

// Version 2 -> 3: the review check's error and warning counts in
// coe_summary, so that the archive's Review column reads them with the row
// instead of loading and checking every COE it shows. A save computes them
// (CoeSummary.cpp) with the options the saver uses, named in review_options;
// here every stored COE is read and checked once with the default options.
bool migrateFrom2(const QSqlDatabase& db, QString* error)
{
    const QStringList statements = {
        QStringLiteral("ALTER TABLE coe_summary ADD COLUMN review_errors INTEGER"),
        QStringLiteral("ALTER TABLE coe_summary ADD COLUMN review_warnings INTEGER"),
        QStringLiteral("ALTER TABLE coe_summary ADD COLUMN review_options TEXT"),
    };
    if (!runAll(db, statements, error))
        return false;
    QList<std::pair<qint64, QUuid>> stored;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!sql::prepare(q, QStringLiteral("SELECT id, uuid FROM coes ORDER BY id"), error) || !sql::exec(q, error))
            return false;
        while (q.next())
            stored.append({q.value(0).toLongLong(), QUuid::fromString(q.value(1).toString())});
    }
    for (const auto& [rowId, uuid] : stored) {
        Coe coe;
        bool found = false;
        if (!coetables::readCoe(db, uuid, &coe, &found, error, coetables::Parts::BeforeReview))
            return false;
        if (found && !coesummary::updateReview(db, rowId, coe, analysis::CheckOptions{}, error))
            return false;
    }
    return true;
}

// Version 3 -> 4: working together. coes says who saved a COE last and
// when (saved_by: the author name the application passes in, or the OS
// user; saved_host: the machine; saved_at: UTC) and change_seq orders every
// save, trash and restore across the archive (one more than the largest,
// taken under the write lock), so that another client reads what changed
// since it last looked (ArchiveChanges). sessions holds who has which COE
// open (ArchivePresence): information, not a lock; rows whose heartbeat is
// older than a minute are stale.
bool migrateFrom3(const QSqlDatabase& db, QString* error)
{
    const QStringList statements = {
        QStringLiteral("ALTER TABLE coes ADD COLUMN saved_by TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE coes ADD COLUMN saved_host TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE coes ADD COLUMN saved_at TEXT"),
        QStringLiteral("ALTER TABLE coes ADD COLUMN change_seq INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("CREATE INDEX coes_change_seq ON coes (change_seq)"),
        QStringLiteral(R"(CREATE TABLE sessions (
            session_id TEXT PRIMARY KEY,
            uuid TEXT NOT NULL,
            name TEXT NOT NULL DEFAULT '',
            host TEXT NOT NULL DEFAULT '',
            heartbeat TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX sessions_uuid ON sessions (uuid)"),
    };
    return runAll(db, statements, error);
}

// Version 4 -> 5: a phrase found through the full-text index alone. On
// PostgreSQL a phrase (`a <-> b`) is checked against each candidate's whole
// tsvector, read out of line (several kB a COE): "connection pool" in 2,000
// of 10,000 COEs took 30-60 ms to count. coe_search.pairs holds each COE's
// adjacent words ("connection pool") as lexemes, with a GIN index (Backend:
// addPhrasePairs). SQLite's FTS5 needs nothing.
bool migrateFrom4(const QSqlDatabase& db, QString* error)
{
    return Backend::of(db).addPhrasePairs(db, error);
}

// Version 5 -> 6: versions of each COE (CoeVersions): the whole document as
// compressed interchange JSON, numbered per COE, with when, who, why, the
// status it had, whether that was an approved state (never pruned) and a
// one-line summary of what changed. They go with their COE (ON DELETE CASCADE).
bool migrateFrom5(const QSqlDatabase& db, QString* error)
{
    const QStringList statements = {
        QStringLiteral(R"(CREATE TABLE coe_versions (
            id INTEGER PRIMARY KEY,
            coe_id INTEGER NOT NULL REFERENCES coes (id) ON DELETE CASCADE,
            number INTEGER NOT NULL CHECK (number > 0),
            at TEXT NOT NULL,
            author TEXT NOT NULL DEFAULT '',
            reason TEXT NOT NULL,
            status TEXT NOT NULL,
            approved INTEGER NOT NULL DEFAULT 0 CHECK (approved IN (0, 1)),
            summary TEXT NOT NULL DEFAULT '',
            document BLOB NOT NULL,
            UNIQUE (coe_id, number)))"),
        QStringLiteral("CREATE INDEX coe_versions_at ON coe_versions (at)"),
    };
    return runAll(db, statements, error);
}

// Version 6 -> 7: the review record of each COE (format 1.1 `review`):
// coe_reviews holds the approval (one row, only for a COE that records one);
// meetings, their attendees (by the meeting's position), comments and the
// questions asked in review are rows in document order, as the other lists.
// Comment and action ids are the document's own, not foreign keys, so that a
// draft with a dangling reference still saves (as whys.parent_why_id).
bool migrateFrom6(const QSqlDatabase& db, QString* error)
{
    const QStringList statements = {
        QStringLiteral(R"(CREATE TABLE coe_reviews (
            coe_id INTEGER PRIMARY KEY REFERENCES coes (id) ON DELETE CASCADE,
            approved_at TEXT,
            approved_by TEXT NOT NULL DEFAULT '',
            approved_version INTEGER CHECK (approved_version IS NULL OR approved_version > 0)))"),
        QStringLiteral(R"(CREATE TABLE review_meetings (
            coe_id INTEGER NOT NULL REFERENCES coes (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            at TEXT,
            facilitator TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            decisions TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (coe_id, position)) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE review_meeting_attendees (
            coe_id INTEGER NOT NULL REFERENCES coes (id) ON DELETE CASCADE,
            meeting INTEGER NOT NULL,
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            PRIMARY KEY (coe_id, meeting, position)) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE review_comments (
            coe_id INTEGER NOT NULL REFERENCES coes (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            comment_id TEXT NOT NULL DEFAULT '',
            at TEXT,
            author TEXT NOT NULL DEFAULT '',
            target TEXT NOT NULL DEFAULT '',
            text TEXT NOT NULL DEFAULT '',
            reply_to TEXT NOT NULL DEFAULT '',
            resolved INTEGER NOT NULL DEFAULT 0 CHECK (resolved IN (0, 1)),
            PRIMARY KEY (coe_id, position)) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE review_questions (
            coe_id INTEGER NOT NULL REFERENCES coes (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            question TEXT NOT NULL DEFAULT '',
            answer TEXT NOT NULL DEFAULT '',
            action_id TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (coe_id, position)) WITHOUT ROWID)"),
    };
    return runAll(db, statements, error);
}

// Version 7 -> 8: versions as reverse deltas (CoeVersions, README.md
// "Versions"). base names the next newer version whose document this one's
// delta applies to; NULL for a whole document. Every stored version is
// rewritten so: a year of edits took more than twice the archive's size.
// archive_chores records the day old versions were last thinned.
bool migrateFrom7(const QSqlDatabase& db, QString* error)
{
    const QStringList statements = {
        QStringLiteral("ALTER TABLE coe_versions ADD COLUMN base INTEGER"),
        // Archive-wide chores done at most once a day (by any client): the
        // day each was last done, 'YYYY-MM-DD'. "thin-versions": CoeVersions::pruneOncePerDay.
        QStringLiteral(R"(CREATE TABLE archive_chores (
            name TEXT PRIMARY KEY,
            done_on TEXT NOT NULL))"),
    };
    return runAll(db, statements, error) && CoeVersions::storeAsDeltas(db, error);
}

// Version 8 -> 9: what a COE gives for learning across incidents (format 1.1):
// highlighted timeline entries, the template and the detection (coe_learning:
// one row, only for a COE that has one of them), contributing factors with the
// whys they come from (ids, as action_item_whys), and the archive's taxonomy of
// factor categories, seeded with the usual families (label '' = the built-in,
// translated name; retired categories stay readable but are not offered).
bool migrateFrom8(const QSqlDatabase& db, QString* error)
{
    QStringList statements = {
        QStringLiteral("ALTER TABLE timeline_entries ADD COLUMN highlight INTEGER NOT NULL DEFAULT 0 "
                       "CHECK (highlight IN (0, 1))"),
        QStringLiteral(R"(CREATE TABLE coe_learning (
            coe_id INTEGER PRIMARY KEY REFERENCES coes (id) ON DELETE CASCADE,
            template TEXT NOT NULL DEFAULT '',
            detection_source TEXT,
            detection_description TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral(R"(CREATE TABLE contributing_factors (
            coe_id INTEGER NOT NULL REFERENCES coes (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            factor_id TEXT NOT NULL DEFAULT '',
            category TEXT NOT NULL DEFAULT '',
            description TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (coe_id, position)) WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX contributing_factors_category ON contributing_factors (category)"),
        QStringLiteral(R"(CREATE TABLE contributing_factor_whys (
            coe_id INTEGER NOT NULL REFERENCES coes (id) ON DELETE CASCADE,
            factor INTEGER NOT NULL,
            position INTEGER NOT NULL,
            why_id TEXT NOT NULL,
            PRIMARY KEY (coe_id, factor, position)) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE factor_categories (
            name TEXT NOT NULL PRIMARY KEY,
            label TEXT NOT NULL DEFAULT '',
            retired INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),
            position INTEGER NOT NULL))"),
    };
    const QStringList seeded = {
        QStringLiteral("change/code"),       QStringLiteral("change/configuration"),
        QStringLiteral("change/infrastructure"), QStringLiteral("change/data"),
        QStringLiteral("change/dependency"), QStringLiteral("capacity"),
        QStringLiteral("dependency-failure"), QStringLiteral("detection-gap"),
        QStringLiteral("process-gap"),       QStringLiteral("safeguard-missing"),
        QStringLiteral("external-event"),
    };
    for (int i = 0; i < seeded.size(); ++i) // fixed names, no user text
        statements << QStringLiteral("INSERT INTO factor_categories (name, position) VALUES ('%1', %2)")
                          .arg(seeded.at(i))
                          .arg(i);
    return runAll(db, statements, error);
}

// Version 9 -> 10: "Has this happened before?" (SimilarCoes): the past COEs
// a writer marked "not related" to a COE, so that its similar-COE list no
// longer offers them. Per COE, by uuid (a COE deleted for good leaves a row
// that matches nothing); `at` is when, UTC.
bool migrateFrom9(const QSqlDatabase& db, QString* error)
{
    const QStringList statements = {
        QStringLiteral(R"(CREATE TABLE coe_dismissed_similar (
            coe_uuid TEXT NOT NULL,
            other_uuid TEXT NOT NULL,
            at TEXT NOT NULL,
            PRIMARY KEY (coe_uuid, other_uuid)) WITHOUT ROWID)"),
    };
    return runAll(db, statements, error);
}

// Version 10 -> 11: a metric's measured series (format 1.1 metrics[].series):
// one row a series, keyed by the metric's position as the other child tables,
// its points one blob (SeriesBlob.h: times as varint differences, values as
// doubles, compressed when that pays); the threshold and the chart's window,
// one row only for a metric that has one of them.
bool migrateFrom10(const QSqlDatabase& db, QString* error)
{
    const QStringList statements = {
        QStringLiteral(R"(CREATE TABLE metric_series (
            coe_id INTEGER NOT NULL REFERENCES coes (id) ON DELETE CASCADE,
            metric INTEGER NOT NULL,
            position INTEGER NOT NULL,
            name TEXT NOT NULL DEFAULT '',
            unit TEXT NOT NULL DEFAULT '',
            points BLOB NOT NULL,
            PRIMARY KEY (coe_id, metric, position)) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE metric_charts (
            coe_id INTEGER NOT NULL REFERENCES coes (id) ON DELETE CASCADE,
            metric INTEGER NOT NULL,
            threshold REAL,
            window_from TEXT,
            window_to TEXT,
            PRIMARY KEY (coe_id, metric)) WITHOUT ROWID)"),
    };
    return runAll(db, statements, error);
}

// Version 11 -> 12: the timeline entries that carry a milestone, indexed
// with everything Insights reads of them (loadInsightsFacts): a scan of that
// index instead of the whole table (10,000 COEs, 250,000 entries: on
// PostgreSQL 152 -> 17 ms, on SQLite 58 -> 17 ms).
bool migrateFrom11(const QSqlDatabase& db, QString* error)
{
    return runAll(
        db,
        {QStringLiteral("CREATE INDEX IF NOT EXISTS timeline_milestones ON timeline_entries "
                        "(coe_id, position, at, milestone, approximate) WHERE milestone IS NOT NULL")},
        error);
}

// Version 12 -> 13: PostgreSQL's index of the phrase pairs as two halves,
// which a bulk load builds on two cores (PostgresFullText.cpp: kPairsMatch).
bool migrateFrom12(const QSqlDatabase& db, QString* error)
{
    return runAll(db, Backend::of(db).splitPhrasePairsIndex(), error);
}

// Version 13 -> 14: how the search rows' columns are kept (PostgreSQL: no
// statistics of the word pairs, lz4; PostgresBackend.cpp: searchColumnStorage).
bool migrateFrom13(const QSqlDatabase& db, QString* error)
{
    return runAll(db, Backend::of(db).searchColumnStorage(), error);
}

// Version 14 -> 15: the search rows kept narrow, their texts in TOAST
// (PostgreSQL: PostgresBackend.cpp, narrowSearchRows).
bool migrateFrom14(const QSqlDatabase& db, QString* error)
{
    return runAll(db, Backend::of(db).narrowSearchRows(), error);
}

// Version 15 -> 16: the search rows' documents kept uncompressed
// (PostgreSQL: PostgresBackend.cpp, plainSearchDocuments).
bool migrateFrom15(const QSqlDatabase& db, QString* error)
{
    return runAll(db, Backend::of(db).plainSearchDocuments(), error);
}

// Append new migrations here: {1, "what it does", &migrateFrom1}, ...
const QList<Migration> kMigrations = {
    {0, "create the archive: COEs, their parts, indexes, full-text index", &createVersion1},
    {1, "add coe_summary for listing, sorting and filtering the archive", &migrateFrom1},
    {2, "add the review check's counts to coe_summary", &migrateFrom2},
    {3, "add who saved each COE last, the change order and open sessions", &migrateFrom3},
    {4, "index adjacent word pairs for phrase search (PostgreSQL)", &migrateFrom4},
    {5, "add the versions of each COE", &migrateFrom5},
    {6, "add the review record of each COE: approval, meetings, comments, questions", &migrateFrom6},
    {7, "store the versions of each COE as deltas from the next newer one; add archive_chores", &migrateFrom7},
    {8, "add contributing factors, detection, highlights and the factor taxonomy", &migrateFrom8},
    {9, "add the COEs marked not related to a COE's similar past COEs", &migrateFrom9},
    {10, "add the measured series of metrics, their threshold and chart window", &migrateFrom10},
    {11, "index the timeline's milestones for Insights", &migrateFrom11},
    {12, "index the phrase pairs as two halves (PostgreSQL)", &migrateFrom12},
    {13, "keep no statistics of the phrase pairs, compress the search rows with lz4 (PostgreSQL)", &migrateFrom13},
    {14, "keep the search rows narrow, their texts out of line (PostgreSQL)", &migrateFrom14},
    {15, "keep the search rows' documents uncompressed (PostgreSQL)", &migrateFrom15},
};

int userVersion(const QSqlDatabase& db, bool* ok, QString* error)
{
    int version = -1;
    *ok = Backend::of(db).schemaVersion(db, &version, error);
    return *ok ? version : -1;
}

} // namespace

const QList<Migration>& migrations()
{
    return kMigrations;
}

int currentVersion()
{
    return int(kMigrations.size());
}

bool migrate(const QSqlDatabase& db, QString* error)
{
    for (;;) {
        sql::Transaction tx(db, sql::Transaction::Kind::Write);
        QString err;
        if (!tx.begin(&err)) {
            if (error)
                *error = QCoreApplication::translate("hindsight::Schema",
                                                     "could not start upgrading the archive: %1")
                             .arg(err);
            return false;
        }
        // Read inside the write transaction: another process may have
        // upgraded the archive since this one looked.
        bool ok = false;
        const int version = userVersion(db, &ok, &err);
        if (!ok) {
            if (error)
                *error = err;
            return false;
        }
        if (version < 0) {
            if (error)
                *error = QCoreApplication::translate("hindsight::Schema",
                                                     "the archive has an invalid schema version %1")
                             .arg(version);
            return false;
        }
        if (version >= currentVersion())
            return true; // nothing to do; the transaction rolls back harmlessly
        const Migration& m = kMigrations.at(version);
        if (!m.apply(db, &err) ||
            !Backend::of(db).setSchemaVersion(db, version + 1, &err) ||
            !tx.commit(&err)) {
            if (error)
                *error = QCoreApplication::translate("hindsight::Schema",
                                                     "could not upgrade the archive from schema %1 to %2: %3")
                             .arg(version)
                             .arg(version + 1)
                             .arg(err);
            return false;
        }
    }
}

} // namespace hindsight::schema
