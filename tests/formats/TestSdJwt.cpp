// SD-JWT reading (RFC 9901): the RFC's own examples (tests/data/sdjwt, see SOURCES there) give
// exactly the processed payloads the RFC prints, and every way §7.1 says a Disclosure set must be
// rejected is rejected with its code. Signatures are the verifier's (TestSdJwtVcVerifier).
#include "crypto/Base64Url.h"
#include "crypto/Jws.h"
#include "formats/CredentialReader.h"
#include "formats/SdJwt.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace Satchel;

namespace {

QByteArray dataFile(const QString &name)
{
    QFile file(QStringLiteral(SATCHEL_TEST_DATA_DIR "/sdjwt/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray disclosure(const QJsonArray &array)
{
    return Base64Url::encode(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString digestOf(const QByteArray &encoded)
{
    return QString::fromLatin1(*SdJwt::digest(QStringLiteral("sha-256"), encoded));
}

// An SD-JWT with a made-up signature: reading never looks at it.
QByteArray sdJwt(const QJsonObject &payload, const QList<QByteArray> &disclosures)
{
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("ES256")}, {QStringLiteral("typ"), QStringLiteral("dc+sd-jwt")}};
    QByteArray out = Jws::assemble(header, QJsonDocument(payload).toJson(QJsonDocument::Compact), "signature");
    for (const QByteArray &d : disclosures)
        out += '~' + d;
    return out + '~';
}

const QByteArray kGiven = disclosure({QStringLiteral("salt1"), QStringLiteral("given_name"), QStringLiteral("Ada")});
const QByteArray kElement = disclosure({QStringLiteral("salt2"), QStringLiteral("DE")});

} // namespace

class TestSdJwt : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rfcExamples_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("disclosures");
        QTest::addColumn<bool>("keyBinding");
        QTest::newRow("§5.1 issued") << "rfc9901-5.1-issued.txt" << "rfc9901-5.1-claims.json" << 10 << false;
        QTest::newRow("§5.2 presented") << "rfc9901-5.2-presentation.txt" << "rfc9901-5.2-claims.json" << 4 << true;
        QTest::newRow("A.3 issued") << "rfc9901-A.3-issued.txt" << "rfc9901-A.3-claims.json" << 27 << false;
        QTest::newRow("A.3 presented") << "rfc9901-A.3-presentation.txt" << "rfc9901-A.3-presentation-claims.json" << 3 << true;
    }

    void rfcExamples()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        QFETCH(int, disclosures);
        QFETCH(bool, keyBinding);
        auto parsed = SdJwt::parse(dataFile(file));
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        QCOMPARE(parsed->disclosures().size(), disclosures);
        QCOMPARE(!parsed->keyBindingJwt().isEmpty(), keyBinding);
        QVERIFY(parsed->presentedPart().endsWith('~'));
        auto claims = parsed->processedClaims();
        QVERIFY2(claims.ok(), qPrintable(claims.ok() ? QString() : claims.error().message));
        QCOMPARE(*claims, QJsonDocument::fromJson(dataFile(expected)).object());
    }

    void detectsAndParsesAnSdJwtVc()
    {
        const QByteArray bytes = dataFile(QStringLiteral("rfc9901-A.3-issued.txt"));
        auto raw = CredentialReader::detect(bytes, QStringLiteral("pid.sd-jwt"));
        QVERIFY(raw.ok());
        QCOMPARE(raw->format, CredentialFormat::SdJwtVc);
        QCOMPARE(raw->bytes, bytes); // kept byte for byte, final newline included
        auto credential = CredentialReader::parse(*raw);
        QVERIFY(credential.ok());
        QCOMPARE(credential->issuer.id, QStringLiteral("https://pid-issuer.bund.de.example"));
        QCOMPARE(credential->types, QStringList{QStringLiteral("urn:eudi:pid:de:1")});
        QCOMPARE(credential->issued, QDateTime::fromSecsSinceEpoch(1683000000, Qt::UTC));
        QCOMPARE(credential->validUntil, QDateTime::fromSecsSinceEpoch(1883000000, Qt::UTC));
        QCOMPARE(credential->recipientName, QStringLiteral("Erika Mustermann"));
        QCOMPARE(credential->name, QStringLiteral("urn:eudi:pid:de:1"));
        QCOMPARE(credential->json.value(QLatin1String("birth_family_name")).toString(), QStringLiteral("Gabler"));
        QCOMPARE(credential->proofTypes, QStringList{QStringLiteral("SD-JWT ES256")});
        QCOMPARE(formatName(credential->format), QStringLiteral("sd-jwt-vc"));
    }

    void plainSdJwtIsNoCredential()
    {
        // §5.1 is an SD-JWT, but no VC (typ example+sd-jwt, no vct): nothing for the wallet.
        auto raw = CredentialReader::detect(dataFile(QStringLiteral("rfc9901-5.1-issued.txt")), QStringLiteral("x.txt"));
        QVERIFY(!raw.ok());
        QCOMPARE(raw.error().code, QStringLiteral("not-a-credential"));
    }

    void ob3ShapedClaims()
    {
        const QByteArray achievement = disclosure({QStringLiteral("s3"), QStringLiteral("achievement"),
            QJsonObject{{QStringLiteral("name"), QStringLiteral("Welding")}, {QStringLiteral("description"), QStringLiteral("MIG and TIG")}}});
        const QJsonObject payload{{QStringLiteral("iss"), QStringLiteral("https://college.example")},
                                  {QStringLiteral("vct"), QStringLiteral("https://college.example/badge")},
                                  {QStringLiteral("iat"), 1700000000}, {QStringLiteral("exp"), 1900000000},
                                  {QStringLiteral("issuer"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Example College")}}},
                                  {QStringLiteral("credentialSubject"), QJsonObject{{QStringLiteral("_sd"), QJsonArray{digestOf(achievement)}}}}};
        auto raw = CredentialReader::detect(sdJwt(payload, {achievement}), QStringLiteral("clipboard"));
        QVERIFY(raw.ok());
        auto credential = CredentialReader::parse(*raw);
        QVERIFY(credential.ok());
        QCOMPARE(credential->name, QStringLiteral("Welding"));
        QCOMPARE(credential->achievement.description, QStringLiteral("MIG and TIG"));
        QCOMPARE(credential->issuer.name, QStringLiteral("Example College"));
        QCOMPARE(credential->issuer.id, QStringLiteral("https://college.example"));
        QCOMPARE(credential->validFrom, QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC));
    }

    void rejected_data()
    {
        QTest::addColumn<QByteArray>("serialization");
        QTest::addColumn<QString>("code");
        const QJsonObject base{{QStringLiteral("_sd"), QJsonArray{digestOf(kGiven)}},
                               {QStringLiteral("list"), QJsonArray{QJsonObject{{QStringLiteral("..."), digestOf(kElement)}}}}};
        QTest::newRow("the reference") << sdJwt(base, {kGiven, kElement}) << QString();
        QTest::newRow("same disclosure twice") << sdJwt(base, {kGiven, kGiven}) << "disclosure";
        QTest::newRow("unreferenced disclosure")
            << sdJwt(base, {kGiven, disclosure({QStringLiteral("x"), QStringLiteral("extra"), 1})}) << "disclosure";
        QTest::newRow("claim named _sd")
            << sdJwt(base, {disclosure({QStringLiteral("x"), QStringLiteral("_sd"), QJsonArray{}})}) << "disclosure";
        QTest::newRow("claim named ...")
            << sdJwt(base, {disclosure({QStringLiteral("x"), QStringLiteral("..."), 1})}) << "disclosure";
        QJsonObject twice = base;
        twice.insert(QStringLiteral("_sd"), QJsonArray{digestOf(kGiven), digestOf(kGiven)});
        QTest::newRow("digest twice in _sd") << sdJwt(twice, {kGiven}) << "disclosure";
        QJsonObject acrossObjects = base;
        acrossObjects.insert(QStringLiteral("inner"), QJsonObject{{QStringLiteral("_sd"), QJsonArray{digestOf(kGiven)}}});
        QTest::newRow("digest in two objects") << sdJwt(acrossObjects, {kGiven}) << "disclosure";
        QJsonObject open = base;
        open.insert(QStringLiteral("given_name"), QStringLiteral("Eve"));
        QTest::newRow("claim both open and disclosed") << sdJwt(open, {kGiven}) << "disclosure";
        QJsonObject elementAsClaim = base;
        elementAsClaim.insert(QStringLiteral("_sd"), QJsonArray{digestOf(kElement)});
        QTest::newRow("array element in _sd") << sdJwt(elementAsClaim, {kElement}) << "disclosure";
        QJsonObject claimAsElement = base;
        claimAsElement.insert(QStringLiteral("list"), QJsonArray{QJsonObject{{QStringLiteral("..."), digestOf(kGiven)}}});
        claimAsElement.remove(QStringLiteral("_sd"));
        QTest::newRow("claim in an array") << sdJwt(claimAsElement, {kGiven}) << "disclosure";
        QJsonObject sha1 = base;
        sha1.insert(QStringLiteral("_sd_alg"), QStringLiteral("sha-1"));
        QTest::newRow("unknown _sd_alg") << sdJwt(sha1, {kGiven}) << "unsupported-hash";
        QTest::newRow("empty disclosure") << QByteArray(sdJwt(base, {kGiven}) + "~") << "malformed";
        QTest::newRow("disclosure not base64url") << sdJwt(base, {"a*b"}) << "malformed";
        QTest::newRow("disclosure of four")
            << sdJwt(base, {disclosure({QStringLiteral("x"), QStringLiteral("a"), 1, 2})}) << "malformed";
        QTest::newRow("disclosure not an array") << sdJwt(base, {Base64Url::encode("{\"a\":1}")}) << "malformed";
        QTest::newRow("salt not a string") << sdJwt(base, {disclosure({1, QStringLiteral("a"), 1})}) << "malformed";
        QTest::newRow("no tilde") << sdJwt(base, {}).chopped(1) << "malformed";
        QTest::newRow("key binding not a JWT") << QByteArray(sdJwt(base, {}) + "abc") << "malformed";
        QList<QByteArray> many(SdJwt::kMaxDisclosures + 1, kGiven);
        QTest::newRow("too many disclosures") << sdJwt(base, many) << "too-large";
        QJsonValue deep = 1;
        for (int i = 0; i < SdJwt::kMaxDepth + 2; ++i)
            deep = QJsonArray{deep};
        QTest::newRow("too deep") << sdJwt(QJsonObject{{QStringLiteral("deep"), deep}}, {}) << "too-large";
    }

    void rejected()
    {
        QFETCH(QByteArray, serialization);
        QFETCH(QString, code);
        QVERIFY(SdJwt::looksLike(serialization) || code == QLatin1String("malformed"));
        auto parsed = SdJwt::parse(serialization);
        Result<QJsonObject> claims = parsed ? parsed->processedClaims() : Result<QJsonObject>(parsed.error());
        if (code.isEmpty()) {
            QVERIFY2(claims.ok(), qPrintable(claims.ok() ? QString() : claims.error().message));
            QCOMPARE(claims->value(QLatin1String("given_name")).toString(), QStringLiteral("Ada"));
            QCOMPARE(claims->value(QLatin1String("list")).toArray(), QJsonArray{QStringLiteral("DE")});
            return;
        }
        QVERIFY(!claims.ok());
        QCOMPARE(claims.error().code, code);
        QVERIFY(!claims.error().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSdJwt)
#include "TestSdJwt.moc"
