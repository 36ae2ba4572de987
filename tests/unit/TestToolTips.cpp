// SPDX-License-Identifier: MIT
// A tooltip made of user text shows that text: Qt takes a tooltip for rich
// text when it looks like HTML, so `<img src=...>` typed into a field would
// load that file on hover (a file read that was never attached).
#include "TestSupport.h"

#include "document/CoeDocument.h"
#include "itemmodels/ActionItemModel.h"
#include "itemmodels/QuestionModel.h"
#include "itemmodels/TimelineModel.h"
#include "itemmodels/ToolTip.h"
#include "itemmodels/WhyTreeModel.h"

#include <QTest>
#include <QTextDocument>
#include <functional>

using namespace hindsight;
using namespace hindsight::test;

namespace {

const QString kMarkup = QStringLiteral("<img src=\"/tmp/hindsight-secret.png\"> & <b>bold</b>");

QString marked(const char* field) { return QString::fromUtf8(field) + u' ' + kMarkup; }

Coe fixture()
{
    Coe c = makeNewCoe(QStringLiteral("Tooltips"));
    c.title = marked("title");
    TimelineEntry e;
    e.at = QDateTime(QDate(2024, 3, 7), QTime(14, 5), QTimeZone::utc());
    e.text = marked("timeline");
    e.source = marked("source");
    TimelineEntry later = e;
    later.at = e.at.addSecs(3600);
    later.gapExplanation = marked("gap");
    c.timeline = {e, later};
    c.whys = {{QStringLiteral("w1"), {}, marked("why"), marked("because"), true, false},
              {QStringLiteral("w2"), QStringLiteral("w1"), marked("why 2"), marked("because 2"), false, false}};
    ActionItem a;
    a.id = QStringLiteral("a1");
    a.title = marked("action");
    a.whys = {QStringLiteral("w1")};
    a.link = QStringLiteral("https://example.com/<b>x</b>");
    ActionItem b = a;
    b.id = QStringLiteral("a2");
    b.description = marked("description");
    c.actionItems = {a, b};
    c.questions = {{QuestionArea::Detection, marked("question"), marked("answer")}};
    Metric m;
    m.name = marked("metric");
    m.description = marked("metric description");
    c.metrics = {m};
    RelatedItem r;
    r.title = marked("related");
    r.url = QStringLiteral("https://example.com/<img src=x>");
    c.related = {r};
    return c;
}

// Calls `f` for every index of `model`, children included.
void forEachIndex(const QAbstractItemModel& model, const std::function<void(const QModelIndex&)>& f,
                  const QModelIndex& parent = {})
{
    for (int row = 0; row < model.rowCount(parent); ++row)
        for (int column = 0; column < model.columnCount(parent); ++column) {
            const QModelIndex i = model.index(row, column, parent);
            f(i);
            if (column == 0)
                forEachIndex(model, f, i);
        }
}

} // namespace

class TestToolTips : public QObject
{
    Q_OBJECT

    // Every tooltip of `model` that holds the user's markup shows it as typed;
    // returns how many did.
    static int checkModel(const QAbstractItemModel& model)
    {
        int seen = 0;
        bool ok = true;
        forEachIndex(model, [&](const QModelIndex& i) {
            const QString tip = i.data(Qt::ToolTipRole).toString();
            const QString shown = shownToolTip(tip);
            if (shown.contains(QLatin1String("<img src=")))
                ++seen;
            else if (tip.contains(QLatin1String("<img")) || tip.contains(QLatin1String("<b>"))) {
                qWarning("row %d column %d: the tooltip %s shows as %s", i.row(), i.column(), qPrintable(tip),
                         qPrintable(shown));
                ok = false;
            }
        });
        return ok ? seen : -1;
    }

private slots:
    void plainToolTipEscapesOnlyWhatLooksLikeHtml()
    {
        QCOMPARE(plainToolTip(QStringLiteral("14:05 pool exhausted")), QStringLiteral("14:05 pool exhausted"));
        QCOMPARE(shownToolTip(plainToolTip(QStringLiteral("a < b and c > d"))), QStringLiteral("a < b and c > d"));
        QCOMPARE(shownToolTip(plainToolTip(QStringLiteral("&amp; &lt;"))), QStringLiteral("&amp; &lt;"));
        QCOMPARE(plainToolTip(QString()), QString());
        const QString tip = plainToolTip(kMarkup + QStringLiteral("\nsecond line"));
        QVERIFY(Qt::mightBeRichText(tip)); // shown as rich text: the escaping must hold there
        QVERIFY(!tip.contains(QLatin1String("<img")));
        QCOMPARE(shownToolTip(tip), kMarkup + QStringLiteral("\nsecond line"));
    }

    void documentModelsShowUserTextAsText()
    {
        CoeDocument document(fixture());
        TimelineModel timeline(&document);
        QVERIFY(checkModel(timeline) >= 2); // text, source (and the gap's explanation)
        WhyTreeModel whys(&document);
        QVERIFY(checkModel(whys) >= 2);
        ActionItemModel actions(&document);
        QVERIFY(checkModel(actions) >= 2); // title, linked why's "because"
        QuestionModel questions(&document);
        QVERIFY(checkModel(questions) >= 2);
        MetricModel metrics(&document);
        QVERIFY(checkModel(metrics) >= 0);
        RelatedModel related(&document);
        QVERIFY(checkModel(related) >= 1);
    }
};

QTEST_GUILESS_MAIN(TestToolTips)
#include "TestToolTips.moc"
