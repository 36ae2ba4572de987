// SPDX-License-Identifier: MIT
// What every command shares (options, output, the archive, a COE by its
// uuid) and `list`: the part of the command line that the light `hindsight`
// program links (app/CMakeLists.txt), so nothing here may need Qt Gui.
#include "cli/Commands.h"

#include "cli/CommandLine.h"
#include "cli/CommandLineText.h"
#include "settings/Settings.h"
#include "storage/Archive.h"
#include "storage/ArchiveLocation.h"
#include "storage/CoeRepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <cstdio>

namespace hindsight::cli {
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
        {QStringLiteral("paper"), CommandLineText::tr("export-pdf, report: a4 or letter."), CommandLineText::tr("SIZE")},
        {QStringLiteral("packet"), CommandLineText::tr("export-pdf: write all named COEs into one review packet."),
         CommandLineText::tr("OUT.pdf")},
        {QStringLiteral("limit"), CommandLineText::tr("search: at most N results."), CommandLineText::tr("N"), QStringLiteral("50")},
        {QStringLiteral("overdue"), CommandLineText::tr("actions: only overdue items.")},
        {QStringLiteral("csv"), CommandLineText::tr("actions: write CSV instead of tab-separated text.")},
        {QStringLiteral("coe-version"),
         CommandLineText::tr("export-json: write version N of the COE (see history); also --version N."),
         CommandLineText::tr("N")},
        {QStringLiteral("older-than"),
         CommandLineText::tr("prune-versions: thin versions older than DAYS days to one a day (by default the "
                             "number of days in Preferences)."),
         CommandLineText::tr("DAYS")},
        {QStringLiteral("by"),
         CommandLineText::tr("status approved: the approver's name (by default the one last given, else the "
                             "author name in Preferences)."),
         CommandLineText::tr("NAME")},
        {QStringLiteral("from"),
         CommandLineText::tr("insights, report: COEs whose incident started on or after DATE (YYYY-MM-DD, UTC)."),
         CommandLineText::tr("DATE")},
        {QStringLiteral("to"),
         CommandLineText::tr("insights, report: COEs whose incident started on or before DATE (YYYY-MM-DD, UTC)."),
         CommandLineText::tr("DATE")},
        {QStringLiteral("severity"), CommandLineText::tr("insights: only COEs of severity N (1 to 5)."),
         CommandLineText::tr("N")},
        {QStringLiteral("service"), CommandLineText::tr("insights: only COEs naming this service."),
         CommandLineText::tr("NAME")},
        {QStringLiteral("tag"), CommandLineText::tr("insights: only COEs with this tag."), CommandLineText::tr("TAG")},
        {QStringLiteral("category"),
         CommandLineText::tr("insights: only COEs with a contributing factor of this category (change/code, ...)."),
         CommandLineText::tr("CATEGORY")},
        {QStringLiteral("granularity"), CommandLineText::tr("insights: periods of a quarter (default) or a month."),
         CommandLineText::tr("quarter|month")},
        {QStringLiteral("repeat-days"),
         CommandLineText::tr("insights: repeat incidents are at most N days apart (default 90)."),
         CommandLineText::tr("N")},
        {QStringLiteral("force"),
         CommandLineText::tr("status approved: approve although the review check finds errors (recorded with the "
                             "approval).")},
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

} // namespace hindsight::cli
