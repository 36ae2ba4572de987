// SPDX-License-Identifier: MIT
// CoeVersions::storeAsDeltas, the 7 -> 8 migration of the versions: apart from
// CoeVersions.cpp so that opening an archive (Schema.cpp) does not link the
// interchange JSON into the light command-line program (app/CMakeLists.txt).
#include "CoeVersions.h"

#include "VersionRows.h"

namespace hindsight {

using namespace versionrows;

bool CoeVersions::storeAsDeltas(const QSqlDatabase& db, QString* error)
{
    QList<qint64> coes;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!sql::prepare(q, QStringLiteral("SELECT DISTINCT coe_id FROM coe_versions ORDER BY coe_id"), error)
            || !sql::exec(q, error))
            return false;
        while (q.next())
            coes.append(q.value(0).toLongLong());
        if (!sql::finished(q, error))
            return false;
    }
    for (qint64 coeId : std::as_const(coes)) {
        QList<StoredRow> rows;
        if (!rowsOf(db, coeId, &rows, error))
            return false;
        // Newest first: each version becomes the delta from the one after it,
        // every kMaxChain-th stays whole; one that cannot be read stays as it
        // is, and so does the one before it.
        std::optional<int> newerNumber;
        std::optional<QByteArray> newerText;
        int depth = 0;
        for (const StoredRow& r : std::as_const(rows)) {
            QByteArray stored;
            if (!storedDocument(db, r.id, &stored, error))
                return false;
            std::optional<QByteArray> text = inflate(stored);
            if (text && newerText && depth < kMaxChain - 1) {
                if (!rewrite(db, r.id, newerNumber, qCompress(versiondelta::encode(*newerText, *text), kLevel), error))
                    return false;
                ++depth;
            } else {
                depth = 0;
            }
            newerNumber = r.number;
            newerText = std::move(text);
        }
    }
    return true;
}

} // namespace hindsight
