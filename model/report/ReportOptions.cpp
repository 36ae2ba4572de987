// SPDX-License-Identifier: MIT
#include "ReportOptions.h"

#include <QCoreApplication>

namespace hindsight::report {

namespace {

QString stampText(const char* text)
{
    return QCoreApplication::translate("VersionStamp", text);
}

} // namespace

QString VersionStamp::versionText() const
{
    if (version <= 0)
        return {};
    const QString current = laterChanges ? stampText("version %1 with changes made after it").arg(version)
                                         : stampText("version %1").arg(version);
    if (approvedVersion > 0 && (approvedVersion != version || laterChanges))
        return stampText("Approved version %1; this is %2").arg(QString::number(approvedVersion), current);
    return laterChanges ? current : QString::number(version);
}

QString VersionStamp::approvalText(const QString& when) const
{
    if (approvedVersion <= 0)
        return {};
    const QString name = approvedBy.simplified();
    const QString number = QString::number(approvedVersion);
    if (!name.isEmpty() && !when.isEmpty())
        return stampText("by %1 on %2 (version %3)").arg(name, when, number);
    if (!name.isEmpty())
        return stampText("by %1 (version %2)").arg(name, number);
    if (!when.isEmpty())
        return stampText("on %1 (version %2)").arg(when, number);
    return stampText("version %1").arg(number);
}

QString VersionStamp::headerText(const QString& status) const
{
    if (version <= 0)
        return status;
    const QString current = laterChanges ? stampText("version %1 with later changes").arg(version)
                                         : stampText("version %1").arg(version);
    if (approvedVersion > 0 && (approvedVersion != version || laterChanges))
        return stampText("%1 · approved version %2; this is %3").arg(status, QString::number(approvedVersion), current);
    return stampText("%1 · %2").arg(status, current);
}

QList<Section> ReportOptions::allSections()
{
    return {Section::Summary, Section::Impact,    Section::Timeline, Section::Metrics,
            Section::Questions, Section::Whys, Section::Actions,  Section::Related};
}

QList<Section> ReportOptions::parseSections(const QString& text, QString* error)
{
    QList<Section> result;
    const QStringList names = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& raw : names) {
        const QString name = raw.trimmed().toLower();
        if (name.isEmpty())
            continue;
        bool found = false;
        for (Section s : allSections()) {
            if (analysis::toString(s) == name) {
                if (!result.contains(s))
                    result.append(s);
                found = true;
                break;
            }
        }
        if (!found) {
            QStringList known;
            for (Section s : allSections())
                known.append(analysis::toString(s));
            if (error)
                *error = QCoreApplication::translate("ReportOptions", "Unknown section \"%1\"; known: %2")
                             .arg(name, known.join(QLatin1String(", ")));
            return {};
        }
    }
    if (result.isEmpty() && error)
        *error = QCoreApplication::translate("ReportOptions", "No section given.");
    return result;
}

std::optional<PaperSize> ReportOptions::parsePaper(const QString& text, QString* error)
{
    const QString name = text.trimmed().toLower();
    if (name == QLatin1String("a4"))
        return PaperSize::A4;
    if (name == QLatin1String("letter"))
        return PaperSize::Letter;
    if (error)
        *error = QCoreApplication::translate("ReportOptions", "Unknown paper size \"%1\"; use a4 or letter.")
                     .arg(text);
    return std::nullopt;
}

QString ReportOptions::paperName(PaperSize paper)
{
    return paper == PaperSize::Letter ? QStringLiteral("letter") : QStringLiteral("a4");
}

PaperSize ReportOptions::defaultPaperSize(const QLocale& locale)
{
    // Countries that print on US Letter.
    switch (locale.territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::CostaRica:
    case QLocale::Guatemala:
    case QLocale::Panama:
    case QLocale::Philippines:
    case QLocale::PuertoRico:
    case QLocale::Venezuela:
    case QLocale::DominicanRepublic:
    case QLocale::ElSalvador:
    case QLocale::Nicaragua:
    case QLocale::Belize:
        return PaperSize::Letter;
    default:
        return PaperSize::A4;
    }
}

QString ReportOptions::sectionTitle(Section section)
{
    switch (section) {
    case Section::Summary:
        return QCoreApplication::translate("Report", "Summary");
    case Section::Impact:
        return QCoreApplication::translate("Report", "Impact");
    case Section::Timeline:
        return QCoreApplication::translate("Report", "Timeline");
    case Section::Metrics:
        return QCoreApplication::translate("Report", "Metrics");
    case Section::Questions:
        return QCoreApplication::translate("Report", "Questions");
    case Section::Whys:
        return QCoreApplication::translate("Report", "Problem and 5 whys");
    case Section::Actions:
        return QCoreApplication::translate("Report", "Action items");
    case Section::Related:
        return QCoreApplication::translate("Report", "Related items");
    case Section::Review:
        return QCoreApplication::translate("Report", "Review record");
    }
    return {};
}

} // namespace hindsight::report
