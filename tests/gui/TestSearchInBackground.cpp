// SPDX-License-Identifier: MIT
// Issue #10: the archive window never freezes on search. A search runs on a
// worker thread; the answer of a superseded query is never shown; the event
// loop keeps running; "Searching…" shows after 200 ms; word-less and long
// texts say so.
#include "../storage/BrowserFixtures.h"
#include "archive/CoeBrowserView.h"
#include "itemmodels/CoeTableModel.h"
#include "settings/Settings.h"
#include "storage/Archive.h"
#include "storage/ArchiveSearch.h"
#include "storage/CoeQuery.h"

#include <QLabel>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace hindsight;

class TestSearchInBackground : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Archive> m_archive;

    static QStringList titles(const CoeTableModel* model)
    {
        QStringList out;
        for (int row = 0; row < model->rowCount(); ++row)
            out << model->rowAt(row).title;
        return out;
    }

private slots:
    void initTestCase()
    {
        Settings::installTemporaryInstance(); // the view remembers its columns
        QVERIFY(m_dir.isValid());
        QString error;
        m_archive = Archive::open(m_dir.filePath(QStringLiteral("search.sqlite")), Archive::Access::ReadWrite, &error);
        QVERIFY2(m_archive, qPrintable(error));
        for (const QString& title : {QStringLiteral("Kafka consumer lag in orders"),
                                     QStringLiteral("Connection pool exhausted at checkout"),
                                     QStringLiteral("Expired certificate on identity")}) {
            test::CoeSpec spec;
            spec.title = title;
            test::store(*m_archive, spec);
        }
    }

    void supersededSearchIsNeverShown()
    {
        CoeBrowserView view;
        view.setArchive(m_archive.get());
        view.show();
        CoeTableModel* model = view.model();
        QCOMPARE(model->rowCount(), 3);
        QStringList shown; // every title the model ever showed
        connect(model, &QAbstractItemModel::modelReset, this, [&] { shown << titles(model); });
        auto* busy = view.findChild<QLabel*>(QStringLiteral("searchBusyLabel"));
        QVERIFY(busy);

        // A slow search: setQuery returns at once, the event loop keeps running.
        int ticks = 0;
        int ticksWhileSearching = 0;
        QTimer timer;
        timer.setInterval(10);
        connect(&timer, &QTimer::timeout, this, [&] {
            ++ticks;
            if (model->searching())
                ++ticksWhileSearching;
        });
        timer.start();
        model->setSearchDelayForTesting(1500);
        CoeQuery query;
        query.text = QStringLiteral("kafka");
        view.setQuery(query);
        QVERIFY(model->searching());
        QCOMPARE(titles(model).size(), 3); // the rows shown stay until the answer
        QTRY_VERIFY(ticksWhileSearching >= 5);
        QTRY_VERIFY(busy->isVisible()); // after 200 ms
        QVERIFY(model->searching());

        // A new query while the old one is still running.
        model->setSearchDelayForTesting(0);
        query.text = QStringLiteral("pool");
        view.setQuery(query);
        QTRY_VERIFY_WITH_TIMEOUT(!model->searching(), 15000);
        QCOMPARE(titles(model), QStringList{QStringLiteral("Connection pool exhausted at checkout")});
        QVERIFY2(!shown.contains(QStringLiteral("Kafka consumer lag in orders")), qPrintable(shown.join(u'|')));
        QVERIFY(!busy->isVisible());
        // The old answer, had it come late, would show now: it does not.
        QTest::qWait(100);
        QCOMPARE(titles(model), QStringList{QStringLiteral("Connection pool exhausted at checkout")});
        QVERIFY(ticks >= ticksWhileSearching);

        // Clearing the text lists every COE again, at once.
        view.setQuery(CoeQuery{});
        QVERIFY(!model->searching());
        QCOMPARE(model->rowCount(), 3);
    }

    void wordlessTextSaysNothingToSearchFor()
    {
        CoeBrowserView view;
        view.setArchive(m_archive.get());
        view.show();
        CoeQuery query;
        query.text = QStringLiteral("- * -");
        view.setQuery(query);
        QTRY_VERIFY(!view.model()->searching());
        QCOMPARE(view.model()->rowCount(), 0);
        auto* stack = view.findChild<QStackedWidget*>(QStringLiteral("coeStack"));
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("noMatchesLabel"));
        QCOMPARE(static_cast<QLabel*>(stack->currentWidget())->text(), nothingToSearchNotice());
    }

    void longTextIsCutWithANotice()
    {
        CoeBrowserView view;
        view.setArchive(m_archive.get());
        view.show();
        auto* notice = view.findChild<QLabel*>(QStringLiteral("searchNoticeLabel"));
        QVERIFY(notice);
        QVERIFY(!notice->isVisible());
        CoeQuery query;
        query.text = QStringLiteral("pool ").repeated(40);
        view.setQuery(query);
        QVERIFY(notice->isVisible());
        QCOMPARE(notice->text(), searchCutNotice());
        QTRY_VERIFY(!view.model()->searching());
        QCOMPARE(titles(view.model()), QStringList{QStringLiteral("Connection pool exhausted at checkout")});
        query.text = QStringLiteral("pool");
        view.setQuery(query);
        QVERIFY(!notice->isVisible());
    }
};

QTEST_MAIN(TestSearchInBackground)
#include "TestSearchInBackground.moc"
