// SPDX-License-Identifier: MIT
#pragma once

#include "DocumentTableModel.h"
#include "analysis/TimelineAnalysis.h"

#include <functional>

namespace hindsight {

// The timeline of a document as a table. Rows are the document's entries,
// always in time order: editing a time moves the row (beginMoveRows), so a
// view's selection follows the entry. Times show in the COE's display zone,
// with the date and the zone on every row ("2024-03-07 14:02 UTC").
//
// Gaps come from the gap finder given with setGapFinder (the editor passes
// analysis::findGaps); the row after a gap carries the Gap* roles.
class TimelineModel : public DocumentTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, TextColumn, MilestoneColumn, ApproximateColumn, HighlightColumn, SourceColumn, ColumnCount };
    enum Role {
        AtRole = Qt::UserRole + 1, // QDateTime, UTC
        MilestoneRole,             // int (Milestone)
        GapMinutesRole,            // qint64 minutes of the gap before this row; invalid: no gap
        GapExplainedRole,          // bool
        GapApproximateRole,        // bool
        GapExplanationRole,        // QString, editable
        GapTextRole,               // "17 min gap: <explanation>" / "17 min gap — not explained yet"
    };

    using GapFinder = std::function<QList<analysis::Gap>(const QList<TimelineEntry>&)>;

    explicit TimelineModel(CoeDocument* document, QObject* parent = nullptr);

    void setGapFinder(GapFinder finder);
    // Why the last setData on the time column failed (translated).
    QString lastError() const { return m_lastError; }
    // How many gaps the timeline has now.
    int gapCount() const { return int(m_gapBefore.size()); }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // The set of gaps changed (rows that start a gap, their lengths).
    void gapsChanged();

protected:
    int listSize() const override;
    void onListChanged() override;

private:
    // data() without the marks of unresolved review comments (CommentMarker).
    QVariant itemData(const QModelIndex& index, int role) const;
    void recomputeGaps();

    GapFinder m_gapFinder;
    QHash<int, analysis::Gap> m_gapBefore; // by the row after the gap
    QString m_lastError;
};

} // namespace hindsight
