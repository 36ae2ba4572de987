// SPDX-License-Identifier: MIT
#include "editor/pages/WhysPage.h"

#include "editor/pages/FactorsPanel.h"

#include "itemmodels/WhyTreeModel.h"

#include <QAction>
#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace hindsight {

using WF = CoeDocument::WhyField;
using F = CoeDocument::Field;

WhysPage::WhysPage(CoeDocument* document, QWidget* parent)
    : EditorPage(document, analysis::Section::Whys, parent), m_model(new WhyTreeModel(document, this))
{
    auto* layout = new QVBoxLayout(this);
    auto* top = new QFormLayout;
    m_problem = new QLineEdit(this);
    m_problem->setObjectName(QStringLiteral("problemLineEdit"));
    m_problem->setAccessibleName(tr("Problem statement"));
    m_problem->setPlaceholderText(tr("Checkout requests in the EU region failed with HTTP 503 for 69 minutes."));
    bindLineEdit(m_problem, F::Problem);
    top->addRow(tr("&Problem:"), m_problem);
    registerField(QStringLiteral("problem"), m_problem);
    layout->addLayout(top);

    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("whysTreeView"));
    m_tree->setAccessibleName(tr("Whys"));
    m_tree->setModel(m_model);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setWordWrap(true);
    m_tree->header()->setSectionResizeMode(WhyTreeModel::WhyColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(WhyTreeModel::BecauseColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(WhyTreeModel::RootCauseColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(WhyTreeModel::HumanErrorColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    m_tree->expandAll();
    layout->addWidget(m_tree, 1);
    connect(m_model, &QAbstractItemModel::rowsInserted, m_tree, [this](const QModelIndex& parent) {
        if (parent.isValid())
            m_tree->expand(parent);
    });
    connect(m_model, &QAbstractItemModel::modelReset, m_tree, &QTreeView::expandAll);

    auto* buttons = new QHBoxLayout;
    auto* ask = new QPushButton(tr("Ask &Why"), this);
    ask->setObjectName(QStringLiteral("askWhyButton"));
    ask->setToolTip(tr("Ask why the selected answer happened"));
    auto* another = new QPushButton(tr("Add Another &Cause"), this);
    another->setObjectName(QStringLiteral("addCauseButton"));
    another->setToolTip(tr("Add a cause beside the selected one"));
    auto* remove = new QPushButton(tr("&Delete"), this);
    remove->setObjectName(QStringLiteral("deleteWhyButton"));
    remove->setToolTip(tr("Delete the selected why and the whys below it"));
    auto* action = new QPushButton(tr("Add Action &Item for This"), this);
    action->setObjectName(QStringLiteral("addLinkedActionButton"));
    for (auto* b : {ask, another, remove, action})
        buttons->addWidget(b);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_detail = new QWidget(this);
    auto* form = new QFormLayout(m_detail);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_why = new QLineEdit(m_detail);
    m_why->setObjectName(QStringLiteral("whyLineEdit"));
    m_why->setAccessibleName(tr("Why"));
    m_why->setPlaceholderText(tr("Why was the pool only 20 connections?"));
    form->addRow(tr("W&hy?"), m_why);
    m_because = new QPlainTextEdit(m_detail);
    m_because->setObjectName(QStringLiteral("becauseTextEdit"));
    m_because->setAccessibleName(tr("Because"));
    m_because->setPlaceholderText(tr("Change CR-4471 set the pool size to 20; the author meant the staging profile."));
    m_because->setTabChangesFocus(true);
    m_because->setMaximumHeight(fontMetrics().lineSpacing() * 4 + 12);
    form->addRow(tr("Bec&ause:"), m_because);
    auto* flags = new QHBoxLayout;
    m_rootCause = new QCheckBox(tr("R&oot cause"), m_detail);
    m_rootCause->setObjectName(QStringLiteral("rootCauseCheckBox"));
    m_humanError = new QCheckBox(tr("H&uman error"), m_detail);
    m_humanError->setObjectName(QStringLiteral("humanErrorCheckBox"));
    flags->addWidget(m_rootCause);
    flags->addWidget(m_humanError);
    flags->addStretch(1);
    form->addRow(QString(), flags);
    m_humanPrompt = new QLabel(tr("A person's mistake is where the digging starts, not where it ends: what made "
                                  "the mistake possible, and what would have caught it?"),
                               m_detail);
    m_humanPrompt->setObjectName(QStringLiteral("humanErrorPromptLabel"));
    m_humanPrompt->setWordWrap(true);
    m_askPossible = new QPushButton(tr("Ask Why I&t Was Possible"), m_detail);
    m_askPossible->setObjectName(QStringLiteral("askWhyPossibleButton"));
    // The prompt above its button: beside it, the wrapped second line was clipped.
    auto* prompt = new QVBoxLayout;
    prompt->addWidget(m_humanPrompt);
    prompt->addWidget(m_askPossible, 0, Qt::AlignLeft);
    form->addRow(QString(), prompt);
    m_linked = new QLabel(m_detail);
    m_linked->setObjectName(QStringLiteral("linkedActionsLabel"));
    m_linked->setTextFormat(Qt::PlainText);
    m_linked->setWordWrap(true);
    form->addRow(tr("Action items:"), m_linked);
    layout->addWidget(m_detail);
    m_factors = new FactorsPanel(m_doc, this);
    layout->addWidget(m_factors);

    connect(ask, &QPushButton::clicked, this, &WhysPage::askWhy);
    connect(another, &QPushButton::clicked, this, &WhysPage::addAnotherCause);
    connect(remove, &QPushButton::clicked, this, [this] {
        if (!currentId().isEmpty())
            m_doc->removeWhy(currentId());
    });
    connect(action, &QPushButton::clicked, this, [this] {
        if (!currentId().isEmpty())
            emit actionItemRequested(currentId());
    });
    connect(m_askPossible, &QPushButton::clicked, this, [this] {
        const QString id = m_doc->addWhy(currentId(), tr("Why was that mistake possible?"));
        selectWhy(id);
        m_because->setFocus();
    });
    connect(m_why, &QLineEdit::textEdited, this,
            [this](const QString& t) { m_doc->setWhyField(currentId(), WF::Why, t); });
    connect(m_because, &QPlainTextEdit::textChanged, this, [this] {
        const QString id = currentId();
        const int row = m_doc->whyRow(id);
        if (row >= 0 && m_doc->coe().whys[row].because != m_because->toPlainText())
            m_doc->setWhyField(id, WF::Because, m_because->toPlainText());
    });
    connect(m_rootCause, &QCheckBox::clicked, this,
            [this](bool on) { m_doc->setWhyField(currentId(), WF::RootCause, on); });
    connect(m_humanError, &QCheckBox::clicked, this,
            [this](bool on) { m_doc->setWhyField(currentId(), WF::HumanError, on); });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &WhysPage::refreshDetail);
    connect(m_doc, &CoeDocument::changed, this, &WhysPage::refreshDetail);
    refreshDetail();
    if (m_model->rowCount() > 0)
        m_tree->setCurrentIndex(m_model->index(0, 0));
}

QString WhysPage::currentId() const
{
    return m_model->idOf(m_tree->currentIndex());
}

void WhysPage::selectWhy(const QString& id)
{
    const QModelIndex index = m_model->indexOf(id);
    if (!index.isValid())
        return;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
}

void WhysPage::askWhy()
{
    const QString current = currentId();
    QString question;
    if (!current.isEmpty()) {
        const int row = m_doc->whyRow(current);
        const QString because = m_doc->coe().whys[row].because.trimmed();
        question = because.isEmpty() ? tr("Why?") : tr("Why: %1?").arg(because.chopped(because.endsWith(u'.')));
    } else {
        question = tr("Why did this problem happen?");
    }
    selectWhy(m_doc->addWhy(current, question));
    m_because->setFocus();
}

void WhysPage::addAnotherCause()
{
    const QString current = currentId();
    const QString parent = current.isEmpty() ? QString() : m_doc->coe().whys[m_doc->whyRow(current)].parentId;
    selectWhy(m_doc->addWhy(parent, tr("Why else?")));
    m_why->setFocus();
    m_why->selectAll();
}

void WhysPage::refreshDetail()
{
    const int row = m_doc->whyRow(currentId());
    m_detail->setEnabled(row >= 0);
    const WhyStep w = row >= 0 ? m_doc->coe().whys[row] : WhyStep{};
    if (m_why->text() != w.why)
        m_why->setText(w.why);
    if (m_because->toPlainText() != w.because) {
        const QSignalBlocker block(m_because);
        m_because->setPlainText(w.because);
    }
    m_rootCause->setChecked(w.rootCause);
    m_humanError->setChecked(w.humanError);
    m_humanPrompt->setVisible(w.humanError);
    m_askPossible->setVisible(w.humanError);
    m_factors->setCurrentWhy(w.id);
    const QStringList titles = m_model->indexOf(w.id).data(WhyTreeModel::LinkedActionsRole).toStringList();
    m_linked->setText(titles.isEmpty() ? tr("none yet") : titles.join(u'\n'));
}

void WhysPage::focusLocation(const analysis::Location& location)
{
    if (location.field == QLatin1String("problem") || location.row < 0) {
        m_problem->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (location.row < m_doc->coe().whys.size()) {
        selectWhy(m_doc->coe().whys[location.row].id);
        (location.field == QLatin1String("why") ? static_cast<QWidget*>(m_why) : m_because)
            ->setFocus(Qt::OtherFocusReason);
    }
}

QString WhysPage::commentTarget() const
{
    const QString id = currentId();
    return id.isEmpty() ? QStringLiteral("whys") : QStringLiteral("why:") + id;
}

void WhysPage::addCommentAction(QAction* action)
{
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tree->addAction(action);
}

} // namespace hindsight
