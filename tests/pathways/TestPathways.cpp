// The pathway format (reading, validation, writing) and the progress engine, over the definitions
// and the credential list in tests/data/pathways/.
#include "PathwayTestData.h"

#include "pathways/PathwayEngine.h"
#include "pathways/PathwayFormat.h"

#include <QStandardPaths>
#include <QTest>

#include <algorithm>
#include <random>

using namespace Satchel;
using namespace SatchelTest;

class TestPathways : public QObject {
    Q_OBJECT

private:
    QList<EarnedCredential> m_credentials;
    QDateTime m_now = QDateTime(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC);

    Pathway load(const QString &name)
    {
        auto p = PathwayFormat::read(readFile(pathwayData(name)));
        if (!p)
            qFatal("%s: %s", qPrintable(name), qPrintable(p.error().message));
        return *p;
    }
    static const NodeProgress &node(const Pathway &p, const PathwayProgress &progress, const QString &id)
    {
        const int i = p.indexOf(id);
        if (i < 0)
            qFatal("no node %s", qPrintable(id));
        return progress.nodes.at(i);
    }
    QStringList counted(const NodeProgress &np) const
    {
        QStringList out;
        for (const CountedCredential &c : np.counted)
            out << m_credentials.at(c.credential).key + QLatin1Char(':') + c.matchedBy;
        return out;
    }
    QStringList skipped(const NodeProgress &np) const
    {
        QStringList out;
        for (const SkippedCredential &s : np.skipped)
            out << m_credentials.at(s.credential).key + QLatin1Char(':') + s.reason;
        return out;
    }
    static QStringList ids(const Pathway &p, const QList<int> &indices)
    {
        QStringList out;
        for (int i : indices)
            out << p.nodes.at(i).id;
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_credentials = loadCredentials(pathwayData(QStringLiteral("credentials.json")));
        QCOMPARE(m_credentials.size(), 9);
    }

    void readsValidDefinitions_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("nodes");
        QTest::addColumn<QString>("rootKind");
        QTest::newRow("all-rules") << "all-rules.json" << 12 << "allOf";
        QTest::newRow("credits") << "credits.json" << 8 << "atLeastCredits";
        QTest::newRow("nested-refs") << "nested-refs.json" << 9 << "atLeast";
    }
    void readsValidDefinitions()
    {
        QFETCH(QString, file);
        QFETCH(int, nodes);
        QFETCH(QString, rootKind);
        auto p = PathwayFormat::read(readFile(pathwayData(file)));
        QVERIFY2(p.ok(), p.ok() ? "" : qPrintable(p.error().message));
        QCOMPARE(p->nodes.size(), nodes);
        QCOMPARE(PathwayEngine::kindName(p->nodes.at(p->root).kind), rootKind);
        QCOMPARE(p->source, QStringLiteral("satchel"));
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("all-rules") << "all-rules.json";
        QTest::newRow("credits") << "credits.json";
        QTest::newRow("nested-refs") << "nested-refs.json";
    }
    void roundTrip()
    {
        QFETCH(QString, file);
        const Pathway p = load(file);
        const QByteArray written = PathwayFormat::write(p);
        auto again = PathwayFormat::read(written);
        QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().message));
        QCOMPARE(PathwayFormat::write(*again), written);
        QCOMPARE(again->nodes.size(), p.nodes.size());
        // The written form evaluates exactly like the original.
        PathwayEngine engine(m_credentials, m_now);
        QCOMPARE(engine.toJson(*again, engine.evaluate(*again)), engine.toJson(p, engine.evaluate(p)));
    }

    void nestedRefsKeepsSharedNode()
    {
        const Pathway p = load(QStringLiteral("nested-refs.json"));
        const int html = p.indexOf(QStringLiteral("html"));
        QVERIFY(p.nodes.at(p.indexOf(QStringLiteral("track-a"))).children.contains(html));
        QVERIFY(p.nodes.at(p.indexOf(QStringLiteral("track-b"))).children.contains(html));
        const QJsonObject written = PathwayFormat::toJson(p);
        QCOMPARE(written.value(QLatin1String("definitions")).toArray().size(), 1);
        QCOMPARE(written.value(QLatin1String("definitions")).toArray().at(0).toObject().value(QLatin1String("id")).toString(),
                 QStringLiteral("html"));
    }

    void rejectsFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("cycle") << "cycle.json" << "pathway-cycle" << "\"a\"";
        QTest::newRow("precedes-cycle") << "precedes-cycle.json" << "pathway-cycle" << "precedes";
    }
    void rejectsFiles()
    {
        QFETCH(QString, file);
        QFETCH(QString, code);
        QFETCH(QString, mentions);
        auto p = PathwayFormat::read(readFile(pathwayData(file)));
        QVERIFY(!p.ok());
        QCOMPARE(p.error().code, code);
        QVERIFY2(p.error().message.contains(mentions), qPrintable(p.error().message));
    }

    void rejectsInvalid_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("mentions");
        const QByteArray head = R"({"satchelPathway":1,"id":"p","name":"P","requirements":)";
        QTest::newRow("not json") << QByteArray("{\"satchelPathway\":1,") << "pathway-malformed" << "JSON";
        QTest::newRow("array") << QByteArray("[1]") << "pathway-malformed" << "object";
        QTest::newRow("no version") << QByteArray(R"({"id":"p","name":"P"})") << "pathway-not-satchel" << "satchelPathway";
        QTest::newRow("newer version") << QByteArray(R"({"satchelPathway":2,"id":"p","name":"P"})") << "pathway-version" << "version 2";
        QTest::newRow("version text") << QByteArray(R"({"satchelPathway":"1","id":"p","name":"P"})") << "pathway-invalid" << "satchelPathway";
        QTest::newRow("no name") << QByteArray(R"({"satchelPathway":1,"id":"p","requirements":{"achievementId":"x"}})") << "pathway-invalid" << "\"name\"";
        QTest::newRow("no requirements") << QByteArray(R"({"satchelPathway":1,"id":"p","name":"P"})") << "pathway-invalid" << "requirements";
        QTest::newRow("matches nothing") << head + R"({"id":"x"}})" << "pathway-invalid" << "achievementId";
        QTest::newRow("two group kinds") << head + R"({"allOf":[{"achievementId":"a"}],"atLeast":1,"of":[]}})" << "pathway-invalid" << "only one";
        QTest::newRow("atLeast too many") << head + R"({"atLeast":3,"of":[{"achievementId":"a"},{"achievementId":"b"}]}})" << "pathway-invalid" << "3 of only 2";
        QTest::newRow("atLeast zero") << head + R"({"atLeast":0,"of":[{"achievementId":"a"}]}})" << "pathway-invalid" << "atLeast";
        QTest::newRow("atLeast fraction") << head + R"({"atLeast":1.5,"of":[{"achievementId":"a"}]}})" << "pathway-invalid" << "whole number";
        QTest::newRow("credits negative") << head + R"({"atLeastCredits":-1,"from":[{"achievementId":"a"}]}})" << "pathway-invalid" << "atLeastCredits";
        QTest::newRow("empty group") << head + R"({"allOf":[]}})" << "pathway-invalid" << "non-empty";
        QTest::newRow("rule without tag or type") << head + R"({"rule":{"issuer":"i"}}})" << "pathway-invalid" << "requirements.rule";
        QTest::newRow("minResult without bound") << head + R"({"achievementId":"a","minResult":{"resultDescription":"r"}}})" << "pathway-invalid" << "minValue";
        QTest::newRow("unknown reference") << head + R"({"allOf":["nowhere"]}})" << "pathway-reference" << "nowhere";
        QTest::newRow("duplicate id") << head + R"({"allOf":[{"id":"a","achievementId":"x"},{"id":"a","achievementId":"y"}]}})" << "pathway-duplicate-id" << "\"a\"";
        QTest::newRow("precedes unknown") << head + R"({"allOf":[{"id":"a","achievementId":"x","precedes":["zz"]}]}})" << "pathway-reference" << "zz";
        QTest::newRow("precedes itself") << head + R"({"allOf":[{"id":"a","achievementId":"x","precedes":["a"]}]}})" << "pathway-cycle" << "itself";
        QTest::newRow("precedes a group") << head + R"({"id":"g","allOf":[{"id":"a","achievementId":"x","precedes":["g"]}]}})" << "pathway-invalid" << "ordering";
        QTest::newRow("self reference") << head + R"({"id":"r","allOf":["r"]}})" << "pathway-cycle" << "\"r\"";
        QTest::newRow("leaf key on group") << head + R"({"allOf":[{"achievementId":"a"}],"achievementId":"b"}})" << "pathway-invalid" << "group";
        QTest::newRow("count zero") << head + R"({"achievementId":"a","count":0}})" << "pathway-invalid" << "count";
        QTest::newRow("child not object") << head + R"({"allOf":[3]}})" << "pathway-invalid" << "allOf[0]";
        QTest::newRow("nested path in message") << head + R"({"allOf":[{"allOf":[{"achievementId":5}]}]}})" << "pathway-invalid" << "requirements.allOf[0].allOf[0]";

        // Depth: 40 nested groups (the bound is 32).
        QByteArray deep = head;
        for (int i = 0; i < 40; ++i)
            deep += R"({"allOf":[)";
        deep += R"({"achievementId":"a"})";
        for (int i = 0; i < 40; ++i)
            deep += "]}";
        deep += "}";
        QTest::newRow("too deep") << deep << "pathway-too-deep" << "32";
        // JSON nesting past any pathway's (arrays inside arrays): says so, not "not JSON".
        QTest::newRow("json too deep") << head + QByteArray(5000, '[') + QByteArray(5000, ']') + "}" << "pathway-too-deep"
                                       << "nested deeper";
        // A member named twice: which one counts depends on the reader, so neither does.
        QTest::newRow("member named twice") << head + R"({"achievementId":"a","achievementId":"b"}})"
                                            << "pathway-malformed" << "\"achievementId\" appears twice";

        // Size: more requirements than the bound.
        QByteArray wide = head + R"({"atLeast":1,"of":[)";
        for (int i = 0; i < 450; ++i)
            wide += (i ? "," : "") + QByteArray(R"({"allOf":[{"achievementId":"a"},{"achievementId":"b"},{"achievementId":"c"},{"achievementId":"d"}]})");
        wide += "]}}";
        QTest::newRow("too many nodes") << wide << "pathway-too-large" << "2000";
        QTest::newRow("file too large") << QByteArray(PathwayFormat::kMaxFileBytes + 1, ' ') << "pathway-too-large" << "KiB";

        // A diamond-shaped DAG is fine even though it would be huge as a tree; a cycle deep inside is not.
        QTest::newRow("deep cycle") << head + R"({"allOf":["a"]},"definitions":[{"id":"a","allOf":["b"]},{"id":"b","allOf":["c"]},{"id":"c","allOf":["a",{"achievementId":"x"}]}]})"
                                    << "pathway-cycle" << "\"c\"";
    }
    void rejectsInvalid()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, code);
        QFETCH(QString, mentions);
        auto p = PathwayFormat::read(json);
        QVERIFY2(!p.ok(), "accepted an invalid definition");
        QCOMPARE(p.error().code, code);
        QVERIFY2(p.error().message.contains(mentions), qPrintable(p.error().message));
    }

    void diamondIsLinear()
    {
        // 30 levels of diamonds: 2^30 paths, 61 nodes. Validation and evaluation stay linear.
        // (Built with QJson rather than raw string literals, which moc misreads here.)
        auto level = [](int i, char side) { return QStringLiteral("l%1%2").arg(i).arg(QLatin1Char(side)); };
        QJsonArray definitions;
        for (int i = 0; i < 30; ++i) {
            const QJsonArray next = i + 1 < 30 ? QJsonArray{level(i + 1, 'a'), level(i + 1, 'b')}
                                               : QJsonArray{QStringLiteral("leaf")};
            definitions.append(QJsonObject{{QStringLiteral("id"), level(i, 'a')}, {QStringLiteral("allOf"), next}});
            definitions.append(QJsonObject{{QStringLiteral("id"), level(i, 'b')}, {QStringLiteral("atLeast"), 1},
                                           {QStringLiteral("of"), next}});
        }
        definitions.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("leaf")},
                                       {QStringLiteral("achievementId"), QStringLiteral("https://uni.example/ach/python-101")}});
        const QJsonObject root{{QStringLiteral("allOf"), QJsonArray{level(0, 'a'), level(0, 'b')}}};
        const QByteArray json = QJsonDocument(QJsonObject{{QStringLiteral("satchelPathway"), 1},
                                                          {QStringLiteral("id"), QStringLiteral("d")},
                                                          {QStringLiteral("name"), QStringLiteral("D")},
                                                          {QStringLiteral("requirements"), root},
                                                          {QStringLiteral("definitions"), definitions}})
                                    .toJson();
        auto p = PathwayFormat::read(json);
        QVERIFY2(p.ok(), p.ok() ? "" : qPrintable(p.error().message));
        PathwayEngine engine(m_credentials, m_now);
        const PathwayProgress progress = engine.evaluate(*p);
        QVERIFY(progress.satisfied);
        const QByteArray shown = QJsonDocument(engine.toJson(*p, progress)).toJson(QJsonDocument::Compact);
        QVERIFY2(shown.size() < 20000, "shared nodes must be written once");
    }

    void allRules()
    {
        const Pathway p = load(QStringLiteral("all-rules.json"));
        PathwayEngine engine(m_credentials, m_now);
        const PathwayProgress progress = engine.evaluate(p);

        QCOMPARE(counted(node(p, progress, QStringLiteral("python"))), QStringList{QStringLiteral("c1:achievementId")});
        QCOMPARE(counted(node(p, progress, QStringLiteral("sql"))), QStringList{QStringLiteral("c2:alternativeId")});
        QCOMPARE(counted(node(p, progress, QStringLiteral("stats"))), QStringList{QStringLiteral("c3:alignment")});
        QCOMPARE(counted(node(p, progress, QStringLiteral("viz"))), QStringList{QStringLiteral("c4:rule")});
        QCOMPARE(counted(node(p, progress, QStringLiteral("micro"))), QStringList{QStringLiteral("c9:rule")});
        QCOMPARE(skipped(node(p, progress, QStringLiteral("ml"))), QStringList{QStringLiteral("c5:revoked")});
        QCOMPARE(skipped(node(p, progress, QStringLiteral("safety"))), QStringList{QStringLiteral("c6:expired")});
        QVERIFY(node(p, progress, QStringLiteral("safety")).skipped.at(0).message.contains(QStringLiteral("2026-01-01")));
        // The capstone's grade (65) passes, but it was issued before Intro to Python, which must precede it.
        QCOMPARE(skipped(node(p, progress, QStringLiteral("capstone"))), QStringList{QStringLiteral("c7:order")});
        QCOMPARE(skipped(node(p, progress, QStringLiteral("ethics"))), QStringList{QStringLiteral("c8:invalid")});

        QVERIFY(node(p, progress, QStringLiteral("foundations")).satisfied);
        const NodeProgress &electives = node(p, progress, QStringLiteral("electives"));
        QVERIFY(electives.satisfied);
        QCOMPARE(electives.have, 3);
        QCOMPARE(electives.need, 2);
        QVERIFY(!progress.satisfied);
        QCOMPARE(progress.percent, 40.0);
        const NodeProgress &root = node(p, progress, QStringLiteral("root"));
        QCOMPARE(root.have, 2);
        QCOMPARE(root.need, 5);
        QCOMPARE(ids(p, root.next), (QStringList{QStringLiteral("safety"), QStringLiteral("capstone"), QStringLiteral("ethics")}));
        QCOMPARE(ids(p, root.missing), (QStringList{QStringLiteral("safety"), QStringLiteral("capstone"), QStringLiteral("ethics")}));
        QCOMPARE(root.cost, 3);
    }

    void minResult_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("expected");
        QTest::newRow("85 >= 80") << R"("minValue":80)" << "c4:rule";
        QTest::newRow("85 >= 85") << R"("minValue":85)" << "c4:rule";
        QTest::newRow("85 < 90") << R"("minValue":90)" << "c4:result-too-low";
        QTest::newRow("accepted value") << R"("acceptedValues":["85","90"])" << "c4:rule";
        QTest::newRow("not accepted") << R"("acceptedValues":["A"])" << "c4:result-too-low";
        QTest::newRow("other description") << R"("minValue":1,"resultDescription":"urn:rd:other")" << "c4:result-missing";
    }
    void minResult()
    {
        QFETCH(QString, rule);
        QFETCH(QString, expected);
        QString minResult = R"({"resultDescription":"urn:rd:grade",)" + rule + "}";
        if (rule.contains(QLatin1String("resultDescription")))
            minResult = "{" + rule + "}";
        const QByteArray json = (R"({"satchelPathway":1,"id":"p","name":"P","requirements":{"id":"v","rule":{"tag":"visualization"},"minResult":)"
                                 + minResult + "}}").toUtf8();
        auto p = PathwayFormat::read(json);
        QVERIFY2(p.ok(), p.ok() ? "" : qPrintable(p.error().message));
        PathwayEngine engine(m_credentials, m_now);
        const PathwayProgress progress = engine.evaluate(*p);
        const NodeProgress &leaf = progress.nodes.at(p->root);
        QCOMPARE((counted(leaf) + skipped(leaf)), QStringList{expected});
        QCOMPARE(leaf.satisfied, expected.endsWith(QLatin1String(":rule")));
    }

    void credits()
    {
        const Pathway p = load(QStringLiteral("credits.json"));
        PathwayEngine engine(m_credentials, m_now);
        const PathwayProgress progress = engine.evaluate(p);
        const NodeProgress &root = progress.nodes.at(p.root);
        // python 3 (creditsEarned) + statistics 4 (creditsAvailable; counted by two leaves, once) +
        // cloud 2 + first aid 1 (expired, allowed here). Machine Learning is revoked.
        QCOMPARE(root.creditsEarned, 10.0);
        QCOMPARE(root.creditsRequired, 12.0);
        QVERIFY(!root.satisfied);
        QCOMPARE(qRound(progress.percent * 10), 833);
        QCOMPARE(counted(node(p, progress, QStringLiteral("stats-again"))), QStringList{QStringLiteral("c3:alternativeId")});
        QCOMPARE(counted(node(p, progress, QStringLiteral("first-aid"))), QStringList{QStringLiteral("c6:achievementId")});
        QCOMPARE(skipped(node(p, progress, QStringLiteral("ml"))), QStringList{QStringLiteral("c5:revoked")});
        // 2 credits short: the 5-credit databases course covers it alone.
        QCOMPARE(ids(p, root.next), QStringList{QStringLiteral("databases")});
        QCOMPARE(ids(p, root.missing), (QStringList{QStringLiteral("ml"), QStringLiteral("databases")}));

        // With the expired first aid not allowed, 9 credits.
        Pathway strict = p;
        strict.nodes[strict.indexOf(QStringLiteral("first-aid"))].mustBeValid = true;
        QCOMPARE(engine.evaluate(strict).nodes.at(p.root).creditsEarned, 9.0);
        // Before it expired it counted anyway.
        PathwayEngine earlier(m_credentials, QDateTime(QDate(2025, 12, 1), QTime(0, 0), Qt::UTC));
        QCOMPARE(earlier.evaluate(strict).nodes.at(p.root).creditsEarned, 10.0);
    }

    void statuses_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("expected");
        QTest::newRow("valid") << "valid" << "c1:achievementId";
        QTest::newRow("not verified") << "" << "c1:achievementId";
        QTest::newRow("unknown") << "unknown" << "c1:achievementId";
        QTest::newRow("revoked") << "revoked" << "c1:revoked";
        QTest::newRow("invalid") << "invalid" << "c1:invalid";
        QTest::newRow("not-yet-valid") << "not-yet-valid" << "c1:not-yet-valid";
        QTest::newRow("expired") << "expired" << "c1:expired";
    }
    void statuses()
    {
        QFETCH(QString, status);
        QFETCH(QString, expected);
        QList<EarnedCredential> credentials = m_credentials;
        credentials[0].status = status;
        const Pathway p = load(QStringLiteral("all-rules.json"));
        PathwayEngine engine(credentials, m_now);
        const PathwayProgress progress = engine.evaluate(p); // a reference into a temporary dangles
        const NodeProgress &python = progress.nodes.at(p.indexOf(QStringLiteral("python")));
        QCOMPARE(counted(python) + skipped(python), QStringList{expected});
    }

    void sameAchievementTwiceCountsOnce()
    {
        // The python badge again (e.g. its copy inside a CLR): still 3 credits, and not 2 badges.
        QList<EarnedCredential> twice = m_credentials;
        EarnedCredential copy = m_credentials.at(0);
        copy.key = QStringLiteral("c1-copy");
        copy.issued = copy.issued.addDays(30);
        twice.append(copy);
        PathwayEngine engine(twice, m_now);
        const Pathway p = load(QStringLiteral("credits.json"));
        const PathwayProgress progress = engine.evaluate(p);
        const NodeProgress &python = progress.nodes.at(p.indexOf(QStringLiteral("python")));
        QCOMPARE(python.counted.size(), 2);
        QCOMPARE(python.have, 1);
        QCOMPARE(progress.nodes.at(p.root).creditsEarned, 10.0);

        Pathway two = p;
        two.nodes[two.indexOf(QStringLiteral("python"))].count = 2;
        const PathwayProgress twoProgress = engine.evaluate(two);
        const NodeProgress &needsTwo = twoProgress.nodes.at(two.indexOf(QStringLiteral("python")));
        QVERIFY(!needsTwo.satisfied);
        QCOMPARE(needsTwo.percent, 50.0);
    }

    void nestedRefsNextRespectsPrecedes()
    {
        const Pathway p = load(QStringLiteral("nested-refs.json"));
        PathwayEngine engine(m_credentials, m_now);
        const PathwayProgress progress = engine.evaluate(p);
        QVERIFY(node(p, progress, QStringLiteral("track-c")).satisfied);
        QCOMPARE(progress.percent, 50.0);
        // js waits for html (html precedes js): its next step is html, and it costs two badges.
        const NodeProgress &js = node(p, progress, QStringLiteral("js"));
        QCOMPARE(ids(p, js.waitingFor), QStringList{QStringLiteral("html")});
        QCOMPARE(ids(p, js.next), QStringList{QStringLiteral("html")});
        QCOMPARE(js.cost, 2);
        // Design (html + css, 2 badges) is quicker than Front end (html then js, 3).
        QCOMPARE(ids(p, progress.nodes.at(p.root).next), (QStringList{QStringLiteral("css"), QStringLiteral("html")}));
        QCOMPARE(progress.nodes.at(p.root).cost, 2);

        // Once html is earned, js no longer waits, and js's credential issued after html counts.
        QList<EarnedCredential> more = m_credentials;
        EarnedCredential html;
        html.key = QStringLiteral("h");
        html.achievementId = QStringLiteral("https://web.example/html");
        html.issued = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
        EarnedCredential js2 = html;
        js2.key = QStringLiteral("j");
        js2.achievementId = QStringLiteral("https://web.example/js");
        js2.issued = html.issued.addDays(10);
        more << html << js2;
        PathwayEngine second(more, m_now);
        const PathwayProgress done = second.evaluate(p);
        QVERIFY(done.satisfied);
        QCOMPARE(done.percent, 100.0);
        QVERIFY(done.nodes.at(p.root).next.isEmpty());

        // js issued before html does not count.
        more.last().issued = html.issued.addDays(-1);
        PathwayEngine third(more, m_now);
        const PathwayProgress outOfOrder = third.evaluate(p);
        const NodeProgress &js3 = outOfOrder.nodes.at(p.indexOf(QStringLiteral("js")));
        QCOMPARE(js3.skipped.size(), 1);
        QCOMPARE(js3.skipped.at(0).reason, QStringLiteral("order"));
        QVERIFY(js3.skipped.at(0).message.contains(QStringLiteral("HTML")));
        // Front end and Design each have html only; Scripting alone is not two tracks.
        QVERIFY(!outOfOrder.satisfied);
        QCOMPARE(outOfOrder.percent, 75.0);
        // Both tracks need one more badge; the first in definition order (a new js after html) is proposed.
        QCOMPARE(ids(p, outOfOrder.nodes.at(p.root).next), QStringList{QStringLiteral("js")});
    }

    void badgeCountedByTwoPathways()
    {
        const Pathway a = load(QStringLiteral("all-rules.json"));
        const Pathway b = load(QStringLiteral("credits.json"));
        PathwayEngine engine(m_credentials, m_now);
        const PathwayProgress pa = engine.evaluate(a);
        const PathwayProgress pb = engine.evaluate(b);
        auto keys = [this](const PathwayProgress &pr) {
            QStringList out;
            for (int i : pr.usedCredentials)
                out << m_credentials.at(i).key;
            return out;
        };
        QCOMPARE(keys(pa), (QStringList{QStringLiteral("c1"), QStringLiteral("c2"), QStringLiteral("c3"), QStringLiteral("c4"), QStringLiteral("c9")}));
        QCOMPARE(keys(pb), (QStringList{QStringLiteral("c1"), QStringLiteral("c3"), QStringLiteral("c6"), QStringLiteral("c9")}));
    }

    void golden()
    {
        const Pathway p = load(QStringLiteral("all-rules.json"));
        PathwayEngine engine(m_credentials, m_now);
        const QJsonObject shown = engine.toJson(p, engine.evaluate(p));
        const QString goldenPath = pathwayData(QStringLiteral("expected/all-rules.show.json"));
        if (qEnvironmentVariableIsSet("SATCHEL_UPDATE_GOLDEN")) {
            QFile f(goldenPath);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QJsonDocument(shown).toJson(QJsonDocument::Indented));
        }
        QCOMPARE(shown, readJsonObject(goldenPath));
        const QJsonObject summary = engine.summaryJson(p, engine.evaluate(p));
        QCOMPARE(summary.value(QLatin1String("percent")).toDouble(), 40.0);
        QCOMPARE(summary.value(QLatin1String("satisfied")).toBool(), false);
        QCOMPARE(summary.value(QLatin1String("missing")).toArray().size(), 3);
    }

    void deterministic()
    {
        const Pathway p = load(QStringLiteral("all-rules.json"));
        PathwayEngine engine(m_credentials, m_now);
        const QJsonObject first = engine.toJson(p, engine.evaluate(p));
        QCOMPARE(engine.toJson(p, engine.evaluate(p)), first);
        // The wallet's order does not change the outcome.
        QList<EarnedCredential> shuffled = m_credentials;
        std::mt19937 random(42);
        for (int round = 0; round < 5; ++round) {
            std::shuffle(shuffled.begin(), shuffled.end(), random);
            PathwayEngine other(shuffled, m_now);
            QCOMPARE(other.toJson(p, other.evaluate(p)), first);
        }
    }

    void fromCredential()
    {
        Credential c;
        c.name = QStringLiteral("Badge");
        c.achievement.id = QStringLiteral("urn:a");
        c.achievement.related.append(Identifier{QStringLiteral("related"), QStringLiteral("urn:a-old")});
        c.achievement.otherIdentifiers.append(Identifier{QStringLiteral("sourcedId"), QStringLiteral("COURSE-1")});
        Alignment al;
        al.targetUrl = QStringLiteral("https://ce.example/1");
        c.achievement.alignments.append(al);
        c.achievement.creditsAvailable = 2;
        c.issuer.id = QStringLiteral("did:web:issuer.example");
        c.issued = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
        c.revokedFlag = true;
        const EarnedCredential e = EarnedCredential::fromCredential(c, QStringLiteral("7"));
        QCOMPARE(e.alternativeIds, (QStringList{QStringLiteral("urn:a-old"), QStringLiteral("COURSE-1")}));
        QCOMPARE(e.alignmentUrls, QStringList{QStringLiteral("https://ce.example/1")});
        QCOMPARE(e.status, QStringLiteral("revoked"));
        QCOMPARE(e.issued, c.issued);
        QCOMPARE(*e.creditsAvailable, 2.0);
        QCOMPARE(EarnedCredential::fromCredential(c, QStringLiteral("7"), QStringLiteral("valid")).status, QStringLiteral("valid"));
    }
};

QTEST_GUILESS_MAIN(TestPathways)
#include "TestPathways.moc"
