// SPDX-License-Identifier: MIT
#include "ReportOdt.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>
#include <QTextDocumentWriter>

namespace hindsight::report {

QByteArray ReportOdt::render(ReportDocument& doc, QString* error)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, QByteArrayLiteral("ODF"));
    if (!writer.write(&doc) || bytes.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("ReportExport", "Cannot write the OpenDocument text.");
        return {};
    }
    return bytes;
}

bool ReportOdt::writeFile(ReportDocument& doc, const QString& path, QString* error)
{
    const QByteArray bytes = render(doc, error);
    if (bytes.isEmpty())
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("ReportExport", "Cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace hindsight::report
