// SPDX-License-Identifier: MIT
#include "cli/CommandLine.h"
#include "cli/CommandLineText.h"

#include "cli/Commands.h"
#include "settings/Settings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace hindsight::cli {
namespace {

// Options every invocation understands; commands add their own.
void addCommonOptions(QCommandLineParser& parser)
{
    parser.setApplicationDescription(
        CommandLineText::tr("Hindsight writes Correction of Error (COE) documents.\n\n"
           "Without a command it opens the archive window. Commands:\n"
           "  import FILE.coe.json... [--on-conflict fail|replace|copy]\n"
           "  export-json UUID OUT.coe.json|- [--version N]\n"
           "  list\n"
           "  check UUID|FILE.coe.json [--format text|json] [--gap-minutes N]\n"
           "  export UUID OUT [--format pdf|md|odt|html] [--profile internal|review|customer]\n"
           "         [--redact-hosts LIST] [--internal-domains LIST] [--sections LIST] [--paper a4|letter]\n"
           "  export-pdf UUID OUT.pdf [--sections LIST] [--paper a4|letter]\n"
           "  export-pdf UUID UUID... --packet OUT.pdf\n"
           "  export-md UUID OUT.md\n"
           "  search QUERY [--limit N]\n"
           "  actions [--overdue] [--csv]\n"
           "  insights [--from DATE] [--to DATE] [--severity N] [--service S] [--tag T] [--category C]\n"
           "           [--granularity quarter|month] [--repeat-days N] [--format json|csv]\n"
           "  report OUT.pdf [--from DATE] [--to DATE] [--paper a4|letter] and the filters of insights\n"
           "  backup OUT.sqlite\n"
           "  recover DAMAGED.sqlite NEW.sqlite\n"
           "  copy-archive FROM TO [--merge [--on-conflict fail|replace|copy]]\n"
           "  init-team-archive URI\n"
           "  history UUID\n"
           "  diff UUID [FROM [TO]] [--format text|json]\n"
           "  prune-versions [--older-than DAYS]\n"
           "  status UUID draft|in_review|approved|closed [--by NAME] [--force]"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("archive"),
                      CommandLineText::tr("The archive to use instead of the default one: a file, or a team "
                                          "archive's PostgreSQL URI (postgresql://user@host/database)."),
                      CommandLineText::tr("FILE|URI")});
    parser.addPositionalArgument(QStringLiteral("command"), CommandLineText::tr("The command to run (see above)."),
                                 CommandLineText::tr("[command]"));
}

// Options that take a separate value (Commands::addOptions and the common ones).
bool takesValue(const QString& argument)
{
    static const QStringList withValue{
        QStringLiteral("--archive"),      QStringLiteral("--on-conflict"),      QStringLiteral("--format"),
        QStringLiteral("--profile"),      QStringLiteral("--redact-hosts"),     QStringLiteral("--internal-domains"),
        QStringLiteral("--gap-minutes"),  QStringLiteral("--sections"),         QStringLiteral("--paper"),
        QStringLiteral("--packet"),       QStringLiteral("--limit"),            QStringLiteral("--coe-version"),
        QStringLiteral("--by"),           QStringLiteral("--older-than"),       QStringLiteral("--from"),
        QStringLiteral("--to"),           QStringLiteral("--severity"),         QStringLiteral("--service"),
        QStringLiteral("--tag"),          QStringLiteral("--category"),         QStringLiteral("--granularity"),
        QStringLiteral("--repeat-days")};
    return withValue.contains(argument);
}

QStringList positionals(const QStringList& arguments)
{
    QStringList out;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        if (a == QLatin1String("--"))
            return out + arguments.mid(i + 1);
        if (a.startsWith(QLatin1Char('-'))) {
            if (takesValue(a))
                ++i;
            continue;
        }
        out.append(a);
    }
    return out;
}

// `hindsight search -checkout`: after the search command, an argument that
// starts with '-' but is none of the options is a word of the query, not an
// unknown option. Such words go behind a "--", where QCommandLineParser takes
// them as positional arguments ("--" itself still works as usual).
QStringList withSearchWordsLast(const QStringList& arguments)
{
    static const QStringList flags{QStringLiteral("-h"),        QStringLiteral("-?"),
                                   QStringLiteral("--help"),    QStringLiteral("--help-all"),
                                   QStringLiteral("-v"),        QStringLiteral("--version"),
                                   QStringLiteral("--overdue"), QStringLiteral("--csv")};
    qsizetype command = -1;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        if (a == QLatin1String("--"))
            break;
        if (a.startsWith(QLatin1Char('-'))) {
            if (takesValue(a))
                ++i;
            continue;
        }
        command = i;
        break;
    }
    if (command < 0 || arguments.at(command) != QLatin1String("search"))
        return arguments;
    QStringList out = arguments.mid(0, command + 1);
    QStringList words;
    for (qsizetype i = command + 1; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        if (a == QLatin1String("--")) {
            words << arguments.mid(i + 1);
            break;
        }
        if (takesValue(a.section(QLatin1Char('='), 0, 0))) {
            out << a;
            if (!a.contains(QLatin1Char('=')) && i + 1 < arguments.size())
                out << arguments.at(++i);
        } else if (flags.contains(a)) {
            out << a;
        } else {
            words << a;
        }
    }
    return out + QStringList{QStringLiteral("--")} + words;
}

// `hindsight export-json UUID OUT --version N`: after export-json, --version
// followed by a number names a version of the COE (the option coe-version),
// not the program's version.
QStringList withCoeVersion(const QStringList& arguments)
{
    const qsizetype command = arguments.indexOf(QStringLiteral("export-json"));
    if (command < 0)
        return arguments;
    QStringList out = arguments;
    for (qsizetype i = command + 1; i < out.size(); ++i) {
        if (out.at(i) == QLatin1String("--"))
            break;
        if (out.at(i) == QLatin1String("--version") && i + 1 < out.size() && !out.at(i + 1).startsWith(QLatin1Char('-')))
            out[i] = QStringLiteral("--coe-version");
        else if (out.at(i).startsWith(QLatin1String("--version=")))
            out[i] = QStringLiteral("--coe-version=") + out.at(i).mid(10);
    }
    return out;
}

bool asksForHelpOrVersion(const QStringList& arguments)
{
    static const QStringList flags{QStringLiteral("-h"), QStringLiteral("--help"), QStringLiteral("--help-all"),
                                   QStringLiteral("-v"), QStringLiteral("--version")};
    for (const QString& a : arguments.mid(1))
        if (flags.contains(a))
            return true;
    return false;
}

} // namespace

bool isCommandInvocation(const QStringList& arguments)
{
    if (asksForHelpOrVersion(arguments))
        return true;
    const QStringList pos = positionals(arguments);
    return !pos.isEmpty() && !pos.first().endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
}

bool needsGuiApplication(const QStringList& arguments)
{
    if (asksForHelpOrVersion(arguments))
        return false;
    // The commands that lay out pages (report/PdfExporter) or draw charts
    // (export-md writes a metric's chart as SVG).
    static const QStringList printing{QStringLiteral("export-pdf"), QStringLiteral("export"), QStringLiteral("report"),
                                      QStringLiteral("export-md")};
    return printing.contains(positionals(arguments).value(0));
}

bool runsInLightProgram(const QStringList& arguments)
{
    if (!isCommandInvocation(arguments))
        return false;
    // Without a command it is --help or --version; a command decides
    // otherwise ("export-json UUID OUT --version 3" is export-json).
    static const QStringList light{QStringLiteral("search"), QStringLiteral("list"), QStringLiteral("insights")};
    const QString command = positionals(arguments).value(0);
    return command.isEmpty() || light.contains(command);
}

QString archiveArgument(const QStringList& arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--archive") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arguments.at(i).startsWith(QLatin1String("--archive=")))
            return arguments.at(i).mid(10);
    }
    return {};
}

QStringList documentArguments(const QStringList& arguments)
{
    QStringList out;
    for (const QString& p : positionals(arguments))
        if (p.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
            out.append(p);
    return out;
}

void setUpApplication(QCoreApplication& app)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Hindsight"));
    QCoreApplication::setApplicationName(QStringLiteral("Hindsight"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HINDSIGHT_VERSION));
    // The language setting overrides the system's (LANG, LC_ALL).
    const QString language = Settings::instance()->languageCode();
    if (!language.isEmpty())
        QLocale::setDefault(QLocale(language));
    const QLocale locale;
    auto* qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    // English first, whatever the locale: it holds the English plural forms ("1 warning",
    // "2 warnings") that the sources write as "%n warning(s)". A C or POSIX locale, or a
    // language without a translation, would otherwise print "1 warning(s)". The locale's
    // own translation is installed after it, so it is asked first.
    auto* english = new QTranslator(&app);
    if (english->load(QStringLiteral(":/i18n/hindsight_en.qm")))
        QCoreApplication::installTranslator(english);
    auto* translator = new QTranslator(&app);
    if (translator->load(locale, QStringLiteral("hindsight"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        && translator->language() != english->language())
        QCoreApplication::installTranslator(translator);
}

int run(const QStringList& arguments)
{
    QCommandLineParser parser;
    addCommonOptions(parser);
    Commands commands(parser);
    commands.addOptions();
    if (!parser.parse(withCoeVersion(withSearchWordsLast(arguments)))) {
        Commands::printError(parser.errorText());
        return BadUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        Commands::printOut(parser.helpText());
        return Success;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        Commands::printOut(QStringLiteral("%1 %2\n").arg(QCoreApplication::applicationName(),
                                                         QCoreApplication::applicationVersion()));
        return Success;
    }
    QStringList args = parser.positionalArguments();
    if (args.isEmpty()) {
        Commands::printError(CommandLineText::tr("no command given; see --help"));
        return BadUsage;
    }
    const QString command = args.takeFirst();
    return commands.run(command, args);
}

} // namespace hindsight::cli
