// SPDX-License-Identifier: MIT
#include "editor/pages/QuestionsPage.h"

#include "domain/DisplayNames.h"
#include "itemmodels/QuestionModel.h"
#include "widgets/MarkdownEdit.h"

#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QVBoxLayout>

namespace hindsight {

using QF = CoeDocument::QuestionField;

QuestionsPage::QuestionsPage(CoeDocument* document, QWidget* parent)
    : EditorPage(document, analysis::Section::Questions, parent), m_model(new QuestionModel(document, this))
{
    auto* layout = new QVBoxLayout(this);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(splitter, 1);

    auto* groupsWidget = new QWidget(splitter);
    auto* groups = new QVBoxLayout(groupsWidget);
    groups->setContentsMargins(0, 0, 0, 0);
    for (QuestionArea area : allValues<QuestionArea>()) {
        auto* box = new QGroupBox(groupsWidget);
        box->setObjectName(QStringLiteral("%1GroupBox").arg(toString(area)));
        auto* boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(4, 4, 4, 4);
        auto* proxy = new QSortFilterProxyModel(this);
        proxy->setSourceModel(m_model);
        proxy->setFilterRole(QuestionModel::AreaRole);
        proxy->setFilterFixedString(QString::number(int(area)));
        auto* list = new QListView(box);
        list->setObjectName(QStringLiteral("%1QuestionsListView").arg(toString(area)));
        list->setAccessibleName(tr("%1 questions").arg(displayName(area)));
        list->setModel(proxy);
        list->setEditTriggers(QAbstractItemView::NoEditTriggers);
        list->setWordWrap(true);
        list->setUniformItemSizes(false);
        list->setSpacing(2);
        list->setAlternatingRowColors(true);
        list->installEventFilter(this);
        list->viewport()->installEventFilter(this); // a click on a list that already has the focus
        boxLayout->addWidget(list);
        groups->addWidget(box, 1);
        m_proxies << proxy;
        m_lists << list;
        m_groups << box;
        connect(list->selectionModel(), &QItemSelectionModel::currentChanged, this,
                [this, proxy](const QModelIndex& current) {
                    if (!current.isValid())
                        return;
                    // One question is selected at a time, across the four groups.
                    for (QListView* other : std::as_const(m_lists))
                        if (other->model() != proxy)
                            other->selectionModel()->clear();
                    m_current = proxy->mapToSource(current);
                    m_area = m_current.data(QuestionModel::AreaRole).toInt();
                    refreshDetail();
                });
    }

    auto* detail = new QWidget(splitter);
    auto* form = new QFormLayout(detail);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_question = new QLineEdit(detail);
    m_question->setObjectName(QStringLiteral("questionLineEdit"));
    m_question->setAccessibleName(tr("Question"));
    m_question->setPlaceholderText(tr("How could we cut the time to detect in half?"));
    form->addRow(tr("&Question:"), m_question);
    m_answer = new MarkdownEdit(detail);
    m_answer->setObjectName(QStringLiteral("answerEdit"));
    m_answer->setAccessibleName(tr("Answer"));
    m_answer->setPlaceholderText(tr("Alarm on pool wait time, and evaluate the error-rate alarm over 3 datapoints."));
    form->addRow(tr("&Answer:"), m_answer);
    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("A&dd Question"), detail);
    add->setObjectName(QStringLiteral("addQuestionButton"));
    add->setToolTip(tr("Add a question to the focused group (or the group of the selected question)"));
    auto* remove = new QPushButton(tr("Re&move"), detail);
    remove->setObjectName(QStringLiteral("removeQuestionButton"));
    auto* up = new QPushButton(tr("Move &Up"), detail);
    up->setObjectName(QStringLiteral("moveQuestionUpButton"));
    auto* down = new QPushButton(tr("Move Do&wn"), detail);
    down->setObjectName(QStringLiteral("moveQuestionDownButton"));
    for (auto* b : {add, remove, up, down})
        buttons->addWidget(b);
    buttons->addStretch(1);
    form->addRow(QString(), buttons);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    // Stretch factors share out only the width beyond the size hints, which
    // left the questions about 30 % and cut most of them to two or three
    // short lines: start at 2:3 (QSplitter scales these to its width).
    splitter->setSizes({2000, 3000});

    connect(m_question, &QLineEdit::textEdited, this, [this](const QString& t) {
        if (currentRow() >= 0)
            m_doc->setQuestionField(currentRow(), QF::Question, t);
    });
    connect(m_answer, &MarkdownEdit::edited, this, [this](const QString& t) {
        if (currentRow() >= 0)
            m_doc->setQuestionAnswer(currentRow(), t);
    });
    connect(add, &QPushButton::clicked, this, [this] {
        // The focused, clicked or last selected group, empty or not.
        const auto area = allValues<QuestionArea>().value(m_area, QuestionArea::Detection);
        selectQuestion(m_doc->addQuestion({area, tr("New question"), {}}));
        m_question->setFocus();
        m_question->selectAll();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (currentRow() >= 0)
            m_doc->removeQuestion(currentRow());
    });
    connect(up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(down, &QPushButton::clicked, this, [this] { move(+1); });
    connect(m_doc, &CoeDocument::changed, this, &QuestionsPage::refreshCounts);
    connect(m_doc, &CoeDocument::changed, this, &QuestionsPage::refreshDetail);
    refreshCounts();
    refreshDetail();
    if (m_model->rowCount() > 0)
        selectQuestion(0);
    registerField(QStringLiteral("questions"), m_lists.first());
}

bool QuestionsPage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FocusIn || event->type() == QEvent::MouseButtonPress) {
        int i = -1;
        for (int l = 0; l < m_lists.size(); ++l)
            if (watched == m_lists[l] || watched == m_lists[l]->viewport())
                i = l;
        if (i >= 0) {
            m_area = i;
            // Focusing an empty group leaves the other groups' selection
            // behind: the question shown is no longer the target.
            if (m_proxies[i]->rowCount() == 0) {
                for (QListView* other : std::as_const(m_lists))
                    if (other != watched)
                        other->selectionModel()->clear();
                m_current = QModelIndex();
                refreshDetail();
            }
        }
    }
    return EditorPage::eventFilter(watched, event);
}

void QuestionsPage::move(int delta)
{
    const int row = currentRow();
    if (row < 0)
        return;
    // Within the group: swap with the neighbour of the same area.
    const auto& qs = m_doc->coe().questions;
    for (int r = row + delta; r >= 0 && r < qs.size(); r += delta) {
        if (qs[r].area == qs[row].area) {
            m_doc->moveQuestion(row, r);
            selectQuestion(r);
            return;
        }
    }
}

void QuestionsPage::selectQuestion(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const QModelIndex source = m_model->index(row, 0);
    const int area = source.data(QuestionModel::AreaRole).toInt();
    const QModelIndex proxied = m_proxies[area]->mapFromSource(source);
    m_lists[area]->setCurrentIndex(proxied);
    m_current = source;
    m_area = area;
    refreshDetail();
}

void QuestionsPage::refreshCounts()
{
    const auto areas = allValues<QuestionArea>();
    for (int i = 0; i < areas.size(); ++i) {
        const int open = m_model->unansweredCount(areas[i]);
        if (m_model->questionCount(areas[i]) == 0)
            m_groups[i]->setTitle(tr("%1 — no questions").arg(displayName(areas[i])));
        else
            m_groups[i]->setTitle(open ? tr("%1 — %n unanswered", nullptr, open).arg(displayName(areas[i]))
                                       : tr("%1 — all answered").arg(displayName(areas[i])));
    }
}

void QuestionsPage::refreshDetail()
{
    const int row = currentRow();
    const bool valid = row >= 0 && row < m_doc->coe().questions.size();
    m_question->setEnabled(valid);
    m_answer->setEnabled(valid);
    const Question q = valid ? m_doc->coe().questions[row] : Question{};
    if (m_question->text() != q.question)
        m_question->setText(q.question);
    m_answer->setMarkdown(q.answer);
}

void QuestionsPage::focusLocation(const analysis::Location& location)
{
    if (location.row >= 0) {
        selectQuestion(location.row);
        m_answer->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_lists.first()->setFocus(Qt::OtherFocusReason);
}

} // namespace hindsight
