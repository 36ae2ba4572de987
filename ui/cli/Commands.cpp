// SPDX-License-Identifier: MIT
#include "cli/Commands.h"

#include "analysis/CheckReport.h"
#include "cli/CommandLine.h"
#include "exchange/CoeImporter.h"
#include "exchange/CoeJson.h"
#include "settings/Settings.h"
#include "storage/Archive.h"
#include "storage/ArchiveLocation.h"
#include "storage/CoeRepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <cstdio>

namespace hindsight::cli {
namespace {

// lupdate reads the context from Q_DECLARE_TR_FUNCTIONS, so the .ts files
// and the running program agree on it.
struct CommandLineText
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

QString oneLine(QString s)
{
    s.replace(QLatin1Char('\t'), QLatin1Char(' '));
    s.replace(QLatin1Char('\n'), QLatin1Char(' '));
    s.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return s;
}

} // namespace

Commands::Commands(QCommandLineParser& parser) : m_parser(parser) {}
Commands::~Commands() = default;

void Commands::addOptions()
{
    m_parser.addOptions({
        {QStringLiteral("on-conflict"),
         CommandLineText::tr("import: what to do when the uuid is already in the archive: fail, replace or copy."),
         CommandLineText::tr("POLICY"), QStringLiteral("fail")},
        {QStringLiteral("merge"),
         CommandLineText::tr("copy-archive: copy into a target that already holds COEs; --on-conflict decides "
                             "about a uuid both hold (fail leaves the target's, replace overwrites it, copy adds "
                             "the source's under a new uuid).")},
        {QStringLiteral("format"), CommandLineText::tr("check, diff: text or json. export: pdf, md, odt or html."),
         CommandLineText::tr("FORMAT"), QStringLiteral("text")},
        {QStringLiteral("profile"), CommandLineText::tr("export: internal, review or customer."),
         CommandLineText::tr("NAME"), QStringLiteral("internal")},
        {QStringLiteral("redact-hosts"),
         CommandLineText::tr("export --profile customer: host name patterns to hide, comma separated (*.corp.example.com); "
                            "by default those last given in the Export dialog, \"\" for none."),
         CommandLineText::tr("LIST")},
        {QStringLiteral("internal-domains"),
         CommandLineText::tr("export --profile customer: domains whose URLs are internal, comma separated; by default "
                            "those last given in the Export dialog, \"\" for none."),
         CommandLineText::tr("LIST")},
        {QStringLiteral("gap-minutes"), CommandLineText::tr("check: the gap threshold in minutes."), CommandLineText::tr("N")},
        {QStringLiteral("sections"), CommandLineText::tr("export-pdf: the sections to include, comma separated."),
         CommandLineText::tr("LIST")},
        {QStringLiteral("paper"), CommandLineText::tr("export-pdf: a4 or letter."), CommandLineText::tr("SIZE")},
        {QStringLiteral("packet"), CommandLineText::tr("export-pdf: write all named COEs into one review packet."),
         CommandLineText::tr("OUT.pdf")},
        {QStringLiteral("limit"), CommandLineText::tr("search: at most N results."), CommandLineText::tr("N"), QStringLiteral("50")},
        {QStringLiteral("overdue"), CommandLineText::tr("actions: only overdue items.")},
        {QStringLiteral("csv"), CommandLineText::tr("actions: write CSV instead of tab-separated text.")},
        {QStringLiteral("coe-version"),
         CommandLineText::tr("export-json: write version N of the COE (see history); also --version N."),
         CommandLineText::tr("N")},
    });
}

void Commands::printOut(const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void Commands::printError(const QString& text)
{
    const QByteArray bytes = (QCoreApplication::applicationName().toLower() + QStringLiteral(": ") + text
                              + (text.endsWith(QLatin1Char('\n')) ? QString() : QStringLiteral("\n")))
                                 .toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

void Commands::explainDamage()
{
    if (m_archive && m_archive->isDamaged())
        printError(m_archive->damageMessage());
}

int Commands::usage(const QString& message)
{
    printError(message + CommandLineText::tr(" (see --help)"));
    return BadUsage;
}

Archive* Commands::archive(bool writable)
{
    if (m_archive)
        return m_archive.get();
    QString path = m_parser.value(QStringLiteral("archive"));
    // What --archive names is a file or a PostgreSQL URI, never a URI taken
    // as a file name; a file whose folder is missing is refused, not made.
    const ArchiveLocation location = ArchiveLocation::parse(path.isEmpty() ? Archive::defaultPath() : path);
    if (const QString refusal = location.refusalBeforeOpening(); !refusal.isEmpty()) {
        printError(refusal);
        return nullptr;
    }
    if (location.isPostgres()) {
        path = location.uri();
    } else if (path.isEmpty()) {
        path = Archive::defaultPath();
    } else if (!writable) {
        // Only import (and recover's NEW, the window, the default archive)
        // create archives: a reading command refuses a missing or empty file
        // and leaves it as it is (no -wal or -shm beside it either).
        const QFileInfo info(path);
        if (!info.exists()) {
            printError(CommandLineText::tr("%1 does not exist: this command reads an archive and does not "
                                           "create one (import creates one)")
                           .arg(path));
            return nullptr;
        }
        if (info.isFile() && info.size() == 0) {
            printError(CommandLineText::tr("%1 is empty (0 bytes), not a Hindsight archive: nothing was read "
                                           "and the file was left as it is")
                           .arg(path));
            return nullptr;
        }
    }
    const QString shownPath = location.isPostgres() ? location.displayText() : path;
    QString error;
    // Reading commands open read-write too, so that the default archive is
    // created on first use and older schemas are brought up to date; a file
    // that cannot be written falls back to read-only, which is all they need.
    m_archive = Archive::open(path, Archive::Access::ReadWrite, &error);
    if (!m_archive) {
        printError(error);
        return nullptr;
    }
    m_archive->setBackupPolicy({Settings::instance()->backupsToKeep(), Settings::instance()->displayTimeZone()});
    if (writable && m_archive->isReadOnly() && !m_archive->isDamaged()) {
        printError(CommandLineText::tr("%1 can only be read: nothing can be written to it").arg(shownPath));
        m_archive.reset();
        return nullptr;
    }
    // Checks for damage (and makes the day's backup) before anything is written.
    if (writable && !m_archive->prepareWrite(&error)) {
        printError(error);
        m_archive.reset();
        return nullptr;
    }
    return m_archive.get();
}

std::optional<Coe> Commands::loadCoe(const QString& uuidText, int* exitCode)
{
    const QUuid uuid = QUuid::fromString(uuidText);
    if (uuid.isNull()) {
        *exitCode = usage(CommandLineText::tr("'%1' is not a uuid").arg(uuidText));
        return std::nullopt;
    }
    Archive* a = archive(false);
    if (!a) {
        *exitCode = BadInput;
        return std::nullopt;
    }
    QString error;
    std::optional<Coe> coe = CoeRepository(*a).load(uuid, &error);
    if (!coe) {
        printError(error.isEmpty() ? CommandLineText::tr("no COE with uuid %1 in %2").arg(uuidText, a->path()) : error);
        explainDamage();
        *exitCode = BadInput;
    }
    return coe;
}

int Commands::run(const QString& command, const QStringList& args)
{
    if (command == QLatin1String("import"))
        return importFiles(args);
    if (command == QLatin1String("export-json"))
        return exportJson(args);
    if (command == QLatin1String("list"))
        return list(args);
    if (command == QLatin1String("check"))
        return check(args);
    if (command == QLatin1String("export"))
        return exportAny(args);
    if (command == QLatin1String("export-pdf"))
        return exportPdf(args);
    if (command == QLatin1String("export-md"))
        return exportMarkdown(args);
    if (command == QLatin1String("search"))
        return search(args);
    if (command == QLatin1String("actions"))
        return actions(args);
    if (command == QLatin1String("recover"))
        return recover(args);
    if (command == QLatin1String("backup"))
        return backup(args);
    if (command == QLatin1String("copy-archive"))
        return copyArchive(args);
    if (command == QLatin1String("init-team-archive"))
        return initTeamArchive(args);
    if (command == QLatin1String("history"))
        return history(args);
    if (command == QLatin1String("diff"))
        return diff(args);
    return usage(CommandLineText::tr("unknown command '%1'").arg(command));
}

int Commands::importFiles(const QStringList& args)
{
    if (args.isEmpty())
        return usage(CommandLineText::tr("import needs at least one FILE.coe.json"));
    const auto policy = exchange::conflictPolicyFromString(m_parser.value(QStringLiteral("on-conflict")));
    if (!policy)
        return usage(CommandLineText::tr("--on-conflict takes fail, replace or copy"));
    Archive* a = archive(true);
    if (!a)
        return BadInput;
    CoeRepository repository(*a);
    int status = Success;
    for (const QString& file : args) {
        const exchange::ImportOutcome outcome = exchange::importFile(repository, file, *policy);
        for (const auto& w : outcome.warnings)
            printError(CommandLineText::tr("warning: %1").arg(w.toString(file)));
        if (outcome.stored()) {
            printOut(outcome.message + QLatin1Char('\n'));
            continue;
        }
        status = BadInput;
        if (outcome.errors.isEmpty())
            printError(outcome.message);
        for (const auto& e : outcome.errors)
            printError(e.toString(file));
        if (!outcome.errors.isEmpty())
            printError(CommandLineText::tr("%1: nothing imported").arg(file));
    }
    return status;
}

int Commands::exportJson(const QStringList& args)
{
    if (args.size() != 2)
        return usage(CommandLineText::tr("export-json takes UUID and OUT.coe.json (or - for standard output)"));
    int code = Success;
    std::optional<Coe> coe;
    if (m_parser.isSet(QStringLiteral("coe-version"))) { // --version N (CommandLine.cpp renames it)
        bool ok = false;
        const int number = m_parser.value(QStringLiteral("coe-version")).toInt(&ok);
        if (!ok || number < 1)
            return usage(CommandLineText::tr("--version takes a version number (1, 2, ...; see history)"));
        coe = loadVersion(args.at(0), number, &code);
    } else {
        coe = loadCoe(args.at(0), &code);
    }
    if (!coe)
        return code;
    if (args.at(1) == QLatin1String("-")) {
        printOut(QString::fromUtf8(exchange::CoeJson::write(*coe)));
        return Success;
    }
    QString error;
    if (!exchange::CoeJson::writeFile(*coe, args.at(1), &error)) {
        printError(error);
        return BadInput;
    }
    return Success;
}

int Commands::list(const QStringList& args)
{
    if (!args.isEmpty())
        return usage(CommandLineText::tr("list takes no arguments"));
    Archive* a = archive(false);
    if (!a)
        return BadInput;
    QString error;
    const QList<CoeHeader> headers = CoeRepository(*a).list(&error);
    if (!error.isEmpty()) {
        printError(error);
        explainDamage();
        return BadInput;
    }
    QString out;
    for (const CoeHeader& h : headers) {
        out += QStringList{h.uuid.toString(QUuid::WithoutBraces), oneLine(h.title), toString(h.status),
                           h.severity ? QString::number(*h.severity) : QString(),
                           h.updatedAt.toUTC().toString(Qt::ISODate)}
                   .join(QLatin1Char('\t'))
            + QLatin1Char('\n');
    }
    printOut(out);
    return Success;
}

int Commands::check(const QStringList& args)
{
    if (args.size() != 1)
        return usage(CommandLineText::tr("check takes one UUID or FILE.coe.json"));
    const QString format = m_parser.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return usage(CommandLineText::tr("--format takes text or json"));
    // The editor's review preferences (gap threshold, action SLA, names
    // marked as teams), so `check` finds what the editor's review panel does.
    analysis::CheckOptions options;
    const Settings* settings = Settings::instance();
    options.gapMinutes = settings->gapThresholdMinutes();
    options.actionSlaDays = settings->actionItemSlaDays();
    options.teamNames = settings->teamNames();
    if (m_parser.isSet(QStringLiteral("gap-minutes"))) {
        bool ok = false;
        options.gapMinutes = m_parser.value(QStringLiteral("gap-minutes")).toInt(&ok);
        if (!ok || options.gapMinutes < 1)
            return usage(CommandLineText::tr("--gap-minutes takes a whole number of minutes, 1 or more"));
    }
    Coe coe;
    const QString& target = args.first();
    if (!QUuid::fromString(target).isNull() && !QFileInfo::exists(target)) {
        int code = Success;
        std::optional<Coe> loaded = loadCoe(target, &code);
        if (!loaded) // the archive itself refused (missing, empty, damaged): 1, like every command
            return code == BadUsage ? BadUsage : (m_archive ? Unreadable : BadInput);
        coe = std::move(*loaded);
    } else {
        exchange::JsonReadResult read = exchange::CoeJson::readFile(target);
        if (!read.ok()) {
            for (const auto& e : read.errors)
                printError(e.toString(target));
            return Unreadable;
        }
        for (const auto& w : read.warnings)
            printError(CommandLineText::tr("warning: %1").arg(w.toString(target)));
        coe = std::move(read.coe);
    }
    const analysis::CheckReport report = analysis::makeCheckReport(coe, options);
    printOut(format == QLatin1String("json") ? QString::fromUtf8(analysis::checkReportJsonBytes(report))
                                             : analysis::checkReportText(report));
    return analysis::hasErrors(report.findings) ? BadInput : Success;
}

} // namespace hindsight::cli
