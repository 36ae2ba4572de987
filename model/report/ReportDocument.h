// SPDX-License-Identifier: MIT
#pragma once

#include "ReportOptions.h"

#include <QPageLayout>
#include <QStringList>
#include <QTextDocument>
#include <QTextFormat>

namespace hindsight::report {

// The printable document of one COE (or of a packet's agenda), with what the
// page painter needs besides the text: the page header and the watermark.
//
// It never loads anything from outside: images exist only as resources the
// builder added under imageScheme() from bytes the user attached; every other
// resource request (a Markdown image pointing at file:///etc/passwd, say)
// gives nothing.
class ReportDocument : public QTextDocument
{
    Q_OBJECT
public:
    // Block property on headings: the heading level (1, 2).
    static constexpr int HeadingLevelProperty = QTextFormat::UserProperty + 1;
    // Block property (bool) on headings and on lead-in lines (a question, a
    // why): the page painter keeps such a block on the page of the text
    // that follows it. On the format of a table row's first cell (a
    // timeline's gap row): the row stays on the page of the row after it.
    static constexpr int KeepWithNextProperty = QTextFormat::UserProperty + 2;
    // Block property (bool) of the empty block the page painter puts at the
    // end of a table row to make it reach the foot of its page, so that the
    // next row starts the next page whole (ui/report/PageFlow).
    static constexpr int RowSpacerProperty = QTextFormat::UserProperty + 3;
    // Block property of the last block that the page painter changes to
    // have the text after a change laid out again (ui/report/PageFlow).
    static constexpr int RelayoutProperty = QTextFormat::UserProperty + 4;

    explicit ReportDocument(QObject* parent = nullptr);

    static QString imageScheme(); // "hindsight-report"

    QString headerTitle() const { return m_headerTitle; }
    void setHeaderTitle(const QString& title) { m_headerTitle = title; }
    QString headerStatus() const { return m_headerStatus; }
    void setHeaderStatus(const QString& status) { m_headerStatus = status; }
    bool draftWatermark() const { return m_draftWatermark; }
    void setDraftWatermark(bool on) { m_draftWatermark = on; }
    PaperSize paper() const { return m_paper; }
    void setPaper(PaperSize paper) { m_paper = paper; }

    // Page geometry (millimetres); the header and footer sit in the top and
    // bottom margins.
    static QPageLayout pageLayout(PaperSize paper);
    // Width of the text area in 1/96 inch, the unit of image sizes.
    static qreal textWidth(PaperSize paper);

    // Registers an image under imageScheme() and gives its resource name.
    QString addImage(const QImage& image);
    // Names of the images registered with addImage().
    QStringList imageResourceNames() const { return m_imageNames; }
    // The name of every image that the text refers to (scan of every fragment).
    QStringList referencedImageNames() const;

protected:
    QVariant loadResource(int type, const QUrl& name) override;

private:
    QString m_headerTitle;
    QString m_headerStatus;
    bool m_draftWatermark = false;
    PaperSize m_paper = PaperSize::A4;
    QStringList m_imageNames;
};

} // namespace hindsight::report
