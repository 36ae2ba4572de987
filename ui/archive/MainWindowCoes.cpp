// SPDX-License-Identifier: MIT
// The archive window's commands on COEs: new, duplicate, delete, open in an editor.
#include "archive/MainWindow.h"

#include "archive/CoeBrowserView.h"
#include "document/Completeness.h"
#include "editor/EditorWindow.h"
#include "storage/Archive.h"
#include "storage/CoeQuery.h"
#include "storage/CoeRepository.h"
#include "templates/NewFromTemplateDialog.h"
#include "templates/TemplateStore.h"
#include "widgets/Banner.h"
#include "widgets/Dialogs.h"
#include "widgets/Icons.h"

#include <QStackedWidget>
#include <QStatusBar>

namespace hindsight {

QUuid MainWindow::newCoe()
{
    if (!m_repository)
        return {};
    // An empty title: "Untitled COE" is only what the list and the window show
    // until the author types one, never text to delete first.
    Coe coe = makeNewCoeForEditing(QString()); // standard questions, author, zone
    const SaveResult saved = m_repository->save(coe);
    if (!saved.ok()) {
        m_banner->showMessage(Banner::Kind::Error, saved.error);
        updateActions(); // a damaged archive: the banner says so and offers Recover
        return {};
    }
    reload();
    m_browser->selectUuid(coe.uuid);
    openCoe(coe.uuid);
    return coe.uuid;
}

QUuid MainWindow::newCoeFromTemplate(const QString& templateId)
{
    if (!m_repository)
        return {};
    const templates::TemplateStore store;
    QStringList problems;
    const QList<templates::Template> all = store.all(&problems);
    if (!problems.isEmpty())
        m_banner->showMessage(Banner::Kind::Warning,
                              tr("Some templates could not be read: %1").arg(problems.join(QStringLiteral("; "))));
    std::optional<templates::Template> chosen;
    if (templateId.isEmpty()) {
        NewFromTemplateDialog dialog(all, QString(), this);
        if (dialog.exec() != QDialog::Accepted)
            return {};
        chosen = dialog.chosen();
    } else {
        chosen = store.find(templateId);
    }
    if (!chosen)
        return {};
    Coe coe = makeNewCoeForEditing(QString()); // author, zone
    coe.questions.clear();                     // the template's questions instead of the standard ones
    coe = templates::withTemplate(coe, *chosen);
    const SaveResult saved = m_repository->save(coe);
    if (!saved.ok()) {
        m_banner->showMessage(Banner::Kind::Error, saved.error);
        updateActions();
        return {};
    }
    reload();
    m_browser->selectUuid(coe.uuid);
    openCoe(coe.uuid);
    return coe.uuid;
}

QList<Coe> MainWindow::selectedCoes()
{
    QList<Coe> coes;
    if (!m_repository)
        return coes;
    for (const QUuid& uuid : m_browser->selectedUuids()) {
        QString error;
        std::optional<Coe> coe = m_repository->load(uuid, &error);
        if (!coe) {
            m_banner->showMessage(Banner::Kind::Error, error);
            return {};
        }
        coes.append(std::move(*coe));
    }
    return coes;
}

QUuid MainWindow::duplicateSelected()
{
    const QUuid uuid = currentUuid();
    if (uuid.isNull() || !m_archive)
        return {};
    QString error;
    const QUuid copy = CoeCatalog(*m_archive).duplicate(uuid, &error);
    if (copy.isNull()) {
        m_banner->showMessage(Banner::Kind::Error, error);
        return {};
    }
    reload();
    m_browser->selectUuid(copy);
    statusBar()->showMessage(tr("Duplicated the COE"), 5000);
    return copy;
}

void MainWindow::deleteSelected()
{
    if (!m_archive || m_views->currentIndex() != CoesView)
        return;
    const QList<QUuid> uuids = m_browser->selectedUuids();
    if (uuids.isEmpty())
        return;
    CoeCatalog catalog(*m_archive);
    QList<QUuid> moved;
    for (const QUuid& uuid : uuids) {
        // An open editor would go on saving into a COE in the Trash: it closes
        // first, saving its edits (it asks when they cannot be saved). When
        // the user keeps it open, that COE stays out of the Trash.
        if (EditorWindow* editor = EditorWindow::findOpen(uuid); editor && !editor->close())
            continue;
        QString error;
        if (catalog.moveToTrash(uuid, &error))
            moved << uuid;
        else
            m_banner->showMessage(Banner::Kind::Error, error);
    }
    reload();
    if (moved.isEmpty())
        return;
    disconnect(m_banner, &Banner::actionTriggered, nullptr, nullptr);
    m_banner->showMessage(Banner::Kind::Info, tr("Moved %n COE(s) to the Trash.", nullptr, int(moved.size())),
                          tr("Undo"));
    connect(m_banner, &Banner::actionTriggered, this, [this, moved] {
        if (!m_archive)
            return;
        CoeCatalog c(*m_archive);
        QStringList errors;
        for (const QUuid& uuid : moved) {
            QString error;
            if (!c.restore(uuid, &error))
                errors << error;
        }
        reload();
        if (errors.isEmpty())
            m_banner->hide();
        else // e.g. the Trash was emptied meanwhile, or the archive cannot be written
            m_banner->showMessage(Banner::Kind::Error,
                                  tr("%n COE(s) could not be restored from the Trash:", nullptr, int(errors.size()))
                                      + QLatin1Char('\n') + errors.join(QLatin1Char('\n')));
        // One Undo only. Last, as it releases this lambda.
        disconnect(m_banner, &Banner::actionTriggered, nullptr, nullptr);
    });
}

void MainWindow::openCoe(const QUuid& uuid, int page, int row)
{
    if (uuid.isNull() || !m_archive)
        return;
    QString error;
    EditorWindow* editor = EditorWindow::openCoe(*m_archive, uuid, nullptr, &error);
    if (!editor) {
        m_banner->showMessage(Banner::Kind::Error, error);
        return;
    }
    connect(editor, &EditorWindow::coeSaved, this, &MainWindow::reload, Qt::UniqueConnection);
    if (page >= 0)
        editor->showPage(page, row);
}

} // namespace hindsight
