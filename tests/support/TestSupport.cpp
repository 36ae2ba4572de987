// SPDX-License-Identifier: MIT
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace hindsight::test {

QString dataPath(const QString& fileName)
{
    return QDir(QStringLiteral(HINDSIGHT_TEST_DATA)).filePath(fileName);
}

QByteArray readData(const QString& fileName)
{
    QFile f(dataPath(fileName));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read test data %s", qPrintable(f.fileName()));
    return f.readAll();
}

QString EnglishPlurals::translate(const char*, const char* sourceText, const char*, int n) const
{
    if (n < 0 || !sourceText)
        return {}; // not a numerus message: the next translator or the source
    QString text = QString::fromUtf8(sourceText);
    text.replace(QStringLiteral("(s)"), n == 1 ? QString() : QStringLiteral("s"));
    return text;
}

QString binaryPath()
{
    return QStringLiteral(HINDSIGHT_BINARY);
}

QByteArray fileChecksum(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

bool isCi()
{
    return qEnvironmentVariable("CI").compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

QString missingToolMessage(const QString& program)
{
    if (!QStandardPaths::findExecutable(program).isEmpty())
        return {};
    return QStringLiteral("%1 is not installed (not found on PATH)").arg(program);
}

} // namespace hindsight::test
