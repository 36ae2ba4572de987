// SPDX-License-Identifier: MIT
#pragma once

#include "document/TimeParser.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace hindsight {

// Paste chat logs, log lines or a list; each line that starts with a time
// becomes an entry. The preview shows what will be added and which lines were
// not understood; OK adds the good ones (the caller inserts them as one step).
class PasteLinesDialog : public QDialog
{
    Q_OBJECT
public:
    PasteLinesDialog(const QTimeZone& displayZone, const QDateTime& reference, QWidget* parent = nullptr);

    void setText(const QString& text);
    QList<TimelineEntry> entries() const;

private:
    void updatePreview();

    QTimeZone m_zone;
    QDateTime m_reference;
    QPlainTextEdit* m_input;
    QTableWidget* m_preview;
    QLabel* m_status;
    QPushButton* m_ok;
    QList<TimeParser::Line> m_lines;
};

} // namespace hindsight
