// SPDX-License-Identifier: MIT
#include "metrics/SeriesImport.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace hindsight::metrics {

namespace {

// ---- values ----------------------------------------------------------------

enum class ValueState
{
    Number,
    Gap,
    Bad,
};

ValueState parseValue(QStringView cell, const QLocale& locale, double* out)
{
    const QStringView v = cell.trimmed();
    if (v.isEmpty() || v.compare(u"null", Qt::CaseInsensitive) == 0 ||
        v.compare(u"nan", Qt::CaseInsensitive) == 0)
        return ValueState::Gap;
    if (fastToDouble(v, out))
        return ValueState::Number;
    bool ok = false;
    double d = QLocale::c().toDouble(v, &ok);
    if (!ok && locale != QLocale::c())
        d = locale.toDouble(v, &ok);
    if (!ok || !std::isfinite(d))
        return ValueState::Bad;
    *out = d;
    return ValueState::Number;
}

// ---- tables ----------------------------------------------------------------

struct Table
{
    QList<QStringList> rows;
    QList<int> lines; // 1-based line of each row
};

QChar guessDelimiter(QStringView firstLine)
{
    if (firstLine.contains(u'\t'))
        return u'\t';
    return firstLine.count(u';') > firstLine.count(u',') ? QChar(u';') : QChar(u',');
}

QStringList splitLine(QStringView line, QChar delim)
{
    QStringList cells;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < line.size() && line[i + 1] == u'"') {
                    cell += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cell += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == delim) {
            cells.append(cell.trimmed());
            cell.clear();
        } else {
            cell += c;
        }
    }
    cells.append(cell.trimmed());
    return cells;
}

Table readTable(const QByteArray& bytes)
{
    Table t;
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QList<QStringView> lines = QStringView(text).split(u'\n');
    QChar delim;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QStringView line = lines[i];
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        if (delim.isNull())
            delim = guessDelimiter(line);
        t.rows.append(splitLine(line, delim));
        t.lines.append(int(i) + 1);
    }
    return t;
}

QString lowerHeader(const Table& t, int column)
{
    if (t.rows.isEmpty() || column >= t.rows.front().size())
        return {};
    return t.rows.front().at(column).toLower();
}

// Reads a time cell; false with the refusal or the fatal error set.
struct TimeReader
{
    const SeriesMapping& mapping;
    QString* fatal;
    bool* needsZone; // set with the fatal error for times without an offset and no zone

    bool read(QStringView cell, QDateTime* at, QString* reason, const QString& where) const
    {
        const ParsedTime p = parseSeriesTime(cell);
        switch (p.kind) {
        case ParsedTime::Kind::Invalid:
            *reason = QCoreApplication::translate("SeriesImport", "“%1” is not a date and time")
                          .arg(cell.toString());
            return false;
        case ParsedTime::Kind::Instant:
            *at = p.utc;
            return true;
        case ParsedTime::Kind::LocalOnly:
            break;
        }
        if (!mapping.zone.isValid()) {
            *needsZone = true;
            *fatal = QCoreApplication::translate(
                         "SeriesImport",
                         "The times have no UTC offset (%1: “%2”) and no time zone was chosen for them. "
                         "Choose the time zone they were written in; nothing was imported.")
                         .arg(where, cell.toString());
            return false;
        }
        const std::optional<QDateTime> u = wallTimeToUtc(p.local, mapping.zone, reason);
        if (!u)
            return false;
        *at = *u;
        return true;
    }
};

QString lineWhere(int line)
{
    return QCoreApplication::translate("SeriesImport", "line %1").arg(line);
}

QString tooManyPoints(const QString& name, qsizetype count)
{
    return QCoreApplication::translate("SeriesImport",
                                       "The series “%1” has %2 points; at most %3 can be imported. "
                                       "Nothing was imported: export a shorter time range or a "
                                       "longer period.")
        .arg(name)
        .arg(count)
        .arg(kMaxPoints);
}

QString tooManySeries(qsizetype count)
{
    return QCoreApplication::translate("SeriesImport", "The file holds %1 series; a metric takes at most %2. "
                                                       "Nothing was imported: choose fewer value columns.")
        .arg(count)
        .arg(kMaxSeries);
}

void sortPoints(QList<MetricSeries>& series)
{
    for (MetricSeries& s : series)
        std::stable_sort(s.points.begin(), s.points.end(),
                         [](const SeriesPoint& a, const SeriesPoint& b) { return a.at < b.at; });
}

// Finishes: an error when no point could be read, sorted points otherwise.
SeriesImportResult finish(SeriesImportResult r)
{
    if (!r.error.isEmpty()) {
        r.series.clear();
        return r;
    }
    const bool anyPoint = std::any_of(r.series.cbegin(), r.series.cend(),
                                      [](const MetricSeries& s) { return !s.points.isEmpty(); });
    if (!anyPoint) {
        r.series.clear();
        r.error = r.refused.isEmpty()
                      ? SeriesImport::tr("The file holds no measurements.")
                      : QCoreApplication::translate("SeriesImport",
                                                    "No line could be read (the first: %1: %2). Check "
                                                    "which columns hold the time and the values; "
                                                    "nothing was imported.")
                            .arg(r.refused.front().line > 0 ? lineWhere(r.refused.front().line)
                                                            : r.refused.front().path,
                                 r.refused.front().reason);
        return r;
    }
    sortPoints(r.series);
    return r;
}

// A time column and one column per series (CloudWatch console, Grafana joined
// by time, Datadog, generic).
SeriesImportResult readWide(const Table& t, const SeriesMapping& m)
{
    SeriesImportResult r;
    if (t.rows.isEmpty()) {
        r.error = SeriesImport::tr("The file holds no lines.");
        return r;
    }
    const qsizetype columns = t.rows.front().size();
    auto inRange = [&](int c) { return c >= 0 && c < columns; };
    QList<int> valueColumns = m.valueColumns;
    if (valueColumns.isEmpty())
        for (int c = 0; c < columns; ++c)
            if (c != m.timeColumn)
                valueColumns.append(c);
    if (!inRange(m.timeColumn)) {
        r.error = QCoreApplication::translate("SeriesImport",
                                              "The time column is column %1, but line %2 has %3 columns. "
                                              "Nothing was imported.")
                      .arg(m.timeColumn + 1)
                      .arg(t.lines.front())
                      .arg(columns);
        return r;
    }
    for (int c : valueColumns) {
        if (!inRange(c) || c == m.timeColumn) {
            r.error = QCoreApplication::translate("SeriesImport",
                                                  "Value column %1 is not a column of the file (line %2 "
                                                  "has %3 columns) or is the time column. Nothing was "
                                                  "imported.")
                          .arg(c + 1)
                          .arg(t.lines.front())
                          .arg(columns);
            return r;
        }
    }
    if (valueColumns.isEmpty()) {
        r.error = SeriesImport::tr("No value column was chosen. Nothing was imported.");
        return r;
    }
    if (valueColumns.size() > kMaxSeries) {
        r.error = tooManySeries(valueColumns.size());
        return r;
    }
    const int first = m.hasHeader ? 1 : 0;
    for (int c : valueColumns) {
        MetricSeries s;
        s.name = m.hasHeader ? t.rows.front().at(c) : QString();
        if (s.name.isEmpty())
            s.name = QCoreApplication::translate("SeriesImport", "Column %1").arg(c + 1);
        s.unit = m.unit;
        r.series.append(s);
    }
    const qsizetype dataRows = t.rows.size() - first;
    if (dataRows > kMaxPoints) {
        r.error = tooManyPoints(r.series.front().name, dataRows);
        return r;
    }
    for (MetricSeries& s : r.series)
        s.points.reserve(dataRows);
    const TimeReader times{m, &r.error, &r.needsZone};
    QList<std::optional<double>> values(valueColumns.size());
    for (qsizetype i = first; i < t.rows.size(); ++i) {
        const QStringList& row = t.rows[i];
        const int line = t.lines[i];
        // A trailing delimiter leaves an empty last cell: not a column of its own.
        qsizetype cells = row.size();
        if (cells == columns + 1 && row.back().isEmpty())
            cells = columns;
        if (cells != columns) {
            r.refused.append({line,
                              {},
                              QCoreApplication::translate("SeriesImport", "%1 fields where line %2 has %3")
                                  .arg(row.size())
                                  .arg(t.lines.front())
                                  .arg(columns)});
            continue;
        }
        QDateTime at;
        QString reason;
        if (!times.read(row.at(m.timeColumn), &at, &reason, lineWhere(line))) {
            if (!r.error.isEmpty())
                return r;
            r.refused.append({line, {}, reason});
            continue;
        }
        bool bad = false;
        for (qsizetype k = 0; k < valueColumns.size() && !bad; ++k) {
            double d = 0;
            switch (parseValue(row.at(valueColumns[k]), m.locale, &d)) {
            case ValueState::Number:
                values[k] = d;
                break;
            case ValueState::Gap:
                values[k] = std::nullopt;
                break;
            case ValueState::Bad:
                bad = true;
                r.refused.append(
                    {line,
                     {},
                     QCoreApplication::translate("SeriesImport", "“%1” in column “%2” is not a number")
                         .arg(row.at(valueColumns[k]), r.series[k].name)});
                break;
            }
        }
        if (bad)
            continue;
        for (qsizetype k = 0; k < valueColumns.size(); ++k)
            r.series[k].points.append({at, values[k]});
    }
    return finish(r);
}

// Grafana "series as rows": Series, Time, Value.
SeriesImportResult readRows(const Table& t, const SeriesMapping& m)
{
    SeriesImportResult r;
    const TimeReader times{m, &r.error, &r.needsZone};
    QHash<QString, qsizetype> index;
    for (qsizetype i = 1; i < t.rows.size(); ++i) {
        const QStringList& row = t.rows[i];
        const int line = t.lines[i];
        if (row.size() < 3) {
            r.refused.append({line,
                              {},
                              QCoreApplication::translate("SeriesImport", "%1 fields where line %2 has %3")
                                  .arg(row.size())
                                  .arg(t.lines.front())
                                  .arg(3)});
            continue;
        }
        QDateTime at;
        QString reason;
        if (!times.read(row.at(1), &at, &reason, lineWhere(line))) {
            if (!r.error.isEmpty())
                return finish(r);
            r.refused.append({line, {}, reason});
            continue;
        }
        double d = 0;
        std::optional<double> value;
        switch (parseValue(row.at(2), m.locale, &d)) {
        case ValueState::Number:
            value = d;
            break;
        case ValueState::Gap:
            break;
        case ValueState::Bad:
            r.refused.append(
                {line,
                 {},
                 QCoreApplication::translate("SeriesImport", "“%1” in column “%2” is not a number")
                     .arg(row.at(2), t.rows.front().value(2))});
            continue;
        }
        const QString name = row.at(0);
        auto it = index.find(name);
        if (it == index.end()) {
            if (r.series.size() == kMaxSeries) {
                r.error = tooManySeries(kMaxSeries + 1);
                return finish(r);
            }
            it = index.insert(name, r.series.size());
            // The format needs a name: an unnamed series is numbered.
            r.series.append({name.isEmpty() ? QCoreApplication::translate("SeriesImport", "Series %1")
                                                  .arg(r.series.size() + 1)
                                            : name,
                             m.unit, {}});
        }
        MetricSeries& s = r.series[*it];
        if (s.points.size() == kMaxPoints) {
            r.error = tooManyPoints(s.name, kMaxPoints + 1);
            return finish(r);
        }
        s.points.append({at, value});
    }
    return finish(r);
}

// ---- JSON ------------------------------------------------------------------

bool parseJson(const QByteArray& bytes, QJsonObject* root, QString* error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        *error =
            QCoreApplication::translate("SeriesImport", "The file is not a JSON object (at byte %1: %2).")
                .arg(pe.offset)
                .arg(pe.errorString());
        return false;
    }
    *root = doc.object();
    return true;
}

SeriesImportResult readCloudWatchJson(const QByteArray& bytes, const SeriesMapping& m)
{
    SeriesImportResult r;
    QJsonObject root;
    if (!parseJson(bytes, &root, &r.error))
        return r;
    const QJsonArray results = root.value(QLatin1String("MetricDataResults")).toArray();
    if (results.size() > kMaxSeries) {
        r.error = tooManySeries(results.size());
        return r;
    }
    const TimeReader times{m, &r.error, &r.needsZone};
    for (qsizetype i = 0; i < results.size(); ++i) {
        const QJsonObject o = results[i].toObject();
        const QString at = QStringLiteral("MetricDataResults[%1]").arg(i);
        MetricSeries s;
        s.name = o.value(QLatin1String("Label")).toString();
        if (s.name.isEmpty())
            s.name = o.value(QLatin1String("Id")).toString();
        if (s.name.isEmpty())
            s.name = QCoreApplication::translate("SeriesImport", "Series %1").arg(i + 1);
        s.unit = m.unit;
        const QJsonArray ts = o.value(QLatin1String("Timestamps")).toArray();
        const QJsonArray vs = o.value(QLatin1String("Values")).toArray();
        if (ts.size() != vs.size()) {
            r.refused.append({0, at,
                              QCoreApplication::translate(
                                  "SeriesImport", "%1 timestamps but %2 values: the result is left out")
                                  .arg(ts.size())
                                  .arg(vs.size())});
            continue;
        }
        if (ts.size() > kMaxPoints) {
            r.error = tooManyPoints(s.name, ts.size());
            return r;
        }
        for (qsizetype j = 0; j < ts.size(); ++j) {
            QDateTime when;
            QString reason;
            const QString path = at + QStringLiteral(".Timestamps[%1]").arg(j);
            const QString cell =
                ts[j].isDouble() ? QString::number(ts[j].toDouble(), 'f', 3) : ts[j].toString();
            if (!times.read(cell, &when, &reason, path)) {
                if (!r.error.isEmpty())
                    return finish(r);
                r.refused.append({0, path, reason});
                continue;
            }
            if (vs[j].isNull()) {
                s.points.append({when, std::nullopt});
            } else if (vs[j].isDouble()) {
                s.points.append({when, vs[j].toDouble()});
            } else {
                r.refused.append(
                    {0, at + QStringLiteral(".Values[%1]").arg(j), SeriesImport::tr("not a number")});
            }
        }
        r.series.append(s);
    }
    return finish(r);
}

QString prometheusName(const QJsonObject& metric)
{
    QString name = metric.value(QLatin1String("__name__")).toString();
    QStringList labels;
    for (auto it = metric.begin(); it != metric.end(); ++it)
        if (it.key() != QLatin1String("__name__"))
            labels.append(QStringLiteral("%1=\"%2\"").arg(it.key(), it.value().toString()));
    if (!labels.isEmpty())
        name += u'{' + labels.join(QLatin1String(", ")) + u'}';
    return name;
}

SeriesImportResult readPrometheus(const QByteArray& bytes, const SeriesMapping& m)
{
    SeriesImportResult r;
    QJsonObject root;
    if (!parseJson(bytes, &root, &r.error))
        return r;
    if (root.value(QLatin1String("status")).toString() == QLatin1String("error")) {
        r.error = QCoreApplication::translate("SeriesImport", "Prometheus answered with an error: %1")
                      .arg(root.value(QLatin1String("error")).toString());
        return r;
    }
    const QJsonObject data = root.value(QLatin1String("data")).toObject();
    const QString type = data.value(QLatin1String("resultType")).toString();
    if (type != QLatin1String("matrix")) {
        r.error = QCoreApplication::translate("SeriesImport",
                                              "The Prometheus result is of type “%1”; a range query "
                                              "(/api/v1/query_range) gives the “matrix” needed.")
                      .arg(type);
        return r;
    }
    const QJsonArray results = data.value(QLatin1String("result")).toArray();
    if (results.size() > kMaxSeries) {
        r.error = tooManySeries(results.size());
        return r;
    }
    for (qsizetype i = 0; i < results.size(); ++i) {
        const QJsonObject o = results[i].toObject();
        MetricSeries s;
        s.name = prometheusName(o.value(QLatin1String("metric")).toObject());
        if (s.name.isEmpty())
            s.name = QCoreApplication::translate("SeriesImport", "Series %1").arg(i + 1);
        s.unit = m.unit;
        const QJsonArray values = o.value(QLatin1String("values")).toArray();
        if (values.size() > kMaxPoints) {
            r.error = tooManyPoints(s.name, values.size());
            return r;
        }
        for (qsizetype j = 0; j < values.size(); ++j) {
            const QString path = QStringLiteral("data.result[%1].values[%2]").arg(i).arg(j);
            const QJsonArray pair = values[j].toArray();
            if (pair.size() != 2 || !pair[0].isDouble() || !pair[1].isString()) {
                r.refused.append({0, path, SeriesImport::tr("not a pair [unix time, \"value\"]")});
                continue;
            }
            // Prometheus times are always seconds (with a fraction).
            const double seconds = pair[0].toDouble();
            if (!std::isfinite(seconds) || std::fabs(seconds) >= kMillisecondsFrom) {
                r.refused.append({0, path,
                                  QCoreApplication::translate("SeriesImport", "“%1” is not a date and time")
                                      .arg(seconds)});
                continue;
            }
            const QDateTime at = fromUnix(seconds);
            double d = 0;
            switch (parseValue(pair[1].toString(), QLocale::c(), &d)) {
            case ValueState::Number:
                s.points.append({at, d});
                break;
            case ValueState::Gap:
                s.points.append({at, std::nullopt});
                break;
            case ValueState::Bad:
                r.refused.append({0, path,
                                  QCoreApplication::translate("SeriesImport", "“%1” is not a number")
                                      .arg(pair[1].toString())});
                break;
            }
        }
        r.series.append(s);
    }
    return finish(r);
}

} // namespace

SeriesFormat SeriesImport::detect(const QByteArray& bytes, const QString& fileName)
{
    const QByteArray head = bytes.left(4096).trimmed();
    const bool jsonName =
        QFileInfo(fileName).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0;
    if (head.startsWith('{') || (jsonName && head.startsWith('['))) {
        QJsonObject root;
        QString error;
        if (!parseJson(bytes, &root, &error))
            return SeriesFormat::Unknown;
        if (root.contains(QLatin1String("MetricDataResults")))
            return SeriesFormat::CloudWatchJson;
        if (root.value(QLatin1String("data")).toObject().contains(QLatin1String("result")))
            return SeriesFormat::PrometheusJson;
        return SeriesFormat::Unknown;
    }
    // Only the first lines are needed.
    qsizetype end = 0;
    for (int lines = 0; lines < 2 && end >= 0; ++lines)
        end = bytes.indexOf('\n', end + 1);
    const Table t = readTable(end > 0 ? bytes.left(end) : bytes);
    if (t.rows.isEmpty())
        return SeriesFormat::Unknown;
    const QString h0 = lowerHeader(t, 0);
    if (lowerHeader(t, 0) == QLatin1String("series") && lowerHeader(t, 1) == QLatin1String("time") &&
        lowerHeader(t, 2) == QLatin1String("value"))
        return SeriesFormat::GrafanaRowsCsv;
    if (t.rows.front().size() < 2)
        return SeriesFormat::Unknown;
    if (h0 == QLatin1String("time"))
        return SeriesFormat::GrafanaJoinedCsv;
    if (h0 == QLatin1String("label"))
        return SeriesFormat::CloudWatchCsv;
    if (h0 == QLatin1String("timestamp"))
        return SeriesFormat::DatadogCsv;
    return SeriesFormat::GenericCsv;
}

QList<QStringList> SeriesImport::previewRows(const QByteArray& bytes, int maxRows)
{
    // The first lines only: a preview of a large file costs what it shows.
    qsizetype end = -1;
    for (int i = 0; i <= maxRows; ++i) {
        end = bytes.indexOf('\n', end + 1);
        if (end < 0)
            break;
    }
    QList<QStringList> rows = readTable(end > 0 ? bytes.left(end) : bytes).rows;
    if (rows.size() > maxRows)
        rows.resize(maxRows);
    return rows;
}

SeriesImportResult SeriesImport::read(const QByteArray& bytes, SeriesFormat format,
                                      const SeriesMapping& mapping)
{
    SeriesImportResult r = readFormat(bytes, format, mapping);
    if (!r.ok())
        r.series.clear(); // nothing is imported when anything is wrong with the file as a whole
    return r;
}

SeriesImportResult SeriesImport::readFormat(const QByteArray& bytes, SeriesFormat format,
                                            const SeriesMapping& mapping)
{
    switch (format) {
    case SeriesFormat::Unknown:
        break;
    case SeriesFormat::CloudWatchJson:
        return readCloudWatchJson(bytes, mapping);
    case SeriesFormat::PrometheusJson:
        return readPrometheus(bytes, mapping);
    case SeriesFormat::GrafanaRowsCsv:
        return readRows(readTable(bytes), mapping);
    case SeriesFormat::CloudWatchCsv:
    case SeriesFormat::GrafanaJoinedCsv:
    case SeriesFormat::DatadogCsv: {
        // The time is the first column, every other column a series.
        SeriesMapping m = mapping;
        m.timeColumn = 0;
        m.valueColumns.clear();
        m.hasHeader = true;
        return readWide(readTable(bytes), m);
    }
    case SeriesFormat::GenericCsv:
        return readWide(readTable(bytes), mapping);
    }
    SeriesImportResult r;
    r.error = tr("The file is not a monitoring export Hindsight can read.");
    return r;
}

QString SeriesImport::formatName(SeriesFormat format)
{
    switch (format) {
    case SeriesFormat::Unknown:
        break;
    case SeriesFormat::CloudWatchCsv:
        return tr("CloudWatch console CSV");
    case SeriesFormat::CloudWatchJson:
        return tr("CloudWatch get-metric-data JSON");
    case SeriesFormat::GrafanaJoinedCsv:
        return tr("Grafana CSV (series joined by time)");
    case SeriesFormat::GrafanaRowsCsv:
        return tr("Grafana CSV (series as rows)");
    case SeriesFormat::PrometheusJson:
        return tr("Prometheus range query JSON");
    case SeriesFormat::DatadogCsv:
        return tr("Datadog CSV");
    case SeriesFormat::GenericCsv:
        return tr("CSV or TSV");
    }
    return tr("Unknown format");
}

} // namespace hindsight::metrics
