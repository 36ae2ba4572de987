// SPDX-License-Identifier: MIT
#include "ReportDocument.h"

#include <QImage>
#include <QPageSize>
#include <QTextBlock>
#include <QUrl>

namespace hindsight::report {

ReportDocument::ReportDocument(QObject* parent) : QTextDocument(parent)
{
    setUndoRedoEnabled(false);
}

QString ReportDocument::imageScheme()
{
    return QStringLiteral("hindsight-report");
}

QPageLayout ReportDocument::pageLayout(PaperSize paper)
{
    const QPageSize size(paper == PaperSize::Letter ? QPageSize::Letter : QPageSize::A4);
    return QPageLayout(size, QPageLayout::Portrait, QMarginsF(18, 22, 18, 20), QPageLayout::Millimeter);
}

qreal ReportDocument::textWidth(PaperSize paper)
{
    const QPageLayout layout = pageLayout(paper);
    return layout.paintRect(QPageLayout::Inch).width() * 96.0;
}

QString ReportDocument::addImage(const QImage& image)
{
    const QString name = QStringLiteral("%1:image/%2").arg(imageScheme()).arg(m_imageNames.size() + 1);
    addResource(QTextDocument::ImageResource, QUrl(name), QVariant(image));
    m_imageNames.append(name);
    return name;
}

QStringList ReportDocument::referencedImageNames() const
{
    QStringList names;
    for (QTextBlock block = begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isImageFormat())
                names.append(format.toImageFormat().name());
        }
    }
    names.removeDuplicates();
    return names;
}

QVariant ReportDocument::loadResource(int, const QUrl&)
{
    // Resources added with addResource() are found before this is asked;
    // nothing else may be fetched (no files, no network, no qrc).
    return {};
}

} // namespace hindsight::report

// The meta-object code in this file, not in one object for all of them:
// the command line links only what it uses (app/CMakeLists.txt).
#include "moc_ReportDocument.cpp"
