// SPDX-License-Identifier: MIT
#pragma once

#include "document/CoeMerge.h"

#include <QDialog>
#include <functional>
#include <optional>

class QButtonGroup;
class QGridLayout;
class QLabel;
class QPushButton;
class QRadioButton;
class QScrollArea;

namespace hindsight {

// A save conflict, resolved section by section: each section that differs
// between the stored version ("theirs") and the edited one ("mine") is one row
// with both texts side by side and a choice (Theirs / Mine). Given the base
// (the stored revision this window started from), each row says who changed
// it since then and starts on the suggested choice: theirs where only they
// changed it, mine where only I did, mine where both did (flagged "Changed by
// both" with a warning icon, a tooltip and accessible text); so "Save Merged"
// keeps both people's work unless the user decides otherwise. Without a base
// every row starts on Mine. "Save Merged" accepts with the chosen sections
// (merged()); "Save My Version" takes mine for every section and accepts.
// User text is shown as plain text.
//
// Test seam (as MessageBox::setNextAnswer): setNextHandler() queues a function
// that ask() calls with the shown dialog instead of running its event loop;
// the function clicks what a user would, and ask() returns the result.
class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    ConflictDialog(const Coe& theirs, const Coe& mine, QWidget* parent = nullptr);
    // Three-way: `base` is the stored version both started from (nullopt: unknown).
    ConflictDialog(const Coe& theirs, const Coe& mine, const std::optional<Coe>& base, QWidget* parent = nullptr);

    // Shows the dialog modally (or hands it to the queued handler).
    int ask();
    static void setNextHandler(std::function<void(ConflictDialog*)> handler);

    const QList<MergeSection>& sections() const { return m_sections; }
    MergeChoices choices() const;
    MergeChoice choice(int row) const;
    void setChoice(int row, MergeChoice choice);
    void setAllChoices(MergeChoice choice);
    // The row of the section with this key, or of the first whose label is `label`; -1: none.
    int rowOf(const QString& keyOrLabel) const;
    QRadioButton* theirsButton(int row) const;
    QRadioButton* mineButton(int row) const;
    // The "Changed by …" label of a row (nullptr without a base).
    QLabel* changeLabel(int row) const;
    // The result of the choices, to be saved as the revision after theirs'.
    Coe merged() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void addRow(QGridLayout* grid, int row, const MergeSection& section);
    void updateRow(int row);

    Coe m_theirs;
    Coe m_mine;
    std::optional<Coe> m_base; // before m_sections: they are compared with it
    QList<MergeSection> m_sections;
    QList<QButtonGroup*> m_groups;
    QList<QLabel*> m_theirsTexts;
    QList<QLabel*> m_mineTexts;
    QList<QLabel*> m_changeLabels;
    QScrollArea* m_scroll = nullptr;
};

} // namespace hindsight
