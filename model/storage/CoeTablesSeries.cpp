// SPDX-License-Identifier: MIT
#include "CoeTablesSeries.h"

#include "Backend.h"
#include "SeriesBlob.h"
#include "SqlUtil.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace hindsight::coetables {

bool insertSeries(const QSqlDatabase& db, qint64 rowId, const Coe& coe, QString* error, bool points)
{
    const Backend& b = Backend::of(db);
    for (int i = 0; i < coe.metrics.size(); ++i) {
        const Metric& m = coe.metrics.at(i);
        for (int j = 0; points && j < m.series.size(); ++j) {
            const metrics::MetricSeries& s = m.series.at(j);
            // One row a statement: a series may be megabytes.
            sql::Statement k(db,
                             b.exactTextSql(QStringLiteral(
                                 "INSERT INTO metric_series (coe_id, metric, position, name, unit, points) "
                                 "VALUES (?, ?, ?, CAST(? AS TEXT), CAST(? AS TEXT), ?)")),
                             error);
            if (!k.isValid() || !sql::exec(k.query(),
                                           {rowId, i, j, b.exactText(s.name), b.exactText(s.unit),
                                            seriesblob::encode(s.points)},
                                           error))
                return false;
        }
        if (!m.threshold && m.window.isEmpty())
            continue;
        sql::Statement k(db,
                         QStringLiteral("INSERT INTO metric_charts (coe_id, metric, threshold, window_from, window_to) "
                                        "VALUES (?, ?, ?, ?, ?)"),
                         error);
        if (!k.isValid() || !sql::exec(k.query(),
                                       {rowId, i,
                                        m.threshold ? QVariant(*m.threshold) : QVariant(QMetaType(QMetaType::Double)),
                                        sql::instant(m.window.from), sql::instant(m.window.to)},
                                       error))
            return false;
    }
    return true;
}

bool readSeries(const QSqlDatabase& db, const QList<QVariant>& rowIds, const QString& in,
                const QHash<qint64, qsizetype>& coeAt, QList<Coe>* coes, QString* error)
{
    const Backend& b = Backend::of(db);
    const auto run = [&](const QString& statement, const auto& row) {
        sql::Statement k(db, b.exactTextSql(statement.arg(in)), error);
        if (!k.isValid())
            return false;
        for (qsizetype i = 0; i < rowIds.size(); ++i)
            k->bindValue(int(i), rowIds.at(i));
        if (!sql::exec(k.query(), error))
            return false;
        QSqlQuery& q = k.query();
        while (q.next()) {
            const auto at = coeAt.constFind(q.value(0).toLongLong());
            if (at == coeAt.cend())
                continue;
            const qsizetype metric = q.value(1).toLongLong();
            QList<Metric>& list = (*coes)[*at].metrics;
            if (metric < 0 || metric >= list.size())
                continue; // a row without its metric: nothing to hang it on
            if (!row(list[metric], q))
                return false;
        }
        return sql::finished(q, error);
    };
    if (!run(QStringLiteral("SELECT coe_id, metric, CAST(name AS BLOB), CAST(unit AS BLOB), points "
                            "FROM metric_series WHERE coe_id IN (%1) ORDER BY coe_id, metric, position"),
             [&](Metric& m, QSqlQuery& q) {
                 metrics::MetricSeries s;
                 s.name = b.fromExact(q.value(2));
                 s.unit = b.fromExact(q.value(3));
                 auto points = seriesblob::decode(q.value(4).toByteArray());
                 if (!points) {
                     *error = QCoreApplication::translate("hindsight::CoeRepository",
                                                          "the points of series \"%1\" of metric \"%2\" are damaged")
                                  .arg(s.name, m.name);
                     return false;
                 }
                 s.points = std::move(*points);
                 m.series << std::move(s);
                 return true;
             }))
        return false;
    return run(QStringLiteral("SELECT coe_id, metric, threshold, window_from, window_to "
                              "FROM metric_charts WHERE coe_id IN (%1)"),
               [&](Metric& m, QSqlQuery& q) {
                   if (!q.value(2).isNull())
                       m.threshold = q.value(2).toDouble();
                   m.window.from = sql::instantFrom(q.value(3));
                   m.window.to = sql::instantFrom(q.value(4));
                   return true;
               });
}

} // namespace hindsight::coetables
