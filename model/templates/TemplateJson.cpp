// SPDX-License-Identifier: MIT
#include "templates/TemplateJson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

namespace hindsight::templates {

namespace {

QList<analysis::Section> guidanceSections()
{
    using S = analysis::Section;
    return {S::Summary, S::Impact, S::Timeline, S::Metrics, S::Questions, S::Whys, S::Actions, S::Related, S::Review};
}

class Reader
{
public:
    Reader(QString source, QStringList* errors) : m_source(std::move(source)), m_errors(errors) {}

    void error(const QString& path, const QString& message)
    {
        m_errors->append(m_source.isEmpty() ? QStringLiteral("%1: %2").arg(path, message)
                                            : QStringLiteral("%1: %2: %3").arg(m_source, path, message));
        ++m_count;
    }
    int count() const { return m_count; }

    QString string(const QJsonObject& o, const char* key, bool required)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        const QString path = QStringLiteral("$.") + QLatin1String(key);
        if (v.isUndefined()) {
            if (required)
                error(path, QCoreApplication::translate("TemplateJson", "missing (expected a string)"));
            return {};
        }
        if (!v.isString()) {
            error(path, QCoreApplication::translate("TemplateJson", "expected a string"));
            return {};
        }
        return v.toString();
    }

    QStringList strings(const QJsonValue& v, const QString& path)
    {
        QStringList out;
        if (v.isUndefined())
            return out;
        if (!v.isArray()) {
            error(path, QCoreApplication::translate("TemplateJson", "expected an array of strings"));
            return out;
        }
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!a.at(i).isString())
                error(QStringLiteral("%1[%2]").arg(path).arg(i), QCoreApplication::translate("TemplateJson", "expected a string"));
            else if (!a.at(i).toString().trimmed().isEmpty())
                out.append(a.at(i).toString().trimmed());
        }
        return out;
    }

private:
    QString m_source;
    QStringList* m_errors;
    int m_count = 0;
};

} // namespace

QByteArray templateToJson(const Template& t)
{
    QJsonObject o;
    o.insert(QStringLiteral("format"), QLatin1String(kTemplateFormat));
    o.insert(QStringLiteral("version"), QLatin1String(kTemplateVersion));
    o.insert(QStringLiteral("id"), t.id);
    o.insert(QStringLiteral("name"), t.name);
    o.insert(QStringLiteral("kind"), t.kind.isEmpty() ? QStringLiteral("custom") : t.kind);
    QJsonObject questions;
    for (QuestionArea area : allValues<QuestionArea>()) {
        QJsonArray list;
        for (const Question& q : t.questionsOf(area))
            list.append(q.question);
        questions.insert(toString(area), list);
    }
    o.insert(QStringLiteral("questions"), questions);
    QJsonObject guidance;
    for (auto it = t.guidance.begin(); it != t.guidance.end(); ++it)
        if (!it.value().trimmed().isEmpty())
            guidance.insert(analysis::toString(it.key()), it.value());
    o.insert(QStringLiteral("guidance"), guidance);
    o.insert(QStringLiteral("default_tags"), QJsonArray::fromStringList(t.defaultTags));
    o.insert(QStringLiteral("default_services"), QJsonArray::fromStringList(t.defaultServices));
    QJsonArray required;
    for (RequiredItem item : t.requiredSections)
        required.append(toString(item));
    o.insert(QStringLiteral("required_sections"), required);
    if (t.requirements)
        o.insert(QStringLiteral("required_by_severity"), toJson(*t.requirements));
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

std::optional<Template> templateFromJson(const QByteArray& json, const QString& source, QStringList* errors)
{
    QStringList sink;
    if (!errors)
        errors = &sink;
    Reader r(source, errors);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        r.error(QStringLiteral("$"), QCoreApplication::translate("TemplateJson", "not valid JSON (%1 at byte %2)")
                                         .arg(parseError.errorString())
                                         .arg(parseError.offset));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        r.error(QStringLiteral("$"), QCoreApplication::translate("TemplateJson", "expected an object"));
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    if (r.string(o, "format", true) != QLatin1String(kTemplateFormat) && o.value(u"format").isString())
        r.error(QStringLiteral("$.format"), QCoreApplication::translate("TemplateJson", "expected \"%1\": this is not a template file")
                                                .arg(QLatin1String(kTemplateFormat)));
    const QString version = r.string(o, "version", true);
    if (o.value(u"version").isString() && version.section(u'.', 0, 0) != QLatin1String("1"))
        r.error(QStringLiteral("$.version"),
                QCoreApplication::translate("TemplateJson", "version %1 is not supported (this program reads 1.x)").arg(version));

    Template t;
    t.id = r.string(o, "id", false).trimmed();
    t.name = r.string(o, "name", true).trimmed();
    if (o.value(u"name").isString() && t.name.isEmpty())
        r.error(QStringLiteral("$.name"), QCoreApplication::translate("TemplateJson", "must not be empty"));
    t.kind = r.string(o, "kind", false).trimmed();
    if (t.kind.isEmpty())
        t.kind = QStringLiteral("custom");
    else if (!templateKinds().contains(t.kind))
        r.error(QStringLiteral("$.kind"),
                QCoreApplication::translate("TemplateJson", "unknown kind \"%1\" (expected %2)").arg(t.kind, templateKinds().join(QStringLiteral(", "))));

    const QJsonValue questions = o.value(u"questions");
    if (questions.isObject()) {
        const QJsonObject q = questions.toObject();
        for (auto it = q.begin(); it != q.end(); ++it) {
            const QString path = QStringLiteral("$.questions.") + it.key();
            const auto area = enumFromString<QuestionArea>(it.key());
            if (!area) {
                r.error(path, QCoreApplication::translate("TemplateJson", "unknown area (expected detection, diagnosis, mitigation or prevention)"));
                continue;
            }
            for (const QString& text : r.strings(it.value(), path))
                t.questions.append(Question{*area, text, {}});
        }
        // Grouped by area, in the areas' order.
        std::stable_sort(t.questions.begin(), t.questions.end(),
                         [](const Question& a, const Question& b) { return int(a.area) < int(b.area); });
    } else if (!questions.isUndefined()) {
        r.error(QStringLiteral("$.questions"), QCoreApplication::translate("TemplateJson", "expected an object with one array per area"));
    }

    const QJsonValue guidance = o.value(u"guidance");
    if (guidance.isObject()) {
        const QJsonObject g = guidance.toObject();
        for (auto it = g.begin(); it != g.end(); ++it) {
            const QString path = QStringLiteral("$.guidance.") + it.key();
            bool known = false;
            for (analysis::Section s : guidanceSections()) {
                if (analysis::toString(s) != it.key())
                    continue;
                known = true;
                if (!it.value().isString())
                    r.error(path, QCoreApplication::translate("TemplateJson", "expected a string (Markdown)"));
                else if (!it.value().toString().trimmed().isEmpty())
                    t.guidance.insert(s, it.value().toString());
            }
            if (!known)
                r.error(path, QCoreApplication::translate("TemplateJson", "unknown step"));
        }
    } else if (!guidance.isUndefined()) {
        r.error(QStringLiteral("$.guidance"), QCoreApplication::translate("TemplateJson", "expected an object with one text per step"));
    }

    t.defaultTags = r.strings(o.value(u"default_tags"), QStringLiteral("$.default_tags"));
    t.defaultServices = r.strings(o.value(u"default_services"), QStringLiteral("$.default_services"));
    const QStringList required = r.strings(o.value(u"required_sections"), QStringLiteral("$.required_sections"));
    for (qsizetype i = 0; i < required.size(); ++i) {
        const auto item = requiredItemFromString(required.at(i));
        if (!item)
            r.error(QStringLiteral("$.required_sections[%1]").arg(i), QCoreApplication::translate("TemplateJson", "unknown item \"%1\"").arg(required.at(i)));
        else if (!t.requiredSections.contains(*item))
            t.requiredSections.append(*item);
    }

    const QJsonValue table = o.value(u"required_by_severity");
    if (table.isObject()) {
        QStringList tableErrors;
        t.requirements = requirementsFromJson(table.toObject(), QStringLiteral("$.required_by_severity"), &tableErrors);
        for (const QString& e : std::as_const(tableErrors))
            r.error(e.section(QStringLiteral(": "), 0, 0), e.section(QStringLiteral(": "), 1));
    } else if (!table.isUndefined() && !table.isNull()) {
        r.error(QStringLiteral("$.required_by_severity"), QCoreApplication::translate("TemplateJson", "expected an object"));
    }

    if (r.count() > 0)
        return std::nullopt;
    return t;
}

bool writeTemplateFile(const Template& t, const QString& path, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(templateToJson(t)) < 0 || !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("TemplateJson", "Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

std::optional<Template> readTemplateFile(const QString& path, QStringList* errors)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (errors)
            errors->append(QCoreApplication::translate("TemplateJson", "Could not read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return std::nullopt;
    }
    if (file.size() > 4 * 1024 * 1024) {
        if (errors)
            errors->append(QCoreApplication::translate("TemplateJson", "%1 is too large for a template (over 4 MB)").arg(QDir::toNativeSeparators(path)));
        return std::nullopt;
    }
    return templateFromJson(file.readAll(), QFileInfo(path).fileName(), errors);
}

} // namespace hindsight::templates
