// SPDX-License-Identifier: MIT
#include "FactorTaxonomy.h"

#include "Archive.h"
#include "Backend.h"
#include "SqlUtil.h"

#include <QHash>
#include <QSqlQuery>

namespace hindsight {

namespace {

// One statement in the back end's wording, its text bound exactly.
struct Statement
{
    Statement(const QSqlDatabase& db, const QString& sql, QString* error)
        : backend(Backend::of(db)), query(db)
    {
        query.setForwardOnly(true);
        ok = sql::prepare(query, backend.exactTextSql(sql), error);
    }
    bool run(std::initializer_list<QVariant> values, QString* error)
    {
        return ok && sql::exec(query, values, error);
    }
    QVariant text(const QString& s) const { return backend.exactText(s); }
    const Backend& backend;
    QSqlQuery query;
    bool ok = false;
};

} // namespace

QString FactorCategory::displayName() const
{
    if (!label.trimmed().isEmpty())
        return label;
    const QString builtIn = FactorTaxonomy::builtInName(name);
    return builtIn.isEmpty() ? name : builtIn;
}

FactorTaxonomy::FactorTaxonomy(Archive& archive) : m_archive(archive) {}

const QStringList& FactorTaxonomy::seededNames()
{
    static const QStringList names = {
        QStringLiteral("change/code"),        QStringLiteral("change/configuration"),
        QStringLiteral("change/infrastructure"), QStringLiteral("change/data"),
        QStringLiteral("change/dependency"),  QStringLiteral("capacity"),
        QStringLiteral("dependency-failure"), QStringLiteral("detection-gap"),
        QStringLiteral("process-gap"),        QStringLiteral("safeguard-missing"),
        QStringLiteral("external-event"),
    };
    return names;
}

QString FactorTaxonomy::builtInName(const QString& name)
{
    static const QHash<QString, const char*> names = {
        {QStringLiteral("change/code"), QT_TR_NOOP("Change: code")},
        {QStringLiteral("change/configuration"), QT_TR_NOOP("Change: configuration")},
        {QStringLiteral("change/infrastructure"), QT_TR_NOOP("Change: infrastructure")},
        {QStringLiteral("change/data"), QT_TR_NOOP("Change: data")},
        {QStringLiteral("change/dependency"), QT_TR_NOOP("Change: dependency")},
        {QStringLiteral("capacity"), QT_TR_NOOP("Capacity")},
        {QStringLiteral("dependency-failure"), QT_TR_NOOP("Dependency failure")},
        {QStringLiteral("detection-gap"), QT_TR_NOOP("Detection gap")},
        {QStringLiteral("process-gap"), QT_TR_NOOP("Process or runbook gap")},
        {QStringLiteral("safeguard-missing"), QT_TR_NOOP("Tooling safeguard missing")},
        {QStringLiteral("external-event"), QT_TR_NOOP("External event")},
    };
    const auto it = names.constFind(name);
    return it == names.cend() ? QString() : tr(*it);
}

bool FactorTaxonomy::isValidName(const QString& name, QString* error)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        if (error)
            *error = tr("A category needs a name.");
        return false;
    }
    if (trimmed != name || name.size() > 100) {
        if (error)
            *error = trimmed != name ? tr("A category's name cannot begin or end with a space.")
                                     : tr("A category's name can have at most 100 characters.");
        return false;
    }
    return true;
}

QList<FactorCategory> FactorTaxonomy::categories(bool retired, QString* error) const
{
    QList<FactorCategory> out;
    const QSqlDatabase db = m_archive.database();
    Statement s(db,
                QStringLiteral("SELECT CAST(name AS BLOB), CAST(label AS BLOB), retired FROM factor_categories "
                               "ORDER BY position, name"),
                error);
    if (!s.run({}, error))
        return {};
    while (s.query.next()) {
        FactorCategory c;
        c.name = s.backend.fromExact(s.query.value(0));
        c.label = s.backend.fromExact(s.query.value(1));
        c.retired = s.query.value(2).toInt() != 0;
        c.builtIn = seededNames().contains(c.name);
        if (retired || !c.retired)
            out << c;
    }
    if (!sql::finished(s.query, error))
        return {};
    return out;
}

QHash<QString, int> FactorTaxonomy::usage(QString* error) const
{
    QHash<QString, int> out;
    Statement s(m_archive.database(),
                QStringLiteral("SELECT CAST(category AS BLOB), COUNT(*) FROM contributing_factors GROUP BY category"),
                error);
    if (!s.run({}, error))
        return {};
    while (s.query.next())
        out.insert(s.backend.fromExact(s.query.value(0)), s.query.value(1).toInt());
    if (!sql::finished(s.query, error))
        return {};
    return out;
}

bool FactorTaxonomy::add(const QString& name, const QString& label, QString* error)
{
    if (!isValidName(name, error))
        return false;
    if (m_archive.isReadOnly()) {
        if (error)
            *error = m_archive.readOnlyMessage();
        return false;
    }
    const QSqlDatabase db = m_archive.database();
    sql::Transaction tx(db, sql::Transaction::Kind::Write);
    if (!tx.begin(error))
        return false;
    Statement exists(db, QStringLiteral("SELECT 1 FROM factor_categories WHERE name = CAST(? AS TEXT)"), error);
    if (!exists.run({exists.text(name)}, error))
        return false;
    if (exists.query.next()) {
        if (error)
            *error = tr("The taxonomy has a category named “%1” already.").arg(name);
        return false;
    }
    Statement insert(db,
                     QStringLiteral("INSERT INTO factor_categories (name, label, position) "
                                    "SELECT CAST(? AS TEXT), CAST(? AS TEXT), COALESCE(MAX(position), -1) + 1 "
                                    "FROM factor_categories"),
                     error);
    return insert.run({insert.text(name), insert.text(label.trimmed())}, error) && tx.commit(error);
}

bool FactorTaxonomy::setRetired(const QString& name, bool retired, QString* error)
{
    Statement s(m_archive.database(),
                QStringLiteral("UPDATE factor_categories SET retired = ? WHERE name = CAST(? AS TEXT)"), error);
    if (!s.run({retired ? 1 : 0, s.text(name)}, error))
        return false;
    if (s.query.numRowsAffected() < 1) {
        if (error)
            *error = tr("The taxonomy has no category named “%1”.").arg(name);
        return false;
    }
    return true;
}

bool FactorTaxonomy::setLabel(const QString& name, const QString& label, QString* error)
{
    Statement s(m_archive.database(),
                QStringLiteral("UPDATE factor_categories SET label = CAST(? AS TEXT) WHERE name = CAST(? AS TEXT)"),
                error);
    if (!s.run({s.text(label.trimmed()), s.text(name)}, error))
        return false;
    if (s.query.numRowsAffected() < 1) {
        if (error)
            *error = tr("The taxonomy has no category named “%1”.").arg(name);
        return false;
    }
    return true;
}

bool FactorTaxonomy::rename(const QString& name, const QString& newName, QString* error)
{
    return renameRows(name, newName, false, error);
}

bool FactorTaxonomy::merge(const QString& name, const QString& into, QString* error)
{
    return renameRows(name, into, true, error);
}

// Rename: `newName` must be free; merge (dropOld): `newName` must exist. Every
// factor of `name` in every COE takes `newName`, and those COEs a new revision.
bool FactorTaxonomy::renameRows(const QString& name, const QString& newName, bool dropOld, QString* error)
{
    if (!isValidName(newName, error))
        return false;
    if (name == newName) {
        if (error)
            *error = tr("“%1” is the same category.").arg(name);
        return false;
    }
    if (m_archive.isReadOnly()) {
        if (error)
            *error = m_archive.readOnlyMessage();
        return false;
    }
    const QSqlDatabase db = m_archive.database();
    sql::Transaction tx(db, sql::Transaction::Kind::Write);
    if (!tx.begin(error))
        return false;
    Statement exists(db, QStringLiteral("SELECT CAST(name AS BLOB) FROM factor_categories "
                                        "WHERE name IN (CAST(? AS TEXT), CAST(? AS TEXT))"),
                     error);
    if (!exists.run({exists.text(name), exists.text(newName)}, error))
        return false;
    bool hasOld = false, hasNew = false;
    while (exists.query.next()) {
        const QString found = exists.backend.fromExact(exists.query.value(0));
        hasOld = hasOld || found == name;
        hasNew = hasNew || found == newName;
    }
    if (!hasOld) {
        if (error)
            *error = tr("The taxonomy has no category named “%1”.").arg(name);
        return false;
    }
    if (dropOld && !hasNew) {
        if (error)
            *error = tr("The taxonomy has no category named “%1”.").arg(newName);
        return false;
    }
    if (!dropOld && hasNew) {
        if (error)
            *error = tr("The taxonomy has a category named “%1” already.").arg(newName);
        return false;
    }
    Statement revisions(db,
                        QStringLiteral("UPDATE coes SET revision = revision + 1 WHERE id IN "
                                       "(SELECT coe_id FROM contributing_factors WHERE category = CAST(? AS TEXT))"),
                        error);
    Statement factors(db,
                      QStringLiteral("UPDATE contributing_factors SET category = CAST(? AS TEXT) "
                                     "WHERE category = CAST(? AS TEXT)"),
                      error);
    Statement taxonomy(db,
                       dropOld ? QStringLiteral("DELETE FROM factor_categories WHERE name = CAST(? AS TEXT)")
                               : QStringLiteral("UPDATE factor_categories SET name = CAST(? AS TEXT) "
                                                "WHERE name = CAST(? AS TEXT)"),
                       error);
    if (!revisions.run({revisions.text(name)}, error) || !factors.run({factors.text(newName), factors.text(name)}, error))
        return false;
    const bool done = dropOld ? taxonomy.run({taxonomy.text(name)}, error)
                              : taxonomy.run({taxonomy.text(newName), taxonomy.text(name)}, error);
    return done && tx.commit(error);
}

} // namespace hindsight
