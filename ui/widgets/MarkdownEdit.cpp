// SPDX-License-Identifier: MIT
#include "widgets/MarkdownEdit.h"

#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QToolButton>
#include <QVBoxLayout>

namespace hindsight {

MarkdownEdit::MarkdownEdit(QWidget* parent) : QWidget(parent), m_edit(new QPlainTextEdit(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto* bar = new QHBoxLayout;
    bar->setSpacing(2);
    auto* bold = addButton(tr("B"), QStringLiteral("boldButton"), tr("Bold (**text**)"));
    QFont f = bold->font();
    f.setBold(true);
    bold->setFont(f);
    auto* italic = addButton(tr("I"), QStringLiteral("italicButton"), tr("Italic (*text*)"));
    f = italic->font();
    f.setItalic(true);
    italic->setFont(f);
    auto* list = addButton(tr("• List"), QStringLiteral("listButton"), tr("Bulleted list (- item)"));
    auto* link = addButton(tr("Link"), QStringLiteral("linkButton"), tr("Link ([text](https://…))"));
    for (auto* b : {bold, italic, list, link})
        bar->addWidget(b);
    bar->addStretch(1);
    layout->addLayout(bar);
    layout->addWidget(m_edit);
    m_edit->setObjectName(QStringLiteral("markdownTextEdit"));
    m_edit->setTabChangesFocus(true);
    m_edit->setMinimumHeight(fontMetrics().lineSpacing() * 4);
    connect(bold, &QToolButton::clicked, this, &MarkdownEdit::makeBold);
    connect(italic, &QToolButton::clicked, this, &MarkdownEdit::makeItalic);
    connect(list, &QToolButton::clicked, this, &MarkdownEdit::makeList);
    connect(link, &QToolButton::clicked, this, &MarkdownEdit::makeLink);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_updating)
            emit edited(markdown());
    });
    // A label's mnemonic (Alt+U for "S&ummary") only moves the focus to a
    // buddy that takes focus: the wrapper takes it and hands it to the text.
    setFocusPolicy(m_edit->focusPolicy());
    setFocusProxy(m_edit);
    // Ctrl+Z is the document's undo (the editor window routes it); the text
    // field's own undo would be recorded as one more edit and lose the redo.
    m_edit->setUndoRedoEnabled(false);
}

QToolButton* MarkdownEdit::addButton(const QString& text, const QString& name, const QString& tip)
{
    auto* b = new QToolButton(this);
    b->setText(text);
    b->setObjectName(name);
    b->setToolTip(tip);
    b->setAccessibleName(tip);
    b->setAutoRaise(true);
    b->setFocusPolicy(Qt::NoFocus); // Tab goes from text field to text field
    return b;
}

QString MarkdownEdit::markdown() const
{
    return m_edit->toPlainText();
}

void MarkdownEdit::setMarkdown(const QString& text)
{
    if (text == markdown())
        return;
    m_updating = true;
    const int position = m_edit->textCursor().position();
    m_edit->setPlainText(text);
    QTextCursor c = m_edit->textCursor();
    c.setPosition(std::min(position, int(text.size())));
    m_edit->setTextCursor(c);
    m_updating = false;
}

void MarkdownEdit::setPlaceholderText(const QString& text)
{
    m_edit->setPlaceholderText(text);
}

void MarkdownEdit::setAccessibleName(const QString& name)
{
    QWidget::setAccessibleName(name);
    m_edit->setAccessibleName(name);
}

void MarkdownEdit::wrapSelection(const QString& before, const QString& after)
{
    QTextCursor c = m_edit->textCursor();
    const QString selected = c.selectedText();
    c.beginEditBlock();
    c.insertText(before + selected + after);
    c.endEditBlock();
    if (selected.isEmpty()) {
        c.movePosition(QTextCursor::Left, QTextCursor::MoveAnchor, int(after.size()));
        m_edit->setTextCursor(c);
    }
    m_edit->setFocus();
}

void MarkdownEdit::makeBold()
{
    wrapSelection(QStringLiteral("**"), QStringLiteral("**"));
}

void MarkdownEdit::makeItalic()
{
    wrapSelection(QStringLiteral("*"), QStringLiteral("*"));
}

void MarkdownEdit::makeList()
{
    QTextCursor c = m_edit->textCursor();
    const int start = c.selectionStart();
    const int end = c.selectionEnd();
    c.beginEditBlock();
    QTextBlock block = m_edit->document()->findBlock(start);
    const QTextBlock last = m_edit->document()->findBlock(end);
    while (block.isValid()) {
        if (!block.text().startsWith(QLatin1String("- "))) {
            QTextCursor bc(block);
            bc.insertText(QStringLiteral("- "));
        }
        if (block == last)
            break;
        block = block.next();
    }
    c.endEditBlock();
    m_edit->setFocus();
}

void MarkdownEdit::makeLink()
{
    QTextCursor c = m_edit->textCursor();
    QString label = c.selectedText();
    if (label.isEmpty())
        label = tr("text");
    const QString url = QStringLiteral("https://");
    c.beginEditBlock();
    c.insertText(QStringLiteral("[%1](%2)").arg(label, url));
    c.endEditBlock();
    // Leave the cursor where the address goes.
    c.movePosition(QTextCursor::Left, QTextCursor::MoveAnchor, 1);
    m_edit->setTextCursor(c);
    m_edit->setFocus();
}

} // namespace hindsight
