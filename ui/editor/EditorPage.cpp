// SPDX-License-Identifier: MIT
#include "editor/EditorPage.h"

#include "domain/Review.h"
#include "widgets/MarkdownEdit.h"

#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QVBoxLayout>

namespace hindsight {

using S = analysis::Section;

QStringList splitList(const QString& text)
{
    QStringList out;
    for (const QString& part : text.split(u','))
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    return out;
}

EditorPage::EditorPage(CoeDocument* document, analysis::Section section, QWidget* parent)
    : QWidget(parent), m_doc(document), m_section(section)
{
}

QString EditorPage::title(analysis::Section section)
{
    switch (section) {
    case S::Summary: return tr("Summary");
    case S::Impact: return tr("Impact");
    case S::Timeline: return tr("Timeline");
    case S::Metrics: return tr("Metrics");
    case S::Questions: return tr("Questions");
    case S::Whys: return tr("5 Whys");
    case S::Actions: return tr("Actions");
    case S::Related: return tr("Related");
    case S::Review: return tr("Review");
    }
    return {};
}

void EditorPage::focusLocation(const analysis::Location& location)
{
    if (QWidget* w = m_fields.value(location.field)) {
        w->setFocus(Qt::OtherFocusReason);
        return;
    }
    focusNextChild();
}

QString EditorPage::commentTarget() const
{
    const QString name = analysis::toString(m_section);
    return CommentTarget::sectionNames().contains(name) ? name : QString();
}

void EditorPage::registerField(const QString& name, QWidget* widget)
{
    m_fields.insert(name, widget);
}

QLabel* EditorPage::makeHint(const QString& text)
{
    auto* label = new QLabel(text, this);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

void EditorPage::bindLineEdit(QLineEdit* edit, CoeDocument::Field field)
{
    edit->setText(m_doc->fieldValue(field).toString());
    connect(edit, &QLineEdit::textEdited, this, [this, field](const QString& t) { m_doc->setField(field, t); });
    auto refresh = [this, edit, field] {
        const QString t = m_doc->fieldValue(field).toString();
        if (edit->text() != t) {
            const int pos = edit->cursorPosition();
            edit->setText(t);
            edit->setCursorPosition(std::min(pos, int(t.size())));
        }
    };
    connect(m_doc, &CoeDocument::fieldChanged, edit, [refresh, field](CoeDocument::Field f) {
        if (f == field)
            refresh();
    });
    connect(m_doc, &CoeDocument::reset, edit, refresh);
}

void EditorPage::bindListEdit(QLineEdit* edit, CoeDocument::Field field)
{
    edit->setText(m_doc->fieldValue(field).toStringList().join(QStringLiteral(", ")));
    connect(edit, &QLineEdit::textEdited, this,
            [this, field](const QString& t) { m_doc->setField(field, splitList(t)); });
    auto refresh = [this, edit, field] {
        const QStringList list = m_doc->fieldValue(field).toStringList();
        // Only rewrite when the meaning differs, so "a, " stays while typing.
        if (splitList(edit->text()) != list)
            edit->setText(list.join(QStringLiteral(", ")));
    };
    connect(m_doc, &CoeDocument::fieldChanged, edit, [refresh, field](CoeDocument::Field f) {
        if (f == field)
            refresh();
    });
    connect(m_doc, &CoeDocument::reset, edit, refresh);
}

void EditorPage::bindMarkdown(MarkdownEdit* edit, CoeDocument::Field field)
{
    edit->setMarkdown(m_doc->fieldValue(field).toString());
    connect(edit, &MarkdownEdit::edited, this, [this, field](const QString& t) { m_doc->setField(field, t); });
    auto refresh = [this, edit, field] { edit->setMarkdown(m_doc->fieldValue(field).toString()); };
    connect(m_doc, &CoeDocument::fieldChanged, edit, [refresh, field](CoeDocument::Field f) {
        if (f == field)
            refresh();
    });
    connect(m_doc, &CoeDocument::reset, edit, refresh);
}

QWidget* EditorPage::scrollingContent()
{
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(scroll);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    return content;
}

} // namespace hindsight
