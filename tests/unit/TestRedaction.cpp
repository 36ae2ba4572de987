// SPDX-License-Identifier: MIT
// Redaction for the customer-facing export: fixture text in, every listed
// kind of detail replaced, nothing else changed, the COE itself unchanged.
#include "ExampleCoe.h"
#include "TestSupport.h"
#include "report/Redaction.h"

#include <QtTest>

using namespace hindsight;
using namespace hindsight::report;

namespace {

RedactionOptions fixtureOptions()
{
    RedactionOptions o;
    o.teamNames = {QStringLiteral("Payments Crew Alpha"), QStringLiteral("Nimbus")};
    o.hostPatterns = {QStringLiteral("*.corp.example.com"), QStringLiteral("db-??")};
    o.internalDomains = {QStringLiteral("wiki.internal.example"), QStringLiteral("corp.example.com")};
    o.knownNames = {QStringLiteral("Ravi Kumar")};
    return o;
}

Coe fixtureCoe()
{
    Coe c = test::exampleCoe();                   // owner Dana Ortiz, reviewers Sam Lee and Priya Natarajan
    c.reviewers.append(QStringLiteral("Nimbus")); // marked as a team
    c.summary = QStringLiteral(
        "Dana Ortiz and Sam Lee (sam.lee@example.com) saw 10.0.12.7 and 2001:db8::8a2e:370:7334 fail at "
        "14:02:33.\n"
        "Ravi Kumar restarted db-01 and api-3.corp.example.com; see https://wiki.internal.example/x?y=1, "
        "https://status.example.org/incident and fe80::1.\n"
        "Nimbus paged oncall@example.com; versions 1.2.3 and 4.5.6.7.8 and MAC 00:1a:2b:3c:4d:5e stay, "
        "and so does dana (lower case) and db-123 and ::ffff:192.168.1.20.");
    c.timeline[0].text =
        QStringLiteral("Priya Natarajan asked PRIYA NATARAJAN's pager; 1:2:3:4:5:6:7:8 down.");
    return c;
}

} // namespace

class TestRedaction : public QObject
{
    Q_OBJECT
private slots:
    void redactsEveryKindAndNothingElse();
    void listsEveryReplacementAndKeepsExcluded();
    void personFieldsBecomeNeutralTeamsStay();
    void ipv6Recognition_data();
    void ipv6Recognition();
};

void TestRedaction::redactsEveryKindAndNothingElse()
{
    const Coe original = fixtureCoe();
    const Coe copy = original;
    const RedactionResult result = Redaction::redact(original, fixtureOptions());

    QCOMPARE(
        result.coe.summary,
        QStringLiteral(
            "an engineer and an engineer ([e-mail address]) saw [IP address] and [IP address] fail at "
            "14:02:33.\n"
            "an engineer restarted [host] and [host]; see [internal link], "
            "https://status.example.org/incident and [IP address].\n"
            "Nimbus paged [e-mail address]; versions 1.2.3 and 4.5.6.7.8 and MAC 00:1a:2b:3c:4d:5e stay, "
            "and so does dana (lower case) and db-123 and [IP address]."));
    QCOMPARE(result.coe.timeline[0].text,
             QStringLiteral("an engineer asked an engineer's pager; [IP address] down."));
    QCOMPARE(result.coe.owner, QStringLiteral("an engineer"));
    QCOMPARE(result.coe.reviewers, (QStringList{QStringLiteral("an engineer"), QStringLiteral("Nimbus")}));
    for (const ActionItem& a : result.coe.actionItems)
        QVERIFY2(a.owner.isEmpty() || a.owner == QLatin1String("an engineer"), qPrintable(a.owner));

    // Everything else as it was: put the changed fields back and compare.
    Coe back = result.coe;
    back.summary = original.summary;
    back.timeline[0].text = original.timeline[0].text;
    back.owner = original.owner;
    back.reviewers = original.reviewers;
    for (qsizetype i = 0; i < back.actionItems.size(); ++i)
        back.actionItems[i].owner = original.actionItems[i].owner;
    // The example's other texts hold no e-mail, address, listed host or name.
    QSet<QString> otherPaths;
    for (const Replacement& r : result.replacements)
        otherPaths.insert(r.path);
    otherPaths.remove(QStringLiteral("summary"));
    otherPaths.remove(QStringLiteral("timeline[0].text"));
    otherPaths.remove(QStringLiteral("owner"));
    for (qsizetype i = 0; i < original.reviewers.size(); ++i)
        otherPaths.remove(QStringLiteral("reviewers[%1]").arg(i));
    for (qsizetype i = 0; i < original.actionItems.size(); ++i)
        otherPaths.remove(QStringLiteral("action_items[%1].owner").arg(i));
    QVERIFY2(otherPaths.isEmpty(),
             qPrintable(QStringList(otherPaths.cbegin(), otherPaths.cend()).join(u' ')));
    QVERIFY(back.sameContent(original));

    // The COE given is unchanged.
    QVERIFY(original.sameContent(copy));
    QCOMPARE(original.summary, copy.summary);
    QCOMPARE(original.owner, copy.owner);
}

void TestRedaction::listsEveryReplacementAndKeepsExcluded()
{
    const Coe coe = fixtureCoe();
    const RedactionResult all = Redaction::redactText(coe, fixtureOptions());
    QList<Replacement> summary;
    for (const Replacement& r : all.replacements) {
        if (r.path == QLatin1String("summary"))
            summary.append(r);
    }
    const QStringList expected{QStringLiteral("Dana Ortiz"),
                               QStringLiteral("Sam Lee"),
                               QStringLiteral("sam.lee@example.com"),
                               QStringLiteral("10.0.12.7"),
                               QStringLiteral("2001:db8::8a2e:370:7334"),
                               QStringLiteral("Ravi Kumar"),
                               QStringLiteral("db-01"),
                               QStringLiteral("api-3.corp.example.com"),
                               QStringLiteral("https://wiki.internal.example/x?y=1"),
                               QStringLiteral("fe80::1"),
                               QStringLiteral("oncall@example.com"),
                               QStringLiteral("::ffff:192.168.1.20")};
    QStringList originals;
    for (const Replacement& r : summary)
        originals.append(r.original);
    QCOMPARE(originals, expected);
    QCOMPARE(summary.at(2).replacement, QStringLiteral("[e-mail address]"));
    QCOMPARE(summary.at(8).replacement, QStringLiteral("[internal link]"));

    // Keep two: they stay, the rest goes.
    const QSet<QString> kept{summary.at(1).key(), summary.at(3).key()};
    const RedactionResult some = Redaction::redactText(coe, fixtureOptions(), kept);
    QVERIFY(some.coe.summary.contains(QLatin1String("Sam Lee (")));
    QVERIFY(some.coe.summary.contains(QLatin1String("saw 10.0.12.7 and")));
    QVERIFY(!some.coe.summary.contains(QLatin1String("Dana Ortiz")));
    QCOMPARE(some.replacements.size(), all.replacements.size() - 2);
}

void TestRedaction::personFieldsBecomeNeutralTeamsStay()
{
    Coe coe = test::exampleCoe();
    coe.owner = QStringLiteral("Payments Crew Alpha");
    coe.actionItems[0].owner = QStringLiteral("SRE on-call");
    const RedactionResult result = Redaction::hideNames(coe, fixtureOptions());
    QCOMPARE(result.coe.owner, coe.owner);
    QCOMPARE(result.coe.actionItems[0].owner, coe.actionItems[0].owner);
    QCOMPARE(result.coe.reviewers, QStringList{QStringLiteral("an engineer")});
    QCOMPARE(result.replacements.first(),
             (Replacement{QStringLiteral("reviewers[0]"), QStringLiteral("Sam Lee"),
                          QStringLiteral("an engineer")}));
    // Text is not touched by hideNames.
    QCOMPARE(result.coe.summary, coe.summary);
}

void TestRedaction::ipv6Recognition_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ipv6");
    QTest::newRow("full") << QStringLiteral("2001:0db8:85a3:0000:0000:8a2e:0370:7334") << true;
    QTest::newRow("compressed") << QStringLiteral("2001:db8::1") << true;
    QTest::newRow("loopback") << QStringLiteral("::1") << true;
    QTest::newRow("v4 tail") << QStringLiteral("::ffff:10.0.0.1") << true;
    QTest::newRow("trailing ::") << QStringLiteral("fe80::") << true;
    QTest::newRow("time") << QStringLiteral("14:02:33") << false;
    QTest::newRow("mac") << QStringLiteral("00:1a:2b:3c:4d:5e") << false;
    QTest::newRow("two ::") << QStringLiteral("1::2::3") << false;
    QTest::newRow("nine groups") << QStringLiteral("1:2:3:4:5:6:7:8:9") << false;
    QTest::newRow("long group") << QStringLiteral("12345::1") << false;
    QTest::newRow("bare ::") << QStringLiteral("::") << false;
}

void TestRedaction::ipv6Recognition()
{
    QFETCH(QString, text);
    QFETCH(bool, ipv6);
    QCOMPARE(Redaction::isIpv6(text), ipv6);
}

QTEST_MAIN(TestRedaction)
#include "TestRedaction.moc"
