// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QPlainTextEdit;
class QToolButton;

namespace hindsight {

// A plain-text editor for Markdown with Bold, Italic, List and Link buttons
// that insert the Markdown marks around the selection. What the user sees is
// what is stored: the text is never rendered or interpreted here.
class MarkdownEdit : public QWidget
{
    Q_OBJECT
public:
    explicit MarkdownEdit(QWidget* parent = nullptr);

    QString markdown() const;
    // Replaces the text without emitting edited(); keeps the cursor when the
    // text is unchanged.
    void setMarkdown(const QString& text);
    void setPlaceholderText(const QString& text);
    // Names the editor for screen readers ("Summary").
    void setAccessibleName(const QString& name);
    QPlainTextEdit* editor() const { return m_edit; }

    void makeBold();
    void makeItalic();
    void makeList();
    void makeLink();

signals:
    void edited(const QString& markdown);

private:
    void wrapSelection(const QString& before, const QString& after);
    QToolButton* addButton(const QString& text, const QString& name, const QString& tip);

    QPlainTextEdit* m_edit;
    bool m_updating = false;
};

} // namespace hindsight
