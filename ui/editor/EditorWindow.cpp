// SPDX-License-Identifier: MIT
#include "editor/EditorWindow.h"

#include "document/Completeness.h"
#include "document/Guidance.h"
#include "editor/ConflictDialog.h"
#include "editor/EditorPage.h"
#include "editor/TeamMarking.h"
#include "report/ExportActions.h"
#include "editor/pages/ActionsPage.h"
#include "editor/pages/ImpactPage.h"
#include "editor/pages/MetricsPage.h"
#include "editor/pages/QuestionsPage.h"
#include "editor/pages/RelatedPage.h"
#include "editor/pages/SummaryPage.h"
#include "editor/pages/TimelinePage.h"
#include "editor/pages/WhysPage.h"
#include "settings/PreferencesDialog.h"
#include "settings/Settings.h"
#include "storage/Archive.h"
#include "widgets/Icons.h"
#include "widgets/Banner.h"
#include "widgets/Dialogs.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QHash>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSet>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace hindsight {

namespace {

using S = analysis::Section;

QHash<QUuid, QPointer<EditorWindow>>& registry()
{
    static QHash<QUuid, QPointer<EditorWindow>> windows;
    return windows;
}

const S kSections[] = {S::Summary, S::Impact, S::Timeline, S::Metrics, S::Questions, S::Whys, S::Actions, S::Related};

} // namespace

// --- registry -------------------------------------------------------------------

EditorWindow* EditorWindow::findOpen(const QUuid& uuid)
{
    return registry().value(uuid).data();
}

QList<EditorWindow*> EditorWindow::openWindows()
{
    QList<EditorWindow*> out;
    for (const auto& w : registry())
        if (w)
            out << w.data();
    return out;
}

bool EditorWindow::closeAll()
{
    bool all = true;
    for (EditorWindow* w : openWindows())
        all = w->close() && all;
    return all;
}

EditorWindow* EditorWindow::openCoe(Archive& archive, const QUuid& uuid, QWidget* parent, QString* error)
{
    if (EditorWindow* open = findOpen(uuid)) {
        open->show();
        open->raise();
        open->activateWindow();
        return open;
    }
    CoeRepository repository(archive);
    QString why;
    const std::optional<Coe> coe = repository.load(uuid, &why);
    if (!coe) {
        if (error)
            *error = why.isEmpty() ? tr("The COE %1 is not in this archive.").arg(uuid.toString(QUuid::WithoutBraces))
                                   : why;
        return nullptr;
    }
    auto* window = new EditorWindow(archive, *coe, parent);
    window->show();
    return window;
}

EditorWindow* EditorWindow::createCoe(Archive& archive, const QString& title, QWidget* parent, QString* error)
{
    Coe coe = makeNewCoeForEditing(title);
    coe.owner = Settings::instance()->authorName();
    coe.displayTimeZone = Settings::instance()->displayTimeZone();
    CoeRepository repository(archive);
    const SaveResult saved = repository.save(coe);
    if (!saved.ok()) {
        if (error)
            *error = saved.error;
        return nullptr;
    }
    return openCoe(archive, coe.uuid, parent, error);
}

// --- window ---------------------------------------------------------------------

EditorWindow::EditorWindow(Archive& archive, const Coe& coe, QWidget* parent)
    : QMainWindow(parent), m_archive(archive), m_repository(archive), m_uuid(coe.uuid),
      m_doc(new CoeDocument(coe, this)), m_saver(new AutoSaver(m_doc, &m_repository, this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    if (parent)
        setWindowFlag(Qt::Window);
    setObjectName(QStringLiteral("editorWindow"));
    registry().insert(m_uuid, this);

    auto* central = new QWidget(this);
    auto* outer = new QHBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* splitter = new QSplitter(Qt::Horizontal, central);
    m_splitter = splitter;
    splitter->setObjectName(QStringLiteral("editorSplitter"));
    splitter->setChildrenCollapsible(false);
    outer->addWidget(splitter);

    // Left: steps and review.
    auto* left = new QWidget(splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(8, 8, 4, 8);
    auto* stepsLabel = new QLabel(tr("&Steps"), left);
    m_steps = new QListWidget(left);
    m_steps->setObjectName(QStringLiteral("stepsListWidget"));
    m_steps->setAccessibleName(tr("Steps"));
    m_steps->setUniformItemSizes(true);
    stepsLabel->setBuddy(m_steps);
    for (int i = 0; i < PageCount; ++i)
        new QListWidgetItem(m_steps);
    m_steps->setFixedHeight(m_steps->sizeHintForRow(0) * PageCount + 2 * m_steps->frameWidth() + 4);
    leftLayout->addWidget(stepsLabel);
    leftLayout->addWidget(m_steps);
    m_reviewSummary = new QLabel(left);
    m_reviewSummary->setObjectName(QStringLiteral("reviewSummaryLabel"));
    // One line per finding under its step (collapsible); the full text on
    // hover and in the details line under the list. The object name stays
    // the list's, so tests and tools that find it keep working.
    m_review = new QTreeWidget(left);
    m_review->setObjectName(QStringLiteral("reviewListWidget"));
    m_review->setAccessibleName(tr("Review findings"));
    m_review->setHeaderHidden(true);
    m_review->setColumnCount(1);
    m_review->setRootIsDecorated(true);
    m_review->setUniformRowHeights(true);
    m_review->setWordWrap(false);
    m_review->setTextElideMode(Qt::ElideRight);
    m_review->setIndentation(12);
    m_review->setExpandsOnDoubleClick(false);
    m_reviewSummary->setBuddy(m_review);
    m_reviewDetails = new QLabel(left);
    m_reviewDetails->setObjectName(QStringLiteral("reviewDetailsLabel"));
    m_reviewDetails->setTextFormat(Qt::PlainText);
    m_reviewDetails->setWordWrap(true);
    m_reviewDetails->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_reviewDetails->setMinimumHeight(fontMetrics().lineSpacing() * 3);
    m_reviewDetails->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    leftLayout->addWidget(m_reviewSummary);
    leftLayout->addWidget(m_review, 1);
    leftLayout->addWidget(m_reviewDetails);

    // Middle: banner, page title, page, Back/Next.
    auto* middle = new QWidget(splitter);
    auto* midLayout = new QVBoxLayout(middle);
    midLayout->setContentsMargins(4, 8, 4, 8);
    m_banner = new Banner(middle);
    m_banner->setObjectName(QStringLiteral("saveBanner"));
    midLayout->addWidget(m_banner);
    auto* titleRow = new QHBoxLayout;
    m_pageTitle = new QLabel(middle);
    m_pageTitle->setObjectName(QStringLiteral("pageTitleLabel"));
    QFont big = m_pageTitle->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_pageTitle->setFont(big);
    titleRow->addWidget(m_pageTitle, 1);
    m_guidanceToggle = new QToolButton(middle);
    m_guidanceToggle->setObjectName(QStringLiteral("guidanceToggleButton"));
    m_guidanceToggle->setText(tr("Guidance"));
    m_guidanceToggle->setCheckable(true);
    m_guidanceToggle->setChecked(true);
    m_guidanceToggle->setAccessibleName(tr("Show guidance"));
    m_guidanceToggle->setToolTip(tr("Show or hide what this step is for (F1)"));
    titleRow->addWidget(m_guidanceToggle);
    midLayout->addLayout(titleRow);
    m_stack = new QStackedWidget(middle);
    m_stack->setObjectName(QStringLiteral("pagesStackedWidget"));
    midLayout->addWidget(m_stack, 1);
    auto* nav = new QHBoxLayout;
    m_saveState = new QLabel(middle);
    m_saveState->setObjectName(QStringLiteral("saveStateLabel"));
    nav->addWidget(m_saveState, 1);
    m_back = new QPushButton(tr("< &Back"), middle);
    m_back->setObjectName(QStringLiteral("backButton"));
    m_back->setToolTip(tr("Previous step (Ctrl+PgUp)"));
    m_next = new QPushButton(tr("&Next >"), middle);
    m_next->setObjectName(QStringLiteral("nextButton"));
    m_next->setToolTip(tr("Next step (Ctrl+PgDown)"));
    nav->addWidget(m_back);
    nav->addWidget(m_next);
    midLayout->addLayout(nav);

    // Right: guidance.
    m_guidance = new QTextBrowser(splitter);
    m_guidance->setObjectName(QStringLiteral("guidanceTextBrowser"));
    m_guidance->setAccessibleName(tr("Guidance"));
    m_guidance->setOpenLinks(false);
    m_guidance->setFrameShape(QFrame::NoFrame);
    m_guidance->setMinimumWidth(180);

    splitter->addWidget(left);
    splitter->addWidget(middle);
    splitter->addWidget(m_guidance);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 0);
    splitter->setSizes({250, 810, 220});
    setCentralWidget(central);

    buildPages();
    buildMenus();

    connect(m_steps, &QListWidget::currentRowChanged, this, &EditorWindow::setCurrentPage);
    connect(m_back, &QPushButton::clicked, this, [this] { setCurrentPage(currentPage() - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { setCurrentPage(currentPage() + 1); });
    connect(m_guidanceToggle, &QToolButton::toggled, this, &EditorWindow::setGuidanceVisible);
    connect(m_review, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const QVariant finding = item->data(0, Qt::UserRole);
        if (!finding.isValid()) { // a step: open or fold it
            item->setExpanded(!item->isExpanded());
            return;
        }
        const int i = finding.toInt();
        if (i >= 0 && i < m_findings.size())
            showLocation(m_findings[i].location);
    });
    connect(m_review, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem* item) {
        if (item->data(0, Qt::UserRole).isValid())
            emit m_review->itemActivated(item, 0);
    });
    // A blameless.name finding about a team ("S3" of "S3 team"): its context
    // menu marks the name as a team, and the finding goes.
    m_review->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_review, &QWidget::customContextMenuRequested, this, &EditorWindow::showReviewMenu);
    connect(m_review, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        const QVariant finding = item ? item->data(0, Qt::UserRole) : QVariant();
        const int i = finding.isValid() ? finding.toInt() : -1;
        m_reviewDetails->setText(i >= 0 && i < m_findings.size() ? m_findings[i].message : QString());
    });

    m_reviewTimer = new QTimer(this);
    m_reviewTimer->setSingleShot(true);
    m_reviewTimer->setInterval(400);
    connect(m_reviewTimer, &QTimer::timeout, this, &EditorWindow::refreshReview);
    connect(m_doc, &CoeDocument::changed, m_reviewTimer, qOverload<>(&QTimer::start));
    connect(m_doc, &CoeDocument::fieldChanged, this, [this](CoeDocument::Field f) {
        if (f == CoeDocument::Field::Title)
            updateTitle();
    });
    connect(m_saver, &AutoSaver::stateChanged, this, [this] {
        updateTitle();
        updateSaveBanner();
    });
    connect(m_saver, &AutoSaver::saved, this, [this] { emit coeSaved(m_uuid); });
    connect(m_banner, &Banner::actionTriggered, this, [this] {
        if (m_saver->lastStatus() == SaveResult::Status::Conflict)
            resolveConflict();
        else
            m_saver->saveNow();
    });

    Settings* settings = Settings::instance();
    m_saver->setDelay(settings->autosaveDelayMs());
    m_options.gapMinutes = settings->gapThresholdMinutes();
    m_options.actionSlaDays = settings->actionItemSlaDays();
    m_options.teamNames = settings->teamNames();
    m_repository.setCheckOptions(m_options); // the archive's review counts use the same options
    static_cast<hindsight::TimelinePage*>(m_pages[TimelinePage])->setGapMinutes(m_options.gapMinutes);
    static_cast<hindsight::SummaryPage*>(m_pages[SummaryPage])->setCheckOptions(m_options);
    connect(settings, &Settings::changed, this, [this, settings](Settings::Key key) {
        if (key == Settings::Key::AutosaveDelayMs)
            m_saver->setDelay(settings->autosaveDelayMs());
        if (key == Settings::Key::GapThresholdMinutes || key == Settings::Key::ActionItemSlaDays
            || key == Settings::Key::TeamNames) {
            analysis::CheckOptions options = m_options;
            options.gapMinutes = settings->gapThresholdMinutes();
            options.actionSlaDays = settings->actionItemSlaDays();
            options.teamNames = settings->teamNames();
            setCheckOptions(options);
        }
    });

    if (m_archive.isReadOnly())
        m_banner->showMessage(Banner::Kind::Warning,
                              tr("This archive is open read-only: you can read and edit, but changes cannot be "
                                 "saved. Export or copy your text before closing."));
    refreshReview();
    setCurrentPage(0);
    updateTitle();
    const QSize screen = QApplication::primaryScreen() ? QApplication::primaryScreen()->availableSize() : QSize(1400, 900);
    resize(std::min(1280, screen.width()), std::min(820, screen.height()));
    restoreGeometry(settings->windowGeometry(QStringLiteral("editor")));
    m_splitter->restoreState(settings->windowState(QStringLiteral("editor.splitter")));
}

EditorWindow::~EditorWindow()
{
    auto& windows = registry();
    if (windows.value(m_uuid) == this || !windows.value(m_uuid))
        windows.remove(m_uuid);
}

void EditorWindow::buildPages()
{
    auto* timeline = new hindsight::TimelinePage(m_doc, m_stack);
    auto* whys = new hindsight::WhysPage(m_doc, m_stack);
    auto* actions = new hindsight::ActionsPage(m_doc, m_stack);
    auto* related = new hindsight::RelatedPage(m_doc, &m_repository, m_stack);
    m_pages = {new hindsight::SummaryPage(m_doc, m_stack),
               new hindsight::ImpactPage(m_doc, m_stack),
               timeline,
               new hindsight::MetricsPage(m_doc, m_stack),
               new hindsight::QuestionsPage(m_doc, m_stack),
               whys,
               actions,
               related};
    for (int i = 0; i < m_pages.size(); ++i) {
        m_pages[i]->setObjectName(QStringLiteral("%1Page").arg(analysis::toString(kSections[i])));
        m_stack->addWidget(m_pages[i]);
        giveBuddiesFocus(m_pages[i]);
        // Ctrl+Z is the document's undo (eventFilter), never the field's own.
        for (QPlainTextEdit* text : m_pages[i]->findChildren<QPlainTextEdit*>())
            text->setUndoRedoEnabled(false);
    }
    connect(whys, &hindsight::WhysPage::actionItemRequested, this, [this, actions](const QString& whyId) {
        setCurrentPage(ActionsPage);
        const int row = actions->addItem(whyId);
        analysis::Location location;
        location.section = S::Actions;
        location.row = row;
        actions->focusLocation(location);
    });
    connect(related, &hindsight::RelatedPage::openCoeRequested, this, [this](const QUuid& uuid) {
        QString error;
        if (!openCoe(m_archive, uuid, parentWidget(), &error))
            m_banner->showMessage(Banner::Kind::Error, error);
    });
}

void EditorWindow::giveBuddiesFocus(QWidget* page)
{
    // A label's mnemonic only moves the focus to a buddy that accepts focus.
    // A buddy that is only a wrapper (an amount with its currency) hands the
    // focus to its first input.
    for (QLabel* label : page->findChildren<QLabel*>()) {
        QWidget* buddy = label->buddy();
        if (!buddy || buddy->focusPolicy() != Qt::NoFocus || buddy->focusProxy())
            continue;
        for (QWidget* w : buddy->findChildren<QWidget*>()) {
            if ((w->focusPolicy() & Qt::TabFocus) && !w->focusProxy()) {
                buddy->setFocusProxy(w);
                buddy->setFocusPolicy(w->focusPolicy());
                break;
            }
        }
    }
}

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
        const report::ExportActions::Outcome outcome = flow(this, m_doc->coe());
        if (!outcome.message.isEmpty())
            m_banner->showMessage(outcome.ok ? Banner::Kind::Info : Banner::Kind::Error, outcome.message);
    };
    auto* exportPdf = file->addAction(icons::themed(QStringLiteral("document-export")), tr("Export P&DF…"), this,
                                      [report] { report([](QWidget* w, const Coe& c) {
                                          return report::ExportActions::exportPdf(w, {c}); }); });
    exportPdf->setObjectName(QStringLiteral("actionExportPdf"));
    exportPdf->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    exportPdf->setStatusTip(tr("Write this COE as a PDF for the review meeting"));
    auto* preview = file->addAction(icons::themed(QStringLiteral("document-print-preview")),
                                    tr("Print Pre&view…"), this, [report] { report([](QWidget* w, const Coe& c) {
                                        return report::ExportActions::printPreview(w, {c}); }); });
    preview->setObjectName(QStringLiteral("actionPrintPreview"));
    preview->setStatusTip(tr("See the pages as they will print"));
    auto* print = file->addAction(icons::themed(QStringLiteral("document-print")), tr("&Print…"), this,
                                  [report] { report([](QWidget* w, const Coe& c) {
                                      return report::ExportActions::print(w, {c}); }); });
    print->setObjectName(QStringLiteral("actionPrint"));
    print->setShortcut(QKeySequence::Print);
    print->setStatusTip(tr("Print this COE"));
    auto* markdown = file->addAction(tr("Export &Markdown…"), this, [report] { report([](QWidget* w, const Coe& c) {
                                         return report::ExportActions::exportMarkdown(w, c); }); });
    markdown->setObjectName(QStringLiteral("actionExportMarkdown"));
    markdown->setStatusTip(tr("Write this COE as Markdown, with its images beside it"));
    auto* exportAny = file->addAction(tr("E&xport…"), this, [report] { report([](QWidget* w, const Coe& c) {
                                          return report::ExportActions::exportForAudience(w, c); }); });
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

int EditorWindow::currentPage() const
{
    return m_stack->currentIndex();
}

EditorPage* EditorWindow::page(int index) const
{
    return m_pages.value(index);
}

void EditorWindow::setCurrentPage(int index)
{
    if (index < 0 || index >= PageCount)
        return;
    if (index != currentPage()) {
        commitOpenEditor();
        if (m_saver->hasUnsavedChanges())
            m_saver->saveNow();
    }
    QWidget* focus = QApplication::focusWidget(); // before hiding a page moves it
    m_stack->setCurrentIndex(index);
    {
        const QSignalBlocker block(m_steps);
        m_steps->setCurrentRow(index);
    }
    m_pageTitle->setText(tr("%1. %2").arg(index + 1).arg(EditorPage::title(kSections[index])));
    m_back->setEnabled(index > 0);
    m_next->setEnabled(index < PageCount - 1);
    m_guidance->setMarkdown(tr("#### What this step is for") + QStringLiteral("\n\n")
                            + guidanceMarkdown(kSections[index]));
    // The step's first field takes the focus (Alt+2 and typing goes to
    // Customers affected), unless the user is walking the step list.
    if (focus != m_steps && !(focus && m_pages[index]->isAncestorOf(focus)))
        focusFirstField(m_pages[index]);
}

void EditorWindow::focusFirstField(QWidget* page)
{
    for (QWidget* w = page->nextInFocusChain(); w && w != page && page->isAncestorOf(w); w = w->nextInFocusChain()) {
        if ((w->focusPolicy() & Qt::TabFocus) && !w->focusProxy() && w->isEnabled() && w->isVisibleTo(page)
            && !qobject_cast<QScrollArea*>(w)) { // the page's frame, not a field
            w->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

void EditorWindow::commitOpenEditor()
{
    // A cell editor still open in a table hands its text over when it loses
    // the focus; make that happen before saving.
    QWidget* focus = QApplication::focusWidget();
    if (focus && isAncestorOf(focus) && qobject_cast<QAbstractItemView*>(focus->parentWidget() ? focus->parentWidget()->parentWidget() : nullptr))
        focus->clearFocus();
}

void EditorWindow::setGuidanceVisible(bool visible)
{
    m_guidance->setVisible(visible);
    m_guidanceToggle->setAccessibleName(visible ? tr("Hide guidance") : tr("Show guidance"));
}

void EditorWindow::setCheckOptions(const analysis::CheckOptions& options)
{
    m_options = options;
    m_repository.setCheckOptions(options);
    static_cast<hindsight::TimelinePage*>(m_pages[TimelinePage])->setGapMinutes(options.gapMinutes);
    static_cast<hindsight::SummaryPage*>(m_pages[SummaryPage])->setCheckOptions(options);
    refreshReview();
}

void EditorWindow::showReviewMenu(QPoint pos)
{
    QTreeWidgetItem* item = m_review->itemAt(pos);
    if (!item) { // the menu key: the current finding
        item = m_review->currentItem();
        if (item)
            pos = m_review->visualItemRect(item).center();
    }
    const QVariant finding = item ? item->data(0, Qt::UserRole) : QVariant();
    const int i = finding.isValid() ? finding.toInt() : -1;
    if (i < 0 || i >= m_findings.size() || m_findings[i].id != QLatin1String("blameless.name"))
        return;
    const QStringList names = analysis::peopleNamedAt(m_doc->coe(), m_findings[i].location, m_options);
    if (names.isEmpty())
        return;
    auto* menu = new QMenu(m_review);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    for (const QString& name : names) {
        QAction* mark = menu->addAction(tr("Not a Person: Mark “%1” as a Team").arg(teams::menuText(name)));
        mark->setObjectName(QStringLiteral("markTeamAction"));
        mark->setStatusTip(teams::markStatusTip());
        connect(mark, &QAction::triggered, this, [this, name] {
            if (Settings::instance()->setMarkedTeam(name, true)) // the review runs again (Settings::changed)
                statusBar()->showMessage(tr("“%1” is marked as a team.").arg(name), 5000);
        });
    }
    menu->popup(m_review->viewport()->mapToGlobal(pos));
}

void EditorWindow::refreshReview()
{
    m_reviewTimer->stop();
    m_findings = analysis::reviewCheck(m_doc->coe(), m_options);
    // Steps the user folded stay folded after a refresh.
    QSet<int> folded;
    for (int g = 0; g < m_review->topLevelItemCount(); ++g)
        if (!m_review->topLevelItem(g)->isExpanded())
            folded << m_review->topLevelItem(g)->data(0, Qt::UserRole + 1).toInt();
    m_review->clear();
    m_reviewDetails->clear();
    int errors = 0, warnings = 0;
    for (int step = 0; step < PageCount; ++step) {
        const S section = kSections[step];
        QTreeWidgetItem* group = nullptr;
        for (int i = 0; i < m_findings.size(); ++i) {
            const analysis::Finding& f = m_findings[i];
            if (f.location.section != section)
                continue;
            if (!group) {
                group = new QTreeWidgetItem(m_review);
                group->setData(0, Qt::UserRole + 1, step);
                QFont bold = group->font(0);
                bold.setBold(true);
                group->setFont(0, bold);
            }
            const QString icon = f.level == analysis::Level::Error     ? QStringLiteral("dialog-error")
                                 : f.level == analysis::Level::Warning ? QStringLiteral("dialog-warning")
                                                                       : QStringLiteral("dialog-information");
            errors += f.level == analysis::Level::Error;
            warnings += f.level == analysis::Level::Warning;
            auto* item = new QTreeWidgetItem(group);
            item->setIcon(0, icons::themed(icon));
            item->setText(0, f.message.simplified());
            item->setData(0, Qt::UserRole, i);
            item->setToolTip(0, f.message);
            item->setData(0, Qt::AccessibleTextRole,
                          QStringLiteral("%1: %2").arg(EditorPage::title(section), f.message));
        }
        if (group) {
            group->setText(0, QStringLiteral("%1 (%2)").arg(EditorPage::title(section)).arg(group->childCount()));
            group->setExpanded(!folded.contains(step));
        }
    }
    m_reviewSummary->setText(m_findings.isEmpty() ? tr("&Review: nothing to fix")
                                                  : tr("&Review: %1 ⚠ %2 ✗").arg(warnings).arg(errors));
    m_reviewSummary->setAccessibleName(tr("Review: %n warnings", nullptr, warnings) + QStringLiteral(", ")
                                       + tr("%n errors", nullptr, errors));
    updateStepMarks();
}

void EditorWindow::updateStepMarks()
{
    for (int i = 0; i < PageCount; ++i) {
        const S section = kSections[i];
        int errors = 0, warnings = 0;
        for (const auto& f : m_findings) {
            if (f.location.section != section)
                continue;
            errors += f.level == analysis::Level::Error;
            warnings += f.level == analysis::Level::Warning;
        }
        const Completeness state = completeness(m_doc->coe(), section);
        const QString mark = state == Completeness::Complete     ? QStringLiteral("✓")
                             : state == Completeness::InProgress ? QStringLiteral("◐")
                                                                 : QString();
        QString counts;
        if (warnings)
            counts += QStringLiteral(" ⚠%1").arg(warnings);
        if (errors)
            counts += QStringLiteral(" ✗%1").arg(errors);
        QListWidgetItem* item = m_steps->item(i);
        item->setText(QStringLiteral("%1  %2  %3%4").arg(i + 1).arg(EditorPage::title(section), mark, counts));
        const QString stateText = state == Completeness::Complete     ? tr("complete")
                                  : state == Completeness::InProgress ? tr("in progress")
                                                                      : tr("empty");
        item->setData(Qt::AccessibleTextRole, tr("Step %1, %2, %3").arg(i + 1).arg(EditorPage::title(section), stateText)
                                                  + (warnings ? QStringLiteral(", ") + tr("%n warnings", nullptr, warnings) : QString())
                                                  + (errors ? QStringLiteral(", ") + tr("%n errors", nullptr, errors) : QString()));
        item->setToolTip(item->data(Qt::AccessibleTextRole).toString());
    }
}

void EditorWindow::showLocation(const analysis::Location& location)
{
    for (int i = 0; i < PageCount; ++i) {
        if (kSections[i] == location.section) {
            setCurrentPage(i);
            m_pages[i]->focusLocation(location);
            return;
        }
    }
}

void EditorWindow::showPage(int page, int row)
{
    if (page < 0 || page >= PageCount)
        return;
    analysis::Location location;
    location.section = kSections[page];
    location.row = row;
    showLocation(location);
}

void EditorWindow::updateTitle()
{
    QString state;
    switch (m_saver->state()) {
    case AutoSaver::State::Saved:
        state = m_saver->lastSavedAt().isValid()
                    ? tr("saved %1").arg(m_saver->lastSavedAt().toLocalTime().toString(QStringLiteral("HH:mm")))
                    : tr("saved");
        break;
    case AutoSaver::State::Pending: state = tr("changes pending"); break;
    case AutoSaver::State::Failed: state = tr("not saved"); break;
    }
    const QString title = m_doc->coe().title.trimmed().isEmpty() ? tr("Untitled COE") : m_doc->coe().title;
    setWindowTitle(tr("%1[*] — %2 — Hindsight").arg(title, state));
    m_saveState->setText(state);
    setWindowModified(m_saver->hasUnsavedChanges());
}

void EditorWindow::updateSaveBanner()
{
    if (m_saver->state() != AutoSaver::State::Failed) {
        if (!m_archive.isReadOnly() && m_banner->isVisible())
            m_banner->hide();
        return;
    }
    if (m_saver->lastStatus() == SaveResult::Status::Conflict)
        m_banner->showMessage(Banner::Kind::Error,
                              tr("Not saved: %1 Your edits are kept here.").arg(m_saver->lastError()),
                              m_repository.exists(m_uuid) ? tr("Compare and Merge…") : tr("Save My Version"));
    else
        m_banner->showMessage(Banner::Kind::Error,
                              tr("Not saved: %1 Your edits are kept here; nothing is lost while this window is open.")
                                  .arg(m_saver->lastError()),
                              tr("Retry"));
}

bool EditorWindow::resolveConflict()
{
    commitOpenEditor();
    if (!m_repository.exists(m_uuid)) // deleted elsewhere: nothing to compare, store mine again
        return m_saver->overwrite();
    QString error;
    const std::optional<Coe> theirs = m_repository.load(m_uuid, &error);
    if (!theirs) {
        m_banner->showMessage(Banner::Kind::Error, tr("Cannot read the stored version: %1").arg(error),
                              tr("Compare and Merge…"));
        return false;
    }
    ConflictDialog dialog(*theirs, m_doc->coe(), m_saver->base(), this);
    if (dialog.ask() != QDialog::Accepted)
        return false;
    // The result goes over their revision, through the usual revision check:
    // a save by someone else in the meantime is one more conflict, never lost.
    const Coe merged = dialog.merged();
    m_saver->rebase(*theirs);
    m_doc->replaceContent(merged, tr("Resolve Conflict"));
    return m_saver->saveNow();
}

void EditorWindow::closeEvent(QCloseEvent* event)
{
    commitOpenEditor();
    if (m_saver->hasUnsavedChanges() || m_saver->state() == AutoSaver::State::Failed) {
        if (!m_saver->saveNow()) {
            const auto answer = MessageBox::question(
                this, tr("Close Without Saving?"),
                tr("Your changes to \"%1\" could not be saved: %2\n\nClose the window and lose them?")
                    .arg(m_doc->coe().title, m_saver->lastError()),
                QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
            if (answer != QMessageBox::Discard) {
                event->ignore();
                return;
            }
        }
    }
    Settings::instance()->setWindowGeometry(QStringLiteral("editor"), saveGeometry());
    Settings::instance()->setWindowState(QStringLiteral("editor.splitter"), m_splitter->saveState());
    registry().remove(m_uuid);
    event->accept();
}

} // namespace hindsight
