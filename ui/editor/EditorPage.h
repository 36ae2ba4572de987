// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/ReviewCheck.h"
#include "document/CoeDocument.h"

#include <QWidget>

class QAction;
class QLineEdit;
class QLabel;
class QScrollArea;

namespace hindsight {

class MarkdownEdit;

// One step of the editor. Pages are thin: they lay out editor widgets, bind
// them to the document, and know how to show a review finding's location.
class EditorPage : public QWidget
{
    Q_OBJECT
public:
    EditorPage(CoeDocument* document, analysis::Section section, QWidget* parent = nullptr);

    analysis::Section section() const { return m_section; }
    CoeDocument* document() const { return m_doc; }
    // The page's name as the step list shows it ("Timeline").
    static QString title(analysis::Section section);

    // Puts the focus on the field or row a finding points at.
    virtual void focusLocation(const analysis::Location& location);
    // Where Edit ▸ Add Comment… anchors a review comment on this page: the
    // selected item ("timeline:3", "why:w2", "action:a1") or the page's
    // section ("summary"); empty: the COE as a whole (CommentTarget).
    virtual QString commentTarget() const;
    // Offers Edit ▸ Add Comment… where the page's items are (their context
    // menu); the default offers it nowhere else.
    virtual void addCommentAction(QAction* action) { Q_UNUSED(action); }

protected:
    // Two-way bindings between an input and a single field of the document:
    // user edits go to the document, document changes (undo, redo) come back.
    void bindLineEdit(QLineEdit* edit, CoeDocument::Field field);
    void bindListEdit(QLineEdit* edit, CoeDocument::Field field); // comma-separated list
    void bindMarkdown(MarkdownEdit* edit, CoeDocument::Field field);
    // Registers the input that shows a field named as the interchange format
    // names it ("summary", "customers_affected"), for focusLocation.
    void registerField(const QString& name, QWidget* widget);
    // A heading and a one-line hint at the top of a page.
    QLabel* makeHint(const QString& text);
    // Wraps the page's content in a scroll area filling the page.
    QWidget* scrollingContent();

    CoeDocument* m_doc;
    analysis::Section m_section;
    QHash<QString, QWidget*> m_fields;
};

// Splits "a, b ,c" into trimmed non-empty parts.
QStringList splitList(const QString& text);

} // namespace hindsight
