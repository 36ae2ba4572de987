// SPDX-License-Identifier: MIT
// `search`, over the whole archive (in the light `hindsight` program too).
#include "cli/CommandLine.h"
#include "cli/CommandLineText.h"
#include "cli/Commands.h"

#include "storage/Archive.h"
#include "storage/ArchiveSearch.h"
#include "storage/CoeQuery.h"

#include <QCoreApplication>

namespace hindsight::cli {

namespace {

// One field of tab-separated output: no match marker, tab or line break inside.
QString field(QString s)
{
    s.remove(kMatchStart);
    s.remove(kMatchEnd);
    return oneLine(s);
}

} // namespace

// The same search as the archive window's search field: every word must
// occur, the last one also as a prefix, "quoted phrases" whole, case and
// diacritics ignored; best match first. Words starting with '-' are words
// ("search -checkout"); after "--" every argument is. A query without a
// letter or digit prints "Nothing to search for" and exits 1; a query over
// kMaxSearchWords words or kMaxSearchChars characters is cut, with a notice
// on stderr, and exits 0.
int Commands::search(const QStringList& args)
{
    const QString text = args.join(QLatin1Char(' '));
    if (text.trimmed().isEmpty())
        return usage(CommandLineText::tr("search needs a QUERY"));
    // A query of only "-", "*", ... would match every COE: say so instead.
    if (!hasSearchableText(text)) {
        printError(nothingToSearchNotice());
        return BadInput;
    }
    bool ok = false;
    const int limit = m_parser.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 1)
        return usage(CommandLineText::tr("--limit takes a whole number, 1 or more"));
    Archive* a = archive(false);
    if (!a)
        return BadInput;
    // A long query is cut (ArchiveSearch.h), never refused; stderr says so.
    if (prepareSearch(text).cut)
        printError(searchCutNotice());
    CoeQuery query;
    query.text = text;
    QString error;
    // Ranked like the archive window: past CoeCatalog::kRankLimit matches
    // the newest come first (ranking 4,500 matches by bm25 cost about 10 ms
    // of a 23 ms command).
    const CoeCatalog catalog(*a);
    const QDate today = QDate::currentDate();
    const int matches = catalog.count(query, today, &error);
    const QList<CoeRow> rows =
        matches < 0 ? QList<CoeRow>() : catalog.rows(query, today, 0, limit, &error, matches);
    if (!error.isEmpty()) {
        printError(error);
        explainDamage();
        return BadInput;
    }
    QString out;
    for (const CoeRow& r : rows)
        out += QStringList{r.uuid.toString(QUuid::WithoutBraces), field(r.title), field(r.snippet)}.join(
                   QLatin1Char('\t'))
            + QLatin1Char('\n');
    printOut(out);
    return Success;
}

} // namespace hindsight::cli
