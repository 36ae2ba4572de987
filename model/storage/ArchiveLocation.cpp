// SPDX-License-Identifier: MIT
#include "storage/ArchiveLocation.h"

#include "storage/Archive.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QUrl>
#include <algorithm>
#include <cctype>

namespace hindsight {
namespace {

const QLatin1String kScheme("postgresql://");
const QLatin1String kShortScheme("postgres://");

// libpq decodes %XX in every part of a URI; a lone '%' is an error there too.
bool percentDecode(const QString& in, QString* out)
{
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in.at(i) != QLatin1Char('%'))
            continue;
        if (i + 2 >= in.size() || !isxdigit(in.at(i + 1).toLatin1()) || !isxdigit(in.at(i + 2).toLatin1()))
            return false;
        i += 2;
    }
    *out = QString::fromUtf8(QByteArray::fromPercentEncoding(in.toUtf8()));
    return true;
}

// Every byte but the unreserved ones (and those in `keep`) as %XX.
QString encode(const QString& value, const QByteArray& keep = {})
{
    return QString::fromLatin1(value.toUtf8().toPercentEncoding(keep));
}

// A host that can stand in the authority part: one name or address.
bool isPlainHost(const QString& host)
{
    return !host.isEmpty() && !host.startsWith(QLatin1Char('/')) && !host.contains(QLatin1Char(','));
}

QString authorityHost(const QString& host)
{
    if (host.contains(QLatin1Char(':'))) // an IPv6 address
        return QLatin1Char('[') + encode(host, ":") + QLatin1Char(']');
    return encode(host);
}

} // namespace

bool ArchiveLocation::isPostgresUri(const QString& text)
{
    const QString t = text.trimmed();
    return t.startsWith(kScheme, Qt::CaseInsensitive) || t.startsWith(kShortScheme, Qt::CaseInsensitive);
}

ArchiveLocation ArchiveLocation::parse(const QString& rawText)
{
    ArchiveLocation out;
    const QString text = rawText.trimmed();
    if (text.isEmpty()) {
        out.m_error = tr("No archive was given.");
        return out;
    }
    if (!isPostgresUri(text)) {
        static const QRegularExpression otherScheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*://"));
        QString path = rawText;
        if (text.startsWith(QLatin1String("file://"), Qt::CaseInsensitive)) {
            path = QUrl(text).toLocalFile();
            if (path.isEmpty()) {
                out.m_error = tr("%1 is not a file URL Hindsight can open.").arg(text);
                return out;
            }
        } else if (otherScheme.match(text).hasMatch()) {
            out.m_error = tr("%1 is neither an archive file nor a PostgreSQL connection URI "
                             "(postgresql://…); Hindsight does not take it as a file name.")
                              .arg(displayTextOf(text));
            return out;
        }
        out.m_kind = Kind::File;
        out.m_path = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
        return out;
    }

    // postgresql://[user[:password]@][host[:port][,...]][/database][?key=value&...]
    const qsizetype prefix =
        text.startsWith(kScheme, Qt::CaseInsensitive) ? kScheme.size() : kShortScheme.size();
    QString rest = text.mid(prefix);
    auto invalid = [&out, &text](const QString& why) {
        out.m_kind = Kind::Invalid;
        out.m_error =
            tr("%1 is not a valid PostgreSQL connection URI: %2").arg(withoutPasswordText(text), why);
        return out;
    };
    PostgresParameters p;
    QString query;
    const qsizetype q = rest.indexOf(QLatin1Char('?'));
    if (q >= 0) {
        query = rest.mid(q + 1);
        rest.truncate(q);
    }
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    QString authority = slash >= 0 ? rest.left(slash) : rest;
    if (slash >= 0 && !percentDecode(rest.mid(slash + 1), &p.database))
        return invalid(tr("bad percent-encoding in the database name"));
    const qsizetype at = authority.indexOf(QLatin1Char('@'));
    if (at >= 0) {
        const QString userInfo = authority.left(at);
        authority = authority.mid(at + 1);
        const qsizetype colon = userInfo.indexOf(QLatin1Char(':'));
        if (!percentDecode(colon >= 0 ? userInfo.left(colon) : userInfo, &p.user))
            return invalid(tr("bad percent-encoding in the user name"));
        if (colon >= 0 && !percentDecode(userInfo.mid(colon + 1), &p.password))
            return invalid(tr("bad percent-encoding in the password"));
    }
    QStringList hosts, ports;
    if (!authority.isEmpty()) {
        for (const QString& spec : authority.split(QLatin1Char(','))) {
            QString host, port;
            if (spec.startsWith(QLatin1Char('['))) {
                const qsizetype close = spec.indexOf(QLatin1Char(']'));
                if (close < 0)
                    return invalid(tr("an IPv6 address without its closing ]"));
                host = spec.mid(1, close - 1);
                const QString after = spec.mid(close + 1);
                if (!after.isEmpty() && !after.startsWith(QLatin1Char(':')))
                    return invalid(tr("unexpected text after an IPv6 address"));
                port = after.mid(1);
            } else {
                const qsizetype colon = spec.indexOf(QLatin1Char(':'));
                host = colon >= 0 ? spec.left(colon) : spec;
                port = colon >= 0 ? spec.mid(colon + 1) : QString();
            }
            QString decoded;
            if (!percentDecode(host, &decoded))
                return invalid(tr("bad percent-encoding in the host"));
            hosts << decoded;
            if (!port.isEmpty()) {
                bool ok = false;
                const int n = port.toInt(&ok);
                if (!ok || n < 1 || n > 65535)
                    return invalid(tr("'%1' is not a port number").arg(port));
            }
            ports << port;
        }
        // "host:5432" gives host and port; a list keeps one entry per host.
        p.host = hosts.join(QLatin1Char(','));
        if (!std::all_of(ports.cbegin(), ports.cend(), [](const QString& s) { return s.isEmpty(); }))
            p.port = ports.join(QLatin1Char(','));
    }
    if (!query.isEmpty()) {
        for (const QString& pair : query.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
            const qsizetype eq = pair.indexOf(QLatin1Char('='));
            if (eq <= 0)
                return invalid(
                    tr("the parameter '%1' has no value").arg(pair.section(QLatin1Char('='), 0, 0)));
            QString key, value;
            if (!percentDecode(pair.left(eq), &key) || !percentDecode(pair.mid(eq + 1), &value))
                return invalid(tr("bad percent-encoding in the parameter '%1'").arg(pair.left(eq)));
            static const QRegularExpression keyword(QStringLiteral("^[a-z_]+$"));
            if (!keyword.match(key).hasMatch())
                return invalid(tr("'%1' is not a connection parameter").arg(key));
            // As in libpq, a parameter wins over the same part written before the '?'.
            if (key == QLatin1String("host"))
                p.host = value;
            else if (key == QLatin1String("port"))
                p.port = value;
            else if (key == QLatin1String("dbname"))
                p.database = value;
            else if (key == QLatin1String("user"))
                p.user = value;
            else if (key == QLatin1String("password"))
                p.password = value;
            else if (key == QLatin1String("service"))
                p.service = value;
            else if (key == QLatin1String("sslmode"))
                p.sslMode = value;
            else
                p.options.append({key, value});
        }
    }
    static const QStringList sslModes{QStringLiteral("disable"),   QStringLiteral("allow"),
                                      QStringLiteral("prefer"),    QStringLiteral("require"),
                                      QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    if (!p.sslMode.isEmpty() && !sslModes.contains(p.sslMode))
        return invalid(
            tr("'%1' is not an SSL mode (%2)").arg(p.sslMode, sslModes.join(QStringLiteral(", "))));
    out.m_kind = Kind::Postgres;
    out.m_parameters = p;
    return out;
}

ArchiveLocation ArchiveLocation::fromParameters(const PostgresParameters& parameters)
{
    return parse(buildUri(parameters));
}

QString ArchiveLocation::buildUri(const PostgresParameters& p)
{
    QString out = kScheme;
    const bool inAuthority = isPlainHost(p.host) && !p.port.contains(QLatin1Char(','));
    if (!p.user.isEmpty() || !p.password.isEmpty()) {
        out += encode(p.user);
        if (!p.password.isEmpty())
            out += QLatin1Char(':') + encode(p.password);
        out += QLatin1Char('@');
    }
    if (inAuthority) {
        out += authorityHost(p.host);
        if (!p.port.isEmpty())
            out += QLatin1Char(':') + encode(p.port);
    }
    if (!p.database.isEmpty())
        out += QLatin1Char('/') + encode(p.database);
    QStringList query;
    auto add = [&query](const QString& key, const QString& value) {
        if (!value.isEmpty())
            query << encode(key) + QLatin1Char('=') + encode(value, "/,:");
    };
    if (!inAuthority) {
        add(QStringLiteral("host"), p.host);
        add(QStringLiteral("port"), p.port);
    }
    add(QStringLiteral("service"), p.service);
    add(QStringLiteral("sslmode"), p.sslMode);
    for (const auto& [key, value] : p.options)
        add(key, value);
    if (!query.isEmpty())
        out += QLatin1Char('?') + query.join(QLatin1Char('&'));
    return out;
}

QString ArchiveLocation::displayTextOf(const QString& text)
{
    if (!isPostgresUri(text))
        return QDir::toNativeSeparators(text);
    const ArchiveLocation location = parse(text);
    if (location.isPostgres())
        return location.displayText();
    return withoutPasswordText(text);
}

// A URI that may not parse, its password cut out by text: the part between
// "user:" and '@', and every password= parameter.
QString ArchiveLocation::withoutPasswordText(const QString& text)
{
    QString t = text.trimmed();
    const qsizetype start = t.indexOf(QLatin1String("://")) + 3;
    qsizetype end = t.indexOf(QLatin1Char('/'), start);
    const qsizetype q = t.indexOf(QLatin1Char('?'), start);
    if (end < 0 || (q >= 0 && q < end))
        end = q >= 0 ? q : t.size();
    const qsizetype at = t.lastIndexOf(QLatin1Char('@'), end - 1);
    if (at >= start) {
        const qsizetype colon = t.indexOf(QLatin1Char(':'), start);
        if (colon >= 0 && colon < at)
            t.replace(colon, at - colon, QString());
    }
    static const QRegularExpression passwordParameter(QStringLiteral("([?&])password=[^&]*&?"));
    t.replace(passwordParameter, QStringLiteral("\\1"));
    return t;
}

QString ArchiveLocation::uri() const
{
    return isPostgres() ? buildUri(m_parameters) : QString();
}

ArchiveLocation ArchiveLocation::withPassword(const QString& password) const
{
    ArchiveLocation out = *this;
    if (out.isPostgres())
        out.m_parameters.password = password;
    return out;
}

ArchiveLocation ArchiveLocation::withoutPassword() const
{
    return withPassword(QString());
}

void ArchiveLocation::configure(QSqlDatabase& db) const
{
    const PostgresParameters& p = m_parameters;
    // A value in libpq's conninfo syntax. QPSQL turns every ';' of the
    // connect options into a space, so a value cannot hold one.
    auto quoted = [](QString value) {
        value.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('\''), QLatin1String("\\'"));
        return QLatin1Char('\'') + value + QLatin1Char('\'');
    };
    QStringList options;
    auto option = [&](const QString& key, const QString& value) {
        if (!value.isEmpty())
            options << key + QLatin1Char('=') + quoted(value);
    };
    bool ok = false;
    const int port = p.port.toInt(&ok);
    const bool single = !p.host.contains(QLatin1Char(',')) && (p.port.isEmpty() || ok);
    if (single) {
        db.setHostName(p.host);
        db.setPort(ok ? port : -1);
    } else { // libpq's host and port lists
        db.setHostName(QString());
        db.setPort(-1);
        option(QStringLiteral("host"), p.host);
        option(QStringLiteral("port"), p.port);
    }
    db.setDatabaseName(p.database);
    db.setUserName(p.user);
    db.setPassword(p.password);
    option(QStringLiteral("service"), p.service);
    option(QStringLiteral("sslmode"), p.sslMode);
    for (const auto& [key, value] : p.options)
        option(key, value);
    db.setConnectOptions(options.join(QLatin1Char(';')));
}

QString ArchiveLocation::displayText() const
{
    switch (m_kind) {
    case Kind::File:
        return QDir::toNativeSeparators(m_path);
    case Kind::Postgres:
        return withoutPassword().uri();
    case Kind::Invalid:
        break;
    }
    return {};
}

QString ArchiveLocation::shortName() const
{
    if (isFile())
        return QFileInfo(m_path).fileName();
    if (!isPostgres())
        return {};
    const PostgresParameters& p = m_parameters;
    const QString what = !p.database.isEmpty() ? p.database : !p.service.isEmpty() ? p.service : p.user;
    if (isPlainHost(p.host))
        return what.isEmpty() ? p.host : tr("%1 on %2").arg(what, p.host);
    return what.isEmpty() ? displayText() : what;
}

QString ArchiveLocation::storageText() const
{
    return isFile() ? m_path : isPostgres() ? withoutPassword().uri() : QString();
}

QString ArchiveLocation::refusalBeforeOpening() const
{
    if (!isValid())
        return m_error;
    if (!isFile())
        return {};
    const QFileInfo info(m_path);
    const QFileInfo folder(info.absolutePath());
    if (folder.isDir())
        return {};
    if (info.absoluteFilePath() == QFileInfo(Archive::defaultPath()).absoluteFilePath())
        return {}; // the default archive's folder is made on first use
    if (folder.exists())
        return tr("Cannot open %1: %2 is not a folder.")
            .arg(QDir::toNativeSeparators(m_path), QDir::toNativeSeparators(folder.filePath()));
    return tr("Cannot open %1: the folder %2 does not exist. Hindsight creates a new archive file but "
              "never its folder; create the folder first or choose another place.")
        .arg(QDir::toNativeSeparators(m_path), QDir::toNativeSeparators(folder.filePath()));
}

bool ArchiveLocation::isPasswordRequest(const QString& errorText)
{
    // libpq: "fe_sendauth: no password supplied" (none found anywhere), and
    // "password authentication failed for user ..." (a wrong one).
    return errorText.contains(QLatin1String("no password supplied")) ||
           errorText.contains(QLatin1String("password authentication failed"));
}

} // namespace hindsight
