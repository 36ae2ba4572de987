// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

#include <optional>

class QLabel;
class QModelIndex;
class QStackedWidget;

namespace hindsight {

struct Coe;

// Under the COE table: the selected COE at a glance (title, severity,
// status, owner, the summary's first paragraph, the four durations, open and
// overdue actions, review counts). Every user text is shown as plain text.
class CoePreviewPane : public QWidget
{
    Q_OBJECT
public:
    explicit CoePreviewPane(QWidget* parent = nullptr);

    // The COE as loaded and its row of the COE table (CoeTableModel), which
    // has the counts; nullopt (or an invalid row) shows "nothing selected".
    void showCoe(const std::optional<Coe>& coe, const QModelIndex& row);
    void clear();

    // The summary's first paragraph as plain text (Markdown read, not shown).
    static QString firstParagraph(const QString& markdown);

private:
    QStackedWidget* m_stack;
    QLabel* m_empty;
    QLabel* m_title;
    QLabel* m_facts;
    QLabel* m_summary;
    QLabel* m_durations;
    QLabel* m_actions;
    QLabel* m_review;
};

} // namespace hindsight
