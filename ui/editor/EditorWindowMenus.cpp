// SPDX-License-Identifier: MIT
// EditorWindow's menus, toolbar and the routing of Ctrl+Z in text fields to
// the document's undo.
#include "editor/EditorWindow.h"

#include "editor/EditorPage.h"
#include "editor/pages/MetricsPage.h"
#include "report/ExportActions.h"
#include "settings/PreferencesDialog.h"
#include "templates/NewFromTemplateDialog.h"
#include "templates/TemplateStore.h"
#include "widgets/Banner.h"
#include "widgets/Icons.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>

namespace hindsight {
namespace {
using VersionStamps = QHash<QUuid, report::VersionStamp>;
} // namespace

bool EditorWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress)
        return QMainWindow::eventFilter(watched, event);
    auto* widget = qobject_cast<QWidget*>(watched);
    if (!widget || widget->window() != this || !m_undo)
        return QMainWindow::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    const QKeySequence pressed(key->keyCombination());
    const bool isUndo = m_undo->shortcuts().contains(pressed);
    const bool isRedo = m_redo->shortcuts().contains(pressed);
    if (!isUndo && !isRedo)
        return QMainWindow::eventFilter(watched, event);
    // An open cell editor keeps its own undo until it hands its text over.
    for (QWidget* p = widget->parentWidget(); p && p != this; p = p->parentWidget())
        if (qobject_cast<QAbstractItemView*>(p))
            return QMainWindow::eventFilter(watched, event);
    // Ctrl+Z in a text field is the document's undo, as in the Edit menu: the
    // field's own undo would be recorded as one more edit and lose the redo.
    // Leaving the override unaccepted lets the window's action take the key;
    // a key press that still arrives (the action is disabled) is dropped.
    if (event->type() == QEvent::ShortcutOverride) {
        event->ignore();
        return true;
    }
    QAction* action = isUndo ? m_undo : m_redo;
    if (action->isEnabled())
        action->trigger();
    return true;
}

void EditorWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    auto* save = file->addAction(tr("&Save Now"), this, [this] { m_saver->saveNow(); });
    save->setObjectName(QStringLiteral("actionSaveNow"));
    save->setShortcut(QKeySequence::Save);
    save->setStatusTip(tr("Save this COE to the archive now (it also saves by itself)"));
    file->addSeparator();
    auto report = [this](auto flow) {
        commitOpenEditor();
        const report::ExportActions::Outcome outcome = flow(this, m_doc->coe(), versionStamps());
        if (!outcome.message.isEmpty())
            m_banner->showMessage(outcome.ok ? Banner::Kind::Info : Banner::Kind::Error, outcome.message);
    };
    using report::ExportActions;
    auto* exportPdf = file->addAction(icons::themed(QStringLiteral("document-export")), tr("Export P&DF…"), this,
                                      [report] {
                                          report([](QWidget* w, const Coe& c, const VersionStamps& v) {
                                              return ExportActions::exportPdf(w, {c}, v);
                                          });
                                      });
    exportPdf->setObjectName(QStringLiteral("actionExportPdf"));
    exportPdf->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    exportPdf->setStatusTip(tr("Write this COE as a PDF for the review meeting"));
    auto* preview = file->addAction(icons::themed(QStringLiteral("document-print-preview")),
                                    tr("Print Pre&view…"), this, [report] {
                                        report([](QWidget* w, const Coe& c, const VersionStamps& v) {
                                            return ExportActions::printPreview(w, {c}, v);
                                        });
                                    });
    preview->setObjectName(QStringLiteral("actionPrintPreview"));
    preview->setStatusTip(tr("See the pages as they will print"));
    auto* print = file->addAction(icons::themed(QStringLiteral("document-print")), tr("&Print…"), this, [report] {
        report([](QWidget* w, const Coe& c, const VersionStamps& v) { return ExportActions::print(w, {c}, v); });
    });
    print->setObjectName(QStringLiteral("actionPrint"));
    print->setShortcut(QKeySequence::Print);
    print->setStatusTip(tr("Print this COE"));
    auto* markdown = file->addAction(tr("Export &Markdown…"), this, [report] {
        report([](QWidget* w, const Coe& c, const VersionStamps& v) { return ExportActions::exportMarkdown(w, c, v); });
    });
    markdown->setObjectName(QStringLiteral("actionExportMarkdown"));
    markdown->setStatusTip(tr("Write this COE as Markdown, with its images beside it"));
    auto* exportAny = file->addAction(tr("E&xport…"), this, [report] {
        report([](QWidget* w, const Coe& c, const VersionStamps& v) {
            return ExportActions::exportForAudience(w, c, {}, v);
        });
    });
    exportAny->setObjectName(QStringLiteral("actionExport"));
    file->addSeparator();
    auto* close = file->addAction(tr("&Close"), this, &QWidget::close);
    close->setObjectName(QStringLiteral("actionClose"));
    close->setShortcut(QKeySequence::Close);
    close->setStatusTip(tr("Save and close this COE"));

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_doc->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcuts(QKeySequence::Undo);
    undo->setStatusTip(tr("Undo the last change"));
    QAction* redo = m_doc->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence& k : {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)})
        if (!redoKeys.contains(k))
            redoKeys << k;
    redo->setShortcuts(redoKeys);
    redo->setStatusTip(tr("Redo the change undone last"));
    edit->addAction(undo);
    edit->addAction(redo);
    m_undo = undo;
    m_redo = redo;
    qApp->installEventFilter(this); // routes Ctrl+Z in text fields to the document (eventFilter)
    edit->addSeparator();
    auto* comment = edit->addAction(tr("Add &Comment…"), this, &EditorWindow::addCommentHere);
    comment->setObjectName(QStringLiteral("actionAddComment"));
    comment->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_M));
    comment->setStatusTip(tr("Add a review comment on the selected item or this step"));
    for (EditorPage* page : std::as_const(m_pages))
        page->addCommentAction(comment);
    auto* changeTemplate = edit->addAction(tr("Change &Template…"), this, [this] {
        const templates::TemplateStore store;
        NewFromTemplateDialog dialog(store.all(), m_doc->coe().templateName, this);
        dialog.setWindowTitle(tr("Change Template"));
        if (dialog.exec() != QDialog::Accepted)
            return;
        if (const std::optional<templates::Template> t = dialog.chosen())
            m_doc->applyTemplate(*t);
    });
    changeTemplate->setObjectName(QStringLiteral("actionChangeTemplate"));
    changeTemplate->setStatusTip(tr("Add another template's questions, tags and services; answered questions stay"));
    edit->addSeparator();
    auto* preferences = edit->addAction(icons::themed(QStringLiteral("preferences-system")), tr("Pr&eferences…"),
                                        this, [this] {
                                            PreferencesDialog dialog(this);
                                            dialog.exec();
                                        });
    preferences->setObjectName(QStringLiteral("actionPreferences"));
    // QKeySequence::Preferences is empty on Linux: Ctrl+, as in the archive window.
    const QKeySequence platformPreferences(QKeySequence::Preferences);
    preferences->setShortcut(platformPreferences.isEmpty() ? QKeySequence(Qt::CTRL | Qt::Key_Comma)
                                                           : platformPreferences);
    preferences->setStatusTip(tr("Author name, time zone, thresholds, paper size, language"));

    // Issue #15: measured series into the selected metric (the Metrics step shows them).
    // No mnemonic: every letter of "Metrics" is taken in the editor window
    // (&Steps, &Next, &Review, the menus, and on the Metrics step Re&move, Add Me&tric, &Images, ...).
    QMenu* metricsMenu = menuBar()->addMenu(tr("Metrics"));
    auto* addSeries = metricsMenu->addAction(tr("Add &Series from File…"), this, [this] {
        commitOpenEditor();
        setCurrentPage(MetricsPage);
        static_cast<hindsight::MetricsPage*>(m_pages[MetricsPage])->addSeriesFromFile();
    });
    addSeries->setObjectName(QStringLiteral("actionAddSeriesFromFile"));
    addSeries->setStatusTip(tr("Read a monitoring export (CloudWatch, Grafana, Prometheus, Datadog, CSV) into the "
                               "selected metric"));
    auto* pasteSeries = metricsMenu->addAction(tr("&Paste Series"), this, [this] {
        commitOpenEditor();
        setCurrentPage(MetricsPage);
        static_cast<hindsight::MetricsPage*>(m_pages[MetricsPage])->pasteSeries();
    });
    pasteSeries->setObjectName(QStringLiteral("actionPasteSeries"));
    pasteSeries->setStatusTip(tr("Read CSV text from the clipboard into the selected metric"));

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    auto* prev = go->addAction(tr("&Previous Step"), this, [this] { setCurrentPage(currentPage() - 1); });
    prev->setObjectName(QStringLiteral("actionPreviousStep"));
    prev->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    prev->setStatusTip(tr("Go to the previous step"));
    auto* next = go->addAction(tr("&Next Step"), this, [this] { setCurrentPage(currentPage() + 1); });
    next->setObjectName(QStringLiteral("actionNextStep"));
    next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    next->setStatusTip(tr("Go to the next step"));
    go->addSeparator();
    for (int i = 0; i < PageCount; ++i) {
        auto* a = go->addAction(EditorPage::title(kSections[i]), this, [this, i] { setCurrentPage(i); });
        a->setObjectName(QStringLiteral("actionGoToStep%1").arg(i + 1));
        a->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
        a->setStatusTip(tr("Go to step %1, %2").arg(i + 1).arg(EditorPage::title(kSections[i])));
    }

    QMenu* view = menuBar()->addMenu(tr("&View"));
    auto* guidance = view->addAction(tr("&Guidance"));
    guidance->setObjectName(QStringLiteral("actionGuidance"));
    guidance->setCheckable(true);
    guidance->setChecked(true);
    guidance->setShortcut(QKeySequence::HelpContents);
    guidance->setStatusTip(tr("Show or hide what each step is for"));
    connect(guidance, &QAction::toggled, m_guidanceToggle, &QToolButton::setChecked);
    connect(m_guidanceToggle, &QToolButton::toggled, guidance, &QAction::setChecked);
    auto* review = view->addAction(tr("&Review Now"), this, &EditorWindow::refreshReview);
    review->setObjectName(QStringLiteral("actionReview"));
    review->setStatusTip(tr("Check the COE again for gaps and missing parts"));
    view->addSeparator();
    auto* history = view->addAction(tr("&History…"), this, [this] { showHistory(); });
    history->setObjectName(QStringLiteral("actionHistory"));
    history->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    history->setStatusTip(tr("See the versions of this COE, what changed between them, and restore one"));

    // Icons plus text: the icons come from the theme, or the bundled set when there is none.
    save->setIcon(icons::themed(QStringLiteral("document-save")));
    undo->setIcon(icons::themed(QStringLiteral("edit-undo")));
    redo->setIcon(icons::themed(QStringLiteral("edit-redo")));
    prev->setIcon(icons::themed(QStringLiteral("go-previous")));
    next->setIcon(icons::themed(QStringLiteral("go-next")));
    QToolBar* bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setMovable(false);
    bar->addAction(save);
    bar->addSeparator();
    bar->addAction(undo);
    bar->addAction(redo);
    bar->addSeparator();
    bar->addAction(prev);
    bar->addAction(next);
    bar->addSeparator();
    bar->addAction(exportPdf);
    bar->addAction(print);
}

} // namespace hindsight
