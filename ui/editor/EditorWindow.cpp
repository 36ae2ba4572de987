// SPDX-License-Identifier: MIT
#include "editor/EditorWindow.h"

#include "editor/pages/FactorsPanel.h"
#include "storage/FactorTaxonomy.h"

#include "document/Completeness.h"
#include "document/Guidance.h"
#include "editor/EditorLiveBar.h"
#include "editor/EditorPage.h"
#include "editor/SimilarLookup.h"
#include "editor/pages/SimilarPanel.h"
#include "editor/pages/ActionsPage.h"
#include "editor/pages/ImpactPage.h"
#include "editor/pages/MetricsPage.h"
#include "editor/pages/QuestionsPage.h"
#include "editor/pages/RelatedPage.h"
#include "editor/pages/ReviewPage.h"
#include "editor/pages/SummaryPage.h"
#include "editor/pages/TimelinePage.h"
#include "editor/pages/WhysPage.h"
#include "settings/Settings.h"
#include "templates/CheckRequirements.h"
#include "storage/Archive.h"
#include "widgets/Banner.h"
#include "widgets/Dialogs.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QTextDocument>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hindsight {

namespace {

using S = analysis::Section;

QHash<QUuid, QPointer<EditorWindow>>& registry()
{
    static QHash<QUuid, QPointer<EditorWindow>> windows;
    return windows;
}

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
    m_similar = new SimilarLookup(m_doc, archive, this); // looks at once, then after typing pauses

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
    buildReviewPanel(left, leftLayout);

    // Middle: banner, page title, page, Back/Next.
    auto* middle = new QWidget(splitter);
    auto* midLayout = new QVBoxLayout(middle);
    midLayout->setContentsMargins(4, 8, 4, 8);
    m_banner = new Banner(middle);
    m_banner->setObjectName(QStringLiteral("saveBanner"));
    midLayout->addWidget(m_banner);
    m_approvalBanner = new Banner(middle);
    m_approvalBanner->setObjectName(QStringLiteral("approvalBanner"));
    midLayout->addWidget(m_approvalBanner);
    midLayout->addWidget(new EditorLiveBar(this, archive, middle)); // others' saves, who else has it open
    auto* titleRow = new QHBoxLayout;
    m_pageTitle = new QLabel(middle);
    m_pageTitle->setObjectName(QStringLiteral("pageTitleLabel"));
    QFont big = m_pageTitle->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_pageTitle->setFont(big);
    titleRow->addWidget(m_pageTitle, 1);
    m_similarNotice = new QPushButton(middle);
    m_similarNotice->setObjectName(QStringLiteral("similarNoticeButton"));
    m_similarNotice->setFlat(true);
    m_similarNotice->setToolTip(tr("Past COEs like this one: see them in the Related step"));
    m_similarNotice->hide();
    titleRow->addWidget(m_similarNotice);
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
    connect(m_similar, &SimilarLookup::resultsChanged, this, [this] {
        const int n = int(m_similar->results().size());
        m_similarNotice->setText(tr("%n similar past COE(s)", nullptr, n));
        m_similarNotice->setAccessibleName(m_similarNotice->text());
        m_similarNotice->setVisible(n > 0);
    });
    connect(m_similarNotice, &QPushButton::clicked, this, [this] {
        setCurrentPage(RelatedPage);
        if (auto* panel = static_cast<hindsight::RelatedPage*>(m_pages[RelatedPage])->similarPanel())
            panel->list()->setFocus(Qt::OtherFocusReason);
    });
    connectReviewPanel();
    connectSaving();
    connectApproval();

    Settings* settings = Settings::instance();
    m_saver->setDelay(settings->autosaveDelayMs());
    m_options = templates::checkOptions(*settings);
    m_repository.setCheckOptions(m_options); // the archive's review counts use the same options
    static_cast<hindsight::TimelinePage*>(m_pages[TimelinePage])->setGapMinutes(m_options.gapMinutes);
    static_cast<hindsight::SummaryPage*>(m_pages[SummaryPage])->setCheckOptions(m_options);
    connect(settings, &Settings::changed, this, [this, settings](Settings::Key key) {
        if (key == Settings::Key::AutosaveDelayMs)
            m_saver->setDelay(settings->autosaveDelayMs());
        if (key == Settings::Key::GapThresholdMinutes || key == Settings::Key::ActionItemSlaDays
            || key == Settings::Key::TeamNames)
            setCheckOptions(templates::checkOptions(*settings));
    });
    connect(settings, &Settings::requirementsChanged, this,
            [this, settings] { setCheckOptions(templates::checkOptions(*settings)); });

    if (m_archive.isReadOnly())
        m_banner->showMessage(Banner::Kind::Warning,
                              tr("This archive is open read-only: you can read and edit, but changes cannot be "
                                 "saved. Export or copy your text before closing."));
    refreshReview();
    readTemplate();
    const auto templateChanged = [this] {
        readTemplate();
        updateGuidance();
    };
    connect(m_doc, &CoeDocument::fieldChanged, this, [templateChanged](CoeDocument::Field f) {
        if (f == CoeDocument::Field::Template)
            templateChanged();
    });
    connect(m_doc, &CoeDocument::reset, this, templateChanged);
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

// The archive's taxonomy as the contributing factors panel offers it (the
// seeded families when it cannot be read: the panel still works), and the
// names of every category, retired ones included.
static void giveCategories(hindsight::FactorsPanel* panel, Archive& archive)
{
    QList<std::pair<QString, QString>> offered;
    QHash<QString, QString> names;
    QString error;
    const QList<FactorCategory> categories = FactorTaxonomy(archive).categories(true, &error);
    for (const FactorCategory& c : categories) {
        names.insert(c.name, c.displayName());
        if (!c.retired)
            offered.append({c.name, c.displayName()});
    }
    if (!error.isEmpty() || categories.isEmpty())
        for (const QString& name : FactorTaxonomy::seededNames()) {
            offered.append({name, FactorTaxonomy::builtInName(name)});
            names.insert(name, FactorTaxonomy::builtInName(name));
        }
    panel->setCategories(offered, names);
}

void EditorWindow::buildPages()
{
    auto* timeline = new hindsight::TimelinePage(m_doc, m_stack);
    auto* whys = new hindsight::WhysPage(m_doc, m_stack);
    giveCategories(whys->factorsPanel(), m_archive);
    auto* actions = new hindsight::ActionsPage(m_doc, m_stack);
    auto* related = new hindsight::RelatedPage(m_doc, &m_repository, m_stack);
    related->showSimilar(m_similar);
    auto* summary = new hindsight::SummaryPage(m_doc, m_stack);
    connect(summary, &hindsight::SummaryPage::approvalRequested, this, &EditorWindow::approve);
    m_pages = {summary,
               new hindsight::ImpactPage(m_doc, m_stack),
               timeline,
               new hindsight::MetricsPage(m_doc, m_stack),
               new hindsight::QuestionsPage(m_doc, m_stack),
               whys,
               actions,
               related,
               new hindsight::ReviewPage(m_doc, m_stack)};
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
    updateGuidance();
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

void EditorWindow::readTemplate()
{
    const QString& name = m_doc->coe().templateName;
    m_template = name.isEmpty() ? std::nullopt : templates::TemplateStore().find(name);
}

void EditorWindow::updateGuidance()
{
    // The COE's template may bring its own guidance (a template file's
    // Markdown: raw HTML in it stays text).
    const int index = m_stack->currentIndex();
    m_guidance->document()->setMarkdown(tr("#### What this step is for") + QStringLiteral("\n\n")
                                            + templates::guidanceFor(m_template ? &*m_template : nullptr,
                                                                     kSections[index]),
                                        QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub
                                                                        | QTextDocument::MarkdownNoHTML));
}

void EditorWindow::setGuidanceVisible(bool visible)
{
    m_guidance->setVisible(visible);
    m_guidanceToggle->setAccessibleName(visible ? tr("Hide guidance") : tr("Show guidance"));
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
    // A window closed after changes leaves a version (issue #13); one that
    // cannot be recorded never keeps the window open.
    if (m_saver->state() != AutoSaver::State::Failed && !m_repository.archive().isReadOnly())
        m_saver->recordCloseVersion();
    Settings::instance()->setWindowGeometry(QStringLiteral("editor"), saveGeometry());
    Settings::instance()->setWindowState(QStringLiteral("editor.splitter"), m_splitter->saveState());
    registry().remove(m_uuid);
    if (auto* live = findChild<EditorLiveBar*>()) // others no longer see this window (before the archive may close)
        live->leave();
    event->accept();
}

} // namespace hindsight
