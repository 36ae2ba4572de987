// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <QTranslator>
#include <QtTest>

#include <memory>

namespace hindsight {
class Archive;
}

namespace hindsight::test {

// Folder with the test fixtures (tests/data in the source tree).
QString dataPath(const QString& fileName);
QByteArray readData(const QString& fileName);
// Path of the built hindsight executable, for command-line tests.
QString binaryPath();
// SHA-256 of a file's bytes, to prove a refused file was left unchanged.
QByteArray fileChecksum(const QString& path);

// Whether the environment says this is a CI run (CI=true, as GitHub Actions,
// GitLab and most others set it).
bool isCi();
// Empty when the program is on PATH, else a message naming it.
QString missingToolMessage(const QString& program);

// English plural forms without the compiled translation: a translator that
// answers each numerus message (tr("%n COE(s)", nullptr, n)) the way
// hindsight_en.ts does, "(s)" dropped for 1 and "s" otherwise ("1 COE",
// "4 COEs"), and leaves plain messages alone. A test that installs it sees
// what a user sees, and a count written as a plain message ("%1 COEs")
// stays wrong for 1. Install with QCoreApplication::installTranslator.
class EnglishPlurals : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* sourceText, const char* disambiguation = nullptr,
                      int n = -1) const override;
};

// The archive back ends the storage tests run on: "sqlite" always, and
// "postgresql" on the server HINDSIGHT_TEST_PG names (a libpq URI such as
// postgresql:///postgres?host=/tmp/pg&port=55432&user=postgres).
QStringList archiveBackends();
// Adds the column "backend" (QString) with one row per back end, for a
// test's _data() function or initTestCase_data().
void addArchiveBackendRows();
// Empty when `backend` can be used here, else why not (HINDSIGHT_TEST_PG unset,
// the server unreachable).
QString archiveBackendProblem(const QString& backend);
// A fresh location for a new archive on `backend`: `sqlitePath` for SQLite;
// for PostgreSQL a new schema on the HINDSIGHT_TEST_PG server (its URI,
// with search_path set to it), dropped when the program ends. Empty, with
// `error` set, when it cannot be made.
QString freshArchiveLocation(const QString& backend, const QString& sqlitePath, QString* error = nullptr);
// A new archive on `backend` for the running test function (a file named
// after it in `folder` for SQLite, a fresh schema on PostgreSQL), opened
// read-write; null, with `error` set, when it cannot be made.
std::unique_ptr<Archive> openFreshArchive(const QString& backend, const QString& folder, QString* error);
// The URI of the HINDSIGHT_TEST_PG server with a role of its own that may
// read but not write the archive at `location` (made by freshArchiveLocation).
QString readerLocation(const QString& location, QString* error = nullptr);
// The URI of the HINDSIGHT_TEST_PG server with a role of its own that may
// read and write the archive at `location` and logs in with `password`
// (which the URI leaves out: the caller gives it).
QString writerLocation(const QString& location, const QString& password, QString* error = nullptr);
// Whether the archive at `location` is on the server: true for a file
// location; for a PostgreSQL one, whether its schema holds the archive's tables
// (so that a URI taken for a file path cannot pass for the server).
bool archiveIsWhereItShouldBe(const QString& location);
// Runs `statement` in the PostgreSQL archive at `location` as the server's
// administrator (to damage or age it on purpose).
bool execInArchive(const QString& location, const QString& statement, QString* error = nullptr);
// The text a tooltip shows, as QToolTip decides it: rich text when
// Qt::mightBeRichText says so (tags rendered, images loaded), else as it is.
QString shownToolTip(const QString& toolTip);

} // namespace hindsight::test

// Skips the test function (fails it under CI=true) when `backend` cannot be
// used here; put it in init() or the test function, as HINDSIGHT_REQUIRE_TOOL.
#define HINDSIGHT_REQUIRE_BACKEND(backend)                                                                   \
    do {                                                                                                     \
        const QString hindsightBackendProblem_ = ::hindsight::test::archiveBackendProblem(backend);         \
        if (!hindsightBackendProblem_.isEmpty()) {                                                           \
            if (::hindsight::test::isCi())                                                                   \
                QFAIL(qPrintable(hindsightBackendProblem_                                                    \
                                 + QStringLiteral(" (CI=true: the PostgreSQL tests must run)")));            \
            QSKIP(qPrintable(hindsightBackendProblem_));                                                     \
        }                                                                                                    \
    } while (false)

// For a test function that needs an external program (pdftotext, say): when
// it is not on PATH the test is skipped, or fails under CI=true, where a
// missing tool must not let the test pass by skipping. Put it in each test
// function that needs the tool, never in initTestCase (that would skip the
// tests that do not need it). It returns from the test function.
#define HINDSIGHT_REQUIRE_TOOL(program)                                                                      \
    do {                                                                                                     \
        const QString hindsightMissingTool_ =                                                                \
            ::hindsight::test::missingToolMessage(QStringLiteral(program));                                  \
        if (!hindsightMissingTool_.isEmpty()) {                                                              \
            if (::hindsight::test::isCi())                                                                   \
                QFAIL(                                                                                       \
                    qPrintable(hindsightMissingTool_ + QStringLiteral(" (CI=true: a missing tool fails)"))); \
            QSKIP(qPrintable(hindsightMissingTool_));                                                        \
        }                                                                                                    \
    } while (false)
