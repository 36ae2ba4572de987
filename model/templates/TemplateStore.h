// SPDX-License-Identifier: MIT
#pragma once

#include "templates/Template.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace hindsight::templates {

// The built-in templates and the user's own, which are JSON files (the
// format of TemplateJson.h) named <id>.json in one folder: by default
// QStandardPaths::AppDataLocation/templates. Built-ins cannot be saved over
// or removed; duplicate() makes an editable copy.
class TemplateStore
{
public:
    explicit TemplateStore(QString folder = defaultFolder());
    static QString defaultFolder();
    QString folder() const { return m_folder; }

    // The built-ins first, then the user's templates by name. A file that
    // cannot be read is skipped and named in *problems.
    QList<Template> all(QStringList* problems = nullptr) const;
    QList<Template> userTemplates(QStringList* problems = nullptr) const;
    // By id, else by name (ignoring case): a COE's templateName.
    std::optional<Template> find(const QString& idOrName) const;

    // Writes a user template (an empty id is made from the name). Refuses a
    // built-in or a built-in's id.
    bool save(Template& t, QString* error = nullptr) const;
    // Refuses a built-in.
    bool remove(const QString& id, QString* error = nullptr) const;
    // A user copy: a free id, the name "Copy of …", builtIn false; not saved.
    Template duplicate(const Template& t) const;
    // Reads a template file and saves it as a user template (a taken id or a
    // built-in's gets a free one). Errors name the file and the JSON path.
    std::optional<Template> importFile(const QString& path, QStringList* errors) const;
    bool exportFile(const Template& t, const QString& path, QString* error = nullptr) const;

    // Sets the check's required-by-severity options: `table` (the user's,
    // Settings::requirements()) and every template's own table and required
    // sections, by id.
    void applyRequirements(analysis::CheckOptions& options, const Requirements& table) const;

    // An id not taken by a built-in or a user template: the name lowercased,
    // letters, digits and '-' only, with "-2", "-3" … when taken.
    QString freeId(const QString& name) const;

private:
    QString pathOf(const QString& id) const;
    QString m_folder;
};

} // namespace hindsight::templates
