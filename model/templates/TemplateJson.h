// SPDX-License-Identifier: MIT
#pragma once

#include "templates/Template.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>

namespace hindsight::templates {

// The template file format (README.md): a JSON object with "format":
// "hindsight-template" and "version": "1.0".
inline constexpr const char* kTemplateFormat = "hindsight-template";
inline constexpr const char* kTemplateVersion = "1.0";

// Pretty-printed JSON. builtIn is not written: a file is always a user template.
QByteArray templateToJson(const Template& t);

// Reads a template file's bytes. Every problem goes to *errors as
// "<source>: $.path: what is wrong" (source: the file name, or "" to leave
// it out); the template is returned only when there is none. A later minor
// version ("1.3") is read, unknown keys ignored; another major version is an
// error.
std::optional<Template> templateFromJson(const QByteArray& json, const QString& source, QStringList* errors);

bool writeTemplateFile(const Template& t, const QString& path, QString* error);
std::optional<Template> readTemplateFile(const QString& path, QStringList* errors);

} // namespace hindsight::templates
