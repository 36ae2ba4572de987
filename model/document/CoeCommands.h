// SPDX-License-Identifier: MIT
#pragma once

// The undo commands behind CoeDocument's facade. Internal to model/document:
// the UI never sees a command class, it calls the document's functions.

#include "CoeDocument.h"

#include <QUndoCommand>

namespace hindsight {

// An enum field's value from a QVariant holding the enum or its int.
template <typename E> E enumOf(const QVariant& v)
{
    if (v.metaType() == QMetaType::fromType<E>())
        return v.value<E>();
    return static_cast<E>(v.toInt());
}

template <typename T> struct ListTraits;
template <> struct ListTraits<TimelineEntry>
{
    static constexpr auto list = CoeDocument::List::Timeline;
    static constexpr auto member = &Coe::timeline;
};
template <> struct ListTraits<Metric>
{
    static constexpr auto list = CoeDocument::List::Metrics;
    static constexpr auto member = &Coe::metrics;
};
template <> struct ListTraits<Question>
{
    static constexpr auto list = CoeDocument::List::Questions;
    static constexpr auto member = &Coe::questions;
};
template <> struct ListTraits<WhyStep>
{
    static constexpr auto list = CoeDocument::List::Whys;
    static constexpr auto member = &Coe::whys;
};
template <> struct ListTraits<ActionItem>
{
    static constexpr auto list = CoeDocument::List::Actions;
    static constexpr auto member = &Coe::actionItems;
};
template <> struct ListTraits<RelatedItem>
{
    static constexpr auto list = CoeDocument::List::Related;
    static constexpr auto member = &Coe::related;
};
template <> struct ListTraits<ContributingFactor>
{
    static constexpr auto list = CoeDocument::List::Factors;
    static constexpr auto member = &Coe::factors;
};

// The primitive changes, each with its signals. Only commands call these.
struct DocumentEditor
{
    template <typename T> static QList<T>& list(CoeDocument* d) { return d->m_coe.*(ListTraits<T>::member); }

    template <typename T> static void insert(CoeDocument* d, int row, const T& value)
    {
        constexpr auto l = ListTraits<T>::list;
        if constexpr (std::is_same_v<T, WhyStep>)
            emit d->whyAboutToBeInserted(row, value.parentId);
        emit d->rowsAboutToBeInserted(l, row, row);
        list<T>(d).insert(row, value);
        emit d->rowsInserted(l, row, row);
    }
    template <typename T> static T take(CoeDocument* d, int row)
    {
        constexpr auto l = ListTraits<T>::list;
        emit d->rowsAboutToBeRemoved(l, row, row);
        T value = list<T>(d).takeAt(row);
        emit d->rowsRemoved(l, row, row);
        return value;
    }
    template <typename T> static void replace(CoeDocument* d, int row, const T& value)
    {
        list<T>(d)[row] = value;
        emit d->rowChanged(ListTraits<T>::list, row);
    }
    template <typename T> static void move(CoeDocument* d, int from, int to)
    {
        if (from == to)
            return;
        constexpr auto l = ListTraits<T>::list;
        emit d->rowAboutToBeMoved(l, from, to);
        list<T>(d).move(from, to);
        emit d->rowMoved(l, from, to);
    }
    static void setField(CoeDocument* d, CoeDocument::Field field, const QVariant& value);
    static void setReview(CoeDocument* d, const Review& review)
    {
        d->m_coe.review = review;
        emit d->reviewChanged();
    }
    static void setUpdatedAt(CoeDocument* d, const QDateTime& at) { d->m_coe.updatedAt = at; }
    // Every field at once (the revision stays: it is bookkeeping, not content).
    static void resetContent(CoeDocument* d, const Coe& coe);
    static void touch(CoeDocument* d)
    {
        ++d->m_generation;
        emit d->changed();
    }
};

// Base of every command: stamps updatedAt on redo and restores it on undo.
class DocumentCommand : public QUndoCommand
{
public:
    void redo() final;
    void undo() final;

protected:
    DocumentCommand(CoeDocument* doc, const QString& text, QUndoCommand* parent = nullptr);
    virtual void apply() = 0;
    virtual void revert() = 0;
    // For mergeWith: take over the later command's stamp.
    void takeStamp(const DocumentCommand* later) { m_after = later->m_after; }

    CoeDocument* m_doc;

private:
    QDateTime m_before;
    QDateTime m_after;
    bool m_stamped = false;
};

enum CommandId { kSetFieldId = 1, kSetRowId = 2, kSetReviewId = 3 };

class SetFieldCommand : public DocumentCommand
{
public:
    SetFieldCommand(CoeDocument* doc, CoeDocument::Field field, QVariant oldValue, QVariant newValue);
    int id() const override { return kSetFieldId; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    void apply() override;
    void revert() override;
    CoeDocument::Field m_field;
    QVariant m_old;
    QVariant m_new;
};

// Replaces one row's value. mergeKey >= 0: consecutive commands with the same
// list, row and key merge (typing into one cell is one step).
template <typename T> class SetRowCommand : public DocumentCommand
{
public:
    SetRowCommand(CoeDocument* doc, const QString& text, int row, T oldValue, T newValue, int mergeKey,
                  QUndoCommand* parent = nullptr)
        : DocumentCommand(doc, text, parent), m_row(row), m_old(std::move(oldValue)),
          m_new(std::move(newValue)), m_mergeKey(mergeKey)
    {
    }
    int id() const override { return m_mergeKey >= 0 ? kSetRowId : -1; }
    bool mergeWith(const QUndoCommand* other) override
    {
        auto o = dynamic_cast<const SetRowCommand<T>*>(other);
        if (!o || o->m_row != m_row || o->m_mergeKey != m_mergeKey)
            return false;
        m_new = o->m_new;
        takeStamp(o);
        return true;
    }

private:
    void apply() override { DocumentEditor::replace(m_doc, m_row, m_new); }
    void revert() override { DocumentEditor::replace(m_doc, m_row, m_old); }
    int m_row;
    T m_old;
    T m_new;
    int m_mergeKey;
};

template <typename T> class InsertRowCommand : public DocumentCommand
{
public:
    InsertRowCommand(CoeDocument* doc, const QString& text, int row, T value, QUndoCommand* parent = nullptr)
        : DocumentCommand(doc, text, parent), m_row(row), m_value(std::move(value))
    {
    }

private:
    void apply() override { DocumentEditor::insert(m_doc, m_row, m_value); }
    void revert() override { DocumentEditor::take<T>(m_doc, m_row); }
    int m_row;
    T m_value;
};

// Owns the removed value while on the stack (see CoeDocument).
template <typename T> class RemoveRowCommand : public DocumentCommand
{
public:
    RemoveRowCommand(CoeDocument* doc, const QString& text, int row, QUndoCommand* parent = nullptr)
        : DocumentCommand(doc, text, parent), m_row(row)
    {
    }

private:
    void apply() override { m_value = DocumentEditor::take<T>(m_doc, m_row); }
    void revert() override { DocumentEditor::insert(m_doc, m_row, m_value); }
    int m_row;
    T m_value;
};

template <typename T> class MoveRowCommand : public DocumentCommand
{
public:
    MoveRowCommand(CoeDocument* doc, const QString& text, int from, int to, QUndoCommand* parent = nullptr)
        : DocumentCommand(doc, text, parent), m_from(from), m_to(to)
    {
    }

private:
    void apply() override { DocumentEditor::move<T>(m_doc, m_from, m_to); }
    void revert() override { DocumentEditor::move<T>(m_doc, m_to, m_from); }
    int m_from;
    int m_to;
};

// Changes an entry's instant and moves it from row `from` to row `to` (worked
// out by the caller) to keep the timeline sorted.
class TimelineAtCommand : public DocumentCommand
{
public:
    TimelineAtCommand(CoeDocument* doc, int from, int to, TimelineEntry oldValue, TimelineEntry newValue);
    // Not merged: each committed time is its own step.

private:
    void apply() override;
    void revert() override;
    int m_from;
    int m_to;
    TimelineEntry m_old;
    TimelineEntry m_new;
};

// Replaces the whole content (a resolved conflict): one step, undone at once.
class ReplaceContentCommand : public DocumentCommand
{
public:
    ReplaceContentCommand(CoeDocument* doc, const QString& text, Coe before, Coe after);

private:
    void apply() override { DocumentEditor::resetContent(m_doc, m_after); }
    void revert() override { DocumentEditor::resetContent(m_doc, m_before); }
    Coe m_before;
    Coe m_after;
};

// Replaces the review record: one step, never merged.
class SetReviewCommand : public DocumentCommand
{
public:
    SetReviewCommand(CoeDocument* doc, const QString& text, Review before, Review after, QString mergeKey = {},
                     QUndoCommand* parent = nullptr)
        : DocumentCommand(doc, text, parent), m_before(std::move(before)), m_after(std::move(after)),
          m_mergeKey(std::move(mergeKey))
    {
    }
    int id() const override { return m_mergeKey.isEmpty() ? -1 : kSetReviewId; }
    bool mergeWith(const QUndoCommand* other) override
    {
        auto o = dynamic_cast<const SetReviewCommand*>(other);
        if (!o || o->m_mergeKey != m_mergeKey)
            return false;
        m_after = o->m_after;
        takeStamp(o);
        return true;
    }

private:
    void apply() override { DocumentEditor::setReview(m_doc, m_after); }
    void revert() override { DocumentEditor::setReview(m_doc, m_before); }
    Review m_before;
    Review m_after;
    QString m_mergeKey;
};

// Where an entry at `at` goes in a sorted timeline: after every entry at or
// before it (ties keep insertion order).
int sortedInsertRow(const QList<TimelineEntry>& timeline, const QDateTime& at);

} // namespace hindsight
