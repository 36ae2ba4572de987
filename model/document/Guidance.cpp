// SPDX-License-Identifier: MIT
#include "Guidance.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace hindsight {

namespace {

// The bytes of ":/<folder>/<name>.<language>.<suffix>" for the UI language
// (e.g. "es"), else of ":/<folder>/<name>.<suffix>".
QByteArray readLocalized(const QString& folder, const QString& name, const QString& suffix)
{
    const QString language = QLocale().name().section(u'_', 0, 0);
    for (const QString& path : {QStringLiteral(":/%1/%2.%3.%4").arg(folder, name, language, suffix),
                                QStringLiteral(":/%1/%2.%3").arg(folder, name, suffix)}) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            return file.readAll();
    }
    return {};
}

} // namespace

QString guidanceMarkdown(analysis::Section section)
{
    return QString::fromUtf8(readLocalized(QStringLiteral("guidance"), analysis::toString(section), QStringLiteral("md")));
}

QList<Question> standardQuestions()
{
    QList<Question> questions;
    const QByteArray json = readLocalized(QStringLiteral("questions"), QStringLiteral("standard"), QStringLiteral("json"));
    const QJsonArray groups = QJsonDocument::fromJson(json).object().value(u"groups").toArray();
    for (const auto& g : groups) {
        const auto area = enumFromString<QuestionArea>(g.toObject().value(u"area").toString());
        if (!area)
            continue;
        for (const auto& q : g.toObject().value(u"questions").toArray())
            questions << Question{*area, q.toString(), {}};
    }
    return questions;
}

} // namespace hindsight
