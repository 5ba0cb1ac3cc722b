// The parts of receiving that need no issuer: offer links and their kinds (OpenID4VCI 1.0 §4.1
// examples, VC-API interaction URLs, the DCC wallet's deep links), credential offers, issuer and
// authorization server metadata (well-known path insertion, display language), the key proof JWT,
// and the loopback redirect listener's state check.
#include "crypto/Base64Url.h"
#include "crypto/DidResolver.h"
#include "crypto/Ed25519SigningKey.h"
#include "crypto/Jws.h"
#include "receive/CredentialOffer.h"
#include "receive/IssuerMetadata.h"
#include "receive/KeyProof.h"
#include "receive/LoopbackRedirectListener.h"
#include "receive/ReceiveLink.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTest>

#include <thread>

using namespace Satchel;

namespace {

// OpenID4VCI 1.0 §4.1.1's pre-authorized example, with a tx_code.
const char kSpecOffer[] = "{ "
    "  \"credential_issuer\": \"https://credential-issuer.example.com\", "
    "  \"credential_configuration_ids\": [\"UniversityDegree_LDP_VC\"], "
    "  \"grants\": { "
    "    \"urn:ietf:params:oauth:grant-type:pre-authorized_code\": { "
    "      \"pre-authorized_code\": \"oaKazRN8I0IbtZ0C7JuMn5\", "
    "      \"tx_code\": {\"length\": 4, \"input_mode\": \"numeric\", "
    "                  \"description\": \"Please provide the one-time code that was sent via e-mail\"} "
    "    } "
    "  } "
    "}";

const char kMetadata[] = "{ "
    "  \"credential_issuer\": \"https://credential-issuer.example.com/tenant\", "
    "  \"authorization_servers\": [\"https://server.example.com\"], "
    "  \"credential_endpoint\": \"https://credential-issuer.example.com/tenant/credential\", "
    "  \"nonce_endpoint\": \"https://credential-issuer.example.com/tenant/nonce\", "
    "  \"deferred_credential_endpoint\": \"https://credential-issuer.example.com/tenant/deferred\", "
    "  \"display\": [{\"name\": \"Example University\", \"locale\": \"en-US\", \"logo\": {\"uri\": \"https://u.example/logo.png\", \"alt_text\": \"crest\"}}, "
    "              {\"name\": \"Université Exemple\", \"locale\": \"fr\"}], "
    "  \"credential_configurations_supported\": { "
    "    \"UniversityDegree_LDP_VC\": { "
    "      \"format\": \"ldp_vc\", \"scope\": \"degree\", "
    "      \"cryptographic_binding_methods_supported\": [\"did:key\"], "
    "      \"proof_types_supported\": {\"jwt\": {\"proof_signing_alg_values_supported\": [\"EdDSA\", \"ES256\"]}}, "
    "      \"credential_metadata\": {\"display\": [{\"name\": \"University Degree\", \"locale\": \"en-US\", \"description\": \"A degree\"}]} "
    "    }, "
    "    \"Draft_JWT\": {\"format\": \"jwt_vc_json\", \"display\": [{\"name\": \"Old place for display\"}]}, "
    "    \"Pid\": {\"format\": \"dc+sd-jwt\"} "
    "  } "
    "}";

QString encoded(const QByteArray &json)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8(json)));
}

// Sends one raw GET to the listener at port (what a browser following the redirect does).
QByteArray browserGet(quint16 port, const QByteArray &target)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return {};
    socket.write("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    socket.waitForBytesWritten(5000);
    QByteArray answer;
    while (socket.waitForReadyRead(5000))
        answer += socket.readAll();
    return answer;
}

// Offers and metadata the tests below read.
const char kDccRequest[] = "{\"credentialRequestOrigin\":\"https://issuer.example\",\"protocols\":{\"vcapi\":\"https://issuer.example/exchanges/abc\"}}";
const char kAuthorizationCodeOffer[] = "{\"credential_issuer\":\"https://i.example\",\"credential_configuration_ids\":[\"a\",\"a\",\"b\"], "
    "            \"grants\":{\"authorization_code\":{\"issuer_state\":\"eyJhbGciOiJSU0Et\",\"authorization_server\":\"https://as.example\"}}}";
const char kOfferWithoutGrants[] = "{\"credential_issuer\":\"https://i.example\",\"credential_configuration_ids\":[\"a\"]}";
const char kOfferWithoutPin[] = "{\"credential_issuer\":\"https://i.example\",\"credential_configuration_ids\":[\"a\"], "
    "            \"grants\":{\"urn:ietf:params:oauth:grant-type:pre-authorized_code\":{\"pre-authorized_code\":\"x\"}}}";
const char kOfferWithoutIssuer[] = "{\"credential_configuration_ids\":[\"a\"]}";
const char kOfferWithoutConfigurations[] = "{\"credential_issuer\":\"https://i.example\"}";
const char kOfferOverHttp[] = "{\"credential_issuer\":\"http://i.example\",\"credential_configuration_ids\":[\"a\"]}";
const char kPreAuthorizedWithoutCode[] = "{\"credential_issuer\":\"https://i.example\",\"credential_configuration_ids\":[\"a\"], "
    "                 \"grants\":{\"urn:ietf:params:oauth:grant-type:pre-authorized_code\":{}}}";
const char kMetadataWithoutEndpoint[] = "{\"credential_issuer\":\"https://i.example\"}";
const char kServerMetadataWithPar[] = "{\"issuer\":\"https://as.example\",\"authorization_endpoint\":\"https://as.example/authorize\", "
    "            \"token_endpoint\":\"https://as.example/token\",\"pushed_authorization_request_endpoint\":\"https://as.example/par\", "
    "            \"require_pushed_authorization_requests\":true}";
const char kServerMetadataWithoutToken[] = "{\"issuer\":\"https://as.example\"}";

} // namespace

class TestReceiveParsing : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void links_data()
    {
        QTest::addColumn<QString>("link");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("url");
        const QString offer = encoded(kSpecOffer);
        QTest::newRow("offer by value (custom scheme)")
            << QStringLiteral("openid-credential-offer://?credential_offer=") + offer << int(ReceiveLink::OfferByValue) << QString();
        QTest::newRow("offer by reference (§4.1.3 example)")
            << QStringLiteral("openid-credential-offer://?credential_offer_uri=https%3A%2F%2Fserver%2Eexample%2Ecom%2Fcredential-offer%2FGkurKxf5T0Y-mnPFCHqWOMiZi4VS138cQO_V7PZHAdM")
            << int(ReceiveLink::OfferByReference)
            << QStringLiteral("https://server.example.com/credential-offer/GkurKxf5T0Y-mnPFCHqWOMiZi4VS138cQO_V7PZHAdM");
        QTest::newRow("offer on an https page")
            << QStringLiteral("https://college.example/wallet/start?credential_offer=") + offer << int(ReceiveLink::OfferByValue) << QString();
        QTest::newRow("offer reference on an https page")
            << QStringLiteral("  https://college.example/x?credential_offer_uri=https%3A%2F%2Fcollege.example%2Fo%2F1\n")
            << int(ReceiveLink::OfferByReference) << QStringLiteral("https://college.example/o/1");
        QTest::newRow("VC-API interaction URL")
            << QStringLiteral("https://vcapi.example.com/interactions/123?iuv=1") << int(ReceiveLink::InteractionUrl)
            << QStringLiteral("https://vcapi.example.com/interactions/123?iuv=1");
        const QString request = encoded(kDccRequest);
        QTest::newRow("DCC dccrequest://") << QStringLiteral("dccrequest://request?request=") + request
                                           << int(ReceiveLink::VcApiExchange) << QStringLiteral("https://issuer.example/exchanges/abc");
        QTest::newRow("DCC lcw.app") << QStringLiteral("https://lcw.app/request.html?request=") + request
                                     << int(ReceiveLink::VcApiExchange) << QStringLiteral("https://issuer.example/exchanges/abc");
        QTest::newRow("DCC legacy vc_request_url")
            << QStringLiteral("dccrequest://request?issuer=jff&vc_request_url=https%3A%2F%2Fissuer.example%2Fissue&challenge=abc&auth_type=bearer")
            << int(ReceiveLink::DccChallenge) << QStringLiteral("https://issuer.example/issue");
    }

    void links()
    {
        QFETCH(QString, link);
        QFETCH(int, kind);
        QFETCH(QString, url);
        auto parsed = ReceiveLink::parse(link);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        QCOMPARE(int(parsed->kind), kind);
        QCOMPARE(parsed->url.toString(), url);
        if (kind == ReceiveLink::OfferByValue)
            QCOMPARE(QJsonDocument::fromJson(parsed->offerJson), QJsonDocument::fromJson(kSpecOffer));
        if (kind == ReceiveLink::DccChallenge)
            QCOMPARE(parsed->challenge, QStringLiteral("abc"));
    }

    void unsupportedLinks_data()
    {
        QTest::addColumn<QString>("link");
        QTest::newRow("a credential URL") << QStringLiteral("https://example.com/badge.json");
        QTest::newRow("mail") << QStringLiteral("mailto:learner@example.com");
        QTest::newRow("offer scheme without offer") << QStringLiteral("openid-credential-offer://?foo=1");
        QTest::newRow("OpenID4VP request") << QStringLiteral("openid4vp://?request_uri=https%3A%2F%2Fv.example%2Fr");
        QTest::newRow("offer reference to a non-web URL") << QStringLiteral("openid-credential-offer://?credential_offer_uri=file%3A%2F%2F%2Fetc%2Fpasswd");
        QTest::newRow("DCC link without request") << QStringLiteral("dccrequest://request?issuer=x");
        QTest::newRow("empty") << QString();
    }

    void unsupportedLinks()
    {
        QFETCH(QString, link);
        auto parsed = ReceiveLink::parse(link);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, QStringLiteral("unsupported-link"));
        QVERIFY(parsed.error().message.contains(QStringLiteral("not a credential offer Satchel can receive")) || link.isEmpty()
                || parsed.error().message.contains(QStringLiteral("offers no way")));
    }

    void protocolsObject()
    {
        auto openid = ReceiveLink::fromProtocols(QJsonObject{
            {QStringLiteral("OID4VCI"), QStringLiteral("openid-credential-offer://?credential_offer_uri=https%3A%2F%2Fx.example%2Fo")}});
        QVERIFY(openid.ok());
        QCOMPARE(int(openid->kind), int(ReceiveLink::OfferByReference));
        QCOMPARE(openid->url.toString(), QStringLiteral("https://x.example/o"));
        auto both = ReceiveLink::fromProtocols(QJsonObject{
            {QStringLiteral("OID4VCI"), QStringLiteral("openid-credential-offer://?credential_offer_uri=https%3A%2F%2Fx.example%2Fo")},
            {QStringLiteral("vcapi"), QStringLiteral("https://x.example/exchanges/1")}});
        QVERIFY(both.ok());
        QCOMPARE(int(both->kind), int(ReceiveLink::VcApiExchange));
        auto none = ReceiveLink::fromProtocols(QJsonObject{{QStringLiteral("didcomm"), QStringLiteral("x")}});
        QVERIFY(!none.ok());
        QVERIFY(none.error().message.contains(QStringLiteral("didcomm")));
    }

    void specOffer()
    {
        auto offer = CredentialOffer::parse(kSpecOffer);
        QVERIFY(offer.ok());
        QCOMPARE(offer->credentialIssuer, QStringLiteral("https://credential-issuer.example.com"));
        QCOMPARE(offer->configurationIds, QStringList{QStringLiteral("UniversityDegree_LDP_VC")});
        QVERIFY(offer->preAuthorized);
        QVERIFY(!offer->authorizationCode);
        QCOMPARE(offer->preAuthorizedCode, QStringLiteral("oaKazRN8I0IbtZ0C7JuMn5"));
        QVERIFY(offer->transactionCode.required);
        QCOMPARE(offer->transactionCode.length, 4);
        QVERIFY(offer->transactionCode.numeric);
        QCOMPARE(offer->transactionCode.description, QStringLiteral("Please provide the one-time code that was sent via e-mail"));
    }

    void offerGrants()
    {
        auto auth = CredentialOffer::parse(kAuthorizationCodeOffer);
        QVERIFY(auth.ok());
        QVERIFY(auth->authorizationCode);
        QVERIFY(!auth->preAuthorized);
        QCOMPARE(auth->issuerState, QStringLiteral("eyJhbGciOiJSU0Et"));
        QCOMPARE(auth->authorizationServer, QStringLiteral("https://as.example"));
        QCOMPARE(auth->configurationIds, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        // No grants: the authorization code flow (§4.1.1).
        auto none = CredentialOffer::parse(kOfferWithoutGrants);
        QVERIFY(none.ok() && none->authorizationCode);
        // A pre-authorized grant without tx_code asks for no PIN.
        auto noPin = CredentialOffer::parse(kOfferWithoutPin);
        QVERIFY(noPin.ok() && !noPin->transactionCode.required);
    }

    void badOffers_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("code");
        QTest::newRow("not JSON") << QByteArray("{") << QStringLiteral("bad-offer");
        QTest::newRow("no issuer") << QByteArray(kOfferWithoutIssuer) << QStringLiteral("bad-offer");
        QTest::newRow("no configurations") << QByteArray(kOfferWithoutConfigurations) << QStringLiteral("bad-offer");
        QTest::newRow("plain http issuer") << QByteArray(kOfferOverHttp)
                                           << QStringLiteral("insecure-url");
        QTest::newRow("pre-authorized without code")
            << QByteArray(kPreAuthorizedWithoutCode)
            << QStringLiteral("bad-offer");
    }

    void badOffers()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, code);
        auto offer = CredentialOffer::parse(json);
        QVERIFY(!offer.ok());
        QCOMPARE(offer.error().code, code);
    }

    void wellKnownPathInsertion_data()
    {
        QTest::addColumn<QString>("identifier");
        QTest::addColumn<QString>("wellKnown");
        QTest::addColumn<QString>("expected");
        QTest::newRow("host only") << QStringLiteral("https://issuer.example.com") << QStringLiteral("openid-credential-issuer")
                                   << QStringLiteral("https://issuer.example.com/.well-known/openid-credential-issuer");
        QTest::newRow("path (§12.2.2 example)") << QStringLiteral("https://issuer.example.com/tenant") << QStringLiteral("openid-credential-issuer")
                                                << QStringLiteral("https://issuer.example.com/.well-known/openid-credential-issuer/tenant");
        QTest::newRow("trailing slash") << QStringLiteral("https://issuer.example.com/tenant/") << QStringLiteral("openid-credential-issuer")
                                        << QStringLiteral("https://issuer.example.com/.well-known/openid-credential-issuer/tenant");
        QTest::newRow("RFC 8414 §3.1 example") << QStringLiteral("https://example.com/issuer1") << QStringLiteral("oauth-authorization-server")
                                               << QStringLiteral("https://example.com/.well-known/oauth-authorization-server/issuer1");
        QTest::newRow("loopback port") << QStringLiteral("http://127.0.0.1:4567") << QStringLiteral("openid-credential-issuer")
                                       << QStringLiteral("http://127.0.0.1:4567/.well-known/openid-credential-issuer");
    }

    void wellKnownPathInsertion()
    {
        QFETCH(QString, identifier);
        QFETCH(QString, wellKnown);
        QFETCH(QString, expected);
        QCOMPARE(IssuerMetadata::wellKnownUrl(identifier, wellKnown).toString(), expected);
    }

    void issuerMetadata()
    {
        auto m = IssuerMetadata::parse(kMetadata);
        QVERIFY2(m.ok(), qPrintable(m.ok() ? QString() : m.error().message));
        QCOMPARE(m->credentialIssuer, QStringLiteral("https://credential-issuer.example.com/tenant"));
        QCOMPARE(m->authorizationServers, QStringList{QStringLiteral("https://server.example.com")});
        QCOMPARE(m->nonceEndpoint.toString(), QStringLiteral("https://credential-issuer.example.com/tenant/nonce"));
        QCOMPARE(m->deferredCredentialEndpoint.toString(), QStringLiteral("https://credential-issuer.example.com/tenant/deferred"));
        QCOMPARE(m->configurations.size(), 3);
        const CredentialConfiguration degree = m->configurations.value(QStringLiteral("UniversityDegree_LDP_VC"));
        QCOMPARE(degree.format, QStringLiteral("ldp_vc"));
        QCOMPARE(degree.scope, QStringLiteral("degree"));
        QVERIFY(degree.proofRequired);
        QCOMPARE(degree.proofAlgorithms, (QStringList{QStringLiteral("EdDSA"), QStringLiteral("ES256")}));
        QCOMPARE(degree.display.value(0).name, QStringLiteral("University Degree"));
        // Drafts kept display on the configuration itself.
        QCOMPARE(m->configurations.value(QStringLiteral("Draft_JWT")).display.value(0).name, QStringLiteral("Old place for display"));
        QVERIFY(!m->configurations.value(QStringLiteral("Draft_JWT")).proofRequired);
        const LocalizedDisplay *english = IssuerMetadata::pickDisplay(m->display, {QStringLiteral("en")});
        QCOMPARE(english->name, QStringLiteral("Example University"));
        QCOMPARE(english->logo.toString(), QStringLiteral("https://u.example/logo.png"));
        QCOMPARE(english->logoAltText, QStringLiteral("crest"));
        QCOMPARE(IssuerMetadata::pickDisplay(m->display, {QStringLiteral("fr-CA"), QStringLiteral("en")})->name,
                 QStringLiteral("Université Exemple"));
        QCOMPARE(IssuerMetadata::pickDisplay(m->display, {QStringLiteral("en-US")})->name, QStringLiteral("Example University"));
        // No language it has: the first.
        QCOMPARE(IssuerMetadata::pickDisplay(m->display, {QStringLiteral("ja")})->name, QStringLiteral("Example University"));
        QVERIFY(!IssuerMetadata::pickDisplay({}, {QStringLiteral("en")}));

        QCOMPARE(IssuerMetadata::parse(kMetadataWithoutEndpoint).error().code, QStringLiteral("bad-metadata"));
        auto server = AuthorizationServerMetadata::parse(kServerMetadataWithPar);
        QVERIFY(server.ok());
        QCOMPARE(server->tokenEndpoint.toString(), QStringLiteral("https://as.example/token"));
        QVERIFY(server->requirePushedAuthorizationRequests);
        QVERIFY(!AuthorizationServerMetadata::parse(kServerMetadataWithoutToken).ok());
    }

    void keyProofJwt()
    {
        const QByteArray seed = QByteArray::fromHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
        const Ed25519SigningKey key(std::move(Ed25519KeyPair::fromSeed(SecureBytes(seed.constData(), size_t(seed.size()))).value()));
        const QDateTime at(QDate(2026, 12, 5), QTime(4, 0), Qt::UTC);
        auto jwt = KeyProof::jwt(key, QStringLiteral("https://issuer.example"), QStringLiteral("n-0S6_WzA2Mj"), {}, at);
        QVERIFY(jwt.ok());
        auto jws = Jws::parse(*jwt);
        QVERIFY(jws.ok());
        QCOMPARE(jws->header().value(QStringLiteral("typ")).toString(), QStringLiteral("openid4vci-proof+jwt"));
        QCOMPARE(jws->header().value(QStringLiteral("alg")).toString(), QStringLiteral("EdDSA"));
        QCOMPARE(jws->keyId(), key.verificationMethod());
        QVERIFY(!jws->header().contains(QStringLiteral("jwk"))); // kid and jwk together are refused by issuers
        const QJsonObject claims = jws->payloadObject().value();
        QCOMPARE(claims.value(QStringLiteral("aud")).toString(), QStringLiteral("https://issuer.example"));
        QCOMPARE(claims.value(QStringLiteral("nonce")).toString(), QStringLiteral("n-0S6_WzA2Mj"));
        QCOMPARE(claims.value(QStringLiteral("iat")).toInteger(), at.toSecsSinceEpoch());
        QVERIFY(!claims.contains(QStringLiteral("iss"))); // anonymous pre-authorized access
        auto resolved = DidResolver::resolveLocal(jws->keyId());
        QVERIFY(resolved.ok());
        QVERIFY(jws->verify(resolved->key, {SignatureAlgorithm::EdDSA}).ok());
        // In the authorization code flow the client id is the issuer of the proof.
        auto withClient = KeyProof::jwt(key, QStringLiteral("https://issuer.example"), {}, QStringLiteral("satchel-wallet"), at);
        const QJsonObject clientClaims = Jws::parse(*withClient)->payloadObject().value();
        QCOMPARE(clientClaims.value(QStringLiteral("iss")).toString(), QStringLiteral("satchel-wallet"));
        QVERIFY(!clientClaims.contains(QStringLiteral("nonce")));
    }

    void loopbackRedirectChecksState()
    {
        LoopbackRedirectListener listener;
        auto redirectUri = listener.listen();
        QVERIFY(redirectUri.ok());
        QCOMPARE(redirectUri->host(), QStringLiteral("127.0.0.1"));
        const quint16 port = quint16(redirectUri->port());
        QByteArray wrongAnswer, rightAnswer, strayAnswer;
        std::thread browser([&] {
            strayAnswer = browserGet(port, "/favicon.ico");
            wrongAnswer = browserGet(port, "/callback?code=stolen&state=forged");
            rightAnswer = browserGet(port, "/callback?code=c%2B1&state=S1&iss=https%3A%2F%2Fi.example");
        });
        auto query = listener.waitForRedirect(QStringLiteral("S1"), 20000, nullptr);
        browser.join();
        QVERIFY2(query.ok(), qPrintable(query.ok() ? QString() : query.error().message));
        QCOMPARE(query->queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded), QStringLiteral("c+1"));
        QVERIFY(strayAnswer.startsWith("HTTP/1.1 404"));
        QVERIFY(wrongAnswer.startsWith("HTTP/1.1 400"));
        QVERIFY(rightAnswer.startsWith("HTTP/1.1 200"));
        QVERIFY(rightAnswer.contains("You can close this tab"));
    }

    void loopbackRedirectError()
    {
        LoopbackRedirectListener listener;
        auto redirectUri = listener.listen();
        QVERIFY(redirectUri.ok());
        std::thread browser([port = quint16(redirectUri->port())] {
            browserGet(port, "/callback?error=access_denied&error_description=The+learner+said+no&state=S2");
        });
        auto query = listener.waitForRedirect(QStringLiteral("S2"), 20000, nullptr);
        browser.join();
        QVERIFY(!query.ok());
        QCOMPARE(query.error().code, QStringLiteral("authorization-failed"));
        QVERIFY(query.error().message.contains(QStringLiteral("access_denied")));
        // Nobody comes: a timeout, with its own message.
        LoopbackRedirectListener idle;
        QVERIFY(idle.listen().ok());
        auto timedOut = idle.waitForRedirect(QStringLiteral("S3"), 300, nullptr);
        QCOMPARE(timedOut.error().code, QStringLiteral("authorization-failed"));
        QVERIFY(timedOut.error().message.contains(QStringLiteral("did not finish in time")));
    }
};

QTEST_GUILESS_MAIN(TestReceiveParsing)
#include "TestReceiveParsing.moc"
