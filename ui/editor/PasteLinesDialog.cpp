// SPDX-License-Identifier: MIT
#include "editor/PasteLinesDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hindsight {

PasteLinesDialog::PasteLinesDialog(const QTimeZone& displayZone, const QDateTime& reference, QWidget* parent)
    : QDialog(parent), m_zone(displayZone), m_reference(reference)
{
    setObjectName(QStringLiteral("pasteLinesDialog"));
    setWindowTitle(tr("Paste Timeline Lines"));
    auto* layout = new QVBoxLayout(this);
    auto* hint = new QLabel(tr("One entry per line that starts with a time, e.g. \"[14:02] alice: first 503s\", "
                               "\"2024-03-07T14:02:11Z ERROR …\" or \"- 14:02 rollback started\". A time without "
                               "a zone is in %1; a time without a date is on the day of the line before.")
                                .arg(QString::fromUtf8(displayZone.id())),
                            this);
    hint->setWordWrap(true);
    hint->setTextFormat(Qt::PlainText);
    layout->addWidget(hint);
    m_input = new QPlainTextEdit(this);
    m_input->setObjectName(QStringLiteral("pasteLinesTextEdit"));
    m_input->setAccessibleName(tr("Lines to add"));
    m_input->setPlaceholderText(QStringLiteral("[14:02] alice: checkout is throwing 503s\n[14:05] bob: looking"));
    m_input->setTabChangesFocus(true);
    layout->addWidget(m_input, 1);
    m_preview = new QTableWidget(0, 3, this);
    m_preview->setObjectName(QStringLiteral("pastePreviewTable"));
    m_preview->setAccessibleName(tr("Preview of the entries"));
    m_preview->setHorizontalHeaderLabels({tr("Time"), tr("What happened"), tr("Problem")});
    m_preview->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_preview->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_preview->verticalHeader()->hide();
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_preview, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("pasteStatusLabel"));
    layout->addWidget(m_status);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("pasteOkButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_input, &QPlainTextEdit::textChanged, this, &PasteLinesDialog::updatePreview);
    resize(720, 520);
    updatePreview();
}

void PasteLinesDialog::setText(const QString& text)
{
    m_input->setPlainText(text);
}

QList<TimelineEntry> PasteLinesDialog::entries() const
{
    QList<TimelineEntry> out;
    for (const auto& line : m_lines)
        if (line.ok)
            out << line.entry;
    return out;
}

void PasteLinesDialog::updatePreview()
{
    m_lines = TimeParser::parseLines(m_input->toPlainText(), m_zone, m_reference);
    m_preview->setRowCount(int(m_lines.size()));
    int good = 0;
    for (int r = 0; r < m_lines.size(); ++r) {
        const auto& line = m_lines[r];
        good += line.ok;
        auto* time = new QTableWidgetItem(line.ok ? TimeParser::format(line.entry.at, m_zone, line.entry.approximate)
                                                  : QString());
        auto* text = new QTableWidgetItem(line.ok ? line.entry.text : line.source);
        auto* problem = new QTableWidgetItem(line.error);
        if (!line.ok)
            problem->setForeground(QColor(0xb0, 0x1c, 0x1c));
        m_preview->setItem(r, 0, time);
        m_preview->setItem(r, 1, text);
        m_preview->setItem(r, 2, problem);
    }
    const int bad = int(m_lines.size()) - good;
    m_status->setText(bad ? tr("%n entries to add; ", nullptr, good) + tr("%n lines not understood (left out).", nullptr, bad)
                          : tr("%n entries to add.", nullptr, good));
    m_ok->setText(tr("Add %n Entries", nullptr, good));
    m_ok->setEnabled(good > 0);
}

} // namespace hindsight
