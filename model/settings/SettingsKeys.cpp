// SPDX-License-Identifier: MIT
#include "settings/SettingsKeys.h"

#include "storage/ArchiveLocation.h"

#include <QDir>
#include <QRegularExpression>
#include <QStringList>
#include <optional>

namespace hindsight::settings_detail {

namespace {


bool isStringLike(const QVariant& v)
{
    const int t = v.typeId();
    return t == QMetaType::QString || t == QMetaType::QByteArray;
}

std::optional<qint64> toInteger(const QVariant& v)
{
    bool ok = false;
    qint64 n = 0;
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Long:
    case QMetaType::ULong:
        n = v.toLongLong(&ok);
        break;
    case QMetaType::QString:
    case QMetaType::QByteArray:
        n = v.toString().trimmed().toLongLong(&ok);
        break;
    default:
        break;
    }
    if (!ok)
        return std::nullopt;
    return n;
}

QVariant intInRange(const KeyInfo& k, const QVariant& v)
{
    const auto n = toInteger(v);
    if (!n || *n < k.minimum || *n > k.maximum)
        return {};
    return QVariant(int(*n));
}

QVariant authorName(const KeyInfo&, const QVariant& v)
{
    if (!isStringLike(v))
        return {};
    const QString s = v.toString().trimmed();
    if (s.size() > 200 || s.contains(QRegularExpression(QStringLiteral("[\\x00-\\x1f\\x7f]"))))
        return {};
    return s;
}

QVariant timeZoneId(const KeyInfo&, const QVariant& v)
{
    if (!isStringLike(v))
        return {};
    const QByteArray id = v.toString().trimmed().toUtf8();
    if (id.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(id))
        return {};
    return QString::fromUtf8(id);
}

template <const char* const* Allowed, int Count> QVariant oneOf(const KeyInfo&, const QVariant& v)
{
    if (!isStringLike(v))
        return {};
    const QString s = v.toString().trimmed().toLower();
    for (int i = 0; i < Count; ++i)
        if (s == QLatin1String(Allowed[i]))
            return s;
    return {};
}

constexpr const char* paperSpellings[] = {"auto", "a4", "letter"};
constexpr const char* languageSpellings[] = {"system", "en", "es"};

bool isUsablePath(const QString& path)
{
    return QDir::isAbsolutePath(path) && !path.contains(QChar(0));
}

QVariant archivePath(const KeyInfo&, const QVariant& v)
{
    if (!isStringLike(v))
        return {};
    const QString s = v.toString().trimmed();
    if (s.isEmpty())
        return QString();
    if (!isUsablePath(s))
        return {};
    return QDir::cleanPath(s);
}

} // namespace

// An entry of the recent archives: an absolute path (cleaned), or a
// PostgreSQL URI without its password (passwords are never stored). Empty
// when it is neither.
QString recentEntry(const QString& raw)
{
    const QString p = raw.trimmed();
    if (ArchiveLocation::isPostgresUri(p)) {
        const ArchiveLocation location = ArchiveLocation::parse(p);
        return location.isPostgres() ? location.storageText() : QString();
    }
    if (p.isEmpty() || !isUsablePath(p))
        return {};
    return QDir::cleanPath(p);
}

namespace {

QVariant recentList(const KeyInfo&, const QVariant& v)
{
    QStringList in;
    if (v.typeId() == QMetaType::QStringList)
        in = v.toStringList();
    else if (isStringLike(v)) // QSettings reads a one-item list back as a string
        in = QStringList{v.toString()};
    else if (v.typeId() == QMetaType::QVariantList)
        for (const QVariant& item : v.toList())
            if (isStringLike(item))
                in << item.toString();
    QStringList out;
    for (const QString& raw : std::as_const(in)) {
        const QString clean = recentEntry(raw);
        if (clean.isEmpty())
            continue;
        if (!out.contains(clean))
            out << clean;
        if (out.size() == Settings::maxRecentArchives())
            break;
    }
    return out;
}

// Names marked as teams: each simplified, blank ones and repeats (ignoring
// case) dropped, order kept; at most Settings::maxTeamNames() of at most 200
// characters each.
QVariant teamList(const KeyInfo&, const QVariant& v)
{
    QStringList in;
    if (v.typeId() == QMetaType::QStringList)
        in = v.toStringList();
    else if (isStringLike(v)) // QSettings reads a one-item list back as a string
        in = QStringList{v.toString()};
    else if (v.typeId() == QMetaType::QVariantList)
        for (const QVariant& item : v.toList())
            if (isStringLike(item))
                in << item.toString();
    QStringList out;
    for (const QString& raw : std::as_const(in)) {
        const QString name = raw.simplified();
        if (name.isEmpty() || name.size() > 200 || out.contains(name, Qt::CaseInsensitive))
            continue;
        out << name;
        if (out.size() == Settings::maxTeamNames())
            break;
    }
    return out;
}

// Host patterns and domains (export redaction): each trimmed, blank ones and
// repeats dropped, order kept; at most 100 of at most 253 characters (a DNS
// name's limit). A list with a longer entry is refused.
QVariant patternList(const KeyInfo&, const QVariant& v)
{
    QStringList in;
    if (v.typeId() == QMetaType::QStringList)
        in = v.toStringList();
    else if (isStringLike(v)) // QSettings reads a one-item list back as a string
        in = QStringList{v.toString()};
    else if (v.typeId() == QMetaType::QVariantList) {
        for (const QVariant& item : v.toList()) {
            if (!isStringLike(item))
                return {};
            in << item.toString();
        }
    } else {
        return {};
    }
    QStringList out;
    for (const QString& raw : std::as_const(in)) {
        const QString entry = raw.trimmed();
        if (entry.isEmpty() || out.contains(entry))
            continue;
        if (entry.size() > 253 || out.size() == 100)
            return {};
        out << entry;
    }
    return out;
}

} // namespace

// The one table of keys.
const std::array<KeyInfo, kKeyCount>& keyTable()
{
    using K = Settings::Key;
    static const std::array<KeyInfo, kKeyCount> table = {{
        {K::AuthorName, "document/authorName", [] { return QVariant(QString()); }, authorName},
        {K::DisplayTimeZone, "display/timeZone", [] { return QVariant(QStringLiteral("UTC")); }, timeZoneId},
        {K::GapThresholdMinutes, "analysis/gapThresholdMinutes", [] { return QVariant(15); }, intInRange, 1,
         1440},
        {K::ActionItemSlaDays, "analysis/actionItemSlaDays", [] { return QVariant(14); }, intInRange, 1, 365},
        {K::AutosaveDelayMs, "editor/autosaveDelayMs", [] { return QVariant(2000); }, intInRange, 250, 60000},
        {K::PaperSize, "print/paperSize", [] { return QVariant(QStringLiteral("auto")); },
         oneOf<paperSpellings, 3>},
        {K::Language, "ui/language", [] { return QVariant(QStringLiteral("system")); },
         oneOf<languageSpellings, 3>},
        {K::DefaultArchivePath, "archive/defaultPath", [] { return QVariant(QString()); }, archivePath},
        {K::RecentArchives, "archive/recent", [] { return QVariant(QStringList()); }, recentList},
        {K::BackupsToKeep, "archive/backupsToKeep", [] { return QVariant(7); }, intInRange, 0, 365},
        {K::TeamNames, "analysis/teamNames", [] { return QVariant(QStringList()); }, teamList},
        {K::RedactHostPatterns, "export/redactHostPatterns", [] { return QVariant(QStringList()); }, patternList},
        {K::InternalDomains, "export/internalDomains", [] { return QVariant(QStringList()); }, patternList},
        {K::ApproverName, "review/approverName", [] { return QVariant(QString()); }, authorName},
        {K::VersionsThinAfterDays, "archive/versionsThinAfterDays", [] { return QVariant(90); }, intInRange, 0,
         3650},
    }};
    return table;
}

const KeyInfo& info(Settings::Key key)
{
    for (const KeyInfo& k : keyTable())
        if (k.key == key)
            return k;
    Q_UNREACHABLE();
}

} // namespace hindsight::settings_detail
