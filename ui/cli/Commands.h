// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Coe.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

namespace hindsight {
class Archive;
}
namespace hindsight::insights {
struct InsightsFilter;
}

namespace hindsight::cli {

// The headless commands. Each returns an ExitCode (CommandLine.h) and writes
// results to stdout, problems to stderr (naming file and JSON path).
class Commands
{
public:
    explicit Commands(QCommandLineParser& parser);
    ~Commands();

    void addOptions();
    int run(const QString& command, const QStringList& args);

    static void printOut(const QString& text);
    static void printError(const QString& text);

private:
    // Opens the archive named by --archive (or the default one); nullptr and a
    // message on stderr when it is refused.
    Archive* archive(bool writable);
    // Loads a COE by uuid from the archive; prints the problem when it fails.
    std::optional<Coe> loadCoe(const QString& uuidText, int* exitCode);
    // Loads version `number` of a COE (CommandsHistory.cpp); prints the problem when it fails.
    std::optional<Coe> loadVersion(const QString& uuidText, int number, int* exitCode);
    int usage(const QString& message);
    // After a failed read: when it found the archive damaged, says so and what to do.
    void explainDamage();

    int importFiles(const QStringList& args);
    int exportJson(const QStringList& args);
    int list(const QStringList& args);
    int check(const QStringList& args);
    int exportAny(const QStringList& args);
    int exportPdf(const QStringList& args);
    int exportMarkdown(const QStringList& args);
    int search(const QStringList& args);
    int actions(const QStringList& args);
    int recover(const QStringList& args);
    int backup(const QStringList& args);
    int copyArchive(const QStringList& args);
    int initTeamArchive(const QStringList& args);
    int history(const QStringList& args);
    int diff(const QStringList& args);
    int pruneVersions(const QStringList& args);
    int status(const QStringList& args);
    int insights(const QStringList& args);
    int report(const QStringList& args);
    // The options of insights and report (CommandsInsights.cpp); false with
    // *exitCode set (and the problem printed) when one is wrong.
    bool insightsFilter(insights::InsightsFilter* filter, int* exitCode);

    QCommandLineParser& m_parser;
    std::unique_ptr<Archive> m_archive;
};

} // namespace hindsight::cli
