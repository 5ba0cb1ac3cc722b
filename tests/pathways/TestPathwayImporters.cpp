// Importers into the pathway model: CLR 2.0 association graphs (the public CLR fixtures and refvc's
// CLR) and the Badgr/Canvas junction model.
#include "PathwayTestData.h"

#include "pathways/BadgrPathwayImporter.h"
#include "pathways/ClrPathwayImporter.h"
#include "pathways/PathwayEngine.h"
#include "pathways/PathwayFormat.h"
#include "pathways/PathwayReader.h"

#include <QStandardPaths>
#include <QTest>

using namespace Satchel;
using namespace SatchelTest;

namespace {

QString fixture(const QString &relative)
{
    return QStringLiteral(SATCHEL_FIXTURES_DIR "/") + relative;
}

QStringList leafIds(const Pathway &p)
{
    QStringList out;
    for (const PathwayNode &n : p.nodes)
        if (n.kind == PathwayNodeKind::Leaf)
            out << n.achievementId;
    return out;
}

} // namespace

class TestPathwayImporters : public QObject {
    Q_OBJECT

    QDateTime m_now = QDateTime(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC);

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void clrFixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("root");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("leaves");
        QTest::addColumn<int>("nested");
        QTest::addColumn<QStringList>("earned");   // leaves satisfied by the CLR's own credentials
        QTest::addColumn<double>("percent");
        QTest::newRow("clr2-testvector")
            << "external/1EdTech-openbadges-specification/clr2-testvector/credential-signed.json"
            << "urn:uuid:a7467ef6-56cb-11ec-bf63-0242ac130002" << "Achievement 1"
            << QStringList{"urn:uuid:dd887f0a-56cb-11ec-bf63-0242ac130002"} << 1 << QStringList{} << 0.0;
        QTest::newRow("validator clr20/simple")
            << "external/1EdTech-digital-credentials-public-validator/clr20/simple.json"
            << "urn:uuid:a7467ef6-56cb-11ec-bf63-0242ac130002" << "Achievement 1"
            << QStringList{"urn:uuid:dd887f0a-56cb-11ec-bf63-0242ac130002"} << 1 << QStringList{} << 0.0;
        // isParentOf x4 plus "4072 isPartOf 3314": five requirements of 3314; the CLR holds
        // credentials for bb9a and 0f09 (and for 3314 itself, which names the pathway: the CLR has
        // no achievement[] list).
        QTest::newRow("validator clr20/complex")
            << "external/1EdTech-digital-credentials-public-validator/clr20/complex.json"
            << "urn:uuid:3314c2c0-2ee9-4183-838b-470c15ddfb08" << "Nurse Assistant 1 Program with Licensure"
            << QStringList{"urn:uuid:bb9a27e6-3a2d-413b-b0c7-97ef9dfdde22", "urn:uuid:0f09ae53-33ae-4472-8daa-d7381b859e6c",
                           "urn:uuid:6364db90-edf9-47b9-b92b-4b116cac19a5", "urn:uuid:e935e820-d9a0-4e9e-8b84-6ec82caabaf7",
                           "urn:uuid:4072f4b6-75e9-42ed-8b95-b92711310dbe"}
            << 6
            << QStringList{"urn:uuid:bb9a27e6-3a2d-413b-b0c7-97ef9dfdde22", "urn:uuid:0f09ae53-33ae-4472-8daa-d7381b859e6c"}
            << 40.0;
        QTest::newRow("refvc clr-valid")
            << "refvc/clr/clr-valid.json"
            << "urn:uuid:19f8f12a-fca2-4589-a16d-34ae75ea1f9d" << "Eastgate Vocational Centre Certificate in Information Technology"
            << QStringList{"urn:uuid:d88ebb19-58f3-493a-8894-29001c3e2512", "urn:uuid:3794f81f-143b-4721-b3c8-92146d5f8e45",
                           "urn:uuid:9fc8e444-f57b-43da-8aff-5515b6c7fc75"}
            << 3
            << QStringList{"urn:uuid:d88ebb19-58f3-493a-8894-29001c3e2512", "urn:uuid:3794f81f-143b-4721-b3c8-92146d5f8e45",
                           "urn:uuid:9fc8e444-f57b-43da-8aff-5515b6c7fc75"}
            << 100.0;
    }
    void clrFixtures()
    {
        QFETCH(QString, file);
        QFETCH(QString, root);
        QFETCH(QString, name);
        QFETCH(QStringList, leaves);
        QFETCH(int, nested);
        QFETCH(QStringList, earned);
        QFETCH(double, percent);

        const QJsonObject json = readJsonObject(fixture(file));
        QVERIFY(!json.isEmpty());
        const Credential clr = ClrPathwayImporter::clrFromJson(json);
        QCOMPARE(clr.nested.size(), nested);
        auto pathways = ClrPathwayImporter::fromClr(clr);
        QVERIFY2(pathways.ok(), pathways.ok() ? "" : qPrintable(pathways.error().message));
        QCOMPARE(pathways->size(), 1);
        const Pathway &p = pathways->first();
        QCOMPARE(p.source, QStringLiteral("clr"));
        QCOMPARE(p.id, clr.id);
        QCOMPARE(p.nodes.at(p.root).id, root);
        QCOMPARE(p.nodes.at(p.root).kind, PathwayNodeKind::AllOf);
        QCOMPARE(p.name, name);
        QVERIFY(p.target.has_value());
        QCOMPARE(p.target->achievementId, root);
        QCOMPARE(leafIds(p), leaves);
        QVERIFY(PathwayFormat::validate(p).ok());

        // Evaluate against the credentials the CLR itself carries.
        PathwayEngine engine(EarnedCredential::withNested(clr, QStringLiteral("clr")), m_now);
        const PathwayProgress progress = engine.evaluate(p);
        QStringList satisfied;
        for (int i = 0; i < p.nodes.size(); ++i)
            if (p.nodes.at(i).kind == PathwayNodeKind::Leaf && progress.nodes.at(i).satisfied)
                satisfied << p.nodes.at(i).achievementId;
        QCOMPARE(satisfied, earned);
        QCOMPARE(progress.percent, percent);
        QCOMPARE(progress.satisfied, percent == 100.0);

        // The imported pathway survives our format.
        auto again = PathwayFormat::read(PathwayFormat::write(p));
        QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().message));
        QCOMPARE(again->nodes.size(), p.nodes.size());
    }

    void clrFromJsonToleratesOddShapes_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("nested");
        QTest::addColumn<int>("associations");
        QTest::newRow("empty") << QByteArray("{}") << 0 << 0;
        QTest::newRow("subject array") << QByteArray(R"({"credentialSubject":[]})") << 0 << 0;
        QTest::newRow("empty nested subject") << QByteArray(R"({"credentialSubject":{"verifiableCredential":[{"credentialSubject":[]}]}})") << 1 << 0;
        QTest::newRow("jwt string nested") << QByteArray(R"({"credentialSubject":{"verifiableCredential":["eyJ.x.y"]}})") << 0 << 0;
        QTest::newRow("single association object") << QByteArray(R"({"credentialSubject":{"association":{"associationType":"isParentOf","sourceId":"a","targetId":"b"}}})") << 0 << 1;
        QTest::newRow("wrong types") << QByteArray(R"({"credentialSubject":{"achievement":"x","association":[1,"y"],"verifiableCredential":{"issuer":5}}})") << 1 << 2;
    }
    void clrFromJsonToleratesOddShapes()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, nested);
        QFETCH(int, associations);
        const Credential clr = ClrPathwayImporter::clrFromJson(QJsonDocument::fromJson(json).object());
        QCOMPARE(clr.nested.size(), nested);
        QCOMPARE(clr.associations.size(), associations);
        auto pathways = ClrPathwayImporter::fromClr(clr);  // must not crash; empty links are skipped
        if (associations == 1)
            QVERIFY(pathways.ok());
        else
            QCOMPARE(pathways.error().code, QStringLiteral("clr-no-associations"));
    }

    void clrRefvcNames()
    {
        const Credential clr = ClrPathwayImporter::clrFromJson(readJsonObject(fixture(QStringLiteral("refvc/clr/clr-valid.json"))));
        auto pathways = ClrPathwayImporter::fromClr(clr);
        QVERIFY(pathways.ok());
        const Pathway &p = pathways->first();
        QStringList names;
        for (int c : p.nodes.at(p.root).children)
            names << p.nodes.at(c).name;
        QCOMPARE(names, (QStringList{QStringLiteral("Cloud Infrastructure Basics"), QStringLiteral("Technical Writing"),
                                     QStringLiteral("Sustainable Building Practices")}));
        QCOMPARE(p.target->achievementType, QStringLiteral("Certificate"));
    }

    void clrGraphs_data()
    {
        QTest::addColumn<QStringList>("associations"); // "type source target"
        QTest::addColumn<QString>("code");              // empty = accepted
        QTest::addColumn<int>("pathways");
        QTest::newRow("cycle") << QStringList{"isParentOf a b", "isParentOf b a"} << "pathway-cycle" << 0;
        QTest::newRow("cycle via isChildOf") << QStringList{"isParentOf a b", "isChildOf a b"} << "pathway-cycle" << 0;
        QTest::newRow("order cycle") << QStringList{"precedes a b", "precedes b a"} << "pathway-cycle" << 0;
        QTest::newRow("peers only") << QStringList{"isPeerOf a b", "isRelatedTo a c"} << "clr-no-associations" << 0;
        QTest::newRow("two roots") << QStringList{"isParentOf r1 a", "isParentOf r2 b"} << "" << 2;
        QTest::newRow("order only") << QStringList{"precedes a b", "precedes b c"} << "" << 1;
        QTest::newRow("nested") << QStringList{"isParentOf deg cert", "isParentOf cert c1", "c1 isPartOf deg"} << "" << 1;
    }
    void clrGraphs()
    {
        QFETCH(QStringList, associations);
        QFETCH(QString, code);
        QFETCH(int, pathways);
        Credential clr;
        clr.id = QStringLiteral("urn:clr:test");
        clr.name = QStringLiteral("Test CLR");
        for (const QString &a : associations) {
            const QStringList parts = a.split(QLatin1Char(' '));
            clr.associations.append(Association{parts.at(0), parts.at(1), parts.at(2)});
        }
        auto result = ClrPathwayImporter::fromClr(clr);
        if (!code.isEmpty()) {
            QVERIFY(!result.ok());
            QCOMPARE(result.error().code, code);
            QVERIFY(!result.error().message.isEmpty());
            return;
        }
        QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
        QCOMPARE(result->size(), pathways);
    }

    void clrPrecedesAndAlternatives()
    {
        Credential clr;
        clr.id = QStringLiteral("urn:clr:order");
        clr.name = QStringLiteral("Ordered degree");
        clr.associations = {{QStringLiteral("isParentOf"), QStringLiteral("deg"), QStringLiteral("c1")},
                            {QStringLiteral("isParentOf"), QStringLiteral("deg"), QStringLiteral("c2")},
                            {QStringLiteral("precedes"), QStringLiteral("c1"), QStringLiteral("c2")},
                            {QStringLiteral("exactMatchOf"), QStringLiteral("c1-old"), QStringLiteral("c1")}};
        auto result = ClrPathwayImporter::fromClr(clr);
        QVERIFY(result.ok());
        const Pathway &p = result->first();
        const PathwayNode &c1 = p.nodes.at(p.indexOf(QStringLiteral("c1")));
        QCOMPARE(c1.precedes, QStringList{QStringLiteral("c2")});
        QCOMPARE(c1.alternativeIds, QStringList{QStringLiteral("c1-old")});

        EarnedCredential old;
        old.key = QStringLiteral("old");
        old.achievementId = QStringLiteral("c1-old");
        old.issued = m_now.addYears(-2);
        EarnedCredential second;
        second.key = QStringLiteral("second");
        second.achievementId = QStringLiteral("c2");
        second.issued = m_now.addYears(-1);
        PathwayEngine engine({old, second}, m_now);
        const PathwayProgress progress = engine.evaluate(p);
        QVERIFY(progress.satisfied);
        QCOMPARE(progress.nodes.at(p.indexOf(QStringLiteral("c1"))).counted.at(0).matchedBy, QStringLiteral("alternativeId"));
    }

    void badgr()
    {
        auto p = BadgrPathwayImporter::fromJson(readJsonObject(pathwayData(QStringLiteral("badgr-pathway.json"))));
        QVERIFY2(p.ok(), p.ok() ? "" : qPrintable(p.error().message));
        QCOMPARE(p->source, QStringLiteral("badgr"));
        QCOMPARE(p->id, QStringLiteral("data-pathway"));
        QCOMPARE(p->name, QStringLiteral("Badgr data pathway"));
        QCOMPARE(p->target->achievementId, QStringLiteral("https://uni.example/ach/data-cert"));
        QCOMPARE(p->nodes.at(p->root).kind, PathwayNodeKind::AllOf);
        const PathwayNode &electives = p->nodes.at(p->indexOf(QStringLiteral("electives")));
        QCOMPARE(electives.kind, PathwayNodeKind::AtLeast);
        QCOMPARE(electives.requiredNumber, 2);
        QCOMPARE(electives.children.size(), 3);
        QCOMPARE(p->indexOf(QStringLiteral("unused")), -1);

        PathwayEngine engine(loadCredentials(pathwayData(QStringLiteral("credentials.json"))), m_now);
        const PathwayProgress progress = engine.evaluate(*p);
        // python, sql (by the bootcamp badge's related id), statistics and visualisation; ML is revoked.
        QVERIFY(progress.satisfied);
        QCOMPARE(progress.percent, 100.0);
        QCOMPARE(progress.nodes.at(p->indexOf(QStringLiteral("https://uni.example/ach/ml"))).skipped.at(0).reason,
                 QStringLiteral("revoked"));
    }

    void badgrInline()
    {
        auto p = BadgrPathwayImporter::fromJson(readJsonObject(pathwayData(QStringLiteral("badgr-inline.json"))));
        QVERIFY2(p.ok(), p.ok() ? "" : qPrintable(p.error().message));
        QCOMPARE(p->id, QStringLiteral("urn:badgr:element:web"));
        const PathwayNode &root = p->nodes.at(p->root);
        QCOMPARE(root.kind, PathwayNodeKind::AtLeast);
        QCOMPARE(root.requiredNumber, 1);
        QCOMPARE(root.children.size(), 2);
        PathwayEngine engine(loadCredentials(pathwayData(QStringLiteral("credentials.json"))), m_now);
        const PathwayProgress progress = engine.evaluate(*p);
        QVERIFY(progress.satisfied);
        QVERIFY(!progress.nodes.at(p->indexOf(QStringLiteral("urn:badgr:element:html"))).satisfied);
    }

    void badgrRejects_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("code");
        QTest::newRow("cycle") << readFile(pathwayData(QStringLiteral("badgr-cycle.json"))) << "pathway-cycle";
        QTest::newRow("not badgr") << QByteArray(R"({"name":"x"})") << "badgr-not-pathway";
        QTest::newRow("unknown element") << QByteArray(R"({"@type":"Pathway","rootElement":"nope","elements":[]})") << "pathway-reference";
        QTest::newRow("requires nothing") << QByteArray(R"({"@type":"Pathway","rootElement":{"@id":"a"}})") << "badgr-invalid";
    }
    void badgrRejects()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, code);
        auto p = BadgrPathwayImporter::fromJson(QJsonDocument::fromJson(json).object());
        QVERIFY(!p.ok());
        QCOMPARE(p.error().code, code);
        QVERIFY(!p.error().message.isEmpty());
    }

    // The reader tries every format in turn; a document refused for what it is says so rather
    // than ending as "not a pathway".
    void readerSaysWhy_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("nested too deeply") << QByteArray("{\"@type\":\"Pathway\",\"rootElement\":" + QByteArray(3000, '[')
                                                         + QByteArray(3000, ']') + "}")
                                           << "too-large" << "nested deeper";
        QTest::newRow("member named twice") << QByteArray(R"({"@type":"Pathway","name":"A","name":"B"})") << "duplicate-key"
                                            << "\"name\" appears twice";
        QTest::newRow("plain object") << QByteArray(R"({"hello":1})") << "not-a-pathway" << "not a pathway";
    }
    void readerSaysWhy()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, code);
        QFETCH(QString, mentions);
        auto p = PathwayReader::fromBytes(bytes, QStringLiteral("hostile.json"));
        QVERIFY(!p.ok());
        QCOMPARE(p.error().code, code);
        QVERIFY2(p.error().message.contains(mentions), qPrintable(p.error().message));
        QVERIFY(p.error().message.startsWith(QStringLiteral("hostile.json")));
    }
};

QTEST_GUILESS_MAIN(TestPathwayImporters)
#include "TestPathwayImporters.moc"
