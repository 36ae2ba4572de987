// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Coe.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace hindsight::report {

// What the customer-facing export hides, besides what the profile leaves out.
struct RedactionOptions
{
    // People's names to look for in text besides the COE's owner, reviewers
    // and action owners (the archive's known owners, say).
    QStringList knownNames;
    // Names marked as teams in Settings (analysis::CheckOptions::teamNames):
    // teams are not people and stay.
    QStringList teamNames;
    // Host names to hide, '*' for any run of name characters and dots, '?'
    // for one ("*.corp.example.com", "db-??"); whole names only, any case.
    QStringList hostPatterns;
    // Internal domains: a URL whose host is one of them or below one
    // ("corp.example.com" covers https://wiki.corp.example.com/x) is hidden.
    QStringList internalDomains;
};

// One replacement: where (a JSON-like path of the interchange format,
// "timeline[2].text", "owner"), what was there and what replaces it.
struct Replacement
{
    QString path;
    QString original;
    QString replacement;
    // The identity a preview passes back to keep the original (the same text
    // at the same path is kept everywhere in that field).
    QString key() const { return path + QLatin1Char('\x1f') + original; }
    bool operator==(const Replacement&) const = default;
};

struct RedactionResult
{
    Coe coe; // the redacted copy
    QList<Replacement> replacements;
};

// Redaction works on a copy: the COE given is never changed. Every kind of
// replacement has one neutral, translated word.
class Redaction
{
    Q_DECLARE_TR_FUNCTIONS(Redaction)
public:
    // Person fields only (owner, reviewers, action owners): each person
    // becomes "an engineer"; teams stay. Used when a profile hides names.
    static RedactionResult hideNames(const Coe& coe, const RedactionOptions& options,
                                     const QSet<QString>& kept = {});
    // Every text field: people's names (the COE's people and knownNames,
    // teams excepted), e-mail addresses, IPv4 and IPv6 addresses, hosts
    // matching hostPatterns and URLs on internalDomains.
    static RedactionResult redactText(const Coe& coe, const RedactionOptions& options,
                                      const QSet<QString>& kept = {});
    // hideNames then redactText, replacements of both.
    static RedactionResult redact(const Coe& coe, const RedactionOptions& options,
                                  const QSet<QString>& kept = {});

    // The words (translated).
    static QString personWord(); // "an engineer"
    static QString emailWord();  // "[e-mail address]"
    static QString ipWord();     // "[IP address]"
    static QString hostWord();   // "[host]"
    static QString linkWord();   // "[internal link]"

    // Replacements in one text, for a field at path (exposed for tests).
    static QString redactString(const QString& text, const QString& path, const QStringList& people,
                                const RedactionOptions& options, const QSet<QString>& kept,
                                QList<Replacement>* replacements);
    // True for a valid IPv6 address in text form ("2001:db8::1", "::ffff:10.0.0.1").
    static bool isIpv6(const QString& text);
};

} // namespace hindsight::report
