// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/CoeDiff.h"
#include "storage/CoeVersions.h"

#include <QDialog>
#include <QHash>
#include <QPointer>
#include <QUuid>

class QLabel;
class QPushButton;
class QTextBrowser;
class QTreeWidget;

namespace hindsight {

class Archive;
class CoeDocument;

// History of the COE an editor window shows (issue #13): its versions, newest
// first (number, local time with zone, author, reason, status, summary of what
// changed). Selecting one version shows what changed from it to the current
// document; selecting two shows what changed from the older to the newer;
// section by section, long texts as a word-level diff (added words underlined,
// removed words struck through, both also coloured). Only the list is read
// when the dialog opens; a version's document is read when it is selected.
// User text is shown as text: it is escaped before it goes into the view.
// "Restore This Version…" asks the editor (restoreRequested) to make the
// selected version the current document; the dialog is not modal.
class HistoryDialog : public QDialog
{
    Q_OBJECT
public:
    HistoryDialog(Archive& archive, CoeDocument* document, QWidget* parent = nullptr);

    // Reads the list of versions again (after a restore), keeping the selection when it can.
    void reload();
    // The version numbers, as listed (newest first).
    QList<int> listedVersions() const;
    // Selects these versions (by number) as a user would.
    void selectVersions(const QList<int>& numbers);
    QList<int> selectedVersions() const;
    // The difference as shown, as plain text.
    QString diffText() const;
    // The difference as shown, as the HTML the view renders.
    QString diffHtml() const;

    // How a reason reads in the list ("Window closed", "Restored", ...).
    static QString reasonName(VersionReason reason);
    // Rich text of a diff from `fromName` to `toName` (plain text; escaped
    // here). Given the two documents compared, a changed item also shows its
    // changed fields, before → after (texts as a word diff).
    static QString diffToHtml(const analysis::CoeDiff& diff, const QString& fromName, const QString& toName,
                              const Coe* before = nullptr, const Coe* after = nullptr);

signals:
    void restoreRequested(int number);

private:
    void showSelection();
    std::optional<Coe> version(int number, QString* error);

    Archive& m_archive;
    QPointer<CoeDocument> m_doc;
    QUuid m_uuid;
    QTreeWidget* m_list = nullptr;
    QLabel* m_status = nullptr;
    QTextBrowser* m_diff = nullptr;
    QPushButton* m_restore = nullptr;
    QHash<int, Coe> m_loaded; // versions read so far (they never change)
};

} // namespace hindsight
