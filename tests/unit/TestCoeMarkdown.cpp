// SPDX-License-Identifier: MIT
#include "ExampleCoe.h"
#include "TestSupport.h"
#include "exchange/CoeMarkdown.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QtTest>

using namespace hindsight;
using namespace hindsight::exchange;

namespace {

const QString kEvil = QStringLiteral("<b>bold</b> <img src=\"file:///etc/passwd\"> &amp; | x_y *z* [l](file:///etc/group)");

// Markdown as a renderer that allows HTML sees it (Qt's GitHub dialect).
std::unique_ptr<QTextDocument> rendered(const QString& markdown)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setMarkdown(markdown, QTextDocument::MarkdownDialectGitHub);
    return doc;
}

QStringList imageNames(QTextDocument* doc)
{
    QStringList names;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().isImageFormat())
                names.append(it.fragment().charFormat().toImageFormat().name());
        }
    }
    names.removeDuplicates(); // the reader gives each piece of alt text its own fragment
    return names;
}

} // namespace

class TestCoeMarkdown : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void exampleMatchesGolden();
    void writeFilePutsImagesBeside();
    void imageFileNamesStayInTheFolder();
    void escaping();
    void neutralizing();
    void userTextStaysLiteralWhenRendered();
    void missingValuesAreNamed();
};

void TestCoeMarkdown::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestCoeMarkdown::exampleMatchesGolden()
{
    const MarkdownDocument doc = CoeMarkdown::render(test::exampleCoe(), QStringLiteral("checkout-config-rollout-images"));
    const QString golden = QString::fromUtf8(test::readData(QStringLiteral("checkout-config-rollout.md")));
    if (doc.text != golden) {
        const QString actual = QDir::temp().filePath(QStringLiteral("checkout-config-rollout.actual.md"));
        QFile f(actual);
        if (f.open(QIODevice::WriteOnly))
            f.write(doc.text.toUtf8());
        const QStringList a = doc.text.split(QLatin1Char('\n'));
        const QStringList g = golden.split(QLatin1Char('\n'));
        for (int i = 0; i < qMin(a.size(), g.size()); ++i) {
            if (a[i] != g[i])
                QFAIL(qPrintable(QStringLiteral("line %1 differs (actual written to %2):\n  got:  %3\n  want: %4")
                                     .arg(i + 1)
                                     .arg(actual, a[i], g[i])));
        }
        QCOMPARE(a.size(), g.size());
    }
    QCOMPARE(doc.images.size(), 1);
    QCOMPARE(doc.images[0].relativePath, QStringLiteral("checkout-config-rollout-images/1-error-rate.png"));
    QCOMPARE(doc.images[0].data, test::exampleCoe().metrics[0].images[0].data);
}

void TestCoeMarkdown::writeFilePutsImagesBeside()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("review.md"));
    QString error;
    QVERIFY2(CoeMarkdown::writeFile(test::exampleCoe(), path, &error), qPrintable(error));
    QFile md(path);
    QVERIFY(md.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(md.readAll());
    QVERIFY(text.contains(QStringLiteral("](<review-images/1-error-rate.png>)")));
    QFile image(dir.filePath(QStringLiteral("review-images/1-error-rate.png")));
    QVERIFY(image.open(QIODevice::ReadOnly));
    QCOMPARE(image.readAll(), test::exampleCoe().metrics[0].images[0].data);

    // The Markdown renders with its image found relative to the file.
    auto doc = rendered(text);
    QCOMPARE(imageNames(doc.get()), QStringList{QStringLiteral("review-images/1-error-rate.png")});

    QVERIFY(!CoeMarkdown::writeFile(test::exampleCoe(), dir.filePath(QStringLiteral("no/such/x.md")), &error));
    QVERIFY(!error.isEmpty());
}

void TestCoeMarkdown::imageFileNamesStayInTheFolder()
{
    Coe coe = test::exampleCoe();
    coe.metrics[0].images[0].fileName = QStringLiteral("../../etc/pass wd");
    coe.metrics[1].images.append(MetricImage{QStringLiteral(".hidden.svg"), QStringLiteral("image/svg+xml"),
                                             QByteArrayLiteral("<svg/>"), QString()});
    const MarkdownDocument doc = CoeMarkdown::render(coe, QStringLiteral("imgs"));
    QCOMPARE(doc.images.size(), 2);
    QCOMPARE(doc.images[0].relativePath, QStringLiteral("imgs/1-pass-wd.png"));
    QCOMPARE(doc.images[1].relativePath, QStringLiteral("imgs/2-hidden.svg"));
}

void TestCoeMarkdown::escaping()
{
    QCOMPARE(CoeMarkdown::escapeText(QStringLiteral("# <b>x</b> | y")),
             QStringLiteral("\\# \\<b\\>x\\</b\\> \\| y"));
    QCOMPARE(CoeMarkdown::escapeText(QStringLiteral("1. first\n- second\n+ third")),
             QStringLiteral("1\\. first\\\n\\- second\\\n\\+ third"));
    QCOMPARE(CoeMarkdown::escapeText(QStringLiteral("a_b *c* [d](e) `f` &amp; ~g~ \\")),
             QStringLiteral("a\\_b \\*c\\* \\[d\\](e) \\`f\\` \\&amp; \\~g\\~ \\\\"));
    QCOMPARE(CoeMarkdown::escapeCell(QStringLiteral("a|b\nc")), QStringLiteral("a\\|b c"));
    QCOMPARE(CoeMarkdown::escapeCell(QStringLiteral("- x")), QStringLiteral("- x")); // not at a line start
}

void TestCoeMarkdown::neutralizing()
{
    QCOMPARE(CoeMarkdown::neutralizeMarkdown(
                 QStringLiteral("<img src=\"file:///etc/passwd\"> &amp; &#60; `<b>` <https://x.org/a> ![p](file:///etc/passwd)")),
             QStringLiteral("\\<img src=\"file:///etc/passwd\"> \\&amp; \\&#60; `<b>` <https://x.org/a> \\![p](file:///etc/passwd)"));
    // Fenced code and escapes are left alone; Markdown formatting stays.
    const QString fenced = QStringLiteral("**bold** and \\<kept\n```\n<b>code</b>\n```\n- item & more");
    QCOMPARE(CoeMarkdown::neutralizeMarkdown(fenced), fenced);
    QCOMPARE(CoeMarkdown::neutralizeMarkdown(QStringLiteral("<file:///etc/passwd>")),
             QStringLiteral("\\<file:///etc/passwd>"));
}

void TestCoeMarkdown::userTextStaysLiteralWhenRendered()
{
    Coe c = test::exampleCoe();
    c.title = QStringLiteral("T ") + kEvil;
    c.owner = QStringLiteral("O ") + kEvil;
    c.reviewers = {QStringLiteral("R ") + kEvil};
    c.summary = kEvil + QStringLiteral("\n\n![pic](file:///etc/passwd)");
    c.impact.consequences = kEvil;
    c.timeline[0].text = QStringLiteral("E ") + kEvil;
    c.timeline[0].source = QStringLiteral("file:///etc/passwd");
    c.timeline[3].gapExplanation = QStringLiteral("X ") + kEvil;
    c.metrics[0].name = QStringLiteral("M ") + kEvil;
    c.metrics[0].images[0].caption = QStringLiteral("C ") + kEvil;
    c.questions[0].question = QStringLiteral("Q ") + kEvil;
    c.questions[0].answer = kEvil;
    c.problem = QStringLiteral("P ") + kEvil;
    c.whys[0].why = QStringLiteral("W ") + kEvil;
    c.whys[0].because = QStringLiteral("B ") + kEvil;
    c.actionItems[0].title = QStringLiteral("A ") + kEvil;
    c.actionItems[0].owner = QStringLiteral("N ") + kEvil;
    c.actionItems[0].description = kEvil;
    c.related[0].title = QStringLiteral("L ") + kEvil;
    c.related[1].url = QStringLiteral("file:///etc/passwd");
    const MarkdownDocument md = CoeMarkdown::render(c, QStringLiteral("imgs"));
    auto doc = rendered(md.text);
    const QString text = doc->toPlainText();
    for (const QString& p : {QStringLiteral("T "), QStringLiteral("O "), QStringLiteral("R "), QStringLiteral("E "),
                             QStringLiteral("X "), QStringLiteral("M "), QStringLiteral("Q "), QStringLiteral("P "),
                             QStringLiteral("W "), QStringLiteral("B "), QStringLiteral("A "), QStringLiteral("N ")})
        QVERIFY2(text.contains(p + kEvil), qPrintable(p + QStringLiteral(" in:\n") + md.text.left(3000)));
    // The related link's title is link text: literal too.
    QVERIFY(text.contains(QStringLiteral("L ") + kEvil));
    // Markdown fields keep their Markdown (the link) but show HTML as typed.
    QVERIFY(text.contains(QStringLiteral("<b>bold</b> <img src=\"file:///etc/passwd\"> &amp; | x_y z l")));
    // The only image is the attached one. File addresses remain only where
    // the user's own Markdown made them links (never in plain fields).
    QCOMPARE(imageNames(doc.get()), QStringList{QStringLiteral("imgs/1-error-rate.png")});
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat f = it.fragment().charFormat();
            if (f.isAnchor() && f.anchorHref().startsWith(QLatin1String("file:")))
                QVERIFY2(it.fragment().text() == QStringLiteral("l") || it.fragment().text() == QStringLiteral("pic"),
                         qPrintable(it.fragment().text()));
        }
    }
}

void TestCoeMarkdown::missingValuesAreNamed()
{
    Coe c = test::exampleCoe();
    c.actionItems[0].owner.clear();
    c.actionItems[1].due = QDate();
    c.impact.customersAffected.reset();
    c.summary.clear();
    const QString text = CoeMarkdown::render(c, QStringLiteral("imgs")).text;
    QCOMPARE(text.count(QStringLiteral("*No owner*")), 1);
    QCOMPARE(text.count(QStringLiteral("*No due date*")), 1);
    QVERIFY(text.contains(QStringLiteral("| Customers affected | *unknown* |")));
    QVERIFY(text.contains(QStringLiteral("*No summary written.*")));
}

// Qt's Markdown reader sets heading fonts: it wants a QGuiApplication.
QTEST_MAIN(TestCoeMarkdown)
#include "TestCoeMarkdown.moc"
