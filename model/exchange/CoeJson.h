// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Coe.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace hindsight::exchange {

// One problem found in an interchange file.
struct JsonDiagnostic
{
    QString path;    // JSON path, "$.timeline[3].at"; "$" for the whole document
    int line = 0;    // 1-based when known (syntax errors), else 0
    int column = 0;  // 1-based when known, else 0
    QString message; // what is wrong (translated)
    // "file: $.timeline[3].at: message" or "file:12:5: message"
    QString toString(const QString& fileName = {}) const;
};

struct JsonReadResult
{
    bool ok() const { return errors.isEmpty(); }
    Coe coe;                          // valid only when ok()
    bool uuidGenerated = false;       // the file had no uuid: a new one was made
    QList<JsonDiagnostic> errors;     // any error: nothing may be imported
    QList<JsonDiagnostic> warnings;   // unknown keys and the like
};

// Reads and writes ../shared/spec/coe-format.md, version 1, exactly.
class CoeJson
{
public:
    static constexpr qint64 kMaxDocumentBytes = 50 * 1024 * 1024;
    static constexpr int kMaxTimelineEntries = 100000;
    static constexpr int kMaxWhySteps = 2000;
    static constexpr int kMaxWhyDepth = 100;   // steps in one chain, the top-level step included
    static constexpr double kMaxAmount = 1e15; // every whole amount up to it is exact in a double

    static JsonReadResult read(const QByteArray& bytes);
    // read() for a document in progress the archive wrote itself (a stored
    // version): a required text may be empty and a why or action may refer to
    // a step that is not there, as in the editor.
    static JsonReadResult readDraft(const QByteArray& bytes);
    static JsonReadResult readFile(const QString& path); // size checked before reading

    static QJsonObject toJson(const Coe& coe);
    static QByteArray write(const Coe& coe); // indented UTF-8
    static bool writeFile(const Coe& coe, const QString& path, QString* error);

    // The same bytes as write(), for any JSON object: two-space indent, keys in
    // the order of the format (format, format_version, uuid, title, ...),
    // unknown keys last in alphabetical order, UTF-8 unescaped, final newline.
    static QByteArray serialize(const QJsonObject& document);

    // An instant of the format: RFC 3339 with Z or an offset, seconds optional,
    // a fraction of at most milliseconds (further digits must be 0). Gives the instant in UTC, or an
    // invalid QDateTime and a translated reason in *error.
    static QDateTime parseInstant(QStringView text, QString* error = nullptr);
    // "2024-03-07T14:05:00Z"; ".123" milliseconds only when not zero.
    static QString formatInstant(const QDateTime& instant);

private:
    static JsonReadResult readBytes(const QByteArray& bytes, bool draft);
};

} // namespace hindsight::exchange
