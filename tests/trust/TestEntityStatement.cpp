// OpenID Federation entity statements and trust chains (core/trust/EntityStatement,
// FederationAnchor) built here with Ed25519 keys, and the DCC known-issuer format: each check a
// statement or chain must pass, and each way it fails.
#include "crypto/Ed25519SigningKey.h"
#include "crypto/Jws.h"
#include "trust/DccRegistry.h"
#include "net/DocumentCache.h"
#include "trust/FederationAnchor.h"
#include "trust/IssuerTrustChecker.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace Satchel;

namespace {

const QString kAnchor = QStringLiteral("https://anchor.example");
const QString kIntermediate = QStringLiteral("https://consortium.example");
const QString kLeaf = QStringLiteral("did:web:college.example");

Ed25519SigningKey newKey()
{
    auto pair = Ed25519KeyPair::generate();
    if (!pair)
        qFatal("key: %s", qPrintable(pair.error().message));
    return Ed25519SigningKey(std::move(pair.value()));
}

QJsonObject jwk(const SigningKey &key)
{
    return QJsonDocument::fromJson(key.publicJwk()).object();
}

QByteArray statement(const SigningKey &signer, QJsonObject claims, const QString &typ = QStringLiteral("entity-statement+jwt"))
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (!claims.contains(QLatin1String("iat")))
        claims.insert(QStringLiteral("iat"), now);
    if (!claims.contains(QLatin1String("exp")))
        claims.insert(QStringLiteral("exp"), now + 3600);
    const QJsonObject header{{QStringLiteral("alg"), QString::fromLatin1(signer.jwsAlgorithm())},
                             {QStringLiteral("typ"), typ}};
    auto jwt = Jws::sign(header, QJsonDocument(claims).toJson(QJsonDocument::Compact), signer);
    if (!jwt)
        qFatal("sign: %s", qPrintable(jwt.error().message));
    return *jwt;
}

QJsonObject jwks(const SigningKey &key)
{
    return QJsonObject{{QStringLiteral("keys"), QJsonArray{jwk(key)}}};
}

QByteArray configuration(const SigningKey &key, const QString &entity = kAnchor)
{
    QJsonObject federationEntity;
    federationEntity.insert(QStringLiteral("organization_name"), QStringLiteral("Anchor"));
    federationEntity.insert(QStringLiteral("federation_fetch_endpoint"), QString(entity + QStringLiteral("/fetch")));
    QJsonObject metadata;
    metadata.insert(QStringLiteral("federation_entity"), federationEntity);
    QJsonObject claims;
    claims.insert(QStringLiteral("iss"), entity);
    claims.insert(QStringLiteral("sub"), entity);
    claims.insert(QStringLiteral("jwks"), jwks(key));
    claims.insert(QStringLiteral("metadata"), metadata);
    return statement(key, claims);
}

QByteArray about(const SigningKey &signer, const QString &issuer, const QString &subject, const SigningKey *subjectKey = nullptr)
{
    QJsonObject claims{{QStringLiteral("iss"), issuer},
                       {QStringLiteral("sub"), subject},
                       {QStringLiteral("metadata"),
                        QJsonObject{{QStringLiteral("federation_entity"),
                                     QJsonObject{{QStringLiteral("organization_name"), QStringLiteral("College")}}}}}};
    if (subjectKey)
        claims.insert(QStringLiteral("jwks"), jwks(*subjectKey));
    return statement(signer, claims);
}

QByteArray readData(const QString &name)
{
    QFile file(QStringLiteral(SATCHEL_TEST_DATA_DIR "/trust/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(name));
    return file.readAll();
}

class MemoryCache : public DocumentCache {
public:
    std::optional<FetchedDocument> document(const QString &url) const override
    {
        const auto found = m_documents.constFind(url);
        return found == m_documents.constEnd() ? std::nullopt : std::optional<FetchedDocument>(*found);
    }
    Status putDocument(const FetchedDocument &document) override
    {
        m_documents.insert(document.url, document);
        return {};
    }

private:
    QHash<QString, FetchedDocument> m_documents;
};

const QUrl kConfigurationUrl(kAnchor + QStringLiteral("/.well-known/openid-federation"));

} // namespace

class TestEntityStatement : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void anchorConfiguration()
    {
        const auto key = newKey();
        auto anchor = FederationAnchor::fromConfiguration(configuration(key), kConfigurationUrl);
        QVERIFY2(anchor, qPrintable(anchor ? QString() : anchor.error().message));
        QCOMPARE(anchor->entityId(), kAnchor);
        QCOMPARE(anchor->name(), QStringLiteral("Anchor"));
        QCOMPARE(anchor->fetchUrl(QStringLiteral("did:web:a.example&sub=x#y")).toString(QUrl::FullyEncoded),
                 QStringLiteral("https://anchor.example/fetch?sub=did:web:a.example%26sub%3Dx%23y"));

        // Served at another entity's address (a redirect, a mirror): refused.
        QCOMPARE(FederationAnchor::fromConfiguration(configuration(key, QStringLiteral("https://other.example")),
                                                     kConfigurationUrl).error().code,
                 QStringLiteral("wrong-entity"));
        QVERIFY(FederationAnchor::entityIdFor(QUrl(QStringLiteral("https://a.example/registry.json"))).isEmpty());
        // Signed by a key that is not in its own jwks.
        const auto other = newKey();
        QByteArray forged = configuration(key);
        const QByteArray signature = Jws::sign(QJsonObject{{QStringLiteral("alg"), QStringLiteral("EdDSA")}}, "x", other)
                                         ->split('.')
                                         .last();
        forged = forged.left(forged.lastIndexOf('.') + 1) + signature;
        QCOMPARE(FederationAnchor::fromConfiguration(forged, kConfigurationUrl).error().code, QStringLiteral("signature"));
    }

    void statementShape_data()
    {
        QTest::addColumn<QByteArray>("jwt");
        QTest::addColumn<QString>("code");
        const auto key = newKey();
        QTest::newRow("wrong typ") << statement(key, {{QStringLiteral("iss"), kAnchor}, {QStringLiteral("sub"), kLeaf}},
                                                QStringLiteral("JWT"))
                                   << QStringLiteral("wrong-type");
        QTest::newRow("no sub") << statement(key, {{QStringLiteral("iss"), kAnchor}}) << QStringLiteral("malformed");
        QTest::newRow("exp a string") << statement(key, {{QStringLiteral("iss"), kAnchor},
                                                         {QStringLiteral("sub"), kLeaf},
                                                         {QStringLiteral("exp"), QStringLiteral("tomorrow")}})
                                      << QStringLiteral("malformed");
        QTest::newRow("jwks without keys") << statement(key, {{QStringLiteral("iss"), kAnchor},
                                                              {QStringLiteral("sub"), kLeaf},
                                                              {QStringLiteral("jwks"), QJsonObject()}})
                                           << QStringLiteral("malformed");
        QTest::newRow("not a JWS") << QByteArray("{\"iss\": 1}") << QStringLiteral("malformed");
        QTest::newRow("too large") << QByteArray(EntityStatement::kMaxBytes + 1, 'a') << QStringLiteral("too-large");
    }
    void statementShape()
    {
        QFETCH(QByteArray, jwt);
        QFETCH(QString, code);
        auto parsed = EntityStatement::parse(jwt);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, code);
    }

    // anchor → consortium → college: each statement signed by the key the next one gives its issuer.
    void chainOfTwo()
    {
        const auto anchorKey = newKey();
        const auto consortiumKey = newKey();
        auto anchor = FederationAnchor::fromConfiguration(configuration(anchorKey), kConfigurationUrl);
        QVERIFY(anchor);
        const QByteArray leaf = about(consortiumKey, kIntermediate, kLeaf);
        const QByteArray middle = about(anchorKey, kAnchor, kIntermediate, &consortiumKey);
        auto verified = anchor->verifyChain({leaf, middle}, kLeaf);
        QVERIFY2(verified, qPrintable(verified ? QString() : verified.error().message));
        QCOMPARE(verified->federationEntity(QLatin1String("organization_name")), QStringLiteral("College"));

        // Out of order, about someone else, a link signed by the wrong key, not ending at the anchor.
        QCOMPARE(anchor->verifyChain({middle, leaf}, kLeaf).error().code, QStringLiteral("wrong-entity"));
        QCOMPARE(anchor->verifyChain({leaf, middle}, QStringLiteral("did:web:impostor.example")).error().code,
                 QStringLiteral("wrong-entity"));
        const QByteArray selfVouched = about(anchorKey, kIntermediate, kLeaf);
        QCOMPARE(anchor->verifyChain({selfVouched, middle}, kLeaf).error().code, QStringLiteral("signature"));
        QCOMPARE(anchor->verifyChain({leaf}, kLeaf).error().code, QStringLiteral("wrong-entity"));
        // The middle statement signed by a stranger instead of the anchor.
        const auto stranger = newKey();
        QCOMPARE(anchor->verifyChain({leaf, about(stranger, kAnchor, kIntermediate, &consortiumKey)}, kLeaf).error().code,
                 QStringLiteral("signature"));

        // Direct subordinates (the DCC member registry's shape).
        QVERIFY(anchor->verifySubordinate(about(anchorKey, kAnchor, kLeaf), kLeaf));
        QList<QByteArray> tooLong(FederationAnchor::kMaxChainLength + 1, leaf);
        QCOMPARE(anchor->verifyChain(tooLong, kLeaf).error().code, QStringLiteral("chain-too-long"));
    }

    // The DCC's own test registry (tests/data/trust/SOURCES.md): its configuration and its answer
    // about an issuer, signed by the registry itself, read and verified as Satchel reads them.
    void publishedDccFederationStatements()
    {
        const QUrl configurationUrl(QStringLiteral("https://test.registry.dcconsortium.org/.well-known/openid-federation"));
        auto anchor = FederationAnchor::fromConfiguration(readData(QStringLiteral("dcc-test-registry-configuration.jwt")),
                                                          configurationUrl);
        QVERIFY2(anchor, qPrintable(anchor ? QString() : anchor.error().message));
        QCOMPARE(anchor->entityId(), QStringLiteral("https://test.registry.dcconsortium.org"));
        QCOMPARE(anchor->name(), QStringLiteral("Digital Credentials Consortium (TEST)"));
        const QString issuer = QStringLiteral("did:web:twotr.testschool.edu");
        QCOMPARE(anchor->fetchUrl(issuer).toString(QUrl::FullyEncoded),
                 QStringLiteral("https://test.registry.dcconsortium.org/fetch?sub=did:web:twotr.testschool.edu"));
        const QByteArray answer = readData(QStringLiteral("dcc-test-registry-subordinate.jwt"));
        auto statement = anchor->verifySubordinate(answer, issuer);
        QVERIFY2(statement, qPrintable(statement ? QString() : statement.error().message));
        QCOMPARE(statement->federationEntity(QLatin1String("organization_name")), QStringLiteral("TwoTraining Nursing School"));
        QCOMPARE(statement->issuedAt(), QDateTime::fromSecsSinceEpoch(1745593243, Qt::UTC));
        QVERIFY(statement->expiresAt() < QDateTime(QDate(2025, 5, 1), QTime(0, 0), Qt::UTC));
        // About another issuer, or one bit of its signature changed: refused.
        QCOMPARE(anchor->verifySubordinate(answer, QStringLiteral("did:web:other.example")).error().code,
                 QStringLiteral("wrong-entity"));
        QByteArray flipped = answer.trimmed();
        flipped[flipped.size() - 5] = flipped.at(flipped.size() - 5) == 'A' ? 'B' : 'A';
        QCOMPARE(anchor->verifySubordinate(flipped, issuer).error().code, QStringLiteral("signature"));
        // Kept in a wallet: listed, but the statement has expired, so the copy is called old.
        MemoryCache cache;
        const auto keep = [&cache](const QString &url, const QByteArray &body) {
            FetchedDocument document;
            document.url = url;
            document.body = body;
            document.fetchedAt = QDateTime::currentDateTimeUtc();
            QVERIFY(cache.putDocument(document));
        };
        keep(configurationUrl.toString(QUrl::FullyEncoded), readData(QStringLiteral("dcc-test-registry-configuration.jwt")));
        keep(anchor->fetchUrl(issuer).toString(QUrl::FullyEncoded), answer);
        const TrustRegistry registry{QStringLiteral("dcc-member-test"), QStringLiteral("DCC test"), configurationUrl,
                                     TrustRegistry::Format::OpenIdFederation, true, true};
        IssuerTrustChecker checker(cache, {registry}, {});
        const IssuerTrust trust = checker.check(issuer);
        QCOMPARE(trust.kind, IssuerTrust::Kind::ListedStale);
        QCOMPARE(trust.issuerName, QStringLiteral("TwoTraining Nursing School"));
        QCOMPARE(checker.check(QStringLiteral("did:web:never.asked")).kind, IssuerTrust::Kind::Unknown);

        // Served as another registry's configuration: refused.
        QCOMPARE(FederationAnchor::fromConfiguration(readData(QStringLiteral("dcc-test-registry-configuration.jwt")),
                                                     QUrl(QStringLiteral("https://registry.dcconsortium.org/.well-known/openid-federation")))
                     .error()
                     .code,
                 QStringLiteral("wrong-entity"));
    }

    // The DCC format as the client's fixtures have it (the sandbox registry's shape).
    void dccFormat()
    {
        const QByteArray json = R"({"meta": {"created": "2022-10-27T17:57:31+00:00", "updated": "2025-03-12T16:20:00+00:00"},
            "registry": {
              "did:key:z6MkpLDL3RoAoMRTwTgo3rs39ZwssfaPKtGdZw7AGRN7CK4W": {"name": "(Example) My University", "location": "Cambridge, MA, USA", "url": "https://digitalcredentials.mit.edu"},
              "did:web:www.credly.com:api:v1:obi:v3:issuers:ede32dcc-9168-4563-9352-8725936d5231": {"name": "Credly Test OBv3 PM"},
              "did:web:nameless.example": {"url": "https://nameless.example"}}})";
        auto registry = DccRegistry::parse(json);
        QVERIFY(registry);
        QCOMPARE(registry->size(), 3);
        QCOMPARE(registry->find(QStringLiteral("did:key:z6MkpLDL3RoAoMRTwTgo3rs39ZwssfaPKtGdZw7AGRN7CK4W"))->name,
                 QStringLiteral("(Example) My University"));
        QCOMPARE(registry->find(QStringLiteral("did:web:www.credly.com:api:v1:obi:v3:issuers:ede32dcc-9168-4563-9352-8725936d5231"))->location,
                 QString());
        QVERIFY(!registry->find(QStringLiteral("did:web:nameless.example")));
        QVERIFY(!registry->find(QStringLiteral("did:key:z6MkPLDL3RoAoMRTwTgo3rs39ZwssfaPKtGdZw7AGRN7CK4W")));
        QCOMPARE(DccRegistry::parse(R"({"issuers": {}})").error().code, QStringLiteral("malformed"));
        QCOMPARE(DccRegistry::parse("<html>").error().code, QStringLiteral("malformed"));
    }
};

QTEST_GUILESS_MAIN(TestEntityStatement)
#include "TestEntityStatement.moc"
