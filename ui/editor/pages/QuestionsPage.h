// SPDX-License-Identifier: MIT
#pragma once

#include "editor/EditorPage.h"

#include <QPersistentModelIndex>

class QGroupBox;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;

namespace hindsight {

class MarkdownEdit;
class QuestionModel;

// Four groups of questions (detection, diagnosis, mitigation, prevention),
// each with its count of unanswered questions; the selected question's text
// and answer below. Add, remove and reorder within a group.
class QuestionsPage : public EditorPage
{
    Q_OBJECT
public:
    explicit QuestionsPage(CoeDocument* document, QWidget* parent = nullptr);

    // Selects a question by its row in the document.
    void selectQuestion(int row);
    int currentRow() const { return m_current.isValid() ? m_current.row() : -1; }
    void focusLocation(const analysis::Location& location) override;

    // The group Add Question adds to: the one last focused or selected in,
    // even when it has no questions.
    int currentArea() const { return m_area; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void refreshCounts();
    void refreshDetail();
    void move(int delta);

    QuestionModel* m_model;
    QList<QSortFilterProxyModel*> m_proxies;
    QList<QListView*> m_lists;
    QList<QGroupBox*> m_groups;
    QLineEdit* m_question;
    MarkdownEdit* m_answer;
    QPersistentModelIndex m_current;
    int m_area = 0;
};

} // namespace hindsight
