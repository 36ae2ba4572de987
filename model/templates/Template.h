// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/ReviewCheck.h"
#include "domain/Coe.h"
#include "templates/Requirements.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace hindsight::templates {

// A template for a kind of incident (issue #16): the questions a COE starts
// with, the guidance beside each editor step, default tags and services, and
// what is required. The built-in ones (outage, security, data loss, near
// miss) come with the program and cannot be deleted, only duplicated; the
// user's own live in a TemplateStore. The file format is in README.md.
struct Template
{
    QString id;   // "outage", "security", "data-loss", "near-miss"; a user template's own
    QString name; // shown to people (a built-in's is translated)
    QString kind; // "outage", "security", "data-loss", "near-miss" or "custom"
    bool builtIn = false;
    QList<Question> questions; // answers empty, grouped by area in file order
    // Markdown per editor step; a step left out shows the program's guidance.
    QMap<analysis::Section, QString> guidance;
    QStringList defaultTags;
    QStringList defaultServices;
    // Items required whatever the severity, on top of the severity table.
    QList<RequiredItem> requiredSections;
    // Its own required-by-severity table; nullopt: the user's setting.
    std::optional<Requirements> requirements;

    QList<Question> questionsOf(QuestionArea area) const;
    bool operator==(const Template&) const = default;
};

// The kinds, in the order the editor offers them.
QStringList templateKinds();
QString kindDisplayName(const QString& kind);

// The built-in templates, in the UI language: outage (the program's standard
// questions and guidance), security, data loss, near miss.
QList<Template> builtInTemplates();
bool isBuiltInId(const QString& id);

// The guidance for a step: the template's own text, else the program's.
QString guidanceFor(const Template* t, analysis::Section section);

// `coe` with the template applied: its questions that the COE does not ask
// yet (same area and wording, ignoring case and spaces) added after that
// area's questions, its default tags and services added, templateName set to
// its id. Nothing is removed: answered and unanswered questions stay.
Coe withTemplate(Coe coe, const Template& t);

} // namespace hindsight::templates
