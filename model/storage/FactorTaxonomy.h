// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace hindsight {

class Archive;

// One category of the archive's taxonomy of contributing factors (format 1.1
// `contributing_factors[].category`): a name such as "change/configuration".
struct FactorCategory
{
    QString name;
    QString label;        // the user's name for it; empty: displayName() gives the built-in one
    bool retired = false; // kept for the COEs that use it, not offered for new factors
    bool builtIn = false; // one of the seeded families
    bool operator==(const FactorCategory&) const = default;
    // The label, or for a seeded category its translated name, or the name.
    QString displayName() const;
};

// The archive's taxonomy (table factor_categories, schema 9), the same on both
// back ends. Seeded with the usual families; categories that a saved or
// imported COE uses are added (never dropped). Renaming or merging changes
// every COE that uses the category in one transaction, and bumps their
// revision so that an editor holding one of them sees a conflict rather than
// writing the old name back.
class FactorTaxonomy
{
    Q_DECLARE_TR_FUNCTIONS(FactorTaxonomy)
public:
    explicit FactorTaxonomy(Archive& archive);

    // In the taxonomy's order; with `retired` false, only those offered.
    QList<FactorCategory> categories(bool retired = true, QString* error = nullptr) const;
    // Adds a category (a name not used yet); false with `error` otherwise.
    bool add(const QString& name, const QString& label = {}, QString* error = nullptr);
    // Gives `name` a new name: the taxonomy row and every COE's factors.
    bool rename(const QString& name, const QString& newName, QString* error = nullptr);
    // Moves every factor of `name` to `into` (which must exist) and removes `name`.
    bool merge(const QString& name, const QString& into, QString* error = nullptr);
    bool setRetired(const QString& name, bool retired, QString* error = nullptr);
    bool setLabel(const QString& name, const QString& label, QString* error = nullptr);
    // How many factors (over all COEs, the Trash included) use each category.
    QHash<QString, int> usage(QString* error = nullptr) const;

    // The seeded names, in order (the migration writes the same list).
    static const QStringList& seededNames();
    // The translated name of a seeded category; empty for any other name.
    static QString builtInName(const QString& name);
    // A name as the taxonomy keeps it: trimmed, not empty, at most 100 characters.
    static bool isValidName(const QString& name, QString* error);

private:
    bool renameRows(const QString& name, const QString& newName, bool dropOld, QString* error);
    Archive& m_archive;
};

} // namespace hindsight
