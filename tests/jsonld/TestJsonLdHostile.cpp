// Hostile input: every case must fail cleanly (a stable error code) within bounded time and
// memory, never crash or hang: deep nesting, huge arrays, context loops, unknown contexts,
// protected-term attacks, poison graphs, malformed JSON.
#include "jsonld/JsonLdCanonicalizer.h"
#include "jsonld/JsonLdProcessor.h"
#include "jsonld/SafeJson.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace Satchel;

namespace {

// A loader with a few in-memory documents, for loops.
class MapLoader : public DocumentLoader {
public:
    QHash<QString, JsonValue> docs;
    Result<JsonValue> load(const QString &url) const override
    {
        auto it = docs.constFind(url);
        if (it == docs.constEnd())
            return Error{QStringLiteral("loading-document-failed"), url};
        return it.value();
    }
};

JsonValue parse(const QByteArray &text)
{
    auto v = JsonValue::parse(text);
    return v.ok() ? *v : JsonValue();
}

} // namespace

class TestJsonLdHostile : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // expandedToRdf trusts its input to be expanded; a value or list outside any node (which
    // expansion would have dropped) is refused instead of being dereferenced.
    void expandedToRdfRefusesFreeValues_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("value") << QByteArray(R"([{"@value": 1}])");
        QTest::newRow("list") << QByteArray(R"([{"@list": [{"@value": 1}]}])");
        QTest::newRow("in a graph") << QByteArray(R"([{"@id": "urn:g", "@graph": [{"@value": "x"}]}])");
    }

    void expandedToRdfRefusesFreeValues()
    {
        QFETCH(QByteArray, json);
        auto expanded = JsonValue::parse(json);
        QVERIFY(expanded.ok());
        auto rdf = JsonLdProcessor::expandedToRdf(*expanded, {});
        QVERIFY(!rdf.ok());
        QCOMPARE(rdf.error().code, QStringLiteral("invalid expanded input"));
    }

    void deepNesting()
    {
        QElapsedTimer timer;
        timer.start();
        const QByteArray deep = QByteArray(200000, '[') + QByteArray(200000, ']');
        auto r = JsonLdCanonicalizer::canonicalize(deep);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("json-too-deep"));
        QByteArray objects;
        for (int i = 0; i < 100000; ++i)
            objects += "{\"a\":";
        objects += "1" + QByteArray(100000, '}');
        r = JsonLdCanonicalizer::canonicalize(objects);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("json-too-deep"));
        QVERIFY(timer.elapsed() < 5000);
    }

    void nestingWithinLimitsStillWorks()
    {
        // 100 nested node objects: below the limits, canonicalized normally.
        QByteArray doc = "{\"@context\":{\"@vocab\":\"http://example.org/\"},\"p\":";
        for (int i = 0; i < 100; ++i)
            doc += "{\"p\":";
        doc += "\"leaf\"" + QByteArray(100, '}') + "}";
        auto r = JsonLdCanonicalizer::canonicalize(doc);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r->count('\n'), qsizetype(101));
    }

    void hugeArrays()
    {
        QElapsedTimer timer;
        timer.start();
        // Beyond the value limit: refused by the parser.
        QByteArray huge = "[";
        for (int i = 0; i < 600000; ++i)
            huge += "0,";
        huge += "0]";
        auto r = JsonLdCanonicalizer::canonicalize(huge);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("json-too-large"));
        // Beyond the byte limit.
        JsonLdCanonicalizer::Options small;
        small.jsonLimits.maxBytes = 1024;
        r = JsonLdCanonicalizer::canonicalize(QByteArray(4096, ' '), BundledContextLoader::instance(), small);
        QCOMPARE(r.error().code, QStringLiteral("json-too-large"));
        // A large but legal array: processed, in bounded time.
        QByteArray big = "{\"@context\":{\"@vocab\":\"http://example.org/\"},\"@id\":\"http://example.org/s\",\"p\":[";
        for (int i = 0; i < 20000; ++i)
            big += QByteArray::number(i) + ",";
        big += "-1]}";
        r = JsonLdCanonicalizer::canonicalize(big);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r->count('\n'), qsizetype(20001));
        QVERIFY(timer.elapsed() < 30000);
    }

    void contextLoops()
    {
        MapLoader loader;
        loader.docs.insert(QStringLiteral("https://a.example/ctx"), parse("{\"@context\":\"https://b.example/ctx\"}"));
        loader.docs.insert(QStringLiteral("https://b.example/ctx"), parse("{\"@context\":\"https://a.example/ctx\"}"));
        loader.docs.insert(QStringLiteral("https://self.example/ctx"),
                           parse("{\"@context\":{\"T\":{\"@id\":\"http://x/T\",\"@context\":\"https://self.example/ctx\"},\"p\":\"http://x/p\"}}"));
        auto r = JsonLdCanonicalizer::canonicalize(parse("{\"@context\":\"https://a.example/ctx\",\"@id\":\"http://x/s\"}"), loader);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("recursive context inclusion"));
        // A scoped context that includes itself: legal (each use is processed once), terminates.
        r = JsonLdCanonicalizer::canonicalize(
            parse("{\"@context\":\"https://self.example/ctx\",\"@type\":\"T\",\"p\":{\"@type\":\"T\",\"p\":\"v\"}}"), loader);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        // A long chain is cut by the remote context limit.
        for (int i = 0; i < 100; ++i)
            loader.docs.insert(QStringLiteral("https://chain.example/%1").arg(i),
                               parse(QStringLiteral("{\"@context\":\"https://chain.example/%1\"}").arg(i + 1).toUtf8()));
        r = JsonLdCanonicalizer::canonicalize(parse("{\"@context\":\"https://chain.example/0\",\"@id\":\"http://x/s\"}"), loader);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("context overflow"));
    }

    void unknownContexts()
    {
        auto r = JsonLdCanonicalizer::canonicalize(
            QByteArray("{\"@context\":[\"https://www.w3.org/ns/credentials/v2\",\"https://w3id.org/dcc/v1\"],\"type\":[\"VerifiableCredential\"]}"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("unknown-context"));
        QVERIFY(r.error().message.contains(QLatin1String("https://w3id.org/dcc/v1")));
        QVERIFY(!BundledContextLoader::instance().load(QStringLiteral("http://127.0.0.1:1/ctx")).ok());
        // Every bundled URL loads and is a context document.
        for (const QString &url : BundledContextLoader::urls()) {
            auto doc = BundledContextLoader::instance().load(url);
            QVERIFY2(doc.ok() && doc->contains(QStringLiteral("@context")), qPrintable(url));
        }
    }

    void bundledContextsAreByteIdentical()
    {
        const QString ext = QStringLiteral(SATCHEL_FIXTURES_DIR "/external/");
        const QList<QPair<QString, QString>> pairs = {
            {QStringLiteral("https://www.w3.org/ns/credentials/v2"), QStringLiteral("w3c-vc-data-model/contexts/credentials-v2.jsonld")},
            {QStringLiteral("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"), QStringLiteral("1EdTech-openbadges-specification/contexts/ob-v3p0-context-3.0.3.json")},
            {QStringLiteral("https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json"), QStringLiteral("1EdTech-digital-credentials-public-validator/contexts/clr-v2p0-2.0.1.json")},
            {QStringLiteral("https://w3id.org/security/data-integrity/v2"), QStringLiteral("w3c-vc-data-integrity/contexts/data-integrity-v2.jsonld")},
        };
        for (const auto &[url, file] : pairs) {
            QFile a(BundledContextLoader::resourcePath(url)), b(ext + file);
            QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
            QCOMPARE(a.readAll(), b.readAll());
        }
    }

    void protectedTermRedefinition()
    {
        // An inline context may not redefine a protected VC v2 term: that is how a forged
        // credential would change what "VerifiableCredential" means.
        auto r = JsonLdCanonicalizer::canonicalize(QByteArray(
            "{\"@context\":[\"https://www.w3.org/ns/credentials/v2\",{\"VerifiableCredential\":\"http://evil.example/VC\"}],"
            "\"type\":[\"VerifiableCredential\"],\"issuer\":\"did:example:1\"}"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("protected term redefinition"));
    }

    void poisonGraph()
    {
        QElapsedTimer timer;
        timer.start();
        // N-Quads: the W3C clique (test074).
        QFile f(QStringLiteral(SATCHEL_FIXTURES_DIR "/external/w3c-rdf-canon/tests/rdfc10/test074-in.nq"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        auto r = JsonLdCanonicalizer::canonicalizeNQuads(f.readAll());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("rdfc-work-limit"));
        // The same shape written as JSON-LD: 8 blank nodes all linked to each other.
        QByteArray doc = "{\"@context\":{\"@vocab\":\"http://example.org/\",\"p\":{\"@type\":\"@id\"}},\"@graph\":[";
        for (int i = 0; i < 8; ++i) {
            doc += QStringLiteral("{\"@id\":\"_:n%1\",\"p\":[").arg(i).toUtf8();
            QStringList links;
            for (int j = 0; j < 8; ++j)
                if (j != i)
                    links << QStringLiteral("\"_:n%1\"").arg(j);
            doc += links.join(QLatin1Char(',')).toUtf8() + "]}" + (i < 7 ? "," : "");
        }
        doc += "]}";
        JsonLdCanonicalizer::Options options;
        options.workLimit = 20000;
        r = JsonLdCanonicalizer::canonicalize(doc, BundledContextLoader::instance(), options);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("rdfc-work-limit"));
        QVERIFY(timer.elapsed() < 20000);
    }

    // Rings of blank nodes: every node looks like every other at first degree, and the N-degree
    // step walks the whole ring from each one. Refused within the work budget (now counted in
    // what the steps copy), well under a second, instead of tens of seconds and gigabytes.
    void poisonRing_data()
    {
        QTest::addColumn<int>("nodes");
        QTest::addColumn<bool>("asJsonLd");
        QTest::newRow("2,000 nodes, N-Quads") << 2000 << false;
        QTest::newRow("5,000 nodes, N-Quads") << 5000 << false;
        QTest::newRow("6,000 nodes, JSON-LD") << 6000 << true;
    }
    void poisonRing()
    {
        QFETCH(int, nodes);
        QFETCH(bool, asJsonLd);
        QByteArray doc;
        if (asJsonLd) {
            doc = "{\"@context\":{\"@vocab\":\"http://example.org/\",\"p\":{\"@type\":\"@id\"}},\"@graph\":[";
            for (int i = 0; i < nodes; ++i)
                doc += (i ? "," : "") + QStringLiteral("{\"@id\":\"_:n%1\",\"p\":\"_:n%2\"}").arg(i).arg((i + 1) % nodes).toUtf8();
            doc += "]}";
        } else {
            for (int i = 0; i < nodes; ++i)
                doc += QStringLiteral("_:n%1 <http://example.org/p> _:n%2 .\n").arg(i).arg((i + 1) % nodes).toUtf8();
        }
        QElapsedTimer timer;
        timer.start();
        auto r = asJsonLd ? JsonLdCanonicalizer::canonicalize(doc) : JsonLdCanonicalizer::canonicalizeNQuads(doc);
        const qint64 ms = timer.elapsed();
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("rdfc-work-limit"));
        qInfo("%d-node ring refused in %lld ms", nodes, ms);
        QVERIFY2(ms < 3000, qPrintable(QString::number(ms)));
    }

    void malformedJson_data()
    {
        QTest::addColumn<QString>("file");
        const QDir dir(QStringLiteral(SATCHEL_FIXTURES_DIR "/external/1EdTech-openbadges-specification/ob2-examples"));
        const QStringList files = dir.entryList({QStringLiteral("*.invalid-json.txt")});
        QVERIFY(!files.isEmpty());
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << dir.filePath(f);
    }
    void malformedJson()
    {
        QFETCH(QString, file);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        auto r = JsonLdCanonicalizer::canonicalize(f.readAll());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("json-parse"));
    }

    // A member named twice is refused by the one strict reader, whichever way it is reached:
    // the tree parser (verification, canonicalization), the checker, and SafeJson (display,
    // import, packets, pathways), which QJsonDocument alone would let through.
    void duplicateMembers_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("key");
        QTest::newRow("top level") << QByteArray("{\"name\":\"Forged\",\"id\":\"x\",\"name\":\"Signed\"}") << "name";
        QTest::newRow("nested") << QByteArray("{\"a\":[{\"b\":{\"c\":1,\"c\":1}}]}") << "c";
        QTest::newRow("escaped spelling") << QByteArray("{\"name\":1,\"n\\u0061me\":2}") << "name";
        QTest::newRow("empty key") << QByteArray("{\"\":1,\"\":2}") << "";
        // Past 8 members the parser sorts the keys instead of comparing them pairwise.
        QTest::newRow("large object") << QByteArray("{\"a\":1,\"b\":2,\"c\":3,\"d\":4,\"e\":5,\"f\":6,"
                                                   "\"g\":7,\"h\":8,\"i\":9,\"j\":10,\"b\":11,\"k\":12}")
                                      << "b";
    }
    void duplicateMembers()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, key);
        const QString quoted = QLatin1Char('"') + key + QStringLiteral("\" appears twice");
        auto tree = JsonValue::parse(json);
        QVERIFY(!tree.ok());
        QCOMPARE(tree.error().code, QStringLiteral("json-duplicate-key"));
        QVERIFY2(tree.error().message.contains(quoted), qPrintable(tree.error().message));
        auto checked = JsonValue::validate(json, JsonValue::Limits());
        QVERIFY(!checked.ok());
        QCOMPARE(checked.error().code, QStringLiteral("json-duplicate-key"));
        auto safe = SafeJson::parse(json);
        QVERIFY(!safe.ok());
        QCOMPARE(safe.error().code, QStringLiteral("duplicate-key"));
        QVERIFY2(safe.error().message.contains(quoted), qPrintable(safe.error().message));
        auto canon = JsonLdCanonicalizer::canonicalize(json);
        QVERIFY(!canon.ok());
        QCOMPARE(canon.error().code, QStringLiteral("json-duplicate-key"));
        // Only a caller that asks for JavaScript's rule gets the last one.
        JsonValue::Limits js;
        js.allowDuplicateKeys = true;
        auto last = JsonValue::parse(json, js);
        QVERIFY(last.ok());
    }

    // The duplicate check stays O(n log n): 200,000 distinct members, then one repeated.
    void duplicateCheckOnHugeObject()
    {
        QByteArray json = "{";
        for (int i = 0; i < 200000; ++i)
            json += "\"k" + QByteArray::number(i) + "\":0,";
        QByteArray unique = json;
        unique.chop(1);
        unique += "}";
        json += "\"k123456\":1}";
        QElapsedTimer timer;
        timer.start();
        QVERIFY(JsonValue::validate(unique, JsonValue::Limits()).ok());
        auto twice = SafeJson::parse(json);
        QVERIFY(!twice.ok());
        QCOMPARE(twice.error().code, QStringLiteral("duplicate-key"));
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    }

    // The checker refuses what QJsonDocument would accept, with the reason.
    void strictReaderRefusals_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("code");
        QTest::newRow("raw line break in a string") << QByteArray("{\"a\":\"x\ny\"}") << "malformed";
        QTest::newRow("nested past the bound") << QByteArray(100, '[') + QByteArray(100, ']') << "too-large";
        QTest::newRow("trailing data") << QByteArray("{} {}") << "malformed";
        QTest::newRow("lone byte 0xff") << QByteArray("{\"a\":\"\xff\"}") << "malformed";
    }
    void strictReaderRefusals()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, code);
        auto r = SafeJson::parse(json, 64, 1024);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, code);
        QVERIFY(!r.error().message.isEmpty());
    }

    void exactNumbers()
    {
        // 42, 42.0 and 4.2e1 are the same integer; 1.1 is a double; coercion to a datatype keeps
        // the integer form (standards.md §5), xsd:double forces the canonical double form.
        auto r = JsonLdCanonicalizer::canonicalize(QByteArray(
            "{\"@context\":{\"@vocab\":\"http://e/\",\"f\":{\"@type\":\"https://www.w3.org/2001/XMLSchema#float\"},"
            "\"d\":{\"@type\":\"http://www.w3.org/2001/XMLSchema#double\"}},\"@id\":\"http://e/s\","
            "\"a\":42,\"b\":42.0,\"c\":4.2e1,\"x\":1.1,\"f\":42,\"d\":5,\"big\":1e21,\"j\":true}"));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(*r, QByteArray(
            "<http://e/s> <http://e/a> \"42\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n"
            "<http://e/s> <http://e/b> \"42\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n"
            "<http://e/s> <http://e/big> \"1.0E21\"^^<http://www.w3.org/2001/XMLSchema#double> .\n"
            "<http://e/s> <http://e/c> \"42\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n"
            "<http://e/s> <http://e/d> \"5.0E0\"^^<http://www.w3.org/2001/XMLSchema#double> .\n"
            "<http://e/s> <http://e/f> \"42\"^^<https://www.w3.org/2001/XMLSchema#float> .\n"
            "<http://e/s> <http://e/j> \"true\"^^<http://www.w3.org/2001/XMLSchema#boolean> .\n"
            "<http://e/s> <http://e/x> \"1.1E0\"^^<http://www.w3.org/2001/XMLSchema#double> .\n"));
    }
};

QTEST_GUILESS_MAIN(TestJsonLdHostile)
#include "TestJsonLdHostile.moc"
