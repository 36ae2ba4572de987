// SPDX-License-Identifier: MIT
#pragma once

#include "editor/EditorPage.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeView;

namespace hindsight {

class FactorsPanel;
class WhyTreeModel;

// The problem statement and the tree of whys. "Ask Why" asks why the
// selected answer happened (a child); "Add Another Cause" adds a sibling.
// Marking a human error prompts to ask what made the mistake possible.
class WhysPage : public EditorPage
{
    Q_OBJECT
public:
    explicit WhysPage(CoeDocument* document, QWidget* parent = nullptr);

    QString currentId() const;
    void selectWhy(const QString& id);
    void askWhy();
    void addAnotherCause();
    void focusLocation(const analysis::Location& location) override;
    QString commentTarget() const override;
    void addCommentAction(QAction* action) override;

signals:
    // The user asked for an action item linked to this why.
    void actionItemRequested(const QString& whyId);

private:
    void refreshDetail();

    WhyTreeModel* m_model;
    QLineEdit* m_problem;
    QTreeView* m_tree;
    QLineEdit* m_why;
    QPlainTextEdit* m_because;
    QCheckBox* m_rootCause;
    QCheckBox* m_humanError;
    QLabel* m_humanPrompt;
    QPushButton* m_askPossible;
    QLabel* m_linked;
    QWidget* m_detail;
    FactorsPanel* m_factors;

public:
    FactorsPanel* factorsPanel() const { return m_factors; }
};

} // namespace hindsight
