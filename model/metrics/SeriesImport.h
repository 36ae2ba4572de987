// SPDX-License-Identifier: MIT
#pragma once

#include "metrics/Series.h"
#include "metrics/SeriesTime.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>
#include <QTimeZone>

namespace hindsight::metrics {

// The monitoring exports SeriesImport reads (see model/metrics/README.md for
// the shape of each).
enum class SeriesFormat
{
    Unknown,          // not a table or JSON we recognise
    CloudWatchCsv,    // CloudWatch console "Download as .csv": Label column, one column per metric
    CloudWatchJson,   // aws cloudwatch get-metric-data: MetricDataResults[].Label/Timestamps/Values
    GrafanaJoinedCsv, // Grafana panel "Export CSV", series joined by time: Time, one column per series
    GrafanaRowsCsv,   // Grafana panel "Export CSV", series as rows: Series, Time, Value
    PrometheusJson,   // /api/v1/query_range: data.result[].metric / values [[unix, "value"]]
    DatadogCsv,       // Datadog graph "Download as CSV": timestamp column, one column per query
    GenericCsv,       // any CSV/TSV: needs a mapping (which column is time, which are values)
};

// How to read a table. For the generic format the time column must be chosen;
// for every format the zone is the one for times written without an offset
// (never guessed: without it such a file is refused).
struct SeriesMapping
{
    int timeColumn = 0;            // 0-based
    QList<int> valueColumns;       // 0-based; empty: every column but the time column
    QTimeZone zone;                // invalid: none chosen
    QLocale locale = QLocale::c(); // its decimal separator is accepted besides '.'
    bool hasHeader = true;         // the first line names the columns
    QString unit;                  // given to every series that has none
};

// A line (or JSON element) left out, with why.
struct Refusal
{
    int line = 0;   // 1-based line of the file; 0 for JSON
    QString path;   // JSON path (MetricDataResults[1].Values[3]); empty for tables
    QString reason; // translated
};

struct SeriesImportResult
{
    QList<MetricSeries> series; // empty when error is set
    QList<Refusal> refused;
    QString error; // translated; set when nothing can be imported
    bool needsZone = false; // the error is that times have no offset and no zone was chosen

    bool ok() const { return error.isEmpty(); }
};

class SeriesImport
{
    Q_DECLARE_TR_FUNCTIONS(SeriesImport)

public:
    // Which format the bytes are, from their content (the file name's
    // extension only breaks ties between JSON and a table).
    static SeriesFormat detect(const QByteArray& bytes, const QString& fileName = {});
    static SeriesImportResult read(const QByteArray& bytes, SeriesFormat format,
                                   const SeriesMapping& mapping = {});
    // The first rows of a table as cells (for a mapping preview); blank lines
    // are skipped.
    static QList<QStringList> previewRows(const QByteArray& bytes, int maxRows);
    // The format's display name (translated).
    static QString formatName(SeriesFormat format);

private:
    static SeriesImportResult readFormat(const QByteArray& bytes, SeriesFormat format,
                                         const SeriesMapping& mapping);
};

} // namespace hindsight::metrics
