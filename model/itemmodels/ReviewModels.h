// SPDX-License-Identifier: MIT
#pragma once

#include "document/CoeDocument.h"

#include <QAbstractItemModel>
#include <QAbstractTableModel>
#include <QPointer>

namespace hindsight {

// The item models of the review record (Coe::review): its meetings, the
// questions asked in review and the comments. Each edit goes to the document
// as one undoable step (CoeDocument::setReview); typing into one cell merges.
// The models follow CoeDocument::reviewChanged: a change that keeps the number
// of rows refreshes the rows, any other resets the model.

// What a comment's target names, as the editor shows it: "Timeline entry 3",
// "Why: <text>", "Action: <title>", a section's title, "The COE as a whole";
// the target as written when it names nothing that exists.
QString commentPlace(const Coe& coe, const QString& target);

class ReviewMeetingModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { WhenColumn, FacilitatorColumn, AttendeesColumn, ColumnCount };
    enum Role { AtRole = Qt::UserRole + 1 }; // QDateTime, UTC

    explicit ReviewMeetingModel(CoeDocument* document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QPointer<CoeDocument> m_doc;
    int m_rows = 0;
};

class ReviewQuestionModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { QuestionColumn, AnswerColumn, ActionColumn, ColumnCount };
    enum Role { ActionIdRole = Qt::UserRole + 1 }; // QString: the linked action item's id, if it exists

    explicit ReviewQuestionModel(CoeDocument* document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QPointer<CoeDocument> m_doc;
    int m_rows = 0;
};

// The comments as a tree: each reply under the comment it answers (a reply to
// a comment that does not exist stands at the top level). Read-only: the page
// adds, answers, resolves and deletes through the document.
class ReviewCommentModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { TextColumn, PlaceColumn, AuthorColumn, TimeColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, // QString
        ResolvedRole,              // bool
        TargetRole,                // QString
        RowRole,                   // int: the comment's index in Review::comments
    };

    explicit ReviewCommentModel(CoeDocument* document, QObject* parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The index (first column) of the comment `id`; invalid when unknown.
    QModelIndex indexOf(const QString& id) const;

private:
    void rebuild();
    void refreshAll(const QList<int>& roles);
    // For each comment (by its row in Review::comments): the row of its parent
    // (-1: top level), and each parent's children in list order.
    QList<int> m_parentOf;
    QHash<int, QList<int>> m_children; // -1: the top level
    QPointer<CoeDocument> m_doc;
};

} // namespace hindsight
