// The bounded JSON Schema validator: the bundled 1EdTech OB 3.0 / CLR 2.0 schemas against the
// published valid examples (pass) and edited copies with a required field removed (fail at that
// path); keyword semantics on small schemas; the bounds; and the "schema" verification check.
#include "schema/BundledSchemas.h"
#include "schema/JsonSchemaValidator.h"
#include "verify/CredentialSchemaCheck.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Satchel;

namespace {

const QString kObSchema = QStringLiteral("https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json");
const QString kClrSchema = QStringLiteral("https://purl.imsglobal.org/spec/clr/v2p0/schema/json/clr_v2p0_clrcredential_schema.json");
const QString kEndorsementSchema =
    QStringLiteral("https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_endorsementcredential_schema.json");

QJsonObject readObject(const QString &relative)
{
    QFile f(QStringLiteral(SATCHEL_FIXTURES_DIR "/external/") + relative);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QJsonObject schemaFrom(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

QString describe(const QList<SchemaError> &errors)
{
    QStringList out;
    for (const SchemaError &e : errors)
        out << e.path + QLatin1String(": ") + e.message;
    return out.join(QLatin1String(" | "));
}

// Removes the member at a JSON pointer ("/credentialSubject/achievement/name").
QJsonValue without(const QJsonValue &value, QStringList tokens)
{
    if (tokens.isEmpty())
        return value;
    const QString head = tokens.takeFirst();
    if (value.isObject()) {
        QJsonObject o = value.toObject();
        if (tokens.isEmpty())
            o.remove(head);
        else
            o.insert(head, without(o.value(head), tokens));
        return o;
    }
    if (value.isArray()) {
        QJsonArray a = value.toArray();
        const int i = head.toInt();
        if (tokens.isEmpty())
            a.removeAt(i);
        else
            a.replace(i, without(a.at(i), tokens));
        return a;
    }
    return value;
}

} // namespace

class TestJsonSchemaValidator : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void bundledIds();
    void validExamples_data();
    void validExamples();
    void missingRequired_data();
    void missingRequired();
    void wrongValues_data();
    void wrongValues();
    void keywords();
    void oneOfReportsTheBestAlternative();
    void bounds();
    void schemaCheck();
};

void TestJsonSchemaValidator::bundledIds()
{
    QVERIFY(BundledSchemas::validatorFor(kObSchema).has_value());
    QVERIFY(BundledSchemas::validatorFor(kClrSchema).has_value());
    QVERIFY(BundledSchemas::validatorFor(kEndorsementSchema).has_value());
    QCOMPARE(BundledSchemas::validatorFor(kObSchema)->id(), kObSchema);
    // The JSON-LD spelling names the same (JSON-LD-tolerant) schema.
    QVERIFY(BundledSchemas::validatorFor(QString(kObSchema).replace("/json/", "/json-ld/")).has_value());
    QVERIFY(!BundledSchemas::validatorFor(QStringLiteral("https://example.com/schema.json")).has_value());
    // An OB file name under the CLR path is not a schema 1EdTech publishes.
    QVERIFY(!BundledSchemas::validatorFor(QString(kObSchema).replace("/ob/v3p0/", "/clr/v2p0/")).has_value());
    QCOMPARE(BundledSchemas::ids().size(), 10);
}

void TestJsonSchemaValidator::validExamples_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("schema");
    const QString v = QStringLiteral("1EdTech-digital-credentials-public-validator/");
    QTest::newRow("ob3 test vector") << "1EdTech-openbadges-specification/ob3-testvector/credential-signed.json" << kObSchema;
    QTest::newRow("ob3 unsigned vector") << "1EdTech-openbadges-specification/ob3-testvector/credential-unsigned.json" << kObSchema;
    QTest::newRow("ob30 simple") << v + "ob30/simple.json" << kObSchema;
    QTest::newRow("ob30 simple-did-key-method") << v + "ob30/simple-did-key-method.json" << kObSchema;
    QTest::newRow("ob30 simple-multiple-proofs") << v + "ob30/simple-multiple-proofs.json" << kObSchema;
    QTest::newRow("ob30 complete") << v + "ob30/complete.json" << kObSchema;
    for (const char *example : {"basicOpenBadgeCredential-1", "fullOpenBadge-1", "achievementAlignmentCase-1",
                                "achievementAlignmentCe-1", "skillAssertionCase-1", "skillAssertionCtdl-1"})
        QTest::addRow("ob3 example %s", example)
            << QStringLiteral("1EdTech-openbadges-specification/ob3-examples/%1.json").arg(QLatin1String(example)) << kObSchema;
    QTest::newRow("ob30 simple-context-alias") << v + "ob30/simple-context-alias.json" << kObSchema;
    QTest::newRow("ob30 simple-1ob") << v + "ob30/simple-1ob.json" << kObSchema;
    QTest::newRow("dcc withSchema") << "digitalcredentials-vc-test-fixtures/credentials/v2/dataIntegrityProof/didKey/legacyRegistry-noStatus-notExpired-withSchema.json" << kObSchema;
    QTest::newRow("ob30 endorsement") << v + "ob30/endorsement-valid.json" << kEndorsementSchema;
    QTest::newRow("clr test vector") << "1EdTech-openbadges-specification/clr2-testvector/credential-signed.json" << kClrSchema;
    QTest::newRow("clr20 simple") << v + "clr20/simple.json" << kClrSchema;
}

void TestJsonSchemaValidator::validExamples()
{
    QFETCH(QString, file);
    QFETCH(QString, schema);
    const QJsonObject credential = readObject(file);
    QVERIFY(!credential.isEmpty());
    auto validator = BundledSchemas::validatorFor(schema);
    QVERIFY(validator);
    QElapsedTimer timer;
    timer.start();
    const QList<SchemaError> errors = validator->validate(credential);
    QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
    QVERIFY(timer.elapsed() < 5000);
}

void TestJsonSchemaValidator::missingRequired_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("schema");
    QTest::addColumn<QString>("pointer");
    const QString ob = QStringLiteral("1EdTech-openbadges-specification/ob3-testvector/credential-signed.json");
    const QString clr = QStringLiteral("1EdTech-digital-credentials-public-validator/clr20/simple.json");
    QTest::newRow("ob issuer") << ob << kObSchema << "/issuer";
    QTest::newRow("ob validFrom") << ob << kObSchema << "/validFrom";
    QTest::newRow("ob credentialSubject") << ob << kObSchema << "/credentialSubject";
    QTest::newRow("ob achievement") << ob << kObSchema << "/credentialSubject/achievement";
    QTest::newRow("ob achievement name") << ob << kObSchema << "/credentialSubject/achievement/name";
    QTest::newRow("ob achievement criteria") << ob << kObSchema << "/credentialSubject/achievement/criteria";
    QTest::newRow("ob issuer id") << ob << kObSchema << "/issuer/id";
    QTest::newRow("clr name") << clr << kClrSchema << "/name";
    QTest::newRow("clr verifiableCredential") << clr << kClrSchema << "/credentialSubject/verifiableCredential";
}

void TestJsonSchemaValidator::missingRequired()
{
    QFETCH(QString, file);
    QFETCH(QString, schema);
    QFETCH(QString, pointer);
    const QJsonObject credential = readObject(file);
    const QJsonValue edited = without(credential, pointer.mid(1).split(QLatin1Char('/')));
    auto validator = BundledSchemas::validatorFor(schema);
    QVERIFY(validator);
    const QList<SchemaError> errors = validator->validate(edited);
    QVERIFY(!errors.isEmpty());
    QVERIFY2(errors.first().path == pointer, qPrintable(describe(errors)));
}

void TestJsonSchemaValidator::wrongValues_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("type without OpenBadgeCredential") << "/type" << QJsonValue(QJsonArray{"VerifiableCredential"});
    QTest::newRow("validFrom not a date-time") << "/validFrom" << QJsonValue("yesterday");
    QTest::newRow("context without the OB context")
        << "/@context" << QJsonValue(QJsonArray{"https://www.w3.org/ns/credentials/v2", "https://example.com/ctx.json"});
    QTest::newRow("issuer a number") << "/issuer" << QJsonValue(42);
}

void TestJsonSchemaValidator::wrongValues()
{
    QFETCH(QString, pointer);
    QFETCH(QJsonValue, value);
    QJsonObject credential = readObject("1EdTech-openbadges-specification/ob3-testvector/credential-signed.json");
    credential.insert(pointer.mid(1), value);
    const QList<SchemaError> errors = BundledSchemas::validatorFor(kObSchema)->validate(credential);
    QVERIFY(!errors.isEmpty());
    QVERIFY2(errors.first().path.startsWith(pointer), qPrintable(describe(errors)));
}

void TestJsonSchemaValidator::keywords()
{
    const JsonSchemaValidator v(schemaFrom(R"({
        "type": "object",
        "required": ["name", "list"],
        "properties": {
            "name": {"type": "string", "minLength": 2, "pattern": "^[A-Z]"},
            "list": {"type": "array", "minItems": 1, "items": [{"const": "first"}], "additionalItems": {"$ref": "#/$defs/Num"}},
            "kind": {"enum": ["a", "b"]},
            "when": {"type": "string", "format": "date-time"},
            "any": {"anyOf": [{"type": "integer"}, {"type": "string"}]},
            "tags": {"type": "array", "contains": {"const": "x"}, "uniqueItems": true}
        },
        "propertyNames": {"pattern": "^[a-z]+$"},
        "additionalProperties": false,
        "$defs": {"Num": {"type": "number", "minimum": 0}}
    })"));
    auto ok = [&v](const char *json) { return v.validate(QJsonDocument::fromJson(json).object()); };
    QVERIFY(ok(R"({"name": "Ab", "list": ["first", 1, 2.5]})").isEmpty());
    QVERIFY(ok(R"({"name": "Ab", "list": ["first"], "kind": "b", "when": "2024-01-01T00:00:00Z", "any": 3, "tags": ["x", "y"]})").isEmpty());

    QCOMPARE(ok(R"({"list": ["first"]})").value(0).path, QStringLiteral("/name"));
    QCOMPARE(ok(R"({"name": "A", "list": ["first"]})").value(0).path, QStringLiteral("/name"));
    QCOMPARE(ok(R"({"name": "ab", "list": ["first"]})").value(0).path, QStringLiteral("/name"));
    QCOMPARE(ok(R"({"name": "Ab", "list": ["second"]})").value(0).path, QStringLiteral("/list/0"));
    QCOMPARE(ok(R"({"name": "Ab", "list": ["first", -1]})").value(0).path, QStringLiteral("/list/1"));
    QCOMPARE(ok(R"({"name": "Ab", "list": []})").value(0).path, QStringLiteral("/list"));
    QCOMPARE(ok(R"({"name": "Ab", "list": ["first"], "kind": "c"})").value(0).path, QStringLiteral("/kind"));
    QCOMPARE(ok(R"({"name": "Ab", "list": ["first"], "when": "yesterday"})").value(0).path, QStringLiteral("/when"));
    QCOMPARE(ok(R"({"name": "Ab", "list": ["first"], "any": 1.5})").value(0).path, QStringLiteral("/any"));
    QCOMPARE(ok(R"({"name": "Ab", "list": ["first"], "tags": ["y"]})").value(0).path, QStringLiteral("/tags"));
    QCOMPARE(ok(R"({"name": "Ab", "list": ["first"], "tags": ["x", "x"]})").value(0).path, QStringLiteral("/tags"));
    QCOMPARE(ok(R"({"name": "Ab", "list": ["first"], "extra": 1})").value(0).path, QStringLiteral("/extra"));
    QCOMPARE(ok(R"({"name": "Ab", "list": ["first"], "Extra": 1})").value(0).path, QStringLiteral("/Extra"));
    QCOMPARE(ok(R"({"name": "Ab", "list": ["first"], "a/b": 1})").value(0).path, QStringLiteral("/a~1b"));
    QVERIFY(!v.validate(QJsonValue(QStringLiteral("text"))).isEmpty());

    // A $ref to something not bundled is an error, never a fetch.
    const JsonSchemaValidator remote(schemaFrom(R"({"$ref": "https://example.com/other.json"})"));
    QCOMPARE(remote.validate(QJsonObject()).size(), 1);
    // oneOf: exactly one.
    const JsonSchemaValidator one(schemaFrom(R"({"oneOf": [{"type": "number"}, {"type": "integer"}]})"));
    QVERIFY(one.validate(QJsonValue(1.5)).isEmpty());
    QVERIFY(!one.validate(QJsonValue(2)).isEmpty());
    QVERIFY(!one.validate(QJsonValue(QStringLiteral("2"))).isEmpty());
}

void TestJsonSchemaValidator::oneOfReportsTheBestAlternative()
{
    // The 1EdTech schemas wrap most values in oneOf (a value or an array of values); an error must
    // still point into the value, not just say "no alternative matched".
    const JsonSchemaValidator v(schemaFrom(R"({
        "properties": {"subject": {"oneOf": [
            {"$ref": "#/$defs/Subject"},
            {"type": "array", "items": {"$ref": "#/$defs/Subject"}}
        ]}},
        "$defs": {"Subject": {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}}}
    })"));
    QCOMPARE(v.validate(QJsonDocument::fromJson(R"({"subject": {"name": "x"}})").object()).value(0).path,
             QStringLiteral("/subject/id"));
    QCOMPARE(v.validate(QJsonDocument::fromJson(R"({"subject": [{"id": "a"}, {"id": 3}]})").object()).value(0).path,
             QStringLiteral("/subject/1/id"));
}

void TestJsonSchemaValidator::bounds()
{
    // A self-referencing schema over a deeply nested document: refused at the depth bound, quickly.
    const JsonSchemaValidator v(schemaFrom(R"({"type": ["object", "null"], "properties": {"a": {"$ref": "#"}}})"));
    QJsonValue deep = QJsonValue::Null;
    for (int i = 0; i < 200; ++i)
        deep = QJsonObject{{"a", deep}};
    QElapsedTimer timer;
    timer.start();
    const QList<SchemaError> errors = v.validate(deep);
    QVERIFY(!errors.isEmpty());
    QVERIFY(errors.first().message.contains("deeply"));
    QVERIFY(timer.elapsed() < 2000);

    // A $ref loop that never descends into the document.
    const JsonSchemaValidator loop(schemaFrom(R"({"$defs": {"A": {"$ref": "#/$defs/B"}, "B": {"$ref": "#/$defs/A"}}, "$ref": "#/$defs/A"})"));
    QVERIFY(!loop.validate(QJsonObject()).isEmpty());

    // Nested alternatives over a wide document (exponential work for a naive walk): the work
    // bound ends it with an error.
    const JsonSchemaValidator wide(schemaFrom(R"({"$defs": {"N": {"anyOf": [
        {"type": "integer"},
        {"type": "array", "items": {"$ref": "#/$defs/N"}, "contains": {"const": 0}},
        {"type": "array", "items": {"$ref": "#/$defs/N"}}]}}, "$ref": "#/$defs/N"})"));
    QJsonArray level;
    for (int i = 0; i < 6; ++i)
        level.append(1);
    QJsonValue doc = level;
    for (int d = 0; d < 12; ++d) {
        QJsonArray next;
        for (int i = 0; i < 6; ++i)
            next.append(doc);
        doc = next;
    }
    timer.restart();
    const QList<SchemaError> wideErrors = wide.validate(doc);
    QVERIFY(timer.elapsed() < 5000);
    QVERIFY(!wideErrors.isEmpty());
    QVERIFY2(wideErrors.first().message.contains("complex"), qPrintable(describe(wideErrors)));
}

void TestJsonSchemaValidator::schemaCheck()
{
    QJsonObject credential = readObject("1EdTech-openbadges-specification/ob3-testvector/credential-signed.json");
    // No credentialSchema named: skipped.
    credential.remove("credentialSchema");
    QCOMPARE(CredentialSchemaCheck::check(credential).outcome, CheckOutcome::Skip);
    QCOMPARE(CredentialSchemaCheck::check(credential).code, QStringLiteral("schema"));

    const QJsonObject entry{{"id", kObSchema}, {"type", "1EdTechJsonSchemaValidator2019"}};
    credential.insert("credentialSchema", QJsonArray{entry});
    QCOMPARE(CredentialSchemaCheck::check(credential).outcome, CheckOutcome::Pass);
    // A single object instead of an array (JSON-LD compaction) is read the same way.
    credential.insert("credentialSchema", entry);
    QCOMPARE(CredentialSchemaCheck::check(credential).outcome, CheckOutcome::Pass);

    // An unknown schema is a warning.
    credential.insert("credentialSchema", QJsonObject{{"id", "https://example.com/s.json"}, {"type", "JsonSchema"}});
    VerificationCheck unknown = CredentialSchemaCheck::check(credential);
    QCOMPARE(unknown.outcome, CheckOutcome::Warn);
    QVERIFY(unknown.message.contains("https://example.com/s.json"));

    // A failure is a warning that names the first paths.
    credential.insert("credentialSchema", QJsonArray{entry});
    credential.remove("validFrom");
    const VerificationCheck failed = CredentialSchemaCheck::check(credential);
    QCOMPARE(failed.outcome, CheckOutcome::Warn);
    QVERIFY2(failed.message.contains("/validFrom"), qPrintable(failed.message));
}

QTEST_GUILESS_MAIN(TestJsonSchemaValidator)
#include "TestJsonSchemaValidator.moc"
