// SPDX-License-Identifier: MIT
#include "templates/TemplateStore.h"

#include "templates/TemplateJson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>

namespace hindsight::templates {

TemplateStore::TemplateStore(QString folder) : m_folder(std::move(folder)) {}

QString TemplateStore::defaultFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("templates"));
}

QString TemplateStore::pathOf(const QString& id) const
{
    return QDir(m_folder).filePath(id + QStringLiteral(".json"));
}

QList<Template> TemplateStore::userTemplates(QStringList* problems) const
{
    QList<Template> out;
    const QDir dir(m_folder);
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QStringList errors;
        std::optional<Template> t = readTemplateFile(dir.filePath(name), &errors);
        if (!t) {
            if (problems)
                problems->append(errors);
            continue;
        }
        t->id = QFileInfo(name).completeBaseName(); // the file name is the id
        t->builtIn = false;
        if (isBuiltInId(t->id))
            continue;
        out.append(*t);
    }
    std::stable_sort(out.begin(), out.end(), [](const Template& a, const Template& b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return out;
}

QList<Template> TemplateStore::all(QStringList* problems) const
{
    return builtInTemplates() + userTemplates(problems);
}

std::optional<Template> TemplateStore::find(const QString& idOrName) const
{
    const QString key = idOrName.trimmed();
    if (key.isEmpty())
        return std::nullopt;
    const QList<Template> templates = all();
    for (const Template& t : templates)
        if (t.id == key)
            return t;
    for (const Template& t : templates)
        if (t.name.compare(key, Qt::CaseInsensitive) == 0)
            return t;
    return std::nullopt;
}

QString TemplateStore::freeId(const QString& name) const
{
    QString base = name.toLower();
    base.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    base.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
    base = base.left(60);
    if (base.isEmpty())
        base = QStringLiteral("template");
    QString id = base;
    for (int n = 2; isBuiltInId(id) || QFile::exists(pathOf(id)); ++n)
        id = QStringLiteral("%1-%2").arg(base).arg(n);
    return id;
}

bool TemplateStore::save(Template& t, QString* error) const
{
    if (t.builtIn || isBuiltInId(t.id)) {
        if (error)
            *error = QCoreApplication::translate("TemplateStore",
                                                 "“%1” is a built-in template: duplicate it to make changes.")
                         .arg(t.name);
        return false;
    }
    if (t.name.trimmed().isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("TemplateStore", "A template needs a name.");
        return false;
    }
    static const QRegularExpression validId(QStringLiteral("^[a-z0-9][a-z0-9-]{0,79}$"));
    if (!validId.match(t.id).hasMatch())
        t.id = freeId(t.name);
    if (!QDir().mkpath(m_folder)) {
        if (error)
            *error = QCoreApplication::translate("TemplateStore", "Could not create the folder %1.")
                         .arg(QDir::toNativeSeparators(m_folder));
        return false;
    }
    return writeTemplateFile(t, pathOf(t.id), error);
}

bool TemplateStore::remove(const QString& id, QString* error) const
{
    if (isBuiltInId(id)) {
        if (error)
            *error = QCoreApplication::translate("TemplateStore", "Built-in templates cannot be deleted.");
        return false;
    }
    if (!QFile::exists(pathOf(id)))
        return true;
    if (!QFile::remove(pathOf(id))) {
        if (error)
            *error = QCoreApplication::translate("TemplateStore", "Could not delete %1.")
                         .arg(QDir::toNativeSeparators(pathOf(id)));
        return false;
    }
    return true;
}

Template TemplateStore::duplicate(const Template& t) const
{
    Template copy = t;
    copy.builtIn = false;
    copy.name = QCoreApplication::translate("TemplateStore", "Copy of %1").arg(t.name);
    copy.id = freeId(copy.name);
    if (copy.kind.isEmpty())
        copy.kind = QStringLiteral("custom");
    return copy;
}

std::optional<Template> TemplateStore::importFile(const QString& path, QStringList* errors) const
{
    std::optional<Template> t = readTemplateFile(path, errors);
    if (!t)
        return std::nullopt;
    t->builtIn = false;
    if (t->id.isEmpty() || isBuiltInId(t->id) || QFile::exists(pathOf(t->id)))
        t->id = freeId(t->id.isEmpty() || isBuiltInId(t->id) ? t->name : t->id);
    QString error;
    if (!save(*t, &error)) {
        if (errors)
            errors->append(error);
        return std::nullopt;
    }
    return t;
}

void TemplateStore::applyRequirements(analysis::CheckOptions& options, const Requirements& table) const
{
    options.requirements = table;
    options.templateRequirements.clear();
    for (const Template& t : all())
        if (t.requirements || !t.requiredSections.isEmpty())
            options.templateRequirements.insert(t.id, TemplateRequirement{t.requirements, t.requiredSections});
}

bool TemplateStore::exportFile(const Template& t, const QString& path, QString* error) const
{
    return writeTemplateFile(t, path, error);
}

} // namespace hindsight::templates
