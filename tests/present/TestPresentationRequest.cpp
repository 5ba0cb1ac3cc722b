// Reading a verifier's OpenID4VP 1.0 request: links by value (DCQL and Presentation Exchange) and by
// reference (request_uri fetched with GET, and with POST carrying wallet metadata and a nonce the
// request object must echo), the client identifier checks (redirect_uri, decentralized_identifier
// with did:key and did:jwk signatures), and every refusal with its own code.
#include "PresentTestSupport.h"

#include "LoopbackHttpServer.h"
#include "crypto/P256KeyPair.h"
#include "crypto/P256SigningKey.h"
#include "net/Fetcher.h"
#include "present/ClaimPath.h"
#include "present/PresentationLink.h"
#include "present/PresentationQueryReader.h"
#include "present/PresentationRequestReader.h"
#include "present/PresentationResponder.h"
#include "storage/Wallet.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Satchel;
using namespace PresentTest;

namespace {

const QString kResponseUri = QStringLiteral("https://verifier.example/response");

QString withParameter(Parameters parameters, const QString &name, const QString &value)
{
    bool replaced = false;
    for (auto &[n, v] : parameters) {
        if (n == name) {
            v = value;
            replaced = true;
        }
    }
    if (!replaced)
        parameters.append({name, value});
    return link(parameters);
}

QString withoutParameter(Parameters parameters, const QString &name)
{
    parameters.removeIf([&name](const auto &p) { return p.first == name; });
    return link(parameters);
}

Result<PresentationRequest> readLink(const QString &text)
{
    auto parsed = PresentationLink::parse(text);
    if (!parsed)
        return parsed.error();
    return PresentationRequestReader::fromParameters(parsed->parameters);
}

} // namespace

class TestPresentationRequest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void readsDcqlByValue()
    {
        const QJsonObject query = dcql(QStringLiteral("ldp_vc"),
                                       {claim({QStringLiteral("issuer"), QStringLiteral("id")}, {QStringLiteral("did:key:z6Mk")})});
        const QString text = link(byValue(kResponseUri, query));
        QVERIFY(PresentationResponder::isPresentationLink(text));
        auto request = readLink(text);
        QVERIFY2(request.ok(), qPrintable(request.ok() ? QString() : request.error().message));
        QCOMPARE(request->clientId, QStringLiteral("redirect_uri:") + kResponseUri);
        QCOMPARE(int(request->prefix), int(ClientIdPrefix::RedirectUri));
        QCOMPARE(request->responseUri, QUrl(kResponseUri));
        QCOMPARE(request->verifierDomain, QStringLiteral("verifier.example"));
        QCOMPARE(request->verifierName, QStringLiteral("Hiring Co"));
        QCOMPARE(request->nonce, QStringLiteral("n-0S6_WzA2Mj"));
        QCOMPARE(request->state, QStringLiteral("st-42"));
        QVERIFY(!request->signedRequest);
        QCOMPARE(int(request->language), int(QueryLanguage::Dcql));
        QCOMPARE(request->credentials.size(), 1);
        const RequestedCredential &wanted = request->credentials.first();
        QCOMPARE(wanted.id, QStringLiteral("badge"));
        QCOMPARE(wanted.formats, QStringList{QStringLiteral("ldp_vc")});
        QCOMPARE(wanted.typeValues.size(), 1);
        QCOMPARE(wanted.claims.size(), 1);
        QCOMPARE(wanted.claims.first().values.size(), 1);
        // The same request as a web link.
        QVERIFY(readLink(link(byValue(kResponseUri, query), QStringLiteral("https://verifier.example/present"))).ok());
        // As URLSearchParams writes it (the published verifier's library): a space is '+'.
        auto form = readLink(QString(text).replace(QStringLiteral("%20"), QStringLiteral("+")));
        QVERIFY(form.ok());
        QCOMPARE(form->verifierName, QStringLiteral("Hiring Co"));
    }

    void readsCredentialSets()
    {
        QJsonObject query = dcql(QStringLiteral("ldp_vc"));
        QJsonArray credentials = query.value(QStringLiteral("credentials")).toArray();
        credentials.append(dcql(QStringLiteral("jwt_vc_json"), {}, QStringLiteral("jwt_badge"))
                               .value(QStringLiteral("credentials")).toArray().first());
        query.insert(QStringLiteral("credentials"), credentials);
        query.insert(QStringLiteral("credential_sets"),
                     QJsonArray{QJsonObject{{QStringLiteral("options"),
                                             QJsonArray{QJsonArray{QStringLiteral("badge")},
                                                        QJsonArray{QStringLiteral("jwt_badge")}}}}});
        auto request = readLink(link(byValue(kResponseUri, query)));
        QVERIFY(request.ok());
        QCOMPARE(request->credentials.size(), 2);
        QCOMPARE(request->credentialSets.size(), 1);
        QCOMPARE(request->credentialSets.first().options.size(), 2);
        QVERIFY(request->credentialSets.first().required);
    }

    void readsPresentationDefinition()
    {
        const QJsonObject definition{
            {QStringLiteral("id"), QStringLiteral("def-1")},
            {QStringLiteral("format"), QJsonObject{{QStringLiteral("ldp_vp"), QJsonObject{}}}},
            {QStringLiteral("input_descriptors"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("id"), QStringLiteral("ob3")},
                 {QStringLiteral("name"), QStringLiteral("A badge")},
                 {QStringLiteral("constraints"),
                  QJsonObject{{QStringLiteral("fields"),
                               QJsonArray{QJsonObject{{QStringLiteral("path"), QJsonArray{QStringLiteral("$.type"),
                                                                                          QStringLiteral("$.vc.type")}},
                                                      {QStringLiteral("filter"),
                                                       QJsonObject{{QStringLiteral("type"), QStringLiteral("array")},
                                                                   {QStringLiteral("contains"),
                                                                    QJsonObject{{QStringLiteral("const"),
                                                                                 QStringLiteral("OpenBadgeCredential")}}}}}}}}}}}}}};
        auto request = readLink(link(byValue(kResponseUri, definition, QStringLiteral("presentation_definition"))));
        QVERIFY2(request.ok(), qPrintable(request.ok() ? QString() : request.error().message));
        QCOMPARE(int(request->language), int(QueryLanguage::PresentationExchange));
        QCOMPARE(request->definitionId, QStringLiteral("def-1"));
        QCOMPARE(request->credentials.first().formats, QStringList{QStringLiteral("ldp_vp")});
        QCOMPARE(request->credentials.first().claims.first().paths.size(), 2);
        QCOMPARE(request->credentials.first().claims.first().paths.at(1),
                 (QJsonArray{QStringLiteral("vc"), QStringLiteral("type")}));
    }

    void jsonPathSubset_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QJsonArray>("expected");
        QTest::newRow("dots") << "$.credentialSubject.achievement.name"
                              << QJsonArray{QStringLiteral("credentialSubject"), QStringLiteral("achievement"), QStringLiteral("name")};
        QTest::newRow("brackets") << "$['issuer'][\"id\"]" << QJsonArray{QStringLiteral("issuer"), QStringLiteral("id")};
        QTest::newRow("index") << "$.type[1]" << QJsonArray{QStringLiteral("type"), 1};
        QTest::newRow("wildcard") << "$.type[*]" << QJsonArray{QStringLiteral("type"), QJsonValue::Null};
        QTest::newRow("recursive") << "$..type" << QJsonArray{};
        QTest::newRow("filter") << "$.type[?(@ == 'x')]" << QJsonArray{};
        QTest::newRow("no-root") << "type" << QJsonArray{};
    }

    void jsonPathSubset()
    {
        QFETCH(QString, expression);
        QFETCH(QJsonArray, expected);
        const auto path = ClaimPath::fromJsonPath(expression);
        QCOMPARE(path.has_value(), !expected.isEmpty());
        if (path)
            QCOMPARE(*path, expected);
    }

    void claimPathSelects()
    {
        const QJsonObject credential{{QStringLiteral("issuer"), QStringLiteral("did:key:z6Mk")},
                                     {QStringLiteral("type"), QJsonArray{QStringLiteral("VerifiableCredential"),
                                                                         QStringLiteral("OpenBadgeCredential")}}};
        QCOMPARE(ClaimPath::select(credential, {QStringLiteral("issuer"), QStringLiteral("id")}),
                 QList<QJsonValue>{QStringLiteral("did:key:z6Mk")}); // an IRI stands for its node
        QCOMPARE(ClaimPath::select(credential, {QStringLiteral("type"), QJsonValue::Null}).size(), 2);
        QCOMPARE(ClaimPath::select(credential, {QStringLiteral("type"), 1}),
                 QList<QJsonValue>{QStringLiteral("OpenBadgeCredential")});
        QVERIFY(ClaimPath::select(credential, {QStringLiteral("type"), 5}).isEmpty());
        QVERIFY(ClaimPath::select(credential, {QStringLiteral("name")}).isEmpty());
        // Where each value stands, indexes spelled out; "id" of an IRI adds no step.
        const QList<ClaimPath::Located> types = ClaimPath::locate(credential, {QStringLiteral("type"), QJsonValue::Null});
        QCOMPARE(types.size(), 2);
        QCOMPARE(types.at(1).at, (QJsonArray{QStringLiteral("type"), 1}));
        QCOMPARE(types.at(1).value, QJsonValue(QStringLiteral("OpenBadgeCredential")));
        QCOMPARE(ClaimPath::locate(credential, {QStringLiteral("issuer"), QStringLiteral("id")}).value(0).at,
                 QJsonArray{QStringLiteral("issuer")});
        QVERIFY(!ClaimPath::isValid({}));
        QVERIFY(!ClaimPath::isValid({-1}));
        QVERIFY(!ClaimPath::isValid({true}));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        const Parameters base = byValue(kResponseUri, dcql(QStringLiteral("ldp_vc")));
        QTest::newRow("not-a-request") << "https://verifier.example/?x=1" << "unsupported-link";
        QTest::newRow("offer-not-request") << "openid-credential-offer://?credential_offer=%7B%7D" << "unsupported-link";
        QTest::newRow("duplicate-parameter") << link(base) + QStringLiteral("&nonce=again") << "bad-request";
        QTest::newRow("no-nonce") << withoutParameter(base, QStringLiteral("nonce")) << "bad-request";
        QTest::newRow("state-too-long") << withParameter(base, QStringLiteral("state"), QString(2000, QLatin1Char('s')))
                                        << "bad-request";
        QTest::newRow("no-response-uri") << withoutParameter(base, QStringLiteral("response_uri")) << "bad-request";
        QTest::newRow("id-token") << withParameter(base, QStringLiteral("response_type"), QStringLiteral("id_token"))
                                  << "unsupported-response";
        QTest::newRow("fragment") << withParameter(base, QStringLiteral("response_mode"), QStringLiteral("fragment"))
                                  << "unsupported-response";
        QTest::newRow("encrypted") << withParameter(base, QStringLiteral("response_mode"), QStringLiteral("direct_post.jwt"))
                                   << "unsupported-response";
        Parameters plainHttp = byValue(QStringLiteral("http://verifier.example/response"), dcql(QStringLiteral("ldp_vc")));
        QTest::newRow("http-response-uri") << link(plainHttp) << "insecure-url";
        QTest::newRow("client-id-elsewhere")
            << withParameter(base, QStringLiteral("client_id"), QStringLiteral("redirect_uri:https://evil.example/response"))
            << "client-id-mismatch";
        QTest::newRow("x509-san-dns-unsigned")
            << withParameter(base, QStringLiteral("client_id"), QStringLiteral("x509_san_dns:verifier.example"))
            << "unsigned-request";
        QTest::newRow("x509-hash") << withParameter(base, QStringLiteral("client_id"), QStringLiteral("x509_hash:abc"))
                                   << "unsupported-client-id";
        QTest::newRow("pre-registered") << withParameter(base, QStringLiteral("client_id"), QStringLiteral("verifier-app"))
                                        << "unsupported-client-id";
        QTest::newRow("did-unsigned")
            << withParameter(base, QStringLiteral("client_id"),
                             QStringLiteral("decentralized_identifier:did:key:z6MkiUk57zpRo2NYLUd9N7EXQRzHAChzzzcNRKTBepMdFCXb"))
            << "unsigned-request";
        QTest::newRow("no-query") << withoutParameter(base, QStringLiteral("dcql_query")) << "unsupported-query";
        QTest::newRow("two-queries") << withParameter(base, QStringLiteral("presentation_definition"), QStringLiteral("{}"))
                                     << "bad-query";
        QTest::newRow("query-not-json") << withParameter(base, QStringLiteral("dcql_query"), QStringLiteral("{credentials"))
                                        << "bad-request";
        QTest::newRow("query-duplicate-member")
            << withParameter(base, QStringLiteral("dcql_query"), QStringLiteral("{\"credentials\":[],\"credentials\":[]}"))
            << "bad-request";
        QTest::newRow("no-credentials") << withParameter(base, QStringLiteral("dcql_query"), QStringLiteral("{\"credentials\":[]}"))
                                        << "bad-query";
        QJsonObject badPath = dcql(QStringLiteral("ldp_vc"), {claim({true})});
        QTest::newRow("bad-claim-path") << withParameter(base, QStringLiteral("dcql_query"), json(badPath)) << "bad-query";
        QJsonObject trusted = dcql(QStringLiteral("ldp_vc"));
        QJsonArray credentials = trusted.value(QStringLiteral("credentials")).toArray();
        QJsonObject first = credentials.first().toObject();
        first.insert(QStringLiteral("trusted_authorities"), QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("aki")}}});
        credentials.replace(0, first);
        trusted.insert(QStringLiteral("credentials"), credentials);
        QTest::newRow("trusted-authorities") << withParameter(base, QStringLiteral("dcql_query"), json(trusted))
                                             << "unsupported-query";
        QJsonObject unknownSet = dcql(QStringLiteral("ldp_vc"));
        unknownSet.insert(QStringLiteral("credential_sets"),
                          QJsonArray{QJsonObject{{QStringLiteral("options"), nested(QJsonArray{QStringLiteral("other")})}}});
        QTest::newRow("set-names-unknown-query") << withParameter(base, QStringLiteral("dcql_query"), json(unknownSet))
                                                 << "bad-query";
        const QJsonObject recursivePath{
            {QStringLiteral("id"), QStringLiteral("d")},
            {QStringLiteral("input_descriptors"),
             QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("x")},
                                    {QStringLiteral("constraints"),
                                     QJsonObject{{QStringLiteral("fields"),
                                                  QJsonArray{QJsonObject{{QStringLiteral("path"),
                                                                          QJsonArray{QStringLiteral("$..type")}}}}}}}}}}};
        QTest::newRow("pe-recursive-path")
            << link(byValue(kResponseUri, recursivePath, QStringLiteral("presentation_definition"))) << "unsupported-query";
        QJsonObject selective = recursivePath;
        QJsonArray descriptors = selective.value(QStringLiteral("input_descriptors")).toArray();
        descriptors.replace(0, QJsonObject{{QStringLiteral("id"), QStringLiteral("x")},
                                           {QStringLiteral("constraints"),
                                            QJsonObject{{QStringLiteral("limit_disclosure"), QStringLiteral("required")}}}});
        selective.insert(QStringLiteral("input_descriptors"), descriptors);
        QTest::newRow("pe-limit-disclosure")
            << link(byValue(kResponseUri, selective, QStringLiteral("presentation_definition"))) << "unsupported-query";
        QTest::newRow("http-request-uri")
            << link({{QStringLiteral("client_id"), QStringLiteral("redirect_uri:") + kResponseUri},
                     {QStringLiteral("request_uri"), QStringLiteral("http://verifier.example/request")}})
            << "insecure-url";
        QTest::newRow("request-uri-method")
            << link({{QStringLiteral("client_id"), QStringLiteral("redirect_uri:") + kResponseUri},
                     {QStringLiteral("request_uri"), QStringLiteral("https://verifier.example/request")},
                     {QStringLiteral("request_uri_method"), QStringLiteral("put")}})
            << "bad-request";
        // Bounds: nesting, and more credential queries than Satchel takes.
        const QString deep = QStringLiteral("{\"credentials\":") + QString(40, QLatin1Char('[')) + QString(40, QLatin1Char(']'))
            + QLatin1Char('}');
        QTest::newRow("deep-query") << withParameter(base, QStringLiteral("dcql_query"), deep) << "bad-request";
        QJsonArray many;
        for (int i = 0; i <= PresentationQueryReader::kMaxCredentials; ++i)
            many.append(dcql(QStringLiteral("ldp_vc"), {}, QStringLiteral("q%1").arg(i))
                            .value(QStringLiteral("credentials")).toArray().first());
        QTest::newRow("too-many-queries")
            << withParameter(base, QStringLiteral("dcql_query"), json(QJsonObject{{QStringLiteral("credentials"), many}}))
            << "bad-query";
        QTest::newRow("too-long") << link(base) + QStringLiteral("&x=") + QString(70000, QLatin1Char('a')) << "bad-request";
    }

    void refusals()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        auto request = readLink(text);
        QVERIFY(!request.ok());
        QCOMPARE(request.error().code, code);
        QVERIFY(!request.error().message.isEmpty());
    }

    // decentralized_identifier: signed by a key of the DID it names (did:key Ed25519, did:jwk P-256).
    void signedRequestObjects()
    {
        const Ed25519SigningKey verifier(keyFromSeed('v'));
        const QString clientId = QStringLiteral("decentralized_identifier:") + verifier.did();
        auto request = PresentationRequestReader::fromRequestObject(
            requestObject(requestClaims(clientId, kResponseUri, dcql(QStringLiteral("ldp_vc"))), &verifier), clientId, {});
        QVERIFY2(request.ok(), qPrintable(request.ok() ? QString() : request.error().message));
        QVERIFY(request->signedRequest);
        QCOMPARE(int(request->prefix), int(ClientIdPrefix::DecentralizedIdentifier));
        QCOMPARE(request->nonce, QStringLiteral("n-by-ref"));

        auto p256 = P256KeyPair::generate();
        QVERIFY(p256.ok());
        const P256SigningKey jwkVerifier(std::move(*p256));
        const QString jwkClientId = QStringLiteral("decentralized_identifier:") + jwkVerifier.did();
        auto jwkRequest = PresentationRequestReader::fromRequestObject(
            requestObject(requestClaims(jwkClientId, kResponseUri, dcql(QStringLiteral("ldp_vc"))), &jwkVerifier),
            jwkClientId, {});
        QVERIFY2(jwkRequest.ok(), qPrintable(jwkRequest.ok() ? QString() : jwkRequest.error().message));
        QVERIFY(jwkRequest->signedRequest);
    }

    // Older verifiers (drafts 18 to 22): a bare client id with client_id_scheme, or a bare DID. The
    // checks are the same as for the prefixes they stand for; the answer is bound to the id as written.
    void draftClientIdSchemes()
    {
        const Ed25519SigningKey verifier(keyFromSeed('v'));
        QJsonObject claims = requestClaims(verifier.did(), kResponseUri, dcql(QStringLiteral("ldp_vc")));
        for (const QString &scheme : {QStringLiteral("did"), QString()}) {
            if (!scheme.isEmpty())
                claims.insert(QStringLiteral("client_id_scheme"), scheme);
            auto request = PresentationRequestReader::fromRequestObject(requestObject(claims, &verifier), verifier.did(), {});
            QVERIFY2(request.ok(), qPrintable(request.ok() ? QString() : request.error().message));
            QVERIFY(request->signedRequest);
            QCOMPARE(int(request->prefix), int(ClientIdPrefix::DecentralizedIdentifier));
            QCOMPARE(request->clientId, verifier.did());
            QCOMPARE(request->signedBy, verifier.did());
        }
        // Signed by another DID's key: refused as under the prefix.
        const Ed25519SigningKey stranger(keyFromSeed('s'));
        QCOMPARE(PresentationRequestReader::fromRequestObject(requestObject(claims, &stranger), verifier.did(), {})
                     .error().code,
                 QStringLiteral("signature-mismatch"));
        // Unsigned under the did scheme: refused.
        QCOMPARE(PresentationRequestReader::fromRequestObject(requestObject(claims, nullptr), verifier.did(), {})
                     .error().code,
                 QStringLiteral("unsigned-request"));

        // redirect_uri scheme: the bare URI must be where the answer goes.
        QJsonObject redirect = requestClaims(kResponseUri, kResponseUri, dcql(QStringLiteral("ldp_vc")));
        redirect.insert(QStringLiteral("client_id_scheme"), QStringLiteral("redirect_uri"));
        auto plain = PresentationRequestReader::fromParameters(redirect);
        QVERIFY2(plain.ok(), qPrintable(plain.ok() ? QString() : plain.error().message));
        QCOMPARE(int(plain->prefix), int(ClientIdPrefix::RedirectUri));
        QCOMPARE(plain->clientId, kResponseUri);
        QVERIFY(!plain->signedRequest);
        redirect.insert(QStringLiteral("client_id"), QStringLiteral("https://evil.example/response"));
        QCOMPARE(PresentationRequestReader::fromParameters(redirect).error().code, QStringLiteral("client-id-mismatch"));
        // A bare name with no scheme is still no way to know the verifier.
        redirect.remove(QStringLiteral("client_id_scheme"));
        redirect.insert(QStringLiteral("client_id"), QStringLiteral("verifier-app"));
        QCOMPARE(PresentationRequestReader::fromParameters(redirect).error().code, QStringLiteral("unsupported-client-id"));
    }

    void requestObjectRefusals_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("code");
        QTest::newRow("unsigned") << "none" << "unsigned-request";
        QTest::newRow("other-did-key") << "other-did" << "signature-mismatch";
        QTest::newRow("forged-signature") << "forged" << "signature-mismatch";
        QTest::newRow("client-id-changed") << "changed" << "client-id-changed";
        QTest::newRow("expired") << "expired" << "request-expired";
        QTest::newRow("wallet-nonce") << "wallet-nonce" << "wallet-nonce-mismatch";
        QTest::newRow("did-web") << "did-web" << "unsupported-did";
        QTest::newRow("not-a-jwt") << "garbage" << "bad-request";
        QTest::newRow("other-typ") << "typ" << "bad-request";
    }

    void requestObjectRefusals()
    {
        QFETCH(QString, kind);
        QFETCH(QString, code);
        const Ed25519SigningKey verifier(keyFromSeed('v'));
        const Ed25519SigningKey stranger(keyFromSeed('s'));
        QString clientId = QStringLiteral("decentralized_identifier:") + verifier.did();
        QJsonObject claims = requestClaims(clientId, kResponseUri, dcql(QStringLiteral("ldp_vc")));
        QString linkClientId = clientId;
        QString walletNonce;
        QByteArray jwt;
        if (kind == QLatin1String("none")) {
            jwt = requestObject(claims, nullptr);
        } else if (kind == QLatin1String("other-did")) {
            jwt = requestObject(claims, &stranger); // signed, but by a key of another DID
        } else if (kind == QLatin1String("forged")) {
            jwt = requestObject(claims, &stranger, verifier.verificationMethod()); // names the verifier's key
        } else if (kind == QLatin1String("changed")) {
            linkClientId = QStringLiteral("redirect_uri:") + kResponseUri;
            jwt = requestObject(claims, &verifier);
        } else if (kind == QLatin1String("expired")) {
            claims.insert(QStringLiteral("exp"), QDateTime::currentDateTimeUtc().addSecs(-60).toSecsSinceEpoch());
            jwt = requestObject(claims, &verifier);
        } else if (kind == QLatin1String("wallet-nonce")) {
            walletNonce = QStringLiteral("mine");
            claims.insert(QStringLiteral("wallet_nonce"), QStringLiteral("theirs"));
            jwt = requestObject(claims, &verifier);
        } else if (kind == QLatin1String("did-web")) {
            clientId = linkClientId = QStringLiteral("decentralized_identifier:did:web:verifier.example");
            claims.insert(QStringLiteral("client_id"), clientId);
            jwt = requestObject(claims, &verifier, QStringLiteral("did:web:verifier.example#key-1"));
        } else if (kind == QLatin1String("garbage")) {
            jwt = "not a jwt";
        } else if (kind == QLatin1String("typ")) {
            const QByteArray payload = QJsonDocument(claims).toJson(QJsonDocument::Compact);
            jwt = Jws::sign(QJsonObject{{QStringLiteral("alg"), QStringLiteral("EdDSA")}, {QStringLiteral("typ"), QStringLiteral("JWT")},
                                        {QStringLiteral("kid"), verifier.verificationMethod()}},
                            payload, verifier)
                      .value();
        }
        auto request = PresentationRequestReader::fromRequestObject(jwt, linkClientId, walletNonce);
        QVERIFY(!request.ok());
        QCOMPARE(request.error().code, code);
    }

    // x509_san_dns: signed by the leaf of the x5c chain, which a trusted root vouches for and which
    // names the client id's host; the answer goes to that host.
    void certificateSignedRequest_data()
    {
        QTest::addColumn<QString>("leaf");
        QTest::addColumn<QString>("variant");
        QTest::addColumn<QString>("code");
        QTest::newRow("trusted") << "leaf.pem" << "" << "";
        QTest::newRow("root-not-trusted") << "leaf-untrusted.pem" << "" << "certificate-untrusted";
        QTest::newRow("system-store-only") << "leaf.pem" << "no-anchors" << "certificate-untrusted";
        QTest::newRow("in-a-century") << "leaf.pem" << "late" << "certificate-untrusted";
        QTest::newRow("other-name") << "leaf-other-name.pem" << "" << "certificate-name-mismatch";
        QTest::newRow("answer-elsewhere") << "leaf.pem" << "elsewhere" << "client-id-mismatch";
        QTest::newRow("other-key") << "leaf.pem" << "other-key" << "signature-mismatch";
        QTest::newRow("no-chain") << "leaf.pem" << "no-x5c" << "bad-request";
        QTest::newRow("unsigned") << "leaf.pem" << "none" << "unsigned-request";
    }

    void certificateSignedRequest()
    {
        QFETCH(QString, leaf);
        QFETCH(QString, variant);
        QFETCH(QString, code);
        const QString dir = QStringLiteral(SATCHEL_TEST_DATA_DIR "/present/x509/");
        auto readFile = [&dir](const QString &name) {
            QFile file(dir + name);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        };
        const QByteArray scalar = QByteArray::fromHex(readFile(QStringLiteral("leaf-key.hex")).trimmed());
        auto leafKey = P256KeyPair::fromPrivateScalar(SecureBytes(scalar.constData(), size_t(scalar.size())));
        QVERIFY(leafKey.ok());
        auto otherKey = P256KeyPair::generate();
        QVERIFY(otherKey.ok());
        const P256SigningKey signer(std::move(variant == QLatin1String("other-key") ? *otherKey : *leafKey));
        QByteArray pem = readFile(leaf);
        pem = pem.mid(pem.indexOf('\n') + 1);
        pem.truncate(pem.indexOf("-----END"));
        const QString certificate = QString::fromLatin1(pem).remove(QLatin1Char('\n'));

        const QString clientId = QStringLiteral("x509_san_dns:verifier.example");
        const QString responseUri = variant == QLatin1String("elsewhere") ? QStringLiteral("https://collector.example/response")
                                                                          : kResponseUri;
        const QJsonObject claims = requestClaims(clientId, responseUri, dcql(QStringLiteral("ldp_vc")));
        const QByteArray payload = QJsonDocument(claims).toJson(QJsonDocument::Compact);
        QJsonObject header{{QStringLiteral("alg"), QStringLiteral("ES256")}, {QStringLiteral("typ"), QStringLiteral("oauth-authz-req+jwt")}};
        if (variant != QLatin1String("no-x5c"))
            header.insert(QStringLiteral("x5c"), QJsonArray{certificate});
        const QByteArray jwt = variant == QLatin1String("none") ? requestObject(claims, nullptr)
                                                                : Jws::sign(header, payload, signer).value();
        const QByteArray anchors = variant == QLatin1String("no-anchors") ? QByteArray() : readFile(QStringLiteral("root.pem"));
        const QDateTime now = variant == QLatin1String("late") ? QDateTime(QDate(2200, 1, 1), QTime(0, 0), Qt::UTC)
                                                               : QDateTime::currentDateTimeUtc();
        auto request = PresentationRequestReader::fromRequestObject(jwt, clientId, {}, anchors, now);
        if (code.isEmpty()) {
            QVERIFY2(request.ok(), qPrintable(request.ok() ? QString() : request.error().message));
            QCOMPARE(int(request->prefix), int(ClientIdPrefix::X509SanDns));
            QVERIFY(request->signedRequest);
            QCOMPARE(request->verifierDomain, QStringLiteral("verifier.example"));
        } else {
            QVERIFY(!request.ok());
            QCOMPARE(request.error().code, code);
            QVERIFY(!request.error().message.isEmpty());
        }
    }

    // By reference: the request object fetched from the verifier with GET, then with POST (wallet
    // metadata and a wallet nonce the signed request object must carry back).
    void byReference()
    {
        Test::LoopbackHttpServer server;
        QVERIFY(server.start());
        const Ed25519SigningKey verifier(keyFromSeed('v'));
        const QString clientId = QStringLiteral("decentralized_identifier:") + verifier.did();
        const QString responseUri = server.url(kResponsePath).toString();
        const QJsonObject claims = requestClaims(clientId, responseUri, dcql(QStringLiteral("ldp_vc")));
        server.setRoute(QStringLiteral("/request/get"), 200, "application/oauth-authz-req+jwt", requestObject(claims, &verifier));
        server.setHandler(QStringLiteral("/request/post"), [&](const Test::LoopbackHttpServer::Request &posted) {
            const QUrlQuery form(QString::fromUtf8(posted.body));
            QJsonObject echoed = claims;
            echoed.insert(QStringLiteral("wallet_nonce"), form.queryItemValue(QStringLiteral("wallet_nonce")));
            Test::LoopbackHttpServer::Route route;
            route.contentType = "application/oauth-authz-req+jwt";
            route.body = requestObject(echoed, &verifier);
            return route;
        });
        auto wallet = Wallet::open(m_dir.filePath(QStringLiteral("by-reference.sqlite")));
        QVERIFY(wallet.ok());
        Fetcher fetcher;
        PresentationResponder responder(**wallet, fetcher);

        const QString getLink = link({{QStringLiteral("client_id"), clientId},
                                      {QStringLiteral("request_uri"), server.url(QStringLiteral("/request/get")).toString()}});
        auto fetched = responder.prepare(getLink);
        QVERIFY2(fetched.ok(), qPrintable(fetched.ok() ? QString() : fetched.error().message));
        QVERIFY(fetched->request.signedRequest);
        QCOMPARE(fetched->request.responseUri.toString(), responseUri);
        QCOMPARE(fetched->matches.size(), 1);
        QCOMPARE(server.requests().last().method, QByteArray("GET"));

        const QString postLink = link({{QStringLiteral("client_id"), clientId},
                                       {QStringLiteral("request_uri"), server.url(QStringLiteral("/request/post")).toString()},
                                       {QStringLiteral("request_uri_method"), QStringLiteral("post")}});
        auto posted = responder.prepare(postLink);
        QVERIFY2(posted.ok(), qPrintable(posted.ok() ? QString() : posted.error().message));
        const Test::LoopbackHttpServer::Request sent = server.requests().last();
        QCOMPARE(sent.method, QByteArray("POST"));
        const QUrlQuery form(QString::fromUtf8(sent.body));
        QVERIFY(!form.queryItemValue(QStringLiteral("wallet_nonce")).isEmpty());
        const QJsonObject metadata =
            QJsonDocument::fromJson(form.queryItemValue(QStringLiteral("wallet_metadata"), QUrl::FullyDecoded).toUtf8()).object();
        QVERIFY(metadata.value(QStringLiteral("vp_formats_supported")).toObject().contains(QStringLiteral("ldp_vc")));

        // redirect_uri: by reference too, as an unsecured request object (nothing to sign it with).
        const QString redirectClient = QStringLiteral("redirect_uri:") + responseUri;
        server.setRoute(QStringLiteral("/request/unsigned"), 200, "application/oauth-authz-req+jwt",
                        requestObject(requestClaims(redirectClient, responseUri, dcql(QStringLiteral("ldp_vc"))), nullptr));
        auto unsignedRequest = responder.prepare(
            link({{QStringLiteral("client_id"), redirectClient},
                  {QStringLiteral("request_uri"), server.url(QStringLiteral("/request/unsigned")).toString()}}));
        QVERIFY2(unsignedRequest.ok(), qPrintable(unsignedRequest.ok() ? QString() : unsignedRequest.error().message));
        QVERIFY(!unsignedRequest->request.signedRequest);
        QCOMPARE(int(unsignedRequest->request.prefix), int(ClientIdPrefix::RedirectUri));

        // The request object under another client id than the link's is refused.
        const QString swapped = link({{QStringLiteral("client_id"), QStringLiteral("redirect_uri:") + responseUri},
                                      {QStringLiteral("request_uri"), server.url(QStringLiteral("/request/get")).toString()}});
        QCOMPARE(responder.prepare(swapped).error().code, QStringLiteral("client-id-changed"));
        // A verifier that does not serve its request.
        const QString missing = link({{QStringLiteral("client_id"), clientId},
                                      {QStringLiteral("request_uri"), server.url(QStringLiteral("/nothing")).toString()}});
        QCOMPARE(responder.prepare(missing).error().code, QStringLiteral("verifier-refused"));
    }
};

QTEST_GUILESS_MAIN(TestPresentationRequest)
#include "TestPresentationRequest.moc"
