// SPDX-License-Identifier: MIT
#include "Redaction.h"

#include "analysis/NameMatcher.h"

#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace hindsight::report {
namespace {

constexpr QRegularExpression::PatternOptions kCi = QRegularExpression::CaseInsensitiveOption;

struct Span
{
    qsizetype start = 0;
    qsizetype length = 0;
    QString replacement;
};

// The people of a COE (owner, reviewers, action owners) and the known names,
// teams excepted.
QStringList peopleOf(const Coe& coe, const RedactionOptions& options)
{
    QStringList names{coe.owner};
    names += coe.reviewers;
    for (const ActionItem& a : coe.actionItems)
        names.append(a.owner);
    names += options.knownNames;
    names.removeIf([&](const QString& n) {
        return n.trimmed().isEmpty() ||
               n.simplified().compare(Redaction::personWord(), Qt::CaseInsensitive) == 0 ||
               analysis::isTeamName(n, coe.services, options.teamNames);
    });
    return names;
}

const QRegularExpression& urlRx()
{
    static const QRegularExpression rx(QStringLiteral("(?:https?|ftp)://[^\\s<>\"'`()\\[\\]{}]+"), kCi);
    return rx;
}

const QRegularExpression& emailRx()
{
    static const QRegularExpression rx(
        QStringLiteral(
            "(?<![\\w.%+-])[\\w.%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}(?![\\w-])"),
        QRegularExpression::UseUnicodePropertiesOption);
    return rx;
}

const QRegularExpression& ipv4Rx()
{
    static const QRegularExpression rx(QStringLiteral(
        "(?<![\\w.])(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)"
        "(?!\\w|\\.\\d)"));
    return rx;
}

// Anything that may be an IPv6 address; Redaction::isIpv6 decides.
const QRegularExpression& ipv6CandidateRx()
{
    static const QRegularExpression rx(QStringLiteral("(?<![\\w:.])[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*(?![\\w:])"));
    return rx;
}

bool isIpv4(const QString& text)
{
    const QRegularExpressionMatch m = ipv4Rx().match(text);
    return m.hasMatch() && m.capturedStart() == 0 && m.capturedLength() == text.size();
}

bool onDomain(const QString& host, const QStringList& domains)
{
    const QString h = host.toLower();
    for (QString d : domains) {
        d = d.trimmed().toLower();
        while (d.startsWith(QLatin1Char('.')) || d.startsWith(QLatin1Char('*')))
            d.remove(0, 1);
        if (d.isEmpty())
            continue;
        if (h == d || h.endsWith(QLatin1Char('.') + d))
            return true;
    }
    return false;
}

QRegularExpression hostPatternRx(const QString& pattern)
{
    QString rx;
    for (QChar c : pattern.trimmed()) {
        if (c == u'*')
            rx += QStringLiteral("[A-Za-z0-9.-]*");
        else if (c == u'?')
            rx += QStringLiteral("[A-Za-z0-9-]");
        else
            rx += QRegularExpression::escape(QString(c));
    }
    return QRegularExpression(QStringLiteral("(?<![\\w.-])%1(?![\\w-]|\\.[\\w-])").arg(rx), kCi);
}

QString trimmedEnd(const QString& text, qsizetype* length, const QString& chars)
{
    while (*length > 0 && chars.contains(text.at(*length - 1)))
        --*length;
    return text.left(*length);
}

void findSpans(const QString& text, const QStringList& people, const RedactionOptions& options,
               QList<Span>* spans)
{
    if (!options.internalDomains.isEmpty()) {
        for (auto it = urlRx().globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            qsizetype length = m.capturedLength();
            const QString url = trimmedEnd(m.captured(), &length, QStringLiteral(".,;:!?"));
            if (onDomain(QUrl(url).host(), options.internalDomains))
                spans->append({m.capturedStart(), length, Redaction::linkWord()});
        }
    }
    for (auto it = emailRx().globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        spans->append({m.capturedStart(), m.capturedLength(), Redaction::emailWord()});
    }
    for (auto it = ipv4Rx().globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        spans->append({m.capturedStart(), m.capturedLength(), Redaction::ipWord()});
    }
    for (auto it = ipv6CandidateRx().globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        qsizetype length = m.capturedLength();
        const QString candidate = trimmedEnd(m.captured(), &length, QStringLiteral("."));
        if (Redaction::isIpv6(candidate))
            spans->append({m.capturedStart(), length, Redaction::ipWord()});
    }
    for (const QString& pattern : options.hostPatterns) {
        if (pattern.trimmed().isEmpty())
            continue;
        const QRegularExpression rx = hostPatternRx(pattern);
        for (auto it = rx.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            qsizetype length = m.capturedLength();
            trimmedEnd(m.captured(), &length, QStringLiteral(".-"));
            if (length > 0)
                spans->append({m.capturedStart(), length, Redaction::hostWord()});
        }
    }
    if (!people.isEmpty()) {
        const analysis::NameMatcher matcher(people);
        for (const analysis::NameMatcher::Mention& m : matcher.mentionsIn(text))
            spans->append({m.start, m.length, Redaction::personWord()});
    }
}

// The walk over every text field of a COE.
template <typename F> void forEachTextField(Coe& c, F&& field)
{
    const auto at = [](const char* list, qsizetype i, const char* name) {
        return QStringLiteral("%1[%2].%3").arg(QLatin1String(list)).arg(i).arg(QLatin1String(name));
    };
    field(c.title, QStringLiteral("title"));
    field(c.summary, QStringLiteral("summary"));
    field(c.impact.description, QStringLiteral("impact.description"));
    field(c.impact.consequences, QStringLiteral("impact.consequences"));
    field(c.impact.secondOrder, QStringLiteral("impact.second_order"));
    field(c.impact.customerSentiment, QStringLiteral("impact.customer_sentiment"));
    for (qsizetype i = 0; i < c.timeline.size(); ++i) {
        TimelineEntry& e = c.timeline[i];
        field(e.text, at("timeline", i, "text"));
        field(e.source, at("timeline", i, "source"));
        field(e.gapExplanation, at("timeline", i, "gap_explanation"));
    }
    for (qsizetype i = 0; i < c.metrics.size(); ++i) {
        Metric& m = c.metrics[i];
        field(m.name, at("metrics", i, "name"));
        field(m.description, at("metrics", i, "description"));
        field(m.sourceUrl, at("metrics", i, "source_url"));
        for (qsizetype j = 0; j < m.images.size(); ++j)
            field(m.images[j].caption, at("metrics", i, "images") + QStringLiteral("[%1].caption").arg(j));
        for (qsizetype j = 0; j < m.series.size(); ++j) // format 1.1: a series may be named after a host
            field(m.series[j].name, at("metrics", i, "series") + QStringLiteral("[%1].name").arg(j));
    }
    for (qsizetype i = 0; i < c.questions.size(); ++i) {
        field(c.questions[i].question, at("questions", i, "question"));
        field(c.questions[i].answer, at("questions", i, "answer"));
    }
    field(c.problem, QStringLiteral("problem"));
    for (qsizetype i = 0; i < c.whys.size(); ++i) {
        field(c.whys[i].why, at("whys", i, "why"));
        field(c.whys[i].because, at("whys", i, "because"));
    }
    for (qsizetype i = 0; i < c.actionItems.size(); ++i) {
        ActionItem& a = c.actionItems[i];
        field(a.title, at("action_items", i, "title"));
        field(a.description, at("action_items", i, "description"));
        field(a.link, at("action_items", i, "link"));
    }
    for (qsizetype i = 0; i < c.related.size(); ++i) {
        field(c.related[i].title, at("related", i, "title"));
        field(c.related[i].url, at("related", i, "url"));
    }
}

RedactionResult redactTextWith(const Coe& coe, const QStringList& people, const RedactionOptions& options,
                               const QSet<QString>& kept)
{
    RedactionResult result{coe, {}};
    forEachTextField(result.coe, [&](QString& value, const QString& path) {
        value = Redaction::redactString(value, path, people, options, kept, &result.replacements);
    });
    return result;
}

} // namespace

QString Redaction::personWord()
{
    return tr("an engineer");
}

QString Redaction::emailWord()
{
    return tr("[e-mail address]");
}

QString Redaction::ipWord()
{
    return tr("[IP address]");
}

QString Redaction::hostWord()
{
    return tr("[host]");
}

QString Redaction::linkWord()
{
    return tr("[internal link]");
}

bool Redaction::isIpv6(const QString& text)
{
    if (text.count(QLatin1Char(':')) < 2 || text.contains(QLatin1String(":::")))
        return false;
    QString s = text;
    int extraGroups = 0;
    if (s.contains(QLatin1Char('.'))) {
        const qsizetype colon = s.lastIndexOf(QLatin1Char(':'));
        if (!isIpv4(s.mid(colon + 1)))
            return false;
        s = s.left(colon + 1) + QStringLiteral("0");
        extraGroups = 1; // an IPv4 tail is two groups; "0" stands for one of them
    }
    const qsizetype doubleColons = s.count(QLatin1String("::"));
    if (doubleColons > 1)
        return false;
    static const QRegularExpression group(QStringLiteral("^[0-9A-Fa-f]{1,4}$"));
    int groups = extraGroups;
    bool anyDigit = false;
    const QStringList halves = doubleColons ? s.split(QStringLiteral("::")) : QStringList{s};
    for (const QString& half : halves) {
        if (half.isEmpty())
            continue;
        for (const QString& g : half.split(QLatin1Char(':'))) {
            if (!group.match(g).hasMatch())
                return false;
            ++groups;
            anyDigit = true;
        }
    }
    if (!anyDigit)
        return false;
    return doubleColons ? groups <= 7 : groups == 8;
}

QString Redaction::redactString(const QString& text, const QString& path, const QStringList& people,
                                const RedactionOptions& options, const QSet<QString>& kept,
                                QList<Replacement>* replacements)
{
    if (text.isEmpty())
        return text;
    QList<Span> spans;
    findSpans(text, people, options, &spans);
    if (spans.isEmpty())
        return text;
    // The earliest first, the longest of those; spans inside a taken one go.
    std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) {
        return a.start != b.start ? a.start < b.start : a.length > b.length;
    });
    QString out;
    qsizetype pos = 0;
    for (const Span& span : std::as_const(spans)) {
        if (span.start < pos || span.length <= 0)
            continue;
        const Replacement r{path, text.mid(span.start, span.length), span.replacement};
        if (r.original == r.replacement || kept.contains(r.key()))
            continue;
        out += QStringView(text).mid(pos, span.start - pos);
        out += span.replacement;
        pos = span.start + span.length;
        if (replacements)
            replacements->append(r);
    }
    out += QStringView(text).mid(pos);
    return out;
}

RedactionResult Redaction::hideNames(const Coe& coe, const RedactionOptions& options,
                                     const QSet<QString>& kept)
{
    RedactionResult result{coe, {}};
    Coe& c = result.coe;
    const auto person = [&](QString& name, const QString& path) {
        if (name.trimmed().isEmpty() || analysis::isTeamName(name, coe.services, options.teamNames))
            return;
        const Replacement r{path, name, personWord()};
        if (kept.contains(r.key()))
            return;
        name = personWord();
        result.replacements.append(r);
    };
    person(c.owner, QStringLiteral("owner"));
    for (qsizetype i = 0; i < c.reviewers.size(); ++i)
        person(c.reviewers[i], QStringLiteral("reviewers[%1]").arg(i));
    c.reviewers.removeDuplicates(); // "an engineer" once
    for (qsizetype i = 0; i < c.actionItems.size(); ++i)
        person(c.actionItems[i].owner, QStringLiteral("action_items[%1].owner").arg(i));
    return result;
}

RedactionResult Redaction::redactText(const Coe& coe, const RedactionOptions& options,
                                      const QSet<QString>& kept)
{
    return redactTextWith(coe, peopleOf(coe, options), options, kept);
}

RedactionResult Redaction::redact(const Coe& coe, const RedactionOptions& options, const QSet<QString>& kept)
{
    RedactionResult names = hideNames(coe, options, kept);
    RedactionResult text = redactTextWith(names.coe, peopleOf(coe, options), options, kept);
    text.replacements = names.replacements + text.replacements;
    return text;
}

} // namespace hindsight::report
