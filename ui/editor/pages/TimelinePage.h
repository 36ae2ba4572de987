// SPDX-License-Identifier: MIT
#pragma once

#include "editor/EditorPage.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace hindsight {

class TextColumnLayout;
class TimelineModel;

// The timeline table with gaps marked between rows, the derived durations
// above it, and Add / Paste lines… / Delete below.
class TimelinePage : public EditorPage
{
    Q_OBJECT
public:
    explicit TimelinePage(CoeDocument* document, QWidget* parent = nullptr);

    void setGapMinutes(int minutes);
    TimelineModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    void focusLocation(const analysis::Location& location) override;
    QString commentTarget() const override;
    void addCommentAction(QAction* action) override;

    void addEntry();
    void pasteLines();
    void deleteSelected();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void updateDurations();
    void updateRowHeights();
    void updateGapEditor();
    void updateEmptyState();

    TimelineModel* m_model;
    QTableView* m_view;
    TextColumnLayout* m_columns = nullptr;
    QLabel* m_durations;
    QLabel* m_timeError;
    QLabel* m_gapLabel;
    QLabel* m_empty;
    QLineEdit* m_gapExplanation;
    QPushButton* m_delete;
    int m_gapMinutes;
};

} // namespace hindsight
