// SPDX-License-Identifier: MIT
// User text is data, on every screen: a COE whose every text field holds
// markup is opened on every editor step and in the archive window, and no
// label, tooltip or item of any view takes that markup for rich text (which
// would render it, and load the file an <img src=…> names).
#include "ExampleCoe.h"
#include "GuiSupport.h"
#include "TestSupport.h"
#include "archive/CoeBrowserView.h"
#include "archive/MainWindow.h"
#include "editor/EditorWindow.h"
#include "settings/Settings.h"
#include "storage/Archive.h"
#include "storage/CoeRepository.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace hindsight;

namespace {

const QString kMarkup = QStringLiteral(" <img src=\"/tmp/hindsight-not-attached.png\"><b>b</b>");

void mark(QString& s)
{
    if (!s.isEmpty())
        s += kMarkup;
}

void mark(QStringList& list)
{
    for (QString& s : list)
        mark(s);
}

// The example COE with markup after every text a person typed.
Coe markedCoe()
{
    Coe c = test::exampleCoe();
    c.uuid = QUuid::createUuid();
    mark(c.title);
    mark(c.owner);
    mark(c.reviewers);
    mark(c.services);
    mark(c.tags);
    mark(c.summary);
    mark(c.problem);
    mark(c.impact.description);
    mark(c.impact.consequences);
    mark(c.impact.secondOrder);
    mark(c.impact.customerSentiment);
    for (TimelineEntry& e : c.timeline) {
        mark(e.text);
        mark(e.source);
        mark(e.gapExplanation);
    }
    for (Metric& m : c.metrics) {
        mark(m.name);
        mark(m.description);
        for (MetricImage& i : m.images)
            mark(i.caption);
    }
    for (Question& q : c.questions) {
        mark(q.question);
        mark(q.answer);
    }
    for (WhyStep& w : c.whys) {
        mark(w.why);
        mark(w.because);
    }
    for (ActionItem& a : c.actionItems) {
        mark(a.title);
        mark(a.description);
        mark(a.owner);
    }
    for (RelatedItem& r : c.related)
        mark(r.title);
    return c;
}

bool rendersAsRichText(const QString& text, Qt::TextFormat format)
{
    return format == Qt::RichText || (format == Qt::AutoText && Qt::mightBeRichText(text));
}

bool holdsRawMarkup(const QString& text) { return text.contains(QLatin1String("<img src=\"/tmp/hindsight")); }

// Every place under `root` that would render the markup; empty when none.
QStringList richTextLeaks(QWidget* root)
{
    QStringList found;
    const auto name = [](const QObject* o) {
        return QStringLiteral("%1 \"%2\"").arg(QString::fromLatin1(o->metaObject()->className()), o->objectName());
    };
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* w : std::as_const(widgets)) {
        if (holdsRawMarkup(w->toolTip()))
            found << name(w) + QStringLiteral(": tooltip ") + w->toolTip();
        if (auto* label = qobject_cast<QLabel*>(w); label && holdsRawMarkup(label->text())
                                                     && rendersAsRichText(label->text(), label->textFormat()))
            found << name(w) + QStringLiteral(": label ") + label->text();
        if (auto* view = qobject_cast<QAbstractItemView*>(w); view && view->model()) {
            QAbstractItemModel* model = view->model();
            std::function<void(const QModelIndex&)> walk = [&](const QModelIndex& parent) {
                for (int row = 0; row < model->rowCount(parent); ++row)
                    for (int column = 0; column < model->columnCount(parent); ++column) {
                        const QModelIndex i = model->index(row, column, parent);
                        const QString tip = i.data(Qt::ToolTipRole).toString();
                        if (holdsRawMarkup(tip) && Qt::mightBeRichText(tip))
                            found << name(view) + QStringLiteral(": row %1 column %2 tooltip ").arg(row).arg(column)
                                         + tip;
                        if (column == 0)
                            walk(i);
                    }
            };
            walk({});
        }
    }
    for (QAction* a : root->findChildren<QAction*>())
        if (holdsRawMarkup(a->toolTip()) && a->toolTip() != a->text().remove(u'&'))
            found << name(a) + QStringLiteral(": action tooltip ") + a->toolTip();
    return found;
}

} // namespace

class TestMarkupIsText : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Archive> m_archive;

private slots:
    void initTestCase()
    {
        Settings::installTemporaryInstance();
        QString error;
        m_archive = Archive::open(m_dir.filePath(QStringLiteral("m.sqlite")), Archive::Access::ReadWrite, &error);
        QVERIFY2(m_archive, qPrintable(error));
    }
    void cleanup() { QVERIFY(test::closeEditorWindows()); }

    void everyEditorStep()
    {
        const Coe coe = markedCoe();
        EditorWindow* w = test::openSavedCoe(*m_archive, coe, EditorWindow::SummaryPage);
        for (int page = 0; page < EditorWindow::PageCount; ++page) {
            w->setCurrentPage(page);
            QCoreApplication::processEvents();
            const QStringList leaks = richTextLeaks(w);
            QVERIFY2(leaks.isEmpty(), qPrintable(QStringLiteral("step %1:\n").arg(page) + leaks.join(u'\n')));
        }
    }

    void archiveWindow()
    {
        Coe coe = markedCoe();
        QVERIFY(CoeRepository(*m_archive).save(coe).ok());
        const QString path = m_archive->path();
        MainWindow window;
        QVERIFY(window.openArchive(path));
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.browser()->selectUuid(coe.uuid);
        QCoreApplication::processEvents();
        const QStringList leaks = richTextLeaks(&window);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
    }
};

QTEST_MAIN(TestMarkupIsText)
#include "TestMarkupIsText.moc"
