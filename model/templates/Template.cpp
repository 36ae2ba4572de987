// SPDX-License-Identifier: MIT
#include "templates/Template.h"

#include "document/Guidance.h"

#include <QCoreApplication>

namespace hindsight::templates {

namespace {

QString translated(const char* text)
{
    return QCoreApplication::translate("Templates", text);
}

using A = QuestionArea;
using S = analysis::Section;
using R = RequiredItem;

void add(Template& t, A area, std::initializer_list<const char*> texts)
{
    for (const char* text : texts)
        t.questions.append(Question{area, translated(text), {}});
}

Template outage()
{
    Template t;
    t.id = QStringLiteral("outage");
    t.name = QCoreApplication::translate("Templates", "Outage");
    t.kind = QStringLiteral("outage");
    t.builtIn = true;
    t.questions = standardQuestions(); // the program's questions; guidance: the program's
    return t;
}

Template security()
{
    Template t;
    t.id = QStringLiteral("security");
    t.name = QCoreApplication::translate("Templates", "Security incident");
    t.kind = QStringLiteral("security");
    t.builtIn = true;
    add(t, A::Detection,
        {QT_TRANSLATE_NOOP("Templates", "When did the unauthorized access or exposure start, and when did we learn of it?"),
         QT_TRANSLATE_NOOP("Templates", "What told us: an alert, an audit log, a researcher, a customer, or a colleague?"),
         QT_TRANSLATE_NOOP("Templates", "Which logs would have shown it earlier, and were they kept long enough?")});
    add(t, A::Diagnosis,
        {QT_TRANSLATE_NOOP("Templates", "Which weakness made it possible: a credential, a permission, a missing patch, a configuration?"),
         QT_TRANSLATE_NOOP("Templates", "Which data and systems could the attacker reach, and which did they reach?"),
         QT_TRANSLATE_NOOP("Templates", "How did we establish the scope, and how sure are we of it?")});
    add(t, A::Mitigation,
        {QT_TRANSLATE_NOOP("Templates", "When was the access closed, and which credentials were rotated?"),
         QT_TRANSLATE_NOOP("Templates", "Who had to be notified (customers, regulators, partners), and when were they?"),
         QT_TRANSLATE_NOOP("Templates", "How could we contain a similar incident in half the time?")});
    add(t, A::Prevention,
        {QT_TRANSLATE_NOOP("Templates", "Which control would have stopped this: least privilege, review, scanning, isolation?"),
         QT_TRANSLATE_NOOP("Templates", "Where else does the same weakness exist?")});
    t.guidance.insert(S::Impact,
                      QCoreApplication::translate("Templates", "## Impact of a security incident\n\nSay which data or systems were exposed, for how long, "
                         "and to whom, in terms of confidentiality, integrity and availability. Say what is known "
                         "and what is only suspected, and how the scope was established. Keep secrets, keys and "
                         "personal data out of this document."));
    t.defaultTags = {QStringLiteral("security")};
    t.requiredSections = {R::Impact, R::Timeline};
    return t;
}

Template dataLoss()
{
    Template t;
    t.id = QStringLiteral("data-loss");
    t.name = QCoreApplication::translate("Templates", "Data loss");
    t.kind = QStringLiteral("data-loss");
    t.builtIn = true;
    add(t, A::Detection,
        {QT_TRANSLATE_NOOP("Templates", "When was data first lost or corrupted, and when did we notice?"),
         QT_TRANSLATE_NOOP("Templates", "Which check or person found it, and could a check have found it sooner?")});
    add(t, A::Diagnosis,
        {QT_TRANSLATE_NOOP("Templates", "Which records were lost or changed, and how do we know the list is complete?"),
         QT_TRANSLATE_NOOP("Templates", "What wrote, deleted or failed to write the data?")});
    add(t, A::Mitigation,
        {QT_TRANSLATE_NOOP("Templates", "What could be restored, from which backup or source, and what is lost for good?"),
         QT_TRANSLATE_NOOP("Templates", "How long did the restore take, and was it ever rehearsed?"),
         QT_TRANSLATE_NOOP("Templates", "How were the affected customers told?")});
    add(t, A::Prevention,
        {QT_TRANSLATE_NOOP("Templates", "Which safeguard (backup, versioning, soft delete, validation) would have kept the data?"),
         QT_TRANSLATE_NOOP("Templates", "How will we test that restores work?")});
    t.guidance.insert(S::Impact,
                      QCoreApplication::translate("Templates", "## Impact of a data loss\n\nCount the records, customers and time span affected, and "
                         "separate what was restored from what is lost for good. Say how the count was made."));
    t.defaultTags = {QStringLiteral("data-loss")};
    t.requiredSections = {R::Impact, R::Metrics};
    return t;
}

Template nearMiss()
{
    Template t;
    t.id = QStringLiteral("near-miss");
    t.name = QCoreApplication::translate("Templates", "Near miss");
    t.kind = QStringLiteral("near-miss");
    t.builtIn = true;
    add(t, A::Detection,
        {QT_TRANSLATE_NOOP("Templates", "What did we notice, and what would have happened had nobody noticed?")});
    add(t, A::Diagnosis,
        {QT_TRANSLATE_NOOP("Templates", "Which condition brought us close to customer impact?")});
    add(t, A::Mitigation,
        {QT_TRANSLATE_NOOP("Templates", "What stopped it from reaching customers: a safeguard, luck, or a person?")});
    add(t, A::Prevention,
        {QT_TRANSLATE_NOOP("Templates", "How do we make that safeguard reliable, so it does not depend on luck?")});
    t.guidance.insert(S::Summary,
                      QCoreApplication::translate("Templates", "## Summary of a near miss\n\nNothing reached customers, so say what almost happened, what "
                         "stopped it, and what would have been affected. A near miss is a free lesson: keep it short "
                         "and focus on the safeguard."));
    t.defaultTags = {QStringLiteral("near-miss")};
    // A near miss needs little: its own table asks the summary and one action at every severity.
    Requirements r = Requirements::methodDefaults();
    for (int s = 1; s <= 5; ++s)
        r.forSeverity(s) = SeverityRequirement{{R::Summary, R::Actions}, 1, 1};
    t.requirements = r;
    return t;
}

} // namespace

QList<Question> Template::questionsOf(QuestionArea area) const
{
    QList<Question> out;
    for (const Question& q : questions)
        if (q.area == area)
            out.append(q);
    return out;
}

QStringList templateKinds()
{
    return {QStringLiteral("outage"), QStringLiteral("security"), QStringLiteral("data-loss"),
            QStringLiteral("near-miss"), QStringLiteral("custom")};
}

QString kindDisplayName(const QString& kind)
{
    if (kind == QLatin1String("outage"))
        return QCoreApplication::translate("Templates", "Outage");
    if (kind == QLatin1String("security"))
        return QCoreApplication::translate("Templates", "Security");
    if (kind == QLatin1String("data-loss"))
        return QCoreApplication::translate("Templates", "Data loss");
    if (kind == QLatin1String("near-miss"))
        return QCoreApplication::translate("Templates", "Near miss");
    return QCoreApplication::translate("Templates", "Other");
}

QList<Template> builtInTemplates()
{
    return {outage(), security(), dataLoss(), nearMiss()};
}

bool isBuiltInId(const QString& id)
{
    return id == QLatin1String("outage") || id == QLatin1String("security") || id == QLatin1String("data-loss")
           || id == QLatin1String("near-miss");
}

QString guidanceFor(const Template* t, analysis::Section section)
{
    if (t) {
        const QString own = t->guidance.value(section);
        if (!own.trimmed().isEmpty())
            return own;
    }
    return guidanceMarkdown(section);
}

Coe withTemplate(Coe coe, const Template& t)
{
    auto key = [](const Question& q) {
        return QStringLiteral("%1|%2").arg(int(q.area)).arg(q.question.simplified().toCaseFolded());
    };
    QStringList asked;
    for (const Question& q : coe.questions)
        asked.append(key(q));
    for (const Question& q : t.questions) {
        if (q.question.trimmed().isEmpty() || asked.contains(key(q)))
            continue;
        asked.append(key(q));
        // After the last question of its area; an area not asked yet goes
        // after the areas before it.
        qsizetype at = 0;
        for (qsizetype i = 0; i < coe.questions.size(); ++i)
            if (int(coe.questions.at(i).area) <= int(q.area))
                at = i + 1;
        coe.questions.insert(at, Question{q.area, q.question, {}});
    }
    for (const QString& tag : t.defaultTags)
        if (!tag.trimmed().isEmpty() && !coe.tags.contains(tag, Qt::CaseInsensitive))
            coe.tags.append(tag.trimmed());
    for (const QString& service : t.defaultServices)
        if (!service.trimmed().isEmpty() && !coe.services.contains(service, Qt::CaseInsensitive))
            coe.services.append(service.trimmed());
    coe.templateName = t.id;
    return coe;
}

} // namespace hindsight::templates
