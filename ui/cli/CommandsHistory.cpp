// SPDX-License-Identifier: MIT
// The versions of a COE: `history UUID`, `diff UUID [FROM [TO]]`, the
// version read by `export-json UUID OUT --version N`, and `prune-versions`.
#include "cli/CommandLine.h"
#include "cli/CommandLineText.h"
#include "cli/Commands.h"

#include "analysis/CoeDiff.h"
#include "storage/Archive.h"
#include "settings/Settings.h"
#include "storage/CoeVersions.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace hindsight::cli {
namespace {
std::optional<int> versionNumber(const QString& text)
{
    bool ok = false;
    const int n = text.toInt(&ok);
    if (!ok || n < 1)
        return std::nullopt;
    return n;
}

} // namespace

std::optional<Coe> Commands::loadVersion(const QString& uuidText, int number, int* exitCode)
{
    // The COE itself first: an unknown uuid is said as such.
    std::optional<Coe> current = loadCoe(uuidText, exitCode);
    if (!current)
        return std::nullopt;
    QString error;
    std::optional<Coe> coe = CoeVersions(*m_archive).load(current->uuid, number, &error);
    if (!coe) {
        printError(error);
        explainDamage();
        *exitCode = BadInput;
    }
    return coe;
}

int Commands::history(const QStringList& args)
{
    if (args.size() != 1)
        return usage(CommandLineText::tr("history takes one UUID"));
    int code = Success;
    const std::optional<Coe> coe = loadCoe(args.at(0), &code);
    if (!coe)
        return code;
    QString error;
    const QList<CoeVersionInfo> versions = CoeVersions(*m_archive).list(coe->uuid, &error);
    if (!error.isEmpty()) {
        printError(error);
        explainDamage();
        return BadInput;
    }
    QString out;
    for (const CoeVersionInfo& v : versions) {
        out += QStringList{QString::number(v.number), v.at.toUTC().toString(Qt::ISODate), oneLine(v.author),
                           oneLine(v.summary)}
                   .join(QLatin1Char('\t'))
            + QLatin1Char('\n');
    }
    printOut(out);
    return Success;
}

int Commands::diff(const QStringList& args)
{
    if (args.isEmpty() || args.size() > 3)
        return usage(CommandLineText::tr("diff takes UUID and at most two version numbers, FROM and TO"));
    const QString format = m_parser.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return usage(CommandLineText::tr("--format takes text or json"));
    std::optional<int> from, to;
    if (args.size() >= 2 && !(from = versionNumber(args.at(1))))
        return usage(CommandLineText::tr("'%1' is not a version number (1, 2, ...)").arg(args.at(1)));
    if (args.size() == 3 && !(to = versionNumber(args.at(2))))
        return usage(CommandLineText::tr("'%1' is not a version number (1, 2, ...)").arg(args.at(2)));
    int code = Success;
    const std::optional<Coe> current = loadCoe(args.at(0), &code);
    if (!current)
        return code;
    CoeVersions versions(*m_archive);
    if (!from) {
        // The last approved version, or else the first, against the current document.
        QString error;
        const QList<CoeVersionInfo> list = versions.list(current->uuid, &error);
        if (!error.isEmpty()) {
            printError(error);
            explainDamage();
            return BadInput;
        }
        if (list.isEmpty()) {
            printError(CommandLineText::tr("the COE %1 has no versions yet: nothing to compare").arg(args.at(0)));
            return BadInput;
        }
        from = list.first().number;
        for (const CoeVersionInfo& v : list) {
            if (v.approved)
                from = v.number;
        }
    }
    const std::optional<Coe> older = loadVersion(args.at(0), *from, &code);
    if (!older)
        return code;
    std::optional<Coe> newer = current;
    if (to) {
        newer = loadVersion(args.at(0), *to, &code);
        if (!newer)
            return code;
    }
    const analysis::CoeDiff d = analysis::compareCoes(*older, *newer);
    if (format == QLatin1String("json")) {
        QJsonObject json = d.toJson();
        json.insert(QStringLiteral("uuid"), current->uuid.toString(QUuid::WithoutBraces));
        json.insert(QStringLiteral("from"), *from);
        json.insert(QStringLiteral("to"), to ? QJsonValue(*to) : QJsonValue(QStringLiteral("current")));
        printOut(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)));
    } else {
        printOut(d.toText());
    }
    return Success;
}

int Commands::pruneVersions(const QStringList& args)
{
    if (!args.isEmpty())
        return usage(CommandLineText::tr("prune-versions takes no arguments, only --older-than DAYS"));
    int days = Settings::instance()->versionsThinAfterDays();
    if (m_parser.isSet(QStringLiteral("older-than"))) {
        bool ok = false;
        days = m_parser.value(QStringLiteral("older-than")).toInt(&ok);
        if (!ok || days < 1)
            return usage(CommandLineText::tr("--older-than takes a number of days, 1 or more"));
    } else if (days == 0) {
        printOut(CommandLineText::tr("Thinning old versions is off in Preferences; give --older-than DAYS to thin "
                                     "them now.")
                 + QLatin1Char('\n'));
        return Success;
    }
    Archive* a = archive(true);
    if (!a)
        return BadInput;
    QString error;
    const int pruned = CoeVersions(*a).prune(QDateTime::currentDateTimeUtc(), days, &error);
    if (pruned < 0) {
        printError(error);
        explainDamage();
        return BadInput;
    }
    printOut(CommandLineText::tr("%n old version(s) thinned", nullptr, pruned) + QLatin1Char('\n'));
    return Success;
}

} // namespace hindsight::cli
