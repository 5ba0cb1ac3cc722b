// The W3C JSON-LD 1.1 toRdf suite (w3c-json-ld-api/tests/toRdf-manifest.jsonld), run from its
// manifest. The harness's loader maps the suite's own URLs to the suite's files (the product's
// loader stays bundle-only); each test runs with its base IRI and options, safe mode off.
// Positive tests compare datasets through RDFC-1.0 (isomorphism), negative tests compare the
// error code. Every failure must be listed in tests/data/jsonld/known-failures.txt with a reason,
// and the list must be exact, so a fix or a regression is noticed. At least 95% must pass.
#include "jsonld/JsonLdProcessor.h"
#include "jsonld/NQuads.h"
#include "jsonld/Rdfc10.h"

#include <QFile>
#include <QMap>
#include <QTest>

using namespace Satchel;

static QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

static const QString kTests = QStringLiteral(SATCHEL_FIXTURES_DIR "/external/w3c-json-ld-api/tests/");
static const QString kBaseIri = QStringLiteral("https://w3c.github.io/json-ld-api/tests/");

class SuiteLoader : public DocumentLoader {
public:
    Result<JsonValue> load(const QString &url) const override
    {
        auto cached = m_cache.constFind(url);
        if (cached != m_cache.constEnd())
            return cached.value();
        if (!url.startsWith(kBaseIri))
            return Error{QStringLiteral("loading-document-failed"), QStringLiteral("not in the suite: ") + url};
        QString path = url.mid(kBaseIri.size());
        const qsizetype hash = path.indexOf(QLatin1Char('#'));
        if (hash >= 0)
            path.truncate(hash);
        QFile f(kTests + path);
        if (!f.open(QIODevice::ReadOnly))
            return Error{QStringLiteral("loading-document-failed"), QStringLiteral("no such file: ") + path};
        auto doc = JsonValue::parse(f.readAll());
        if (!doc.ok())
            return Error{QStringLiteral("loading-document-failed"), doc.error().message};
        m_cache.insert(url, *doc);
        return *doc;
    }

private:
    mutable QHash<QString, JsonValue> m_cache;
};

static Result<QByteArray> canonical(const RdfDataset &ds)
{
    auto out = Rdfc10::canonicalize(ds);
    if (!out.ok())
        return out.error();
    return out->nquads;
}

class TestToRdfSuite : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void suite()
    {
        auto manifest = JsonValue::parse(readFile(kTests + QStringLiteral("toRdf-manifest.jsonld")));
        QVERIFY(manifest.ok());
        const JsonValue sequence = manifest->value(QStringLiteral("sequence"));
        QCOMPARE(sequence.size(), 467);
        SuiteLoader loader;
        QMap<QString, QString> failures; // id -> reason
        int run = 0;
        for (const JsonValue &t : sequence.toArray()) {
            ++run;
            const QString id = t.value(QStringLiteral("@id")).toString();
            QStringList types;
            for (const JsonValue &x : t.value(QStringLiteral("@type")).toArray())
                types << x.toString();
            const JsonValue option = t.value(QStringLiteral("option"));
            const QString input = t.value(QStringLiteral("input")).toString();
            JsonLdProcessor::Options options;
            options.safeMode = false;
            options.base = option.contains(QStringLiteral("base")) ? option.value(QStringLiteral("base")).toString()
                                                                   : kBaseIri + input;
            options.processingMode10 = option.value(QStringLiteral("processingMode")).toString() == QLatin1String("json-ld-1.0");
            options.rdfDirection = option.value(QStringLiteral("rdfDirection")).toString();
            options.produceGeneralizedRdf = option.value(QStringLiteral("produceGeneralizedRdf")).toBool();
            if (option.contains(QStringLiteral("expandContext"))) {
                const QString ctxPath = option.value(QStringLiteral("expandContext")).toString();
                auto ctx = loader.load(kBaseIri + ctxPath);
                if (!ctx.ok()) {
                    failures.insert(id, QStringLiteral("cannot load expandContext"));
                    continue;
                }
                options.expandContext = *ctx;
                options.expandContextBase = kBaseIri + ctxPath;
            }
            const QByteArray inputBytes = readFile(kTests + input);
            auto doc = JsonValue::parse(inputBytes);
            Result<RdfDataset> result = doc.ok() ? JsonLdProcessor::toRdf(*doc, loader, options)
                                                 : Result<RdfDataset>(Error{QStringLiteral("loading document failed"), doc.error().message});
            if (types.contains(QStringLiteral("jld:NegativeEvaluationTest"))) {
                const QString expected = t.value(QStringLiteral("expectErrorCode")).toString();
                if (result.ok())
                    failures.insert(id, QStringLiteral("expected error \"%1\", got success").arg(expected));
                else if (result.error().code != expected)
                    failures.insert(id, QStringLiteral("expected error \"%1\", got \"%2\"").arg(expected, result.error().code));
                continue;
            }
            if (!result.ok()) {
                failures.insert(id, QStringLiteral("unexpected error \"%1\"").arg(result.error().code));
                continue;
            }
            if (types.contains(QStringLiteral("jld:PositiveSyntaxTest")))
                continue;
            auto expected = NQuads::parse(readFile(kTests + t.value(QStringLiteral("expect")).toString()));
            if (!expected.ok()) {
                failures.insert(id, QStringLiteral("expected output not parseable (generalized RDF)"));
                continue;
            }
            auto a = canonical(*result);
            auto b = canonical(*expected);
            if (!a.ok() || !b.ok() || *a != *b)
                failures.insert(id, QStringLiteral("different dataset"));
        }
        // Compare with the committed list.
        QMap<QString, QString> known;
        const QList<QByteArray> lines = readFile(QStringLiteral(SATCHEL_TEST_DATA_DIR "/jsonld/known-failures.txt")).split('\n');
        for (const QByteArray &line : lines) {
            const QString l = QString::fromUtf8(line).trimmed();
            if (l.isEmpty() || l.startsWith(QLatin1Char('#')))
                continue;
            known.insert(QLatin1Char('#') + l.section(QLatin1Char(' '), 0, 0), l.section(QLatin1Char(' '), 1));
        }
        QStringList unexpected, fixed;
        for (auto it = failures.cbegin(); it != failures.cend(); ++it)
            if (!known.contains(it.key()))
                unexpected << it.key() + QLatin1Char(' ') + it.value();
        for (auto it = known.cbegin(); it != known.cend(); ++it)
            if (!failures.contains(it.key()))
                fixed << it.key();
        const double passRate = 100.0 * (run - failures.size()) / run;
        qInfo("toRdf suite: %d tests, %d passed, %d failed (%.1f%% pass)", run, int(run - failures.size()),
              int(failures.size()), passRate);
        if (qEnvironmentVariableIsSet("SATCHEL_PRINT_FAILURES"))
            for (auto it = failures.cbegin(); it != failures.cend(); ++it)
                qInfo("%s %s", qPrintable(it.key()), qPrintable(it.value()));
        QVERIFY2(unexpected.isEmpty(), qPrintable(QStringLiteral("new failures: ") + unexpected.join(QStringLiteral("; "))));
        QVERIFY2(fixed.isEmpty(), qPrintable(QStringLiteral("now passing, remove from known-failures.txt: ") + fixed.join(QLatin1Char(' '))));
        QVERIFY(passRate >= 95.0);
    }
};

QTEST_GUILESS_MAIN(TestToRdfSuite)
#include "TestToRdfSuite.moc"
