// The complete W3C RDF Dataset Canonicalization suite (RDFC-1.0), driven by its manifest:
// eval tests compare canonical N-Quads byte for byte, map tests compare the issued blank node
// map, and the negative test (a 10-node clique) must stop through the work limit, quickly.
#include "jsonld/JsonValue.h"
#include "jsonld/NQuads.h"
#include "jsonld/Rdfc10.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace Satchel;

static QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

static const QString kSuite = QStringLiteral(SATCHEL_FIXTURES_DIR "/external/w3c-rdf-canon/tests/");

class TestRdfCanonSuite : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void suite_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("result");
        QTest::addColumn<QString>("hash");
        auto manifest = JsonValue::parse(readFile(kSuite + QStringLiteral("manifest.jsonld")));
        QVERIFY(manifest.ok());
        const auto &entries = manifest->value(QStringLiteral("entries")).toArray();
        QCOMPARE(entries.size(), size_t(86));
        for (const JsonValue &e : entries) {
            QTest::newRow(qPrintable(e.value(QStringLiteral("id")).toString()))
                << e.value(QStringLiteral("type")).toString()
                << e.value(QStringLiteral("action")).toString()
                << e.value(QStringLiteral("result")).toString()
                << e.value(QStringLiteral("hashAlgorithm")).toString();
        }
    }
    void suite()
    {
        QFETCH(QString, type);
        QFETCH(QString, action);
        QFETCH(QString, result);
        QFETCH(QString, hash);
        auto input = NQuads::parse(readFile(kSuite + action));
        QVERIFY2(input.ok(), qPrintable(input.ok() ? QString() : input.error().message));
        Rdfc10::Options options;
        if (hash == QLatin1String("SHA384"))
            options.hash = Rdfc10::HashAlgorithm::Sha384;
        QElapsedTimer timer;
        timer.start();
        auto out = Rdfc10::canonicalize(*input, options);
        if (type == QLatin1String("rdfc:RDFC10NegativeEvalTest")) {
            QVERIFY(!out.ok());
            QCOMPARE(out.error().code, QStringLiteral("rdfc-work-limit"));
            QVERIFY2(timer.elapsed() < 20000, "the work limit must stop the poison graph quickly");
            return;
        }
        QVERIFY2(out.ok(), qPrintable(out.ok() ? QString() : out.error().message));
        if (type == QLatin1String("rdfc:RDFC10EvalTest")) {
            QCOMPARE(out->nquads, readFile(kSuite + result));
        } else if (type == QLatin1String("rdfc:RDFC10MapTest")) {
            auto expected = JsonValue::parse(readFile(kSuite + result));
            QVERIFY(expected.ok());
            QCOMPARE(int(out->issued.size()), expected->size());
            for (const auto &[k, v] : expected->toObject())
                QCOMPARE(out->issued.value(k), v.toString());
        } else {
            QFAIL(qPrintable(QStringLiteral("unknown test type ") + type));
        }
    }
    void parserRejectsGarbage()
    {
        QVERIFY(!NQuads::parse("<http://a> <http://b> .\n").ok());
        QVERIFY(!NQuads::parse("<rel> <http://b> <http://c> .\n").ok());
        QVERIFY(!NQuads::parse("<http://a> <http://b> \"unterminated .\n").ok());
        QCOMPARE(NQuads::parse("<http://a> <http://b> \"x\" .\n", 0).error().code,
                 QStringLiteral("nquads-too-large"));
    }
    void escaping()
    {
        RdfQuad q{RdfTerm::iri(QStringLiteral("http://a")), RdfTerm::iri(QStringLiteral("http://b")),
                  RdfTerm::literal(QString::fromUtf8("a\"\\\n\r\t\b\f\x0b\x7f\xc3\xa9"), NQuads::xsdString()), {}};
        QCOMPARE(NQuads::serialize({q}),
                 QByteArray("<http://a> <http://b> \"a\\\"\\\\\\n\\r\\t\\b\\f\\u000B\\u007F\xc3\xa9\" .\n"));
    }
};

QTEST_GUILESS_MAIN(TestRdfCanonSuite)
#include "TestRdfCanonSuite.moc"
