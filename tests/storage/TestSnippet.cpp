// SPDX-License-Identifier: MIT
// The search snippets are made in C++ (Snippet.h), linear in the text: the
// tokens must be the ones FTS5's unicode61 tokenizer indexes, so that what
// the search found is what the snippet marks.
#include "storage/ArchiveSearch.h"
#include "storage/Snippet.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace hindsight;
using namespace hindsight::fulltext;

namespace {

QString marked(const QString& s)
{
    return QString(kMatchStart) + s + QString(kMatchEnd);
}

QStringList folded(const QString& text)
{
    QStringList out;
    for (const Token& t : tokenize(text))
        out << t.folded;
    return out;
}

} // namespace

class TestSnippet : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fts"));
        db.setDatabaseName(QStringLiteral(":memory:"));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY2(q.exec(QStringLiteral("CREATE VIRTUAL TABLE t USING fts5 (body, "
                                       "tokenize = 'unicode61 remove_diacritics 2')")),
                 qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance')")));
    }

    // Our tokens, in order, are FTS5's (fts5vocab lists what it indexed).
    void tokensAreFts5s_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("ascii") << QStringLiteral("The Connection-Pool was exhausted at 10:42, again.");
        QTest::newRow("diacritics") << QStringLiteral("Café crème, DÉJÀ vu; Ångström naïve résumé jalapeño");
        QTest::newRow("decomposed") << QStringLiteral("Cafe\u0301 cre\u0300me");
        QTest::newRow("apostrophes") << QStringLiteral("don't it's O'Brien's");
        QTest::newRow("digits") << QStringLiteral("v1.2.3 INC-4242 ٣٤ 10,000 ½");
        QTest::newRow("non-latin") << QStringLiteral("Straße Σίσυφος ПРИВЕТ 你好世界 ﬁle");
        QTest::newRow("symbols") << QStringLiteral("a+b=c <img src=x> \"quoted\" #tag @user $5 100%");
        QTest::newRow("emoji") << QStringLiteral("fire 🔥 drill 𝐁old");
        QTest::newRow("underscore") << QStringLiteral("SQLITE_ERROR snake_case_name");
    }
    void tokensAreFts5s()
    {
        QFETCH(QString, text);
        QSqlDatabase db = QSqlDatabase::database(QStringLiteral("fts"));
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("DELETE FROM t")));
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO t (rowid, body) VALUES (1, ?)")));
        q.addBindValue(text);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("SELECT term FROM v ORDER BY offset")));
        QStringList fts5;
        while (q.next())
            fts5 << q.value(0).toString();
        QCOMPARE(folded(text), fts5);
    }

    void parsesPrepareSearchsExpressions()
    {
        const SearchTerms terms = parseMatch(ftsQueryFor(QStringLiteral("Café \"Rolled BACK\" deplo")));
        QCOMPARE(terms.phrases.size(), 3);
        QCOMPARE(terms.phrases.at(0), QStringList{QStringLiteral("cafe")});
        QCOMPARE(terms.phrases.at(1), (QStringList{QStringLiteral("rolled"), QStringLiteral("back")}));
        QCOMPARE(terms.phrases.at(2), QStringList{QStringLiteral("deplo")});
        QVERIFY(terms.lastIsPrefix);

        const SearchTerms quote = parseMatch(ftsQueryFor(QStringLiteral("say \"\"\"hi\"")));
        QVERIFY(!quote.isEmpty());
        QVERIFY(parseMatch(QString()).isEmpty());
    }

    void marksWordsPhrasesAndPrefixes()
    {
        const QString body = QStringLiteral("We rolled back the deployment; the rollback ended the outage.");
        QCOMPARE(makeSnippet({QString(), body}, parseMatch(ftsQueryFor(QStringLiteral("\"rolled back\" deplo"))), 20),
                 QStringLiteral("We ") + marked(QStringLiteral("rolled back")) + QStringLiteral(" the ")
                     + marked(QStringLiteral("deployment"))
                     + QStringLiteral("; the rollback ended the outage."));
        // Case and diacritics are ignored; the user's characters are kept.
        QCOMPARE(makeSnippet({QStringLiteral("Le CAFÉ ferme")}, parseMatch(ftsQueryFor(QStringLiteral("cafe"))), 10),
                 QStringLiteral("Le ") + marked(QStringLiteral("CAFÉ")) + QStringLiteral(" ferme"));
        // No match in any text: empty (the caller shows the opening words).
        QVERIFY(makeSnippet({QStringLiteral("nothing here")}, parseMatch(ftsQueryFor(QStringLiteral("zeppelin"))), 10)
                    .isEmpty());
        // A word is whole unless it is the last one (a prefix).
        QVERIFY(makeSnippet({QStringLiteral("rollback")}, parseMatch(ftsQueryFor(QStringLiteral("roll x"))), 10)
                    .isEmpty());
    }

    // At most `words` tokens, around the window with the most distinct
    // phrases, with an ellipsis where the text goes on.
    void picksTheBestWindow()
    {
        QStringList words;
        for (int i = 0; i < 200; ++i)
            words << QStringLiteral("w%1").arg(i);
        words[20] = QStringLiteral("alpha");
        words[150] = QStringLiteral("alpha");
        words[153] = QStringLiteral("beta");
        const QString body = words.join(QLatin1Char(' '));
        const QString s = makeSnippet({QStringLiteral("title"), body}, parseMatch(ftsQueryFor(QStringLiteral("alpha beta"))), 12);
        QVERIFY2(s.contains(marked(QStringLiteral("alpha")) + QStringLiteral(" w151 w152 ") + marked(QStringLiteral("beta"))),
                 qPrintable(s));
        QVERIFY(s.startsWith(kSnippetEllipsis));
        QVERIFY(s.endsWith(kSnippetEllipsis));
        QCOMPARE(tokenize(s).size(), 12);
        // The title wins a tie: it comes first.
        const QString t = makeSnippet({QStringLiteral("alpha"), QStringLiteral("alpha")},
                                      parseMatch(ftsQueryFor(QStringLiteral("alpha"))), 12);
        QCOMPARE(t, marked(QStringLiteral("alpha")));
    }

    // The case that made FTS5's snippet() slow: a word on every line of a long
    // text. Every match in the window is marked; none outside it.
    void manyMatches()
    {
        const QString body = QStringLiteral("the entry of the day. ").repeated(5000);
        const QString s = makeSnippet({QString(), body}, parseMatch(ftsQueryFor(QStringLiteral("the"))), 12);
        int the = 0;
        for (const Token& t : tokenize(s))
            the += t.folded == QLatin1String("the");
        QCOMPARE(the, 5); // of 12 words
        QCOMPARE(s.count(kMatchStart), the);
        QCOMPARE(s.count(kMatchEnd), the);
        QCOMPARE(s.count(marked(QStringLiteral("the"))), the);
        QVERIFY(s.endsWith(kSnippetEllipsis));
    }

    // Issue #10: text where no match can start is skipped rather than
    // tokenized (a common word deep in long texts cost 2 ms of a 16 ms
    // search command). The snippets are the same as with every token read:
    // compared on random texts of ASCII words, punctuation, accents and
    // words that hold the query as a part.
    void skippingTextGivesTheSameSnippets()
    {
        const QStringList vocabulary = {
            QStringLiteral("deployment"), QStringLiteral("Deployment"), QStringLiteral("DEPLOYMENTS"),
            QStringLiteral("redeployment"), QStringLiteral("deploy"), QStringLiteral("rolled"),
            QStringLiteral("back"), QStringLiteral("the"), QStringLiteral("pool"), QStringLiteral("connection"),
            QStringLiteral("déployment"), QStringLiteral("café"), QStringLiteral("x1"), QStringLiteral("42"),
            QStringLiteral("over"), QStringLiteral("timeout"), QStringLiteral("alpha"), QStringLiteral("beta")};
        const QStringList separators = {QStringLiteral(" "), QStringLiteral(", "), QStringLiteral(". "),
                                        QStringLiteral("-"), QStringLiteral("\n"), QStringLiteral(" — "),
                                        QStringLiteral("_"), QStringLiteral("'")};
        const QStringList queries = {QStringLiteral("deployment"), QStringLiteral("deplo"),
                                     QStringLiteral("\"rolled back\""), QStringLiteral("\"rolled back the deployment\""),
                                     QStringLiteral("pool connection"), QStringLiteral("cafe"), QStringLiteral("42 x1"),
                                     QStringLiteral("alpha beta"), QStringLiteral("timeout over the"),
                                     QStringLiteral("deployments"), QStringLiteral("zeppelin")};
        QRandomGenerator random(20261204);
        int skippedTexts = 0;
        for (int round = 0; round < 150; ++round) {
            // Mostly filler, so that whole stretches hold no match.
            const int fillerRate = int(random.bounded(1, 60));
            const int length = int(random.bounded(20, 2500));
            QStringList texts;
            for (int t = 0; t < 3; ++t) {
                QString text;
                for (int w = 0; w < length; ++w) {
                    text += int(random.bounded(fillerRate + 1)) == 0
                        ? vocabulary.at(int(random.bounded(vocabulary.size())))
                        : QStringLiteral("filler%1").arg(random.bounded(50));
                    text += separators.at(int(random.bounded(separators.size())));
                }
                texts << text;
            }
            for (const QString& query : queries) {
                const SearchTerms terms = parseMatch(ftsQueryFor(query));
                for (int words : {1, 3, 12, 40}) {
                    const QString reference = detail::makeSnippet(texts, terms, words, false);
                    const QString skipped = detail::makeSnippet(texts, terms, words, true);
                    QVERIFY2(skipped == reference, qPrintable(QStringLiteral("round %1, query %2, %3 words:\n%4\n%5")
                                                                  .arg(round)
                                                                  .arg(query)
                                                                  .arg(words)
                                                                  .arg(reference, skipped)));
                    skippedTexts += length > 1000;
                }
            }
        }
        QVERIFY(skippedTexts > 0);
        // A phrase across the end of a stretch read, before and after a skip
        // (a first word alone makes the scan stop skipping there).
        const SearchTerms phrase = parseMatch(ftsQueryFor(QStringLiteral("\"rolled back the deployment\"")));
        for (int pad = 0; pad < 80; ++pad) {
            for (const QString& lead : {QString(), QStringLiteral("filler ").repeated(600) + QStringLiteral("rolled over ")}) {
                const QString text = lead + QStringLiteral("z ").repeated(1000 + pad)
                    + QStringLiteral("rolled back the deployment today ") + QStringLiteral("y ").repeated(600);
                for (int words : {4, 12}) {
                    const QString reference = detail::makeSnippet({text}, phrase, words, false);
                    QVERIFY(reference.contains(kMatchStart));
                    QCOMPARE(detail::makeSnippet({text}, phrase, words, true), reference);
                }
            }
        }
        // A match deep in a long text: the window and its ellipses as before.
        const QString body = QStringLiteral("filler words here, ").repeated(2000) + QStringLiteral("the Deployment failed. ")
            + QStringLiteral("more filler after. ").repeated(100);
        const QString s = makeSnippet({QString(), body}, parseMatch(ftsQueryFor(QStringLiteral("deployment"))), 12);
        QVERIFY2(s.startsWith(kSnippetEllipsis) && s.endsWith(kSnippetEllipsis), qPrintable(s));
        QVERIFY2(s.contains(QStringLiteral("the ") + marked(QStringLiteral("Deployment")) + QStringLiteral(" failed")),
                 qPrintable(s));
        QCOMPARE(tokenize(s).size(), 12);
    }
};

QTEST_GUILESS_MAIN(TestSnippet)
#include "TestSnippet.moc"
