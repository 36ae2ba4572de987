// SPDX-License-Identifier: MIT
#pragma once

#include "document/CoeDocument.h"
#include "domain/Coe.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTimeZone>

// The readable texts of a COE's fields and rows that the merge dialog shows
// side by side, and a field's comparison and copy (internal to
// model/document/, used by CoeMerge).
namespace hindsight::mergetext {

// lupdate reads the context from Q_DECLARE_TR_FUNCTIONS, so the .ts files
// and the running program agree on it.
struct CoeMergeText
{
    Q_DECLARE_TR_FUNCTIONS(CoeMerge)
};

// Pieces of a readable text: a list joined with commas, "name: value" (empty
// when the value is), the non-empty parts one per line, an instant in a zone.
QString joined(const QStringList& list);
QString line(const QString& name, const QString& value);
QString lines(const QStringList& parts);
QString instant(const QDateTime& at, const QTimeZone& zone);

// One field of a COE: its readable text, whether two COEs agree on it, and
// copying it from one to the other.
QString fieldText(const Coe& c, CoeDocument::Field field);
bool sameField(const Coe& a, const Coe& b, CoeDocument::Field field);
void copyField(Coe& to, const Coe& from, CoeDocument::Field field);

// The readable text of one row of each list.
QString entryText(const TimelineEntry& e, const QTimeZone& zone);
QString metricText(const Metric& m);
QString questionText(const Question& q);
QString whyText(const WhyStep& w);
QString actionText(const ActionItem& a);
QString relatedText(const RelatedItem& r);

} // namespace hindsight::mergetext
