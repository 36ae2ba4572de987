// SPDX-License-Identifier: MIT
#pragma once

#include "DocumentTableModel.h"

namespace hindsight {

// The questions of a document, all areas in one list (the Questions page
// filters by AreaRole to show one group each).
class QuestionModel : public DocumentTableModel
{
    Q_OBJECT
public:
    enum Column { QuestionColumn, AnswerColumn, ColumnCount };
    enum Role { AreaRole = Qt::UserRole + 1, AnsweredRole };

    explicit QuestionModel(CoeDocument* document, QObject* parent = nullptr);

    int unansweredCount(QuestionArea area) const;
    int questionCount(QuestionArea area) const; // 0: the group is empty

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    int listSize() const override;
};

// The metrics of a document, one row each (name; role; image count).
class MetricModel : public DocumentTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, RoleColumn, ImagesColumn, ColumnCount };
    explicit MetricModel(CoeDocument* document, QObject* parent = nullptr);
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    int listSize() const override;
};

// The related items of a document (kind; title; COE uuid or URL).
class RelatedModel : public DocumentTableModel
{
    Q_OBJECT
public:
    enum Column { KindColumn, TitleColumn, TargetColumn, ColumnCount };
    explicit RelatedModel(CoeDocument* document, QObject* parent = nullptr);
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    int listSize() const override;
};

} // namespace hindsight
