// SPDX-License-Identifier: MIT
#include "editor/ConflictDialog.h"

#include "editor/EditorPage.h"

#include <QButtonGroup>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFocusEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QStyle>
#include <QTextDocument>
#include <QVBoxLayout>
#include <algorithm>
#include <utility>

namespace hindsight {

namespace {

std::function<void(ConflictDialog*)>& nextHandler()
{
    static std::function<void(ConflictDialog*)> handler;
    return handler;
}

enum ConflictColumn
{
    LabelColumn,
    TheirsColumn,
    MineColumn
};

QString savedAt(const Coe& coe)
{
    const QTimeZone zone = coe.displayTimeZone;
    if (!coe.updatedAt.isValid())
        return {};
    return QStringLiteral("%1 %2").arg(coe.updatedAt.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                       zone.abbreviation(coe.updatedAt));
}

// Who changed a section since the base; empty without a base.
QString changeText(MergeSection::Change change)
{
    switch (change) {
    case MergeSection::Change::Unknown: return {};
    case MergeSection::Change::Theirs: return ConflictDialog::tr("Changed by them");
    case MergeSection::Change::Mine: return ConflictDialog::tr("Changed by you");
    case MergeSection::Change::Both: return ConflictDialog::tr("Changed by both");
    }
    return {};
}

QString changeToolTip(MergeSection::Change change)
{
    switch (change) {
    case MergeSection::Change::Unknown: return {};
    case MergeSection::Change::Theirs:
        return ConflictDialog::tr("Only they changed this since you opened it: their version is chosen.");
    case MergeSection::Change::Mine:
        return ConflictDialog::tr("Only you changed this since you opened it: your version is chosen.");
    case MergeSection::Change::Both:
        return ConflictDialog::tr("You and they both changed this since you opened it: your version is chosen. "
                                  "Check theirs before you save.");
    }
    return {};
}

} // namespace

ConflictDialog::ConflictDialog(const Coe& theirs, const Coe& mine, QWidget* parent)
    : ConflictDialog(theirs, mine, std::nullopt, parent)
{
}

ConflictDialog::ConflictDialog(const Coe& theirs, const Coe& mine, const std::optional<Coe>& base, QWidget* parent)
    : QDialog(parent), m_theirs(theirs), m_mine(mine), m_base(base),
      m_sections(compareCoes(theirs, mine, m_base ? &*m_base : nullptr))
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Resolve Save Conflict"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Someone else saved this COE while you were editing it. For each section that "
                                "differs, keep their version or yours; the result is saved as the next revision. "
                                "Nothing is saved until you choose Save."),
                             this);
    intro->setObjectName(QStringLiteral("conflictIntroLabel"));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    layout->addWidget(intro);
    auto* count = new QLabel(tr("%n section(s) differ.", nullptr, int(m_sections.size())), this);
    count->setObjectName(QStringLiteral("conflictCountLabel"));
    layout->addWidget(count);
    if (m_base) {
        const auto both = std::count_if(m_sections.cbegin(), m_sections.cend(), [](const MergeSection& s) {
            return s.change == MergeSection::Change::Both;
        });
        auto* suggestion = new QLabel(
            both > 0 ? tr("Where only they changed a section, their version is chosen; where only you did, yours. "
                          "%n section(s) changed by both of you: yours is chosen there, check them.",
                          nullptr, int(both))
                     : tr("Where only they changed a section, their version is chosen; where only you did, yours. "
                          "No section was changed by both of you."),
            this);
        suggestion->setObjectName(QStringLiteral("conflictSuggestionLabel"));
        suggestion->setWordWrap(true);
        suggestion->setTextFormat(Qt::PlainText);
        layout->addWidget(suggestion);
    }

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("conflictScrollArea"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFocusPolicy(Qt::NoFocus); // Tab goes from choice to choice
    auto* rows = new QWidget(m_scroll);
    auto* grid = new QGridLayout(rows);
    grid->setColumnStretch(TheirsColumn, 1);
    grid->setColumnStretch(MineColumn, 1);
    auto header = [&](const QString& text, int column) {
        auto* label = new QLabel(text, rows);
        label->setTextFormat(Qt::PlainText);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        grid->addWidget(label, 0, column);
    };
    header(tr("Section"), LabelColumn);
    const QString theirTime = savedAt(theirs);
    header(theirTime.isEmpty() ? tr("Theirs (stored)") : tr("Theirs (stored, saved %1)").arg(theirTime),
           TheirsColumn);
    header(tr("Mine (this window)"), MineColumn);
    for (int i = 0; i < m_sections.size(); ++i)
        addRow(grid, i + 1, m_sections[i]);
    grid->setRowStretch(int(m_sections.size()) + 1, 1);
    m_scroll->setWidget(rows);
    layout->addWidget(m_scroll, 1);
    // A row reached by Tab scrolls into view (not on a click: the press would
    // move the button away from under the release).
    for (QWidget* w : rows->findChildren<QWidget*>())
        if (w->focusPolicy() & Qt::TabFocus)
            w->installEventFilter(this);

    auto* buttons = new QDialogButtonBox(this);
    auto* allTheirs = buttons->addButton(tr("Take All &Theirs"), QDialogButtonBox::ActionRole);
    allTheirs->setObjectName(QStringLiteral("takeAllTheirsButton"));
    allTheirs->setToolTip(tr("Choose their version for every section"));
    auto* allMine = buttons->addButton(tr("Take All &Mine"), QDialogButtonBox::ActionRole);
    allMine->setObjectName(QStringLiteral("takeAllMineButton"));
    allMine->setToolTip(tr("Choose your version for every section"));
    auto* myVersion = buttons->addButton(tr("Save M&y Version"), QDialogButtonBox::AcceptRole);
    myVersion->setObjectName(QStringLiteral("saveMyVersionButton"));
    myVersion->setToolTip(tr("Save your version of every section as the next revision"));
    auto* save = buttons->addButton(tr("&Save Merged"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("saveMergedButton"));
    save->setToolTip(tr("Save the chosen sections as the next revision"));
    save->setDefault(true);
    auto* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("conflictCancelButton"));
    layout->addWidget(buttons);
    connect(allTheirs, &QPushButton::clicked, this, [this] { setAllChoices(MergeChoice::Theirs); });
    connect(allMine, &QPushButton::clicked, this, [this] { setAllChoices(MergeChoice::Mine); });
    connect(myVersion, &QPushButton::clicked, this, [this] {
        setAllChoices(MergeChoice::Mine);
        accept();
    });
    connect(save, &QPushButton::clicked, this, &QDialog::accept);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    if (!m_groups.isEmpty())
        m_groups[0]->checkedButton()->setFocus();
    else
        save->setFocus();
    resize(960, 640);
}

void ConflictDialog::addRow(QGridLayout* grid, int gridRow, const MergeSection& section)
{
    QWidget* parent = grid->parentWidget();
    const int row = int(m_groups.size());
    const QString name = section.part == MergeSection::Part::Review // one section of its own
                             ? section.label
                             : QStringLiteral("%1 › %2").arg(EditorPage::title(section.section), section.label);
    auto* labelBox = new QWidget(parent);
    auto* labelLayout = new QVBoxLayout(labelBox);
    labelLayout->setContentsMargins(0, 0, 0, 0);
    auto* label = new QLabel(name, labelBox);
    label->setObjectName(QStringLiteral("conflictSectionLabel%1").arg(row));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    labelLayout->addWidget(label);
    const QString change = changeText(section.change);
    QLabel* changeLabel = nullptr;
    if (!change.isEmpty()) {
        // Who changed it: words (and for "both" a warning icon), never colour alone.
        auto* changeRow = new QHBoxLayout;
        changeRow->setContentsMargins(0, 0, 0, 0);
        QString tip = changeToolTip(section.change).toHtmlEscaped(); // shown as rich text below
        if (section.change == MergeSection::Change::Both) {
            auto* icon = new QLabel(labelBox);
            icon->setObjectName(QStringLiteral("conflictBothIcon%1").arg(row));
            const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
            icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(size, size));
            icon->setAccessibleName(tr("Warning"));
            changeRow->addWidget(icon);
            if (section.inBase) // what it was before either change (user text: escaped)
                tip += QStringLiteral("<br><br>")
                       + tr("Before: %1").arg(section.base.isEmpty() ? tr("(empty)") : section.base).toHtmlEscaped()
                             .replace(QLatin1Char('\n'), QStringLiteral("<br>"));
            QFont bold = label->font();
            bold.setBold(true);
            label->setFont(bold);
        }
        changeLabel = new QLabel(change, labelBox);
        changeLabel->setObjectName(QStringLiteral("conflictChangeLabel%1").arg(row));
        changeLabel->setTextFormat(Qt::PlainText);
        changeLabel->setWordWrap(true);
        changeLabel->setToolTip(QStringLiteral("<qt>") + tip);
        changeLabel->setAccessibleName(change);
        changeLabel->setAccessibleDescription(changeToolTip(section.change));
        changeRow->addWidget(changeLabel, 1);
        labelLayout->addLayout(changeRow);
    }
    labelLayout->addStretch(1);
    m_changeLabels.append(changeLabel);
    grid->addWidget(labelBox, gridRow, LabelColumn);

    auto* group = new QButtonGroup(this);
    group->setExclusive(true);
    m_groups.append(group);
    auto side = [&](MergeChoice choice, bool present, const QString& text, int column) {
        auto* box = new QWidget(parent);
        auto* boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(0, 0, 0, 0);
        const bool theirs = choice == MergeChoice::Theirs;
        auto* radio = new QRadioButton(theirs ? tr("Theirs") : tr("Mine"), box);
        radio->setObjectName(QStringLiteral("%1Radio%2").arg(theirs ? QStringLiteral("theirs") : QStringLiteral("mine"))
                                 .arg(row));
        radio->setAccessibleName(theirs ? tr("Take theirs: %1").arg(name) : tr("Keep mine: %1").arg(name));
        radio->setAccessibleDescription(change);
        group->addButton(radio, int(choice));
        auto* view = new QLabel(box);
        view->setObjectName(QStringLiteral("%1Text%2").arg(theirs ? QStringLiteral("theirs") : QStringLiteral("mine"))
                                .arg(row));
        view->setTextFormat(Qt::PlainText); // user text is data, never markup
        view->setWordWrap(true);
        view->setFrameShape(QFrame::StyledPanel);
        view->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        view->setTextInteractionFlags(Qt::TextSelectableByMouse);
        view->setMargin(4);
        if (!present) {
            view->setText(theirs ? tr("(not in their version: taking theirs leaves it out)")
                                 : tr("(not in your version: keeping mine leaves it out)"));
            QFont italic = view->font();
            italic.setItalic(true);
            view->setFont(italic);
        } else {
            view->setText(text.isEmpty() ? tr("(empty)") : text);
        }
        view->setAccessibleName(theirs ? tr("Their version: %1").arg(name) : tr("Your version: %1").arg(name));
        radio->setToolTip(Qt::convertFromPlainText(view->text())); // a tooltip takes markup: escape it
        // A click on a version chooses it (a disabled label gets no mouse
        // events, so the box it sits in listens).
        box->setProperty("conflictRow", row);
        box->setProperty("conflictChoice", int(choice));
        box->installEventFilter(this);
        boxLayout->addWidget(radio);
        boxLayout->addWidget(view, 1);
        grid->addWidget(box, gridRow, column);
        (theirs ? m_theirsTexts : m_mineTexts).append(view);
        return radio;
    };
    QRadioButton* theirs = side(MergeChoice::Theirs, section.inTheirs, section.theirs, TheirsColumn);
    QRadioButton* mine = side(MergeChoice::Mine, section.inMine, section.mine, MineColumn);
    (section.suggested == MergeChoice::Theirs ? theirs : mine)->setChecked(true);
    connect(group, &QButtonGroup::idToggled, this, [this, row](int, bool checked) {
        if (checked)
            updateRow(row);
    });
    updateRow(row);
}

bool ConflictDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::MouseButtonRelease && watched->property("conflictRow").isValid()) {
        const int row = watched->property("conflictRow").toInt();
        const auto side = static_cast<MergeChoice>(watched->property("conflictChoice").toInt());
        QLabel* view = side == MergeChoice::Theirs ? m_theirsTexts.value(row) : m_mineTexts.value(row);
        if (view && !view->hasSelectedText())
            setChoice(row, side);
    }
    if (event->type() == QEvent::FocusIn) {
        const auto reason = static_cast<QFocusEvent*>(event)->reason();
        if (reason == Qt::TabFocusReason || reason == Qt::BacktabFocusReason)
            m_scroll->ensureWidgetVisible(static_cast<QWidget*>(watched));
    }
    return QDialog::eventFilter(watched, event);
}

void ConflictDialog::updateRow(int row)
{
    const bool theirs = choice(row) == MergeChoice::Theirs;
    // The version left out is greyed.
    m_theirsTexts[row]->setEnabled(theirs);
    m_mineTexts[row]->setEnabled(!theirs);
}

int ConflictDialog::ask()
{
    if (auto handler = std::exchange(nextHandler(), {})) {
        show();
        // Lay the rows out as the event loop would before a user sees them.
        for (int pass = 0; pass < 3; ++pass)
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        handler(this);
        hide();
        return result();
    }
    return exec();
}

void ConflictDialog::setNextHandler(std::function<void(ConflictDialog*)> handler)
{
    nextHandler() = std::move(handler);
}

MergeChoice ConflictDialog::choice(int row) const
{
    return m_groups.value(row) && m_groups[row]->checkedId() == int(MergeChoice::Theirs) ? MergeChoice::Theirs
                                                                                          : MergeChoice::Mine;
}

void ConflictDialog::setChoice(int row, MergeChoice choice)
{
    if (QAbstractButton* button = m_groups.value(row) ? m_groups[row]->button(int(choice)) : nullptr)
        button->setChecked(true);
}

void ConflictDialog::setAllChoices(MergeChoice choice)
{
    for (int i = 0; i < m_groups.size(); ++i)
        setChoice(i, choice);
}

MergeChoices ConflictDialog::choices() const
{
    MergeChoices out;
    for (int i = 0; i < m_sections.size(); ++i)
        out.insert(m_sections[i].key, choice(i));
    return out;
}

int ConflictDialog::rowOf(const QString& keyOrLabel) const
{
    for (int i = 0; i < m_sections.size(); ++i)
        if (m_sections[i].key == keyOrLabel)
            return i;
    for (int i = 0; i < m_sections.size(); ++i)
        if (m_sections[i].label == keyOrLabel)
            return i;
    return -1;
}

QRadioButton* ConflictDialog::theirsButton(int row) const
{
    return m_groups.value(row) ? qobject_cast<QRadioButton*>(m_groups[row]->button(int(MergeChoice::Theirs)))
                               : nullptr;
}

QRadioButton* ConflictDialog::mineButton(int row) const
{
    return m_groups.value(row) ? qobject_cast<QRadioButton*>(m_groups[row]->button(int(MergeChoice::Mine)))
                               : nullptr;
}

QLabel* ConflictDialog::changeLabel(int row) const
{
    return m_changeLabels.value(row);
}

Coe ConflictDialog::merged() const
{
    return mergeCoes(m_theirs, m_mine, choices(), m_base ? &*m_base : nullptr);
}

} // namespace hindsight
