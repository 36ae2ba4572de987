// SPDX-License-Identifier: MIT
#include "CoeJson.h"

#include "exchange/CoeJsonReader.h"
#include "exchange/CoeJsonWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTimeZone>

namespace hindsight::exchange {
namespace {

JsonDiagnostic wholeDocument(const QString& message, int line = 0, int column = 0)
{
    return {QStringLiteral("$"), line, column, message};
}

JsonReadResult failed(const JsonDiagnostic& diagnostic)
{
    JsonReadResult result;
    result.errors.append(diagnostic);
    return result;
}

QString mebibytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

JsonReadResult tooLarge(qint64 bytes)
{
    return failed(wholeDocument(QCoreApplication::translate("CoeJson", "the document is %1 MiB; documents "
                                                                       "larger than %2 MiB are refused")
                                    .arg(mebibytes(bytes))
                                    .arg(CoeJson::kMaxDocumentBytes / (1024 * 1024))));
}

JsonDiagnostic notAnObject()
{
    return wholeDocument(QCoreApplication::translate("CoeJson", "the document must be a JSON object "
                                                                "({ \"format\": \"coe\", ... })"));
}

// The first byte after a byte order mark and JSON white space.
char firstSignificantByte(const QByteArray& bytes)
{
    qsizetype i = bytes.startsWith("\xef\xbb\xbf") ? 3 : 0;
    while (i < bytes.size() && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\n' || bytes[i] == '\r'))
        ++i;
    return i < bytes.size() ? bytes[i] : '\0';
}

// Offset of the first byte that is not part of well-formed UTF-8 (no
// overlong forms, no surrogates, nothing above U+10FFFF), or -1.
qsizetype firstInvalidUtf8(const QByteArray& bytes)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char low = 0x80, high = 0xBF; // allowed range of the second byte
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            if (c == 0xE0)
                low = 0xA0;
            else if (c == 0xED)
                high = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            if (c == 0xF0)
                low = 0x90;
            else if (c == 0xF4)
                high = 0x8F;
        } else {
            return i;
        }
        if (i + length > n)
            return i;
        if (p[i + 1] < low || p[i + 1] > high)
            return i;
        for (int k = 2; k < length; ++k)
            if (p[i + k] < 0x80 || p[i + k] > 0xBF)
                return i;
        i += length;
    }
    return -1;
}

// What QJsonDocument lets through but JSON (RFC 8259) does not: a raw
// control character inside a string, a control character between tokens,
// and numbers such as 1. .5 01 +1. One pass over the bytes; gives the byte
// offset of the first problem and says what it is, or -1.
qsizetype firstNonJson(const QByteArray& bytes, QString* what)
{
    const char* p = bytes.constData();
    const qsizetype n = bytes.size();
    const auto isDigit = [](char c) { return c >= '0' && c <= '9'; };
    bool inString = false;
    for (qsizetype i = 0; i < n; ++i) {
        const auto c = static_cast<unsigned char>(p[i]);
        if (inString) {
            if (c == '\\') {
                ++i; // the escaped character; QJsonDocument checks the escape itself
            } else if (c == '"') {
                inString = false;
            } else if (c < 0x20) {
                *what =
                    QCoreApplication::translate("CoeJson", "raw control character U+%1 inside a string; "
                                                           "write it escaped, such as \\n, \\t or \\u0000")
                        .arg(QString::asprintf("%04X", uint(c)));
                return i;
            }
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c < 0x20 && c != ' ' && c != '\t' && c != '\n' && c != '\r') {
            *what = QCoreApplication::translate("CoeJson", "control character U+%1 outside a string")
                        .arg(QString::asprintf("%04X", uint(c)));
            return i;
        } else if (c == '-' || c == '+' || c == '.' || isDigit(char(c))) {
            // The whole run of number characters must be one JSON number:
            // -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
            qsizetype end = i;
            while (end < n && (isDigit(p[end]) || p[end] == '-' || p[end] == '+' || p[end] == '.' ||
                               p[end] == 'e' || p[end] == 'E'))
                ++end;
            qsizetype k = i;
            if (p[k] == '-')
                ++k;
            bool ok = k < end && isDigit(p[k]);
            if (ok && p[k] == '0')
                ++k;
            else
                while (k < end && isDigit(p[k]))
                    ++k;
            if (ok && k < end && p[k] == '.') {
                ++k;
                ok = k < end && isDigit(p[k]);
                while (k < end && isDigit(p[k]))
                    ++k;
            }
            if (ok && k < end && (p[k] == 'e' || p[k] == 'E')) {
                ++k;
                if (k < end && (p[k] == '+' || p[k] == '-'))
                    ++k;
                ok = k < end && isDigit(p[k]);
                while (k < end && isDigit(p[k]))
                    ++k;
            }
            if (!ok || k != end) {
                *what = QCoreApplication::translate("CoeJson", "%1 is not a JSON number (write numbers "
                                                               "such as 0.5, 1, 1.0 or 1e3)")
                            .arg(QString::fromLatin1(p + i, std::min<qsizetype>(end - i, 40)));
                return i;
            }
            i = end - 1;
        }
    }
    return -1;
}

// 1-based line and column (in characters) of a byte offset into UTF-8 text.
std::pair<int, int> lineAndColumn(const QByteArray& bytes, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, bytes.size());
    const QByteArrayView before(bytes.constData(), offset);
    const int line = int(before.count('\n')) + 1;
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    const QString lineText = QString::fromUtf8(before.sliced(lineStart));
    return {line, int(lineText.toUcs4().size()) + 1};
}

QString syntaxMessage(const QJsonParseError& error, qsizetype size)
{
    switch (error.error) {
    case QJsonParseError::DeepNesting:
        return QCoreApplication::translate("CoeJson", "the document is nested too deeply (more than about "
                                                      "1000 levels of arrays and objects) to be read");
    case QJsonParseError::DocumentTooLarge:
        return QCoreApplication::translate("CoeJson", "the document is too large to be read");
    default:
        break;
    }
    if (error.offset >= size)
        return QCoreApplication::translate("CoeJson", "JSON syntax error: the document ends too early, "
                                                      "is it truncated? (%1)")
            .arg(error.errorString());
    return QCoreApplication::translate("CoeJson", "JSON syntax error: %1").arg(error.errorString());
}

} // namespace

QString JsonDiagnostic::toString(const QString& fileName) const
{
    const QString where = line > 0 ? QStringLiteral("%1:%2").arg(line).arg(column) : path;
    if (fileName.isEmpty())
        return where + QStringLiteral(": ") + message;
    if (line > 0)
        return fileName + u':' + where + QStringLiteral(": ") + message;
    return fileName + QStringLiteral(": ") + where + QStringLiteral(": ") + message;
}

JsonReadResult CoeJson::read(const QByteArray& bytes)
{
    return readBytes(bytes, false);
}

JsonReadResult CoeJson::readDraft(const QByteArray& bytes)
{
    return readBytes(bytes, true);
}

JsonReadResult CoeJson::readBytes(const QByteArray& bytes, bool draft)
{
    // The archive's own versions (draft) are not limited: a COE whose metrics
    // hold many series (up to 20 x 100,000 points each) is larger than an import may be.
    if (!draft && bytes.size() > kMaxDocumentBytes)
        return tooLarge(bytes.size());
    if (bytes.trimmed().isEmpty())
        return failed(wholeDocument(QCoreApplication::translate("CoeJson", "the document is empty")));

    // Checked here, before parsing, to say where: the JSON parser would only
    // reject bad bytes inside strings, and without a useful position.
    if (const qsizetype offset = firstInvalidUtf8(bytes); offset >= 0) {
        const int line = int(QByteArrayView(bytes.constData(), offset).count('\n')) + 1;
        const qsizetype lineStart = QByteArrayView(bytes.constData(), offset).lastIndexOf('\n') + 1;
        return failed(
            wholeDocument(QCoreApplication::translate("CoeJson", "not valid UTF-8: byte offset %1 "
                                                                 "(line %2) is not part of a UTF-8 "
                                                                 "character; save the file as UTF-8")
                              .arg(offset)
                              .arg(line),
                          line, int(offset - lineStart) + 1));
    }

    // Qt's parser calls a lone string or number an "illegal value": say what is meant.
    const char first = firstSignificantByte(bytes);
    if (first != '{' && first != '[')
        return failed(notAnObject());

    QString notJson;
    if (const qsizetype offset = firstNonJson(bytes, &notJson); offset >= 0) {
        const auto [line, column] = lineAndColumn(bytes, offset);
        return failed(wholeDocument(
            QCoreApplication::translate("CoeJson", "JSON syntax error: %1").arg(notJson), line, column));
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(bytes, parseError.offset);
        return failed(wholeDocument(syntaxMessage(parseError, bytes.size()), line, column));
    }
    if (!document.isObject())
        return failed(notAnObject());
    CoeJsonReader reader;
    reader.setDraft(draft);
    return reader.read(document.object());
}

JsonReadResult CoeJson::readFile(const QString& path)
{
    QFile file(path);
    const QFileInfo info(path);
    if (info.isFile() && info.size() > kMaxDocumentBytes)
        return tooLarge(info.size());
    if (!file.open(QIODevice::ReadOnly))
        return failed(wholeDocument(QCoreApplication::translate("CoeJson", "cannot open %1: %2")
                                        .arg(QDir::toNativeSeparators(path), file.errorString())));
    // Not a plain file (a pipe, a device): read no more than the limit allows.
    const QByteArray bytes = file.read(kMaxDocumentBytes + 1);
    if (bytes.size() > kMaxDocumentBytes)
        return failed(wholeDocument(QCoreApplication::translate("CoeJson", "the document is larger than %1 "
                                                                           "MiB and is refused")
                                        .arg(kMaxDocumentBytes / (1024 * 1024))));
    if (file.error() != QFileDevice::NoError)
        return failed(wholeDocument(QCoreApplication::translate("CoeJson", "cannot read %1: %2")
                                        .arg(QDir::toNativeSeparators(path), file.errorString())));
    return read(bytes);
}

QJsonObject CoeJson::toJson(const Coe& coe)
{
    return CoeJsonWriter::toJson(coe);
}

QByteArray CoeJson::write(const Coe& coe)
{
    return CoeJsonWriter::serialize(CoeJsonWriter::toJson(coe));
}

QByteArray CoeJson::serialize(const QJsonObject& document)
{
    return CoeJsonWriter::serialize(document);
}

bool CoeJson::writeFile(const Coe& coe, const QString& path, QString* error)
{
    QSaveFile file(path);
    const QByteArray bytes = write(coe);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("CoeJson", "cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

QDateTime CoeJson::parseInstant(QStringView text, QString* error)
{
    // \z, not $: $ lets a final newline through.
    static const QRegularExpression pattern(
        QStringLiteral("^([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2})"
                       "(?::([0-9]{2})(?:\\.([0-9]+))?)?(Z|[+-][0-9]{2}:[0-9]{2})?\\z"));
    const auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return QDateTime();
    };
    const QString input = text.toString();
    const QRegularExpressionMatch m = pattern.match(input);
    if (!m.hasMatch())
        return fail(QCoreApplication::translate("CoeJson", "not an RFC 3339 instant such as "
                                                           "2024-03-07T14:05:00Z: \"%1\"")
                        .arg(input.left(60)));
    const QString zone = m.captured(8);
    if (zone.isEmpty())
        return fail(QCoreApplication::translate("CoeJson", "the instant \"%1\" has no offset; add Z for UTC "
                                                           "or the offset it was written in, such as -08:00")
                        .arg(input));
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    QString fraction = m.captured(7);
    // Milliseconds are what QDateTime and the archive keep: finer is refused, never rounded.
    if (std::any_of(fraction.cbegin() + std::min<qsizetype>(3, fraction.size()), fraction.cend(),
                    [](QChar c) { return c != u'0'; }))
        return fail(QCoreApplication::translate("CoeJson", "\"%1\" is more precise than a millisecond; "
                                                           "instants keep at most three decimals of a second")
                        .arg(input.left(60)));
    fraction.truncate(3);
    while (fraction.size() < 3)
        fraction.append(u'0');
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(), fraction.toInt());
    if (!date.isValid() || !time.isValid())
        return fail(QCoreApplication::translate("CoeJson", "\"%1\" is not a real date and time").arg(input));
    int offsetSeconds = 0;
    if (zone != QLatin1String("Z")) {
        const int hours = zone.mid(1, 2).toInt();
        const int minutes = zone.mid(4, 2).toInt();
        if (hours > 23 || minutes > 59)
            return fail(QCoreApplication::translate("CoeJson", "\"%1\" has an impossible offset").arg(input));
        offsetSeconds = (zone.front() == u'-' ? -1 : 1) * (hours * 3600 + minutes * 60);
    }
    const QDateTime utc = QDateTime(date, time, QTimeZone::utc()).addSecs(-offsetSeconds);
    if (utc.date().year() < 1 || utc.date().year() > 9999)
        return fail(QCoreApplication::translate("CoeJson", "\"%1\" is out of range").arg(input));
    return utc.toUTC(); // spec Qt::UTC, whatever the constructor chose
}

QString CoeJson::formatInstant(const QDateTime& instant)
{
    if (!instant.isValid())
        return {};
    const QDateTime utc = instant.toUTC();
    const QDate d = utc.date();
    const QTime t = utc.time();
    QString text = QString::asprintf("%04d-%02d-%02dT%02d:%02d:%02d", d.year(), d.month(), d.day(), t.hour(),
                                     t.minute(), t.second());
    if (t.msec() != 0)
        text += QString::asprintf(".%03d", t.msec());
    return text + u'Z';
}

} // namespace hindsight::exchange
