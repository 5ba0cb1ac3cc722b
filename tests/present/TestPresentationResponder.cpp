// Answering a loopback verifier end to end: prepare a request, choose, respond, as a consent dialog
// would. The vp_token's shape (DCQL: keyed by query id; Presentation Exchange: with its
// presentation_submission), the ldp_vp verifying with Satchel's own DataIntegrityVerifier (the
// holder's proof bound to the nonce and client id, around the credential's untouched bytes), the
// jwt_vp_json's signature, aud and nonce; a verifier's error, one gone after consent, a decline, the
// choices consent must refuse, and every answer in the presentation log.
#include "PresentTestSupport.h"
#include "PresentTestWallet.h"

#include "LoopbackHttpServer.h"
#include "crypto/DidResolver.h"
#include "crypto/P256KeyPair.h"
#include "crypto/P256SigningKey.h"
#include "net/Fetcher.h"
#include "present/PresentationResponder.h"
#include "storage/PresentationLogRepository.h"
#include "verify/DataIntegrityVerifier.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Satchel;
using namespace PresentTest;

namespace {

// The form a verifier received, decoded.
QString formValue(const QByteArray &body, const QString &name)
{
    return QUrlQuery(QString::fromUtf8(body)).queryItemValue(name, QUrl::FullyDecoded);
}

} // namespace

class TestPresentationResponder : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    QHash<QString, qint64> m_rows;
    Test::LoopbackHttpServer m_verifier;
    std::unique_ptr<Wallet> m_wallet;
    std::unique_ptr<Fetcher> m_fetcher;
    std::unique_ptr<PresentationResponder> m_responder;
    const Ed25519SigningKey m_holder{keyFromSeed('h')};

    QString responseUri() const { return m_verifier.url(kResponsePath).toString(); }

    PreparedPresentation prepared(const QJsonObject &query, const QString &queryName = QStringLiteral("dcql_query"))
    {
        auto result = m_responder->prepare(link(byValue(responseUri(), query, queryName)));
        if (!result) {
            qWarning() << result.error().message;
            return {};
        }
        return *result;
    }

    QByteArray lastPost() const
    {
        const auto requests = m_verifier.requests();
        return requests.isEmpty() ? QByteArray() : requests.last().body;
    }

    PresentationLogEntry lastLog() const
    {
        auto entries = PresentationLogRepository(*m_wallet).entries(1);
        return entries && !entries->isEmpty() ? entries->first() : PresentationLogEntry{};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("wallet.sqlite"));
        m_rows = fillWallet(m_path);
        QCOMPARE(m_rows.size(), walletFixtures().size());
        auto wallet = Wallet::open(m_path);
        QVERIFY(wallet.ok());
        m_wallet = std::move(*wallet);
        QVERIFY(m_verifier.start());
        m_verifier.setRoute(kResponsePath, 200, "application/json", "{\"redirect_uri\":\"https://verifier.example/thanks\"}");
        m_fetcher = std::make_unique<Fetcher>();
        m_responder = std::make_unique<PresentationResponder>(*m_wallet, *m_fetcher);
    }

    void respondsWithLdpVp()
    {
        const PreparedPresentation request = prepared(dcql(QStringLiteral("ldp_vc")));
        QCOMPARE(request.request.verifierName, QStringLiteral("Hiring Co"));
        const qint64 row = m_rows.value(QStringLiteral("minimal"));
        auto outcome = m_responder->respond(request, {{QStringLiteral("badge"), row}}, m_holder);
        QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().message));
        QCOMPARE(outcome->redirectUri, QUrl(QStringLiteral("https://verifier.example/thanks")));

        const QByteArray body = lastPost();
        QCOMPARE(formValue(body, QStringLiteral("state")), QStringLiteral("st-42"));
        const QByteArray vpToken = formValue(body, QStringLiteral("vp_token")).toUtf8();
        const QJsonObject token = QJsonDocument::fromJson(vpToken).object();
        QCOMPARE(token.keys(), QStringList{QStringLiteral("badge")});
        const QJsonArray presentations = token.value(QStringLiteral("badge")).toArray();
        QCOMPARE(presentations.size(), 1);
        const QJsonObject vp = presentations.first().toObject();
        QCOMPARE(vp.value(QStringLiteral("holder")).toString(), m_holder.did());
        const QJsonObject proof = vp.value(QStringLiteral("proof")).toObject();
        QCOMPARE(proof.value(QStringLiteral("challenge")).toString(), request.request.nonce);
        QCOMPARE(proof.value(QStringLiteral("domain")).toString(), request.request.clientId);
        QCOMPARE(proof.value(QStringLiteral("proofPurpose")).toString(), QStringLiteral("authentication"));

        // The VP's own bytes, cut out of the token, verify with Satchel's own verifier: the holder's
        // proof bound to this request, and the credential inside it...
        const QByteArray prefix = "{\"badge\":[";
        QVERIFY(vpToken.startsWith(prefix) && vpToken.endsWith("]}"));
        const QByteArray vpBytes = vpToken.mid(prefix.size(), vpToken.size() - prefix.size() - 2);
        const VerificationReport presentation =
            DataIntegrityVerifier(nullptr).verifyPresentation(vpBytes, request.request.nonce, request.request.clientId);
        QCOMPARE(int(presentation.status()), int(VerificationStatus::Valid));
        QCOMPARE(presentation.checks.size(), 2); // the holder's proof, the credential's
        // ...which is there byte for byte, and still verifies in full as the issuer signed it.
        const QByteArray original = fixtureBytes(QStringLiteral("refvc/ob3/di-minimal.json")).trimmed();
        QVERIFY(vpBytes.contains(original));
        QCOMPARE(int(DataIntegrityVerifier(nullptr).verify(original).status()), int(VerificationStatus::Valid));
        // An answer to another request (or a tampered challenge) does not verify.
        QCOMPARE(int(DataIntegrityVerifier(nullptr).verifyPresentation(vpBytes, QStringLiteral("another-nonce"),
                                                                       request.request.clientId).status()),
                 int(VerificationStatus::Invalid));
        QByteArray replayed = vpBytes;
        replayed.replace(request.request.nonce.toUtf8(), "another-nonce");
        QCOMPARE(int(DataIntegrityVerifier(nullptr).verifyPresentation(replayed, QStringLiteral("another-nonce"),
                                                                       request.request.clientId).status()),
                 int(VerificationStatus::Invalid));

        const PresentationLogEntry logged = lastLog();
        QCOMPARE(logged.outcome, QStringLiteral("sent"));
        QCOMPARE(logged.id, outcome->logId);
        QCOMPARE(logged.protocol, QStringLiteral("OpenID4VP"));
        QCOMPARE(logged.verifierName, QStringLiteral("Hiring Co"));
        QCOMPARE(logged.verifierDomain, QStringLiteral("127.0.0.1"));
        QCOMPARE(logged.clientId, request.request.clientId);
        QCOMPARE(logged.credentials.size(), 1);
        QCOMPARE(logged.credentials.first().credentialRow, row);
        QCOMPARE(logged.credentials.first().name, m_wallet->credential(row)->summary.name);
    }

    void respondsWithJwtVp()
    {
        auto p256 = P256KeyPair::generate();
        QVERIFY(p256.ok());
        const P256SigningKey holder(std::move(*p256));
        const PreparedPresentation request = prepared(dcql(QStringLiteral("jwt_vc_json"), {}, QStringLiteral("jwt_badge")));
        auto outcome = m_responder->respond(request, {{QStringLiteral("jwt_badge"), m_rows.value(QStringLiteral("jwt"))}}, holder);
        QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().message));
        const QJsonObject token =
            QJsonDocument::fromJson(formValue(lastPost(), QStringLiteral("vp_token")).toUtf8()).object();
        const QJsonArray presentations = token.value(QStringLiteral("jwt_badge")).toArray();
        QCOMPARE(presentations.size(), 1);
        auto jws = Jws::parse(presentations.first().toString().toLatin1());
        QVERIFY(jws.ok());
        QCOMPARE(jws->algorithm(), QStringLiteral("ES256"));
        auto key = DidResolver::resolveLocal(jws->keyId());
        QVERIFY(key.ok());
        QCOMPARE(key->did, holder.did());
        QVERIFY(jws->verify(key->key, {SignatureAlgorithm::ES256}).ok());
        const QJsonObject claims = jws->payloadObject().value();
        QCOMPARE(claims.value(QStringLiteral("aud")).toString(), request.request.clientId);
        QCOMPARE(claims.value(QStringLiteral("nonce")).toString(), request.request.nonce);
        QCOMPARE(claims.value(QStringLiteral("iss")).toString(), holder.did());
        const QJsonObject vp = claims.value(QStringLiteral("vp")).toObject();
        QCOMPARE(vp.value(QStringLiteral("holder")).toString(), holder.did());
        QCOMPARE(vp.value(QStringLiteral("verifiableCredential")).toArray().first().toString().toLatin1(),
                 fixtureBytes(QStringLiteral("refvc/ob3/jwt-eddsa-didkey.jwt")).trimmed());
    }

    void respondsWithPresentationSubmission()
    {
        const QJsonObject definition{
            {QStringLiteral("id"), QStringLiteral("def-7")},
            {QStringLiteral("input_descriptors"),
             QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("ob3")},
                                    {QStringLiteral("format"), QJsonObject{{QStringLiteral("ldp_vc"), QJsonObject{}}}}}}}};
        const PreparedPresentation request = prepared(definition, QStringLiteral("presentation_definition"));
        auto outcome = m_responder->respond(request, {{QStringLiteral("ob3"), m_rows.value(QStringLiteral("rich"))}}, m_holder);
        QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().message));
        const QByteArray body = lastPost();
        const QJsonObject vp = QJsonDocument::fromJson(formValue(body, QStringLiteral("vp_token")).toUtf8()).object();
        QCOMPARE(vp.value(QStringLiteral("type")).toArray().first().toString(), QStringLiteral("VerifiablePresentation"));
        const QJsonObject submission =
            QJsonDocument::fromJson(formValue(body, QStringLiteral("presentation_submission")).toUtf8()).object();
        QCOMPARE(submission.value(QStringLiteral("definition_id")).toString(), QStringLiteral("def-7"));
        const QJsonObject mapped = submission.value(QStringLiteral("descriptor_map")).toArray().first().toObject();
        QCOMPARE(mapped.value(QStringLiteral("id")).toString(), QStringLiteral("ob3"));
        QCOMPARE(mapped.value(QStringLiteral("format")).toString(), QStringLiteral("ldp_vp"));
        QCOMPARE(mapped.value(QStringLiteral("path")).toString(), QStringLiteral("$"));
        QCOMPARE(mapped.value(QStringLiteral("path_nested")).toObject().value(QStringLiteral("path")).toString(),
                 QStringLiteral("$.verifiableCredential[0]"));
    }

    void choicesConsentRefuses()
    {
        QJsonObject query = dcql(QStringLiteral("ldp_vc"));
        QJsonArray credentials = query.value(QStringLiteral("credentials")).toArray();
        credentials.append(dcql(QStringLiteral("jwt_vc_json"), {}, QStringLiteral("jwt_badge"))
                               .value(QStringLiteral("credentials")).toArray().first());
        query.insert(QStringLiteral("credentials"), credentials);
        const PreparedPresentation both = prepared(query);
        const qint64 minimal = m_rows.value(QStringLiteral("minimal"));
        const qint64 jwt = m_rows.value(QStringLiteral("jwt"));
        QCOMPARE(PresentationResponder::checkChoice(both, {}).error().code, QStringLiteral("incomplete-choice"));
        QCOMPARE(PresentationResponder::checkChoice(both, {{QStringLiteral("badge"), minimal}}).error().code,
                 QStringLiteral("incomplete-choice"));
        QVERIFY(PresentationResponder::checkChoice(both, {{QStringLiteral("badge"), minimal}, {QStringLiteral("jwt_badge"), jwt}}).ok());
        // A credential not offered for that query, one too many, or the same twice.
        QCOMPARE(PresentationResponder::checkChoice(both, {{QStringLiteral("badge"), jwt}, {QStringLiteral("jwt_badge"), jwt}})
                     .error().code,
                 QStringLiteral("bad-choice"));
        QCOMPARE(PresentationResponder::checkChoice(
                     both, {{QStringLiteral("badge"), minimal}, {QStringLiteral("badge"), m_rows.value(QStringLiteral("rich"))},
                            {QStringLiteral("jwt_badge"), jwt}})
                     .error().code,
                 QStringLiteral("bad-choice"));
        // With credential sets, either option will do.
        query.insert(QStringLiteral("credential_sets"),
                     QJsonArray{QJsonObject{{QStringLiteral("options"), QJsonArray{QJsonArray{QStringLiteral("badge")},
                                                                                   QJsonArray{QStringLiteral("jwt_badge")}}}}});
        const PreparedPresentation either = prepared(query);
        QVERIFY(PresentationResponder::checkChoice(either, {{QStringLiteral("jwt_badge"), jwt}}).ok());
        QCOMPARE(PresentationResponder::checkChoice(either, {}).error().code, QStringLiteral("incomplete-choice"));
        // respond() checks the same, before anything is signed or sent.
        const int before = m_verifier.requestCount();
        QCOMPARE(m_responder->respond(both, {}, m_holder).error().code, QStringLiteral("incomplete-choice"));
        QCOMPARE(m_verifier.requestCount(), before);
    }

    // A verifier that says which cryptosuites and algorithms it accepts gets only those.
    void keyMustSuitTheVerifier()
    {
        Parameters parameters = byValue(responseUri(), dcql(QStringLiteral("ldp_vc")));
        for (auto &[name, value] : parameters) {
            if (name == QLatin1String("client_metadata"))
                value = json(QJsonObject{
                    {QStringLiteral("client_name"), QStringLiteral("Strict Co")},
                    {QStringLiteral("vp_formats_supported"),
                     QJsonObject{{QStringLiteral("ldp_vc"),
                                  QJsonObject{{QStringLiteral("cryptosuite_values"), QJsonArray{QStringLiteral("ecdsa-rdfc-2019")}}}},
                                 {QStringLiteral("jwt_vc_json"),
                                  QJsonObject{{QStringLiteral("alg_values"), QJsonArray{QStringLiteral("EdDSA")}}}}}}});
        }
        auto request = m_responder->prepare(link(parameters));
        QVERIFY(request.ok());
        auto p256 = P256KeyPair::generate();
        QVERIFY(p256.ok());
        const P256SigningKey ecdsaHolder(std::move(*p256));
        QVERIFY(PresentationResponder::checkKey(request->request, QStringLiteral("ldp_vc"), ecdsaHolder).ok());
        QCOMPARE(PresentationResponder::checkKey(request->request, QStringLiteral("jwt_vc_json"), ecdsaHolder).error().code,
                 QStringLiteral("key-not-accepted"));
        QVERIFY(PresentationResponder::checkKey(request->request, QStringLiteral("jwt_vc_json"), m_holder).ok());
        const int before = m_verifier.requestCount();
        auto outcome = m_responder->respond(*request, {{QStringLiteral("badge"), m_rows.value(QStringLiteral("minimal"))}}, m_holder);
        QCOMPARE(outcome.error().code, QStringLiteral("key-not-accepted"));
        QCOMPARE(m_verifier.requestCount(), before); // nothing signed, nothing sent
        // A verifier that does not say accepts any.
        QVERIFY(PresentationResponder::checkKey(prepared(dcql(QStringLiteral("ldp_vc"))).request, QStringLiteral("ldp_vc"),
                                                m_holder).ok());
    }

    void verifierRefuses()
    {
        m_verifier.setRoute(QStringLiteral("/verifier/strict"), 400, "application/json",
                            "{\"error\":\"invalid_request\",\"error_description\":\"nonce already used\"}");
        auto request = m_responder->prepare(link(byValue(m_verifier.url(QStringLiteral("/verifier/strict")).toString(),
                                                         dcql(QStringLiteral("ldp_vc")))));
        QVERIFY(request.ok());
        auto outcome = m_responder->respond(*request, {{QStringLiteral("badge"), m_rows.value(QStringLiteral("minimal"))}}, m_holder);
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error().code, QStringLiteral("verifier-refused"));
        QVERIFY2(outcome.error().message.contains(QStringLiteral("it said “invalid_request: nonce already used”"))
                     && outcome.error().message.contains(QStringLiteral("ask the verifier for a new request")),
                 qPrintable(outcome.error().message));
        QCOMPARE(lastLog().outcome, QStringLiteral("failed"));
        QVERIFY(lastLog().message.contains(QStringLiteral("nonce already used")));

        // No words, only a status: the learner is not left with a bare HTTP code.
        m_verifier.setRoute(QStringLiteral("/verifier/mute"), 503, "text/plain", "down");
        auto mute = m_responder->prepare(link(byValue(m_verifier.url(QStringLiteral("/verifier/mute")).toString(),
                                                      dcql(QStringLiteral("ldp_vc")))));
        QVERIFY(mute.ok());
        auto unexplained =
            m_responder->respond(*mute, {{QStringLiteral("badge"), m_rows.value(QStringLiteral("minimal"))}}, m_holder);
        QCOMPARE(unexplained.error().code, QStringLiteral("verifier-refused"));
        QVERIFY2(unexplained.error().message.contains(QStringLiteral("it gave no reason, only the error code 503")),
                 qPrintable(unexplained.error().message));
    }

    // The verifier goes away between consent and the answer: the learner hears it, the log keeps it.
    void verifierGoneAfterConsent()
    {
        Test::LoopbackHttpServer leaving;
        QVERIFY(leaving.start());
        auto request =
            m_responder->prepare(link(byValue(leaving.url(kResponsePath).toString(), dcql(QStringLiteral("ldp_vc")))));
        QVERIFY(request.ok());
        leaving.stop();
        const qint64 row = m_rows.value(QStringLiteral("minimal"));
        auto outcome = m_responder->respond(*request, {{QStringLiteral("badge"), row}}, m_holder);
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error().code, QStringLiteral("unreachable"));
        const QString said = outcome.error().message;
        QVERIFY2(said.contains(QStringLiteral("could not be reached while sending the answer"))
                     && said.contains(QStringLiteral("cannot tell whether your credentials reached it")),
                 qPrintable(said));
        const PresentationLogEntry logged = lastLog();
        QCOMPARE(logged.outcome, QStringLiteral("failed"));
        QCOMPARE(logged.verifierDomain, QStringLiteral("127.0.0.1"));
        QCOMPARE(logged.credentials.size(), 1);
        QCOMPARE(logged.credentials.first().credentialRow, row);
        QVERIFY2(logged.message.contains(QStringLiteral("could not be reached")), qPrintable(logged.message));
    }

    void declines()
    {
        const PreparedPresentation request = prepared(dcql(QStringLiteral("ldp_vc")));
        const PresentationOutcome outcome = m_responder->decline(request);
        QVERIFY(outcome.verifierInformed);
        const QByteArray body = lastPost();
        QCOMPARE(formValue(body, QStringLiteral("error")), QStringLiteral("access_denied"));
        QCOMPARE(formValue(body, QStringLiteral("state")), QStringLiteral("st-42"));
        QVERIFY(formValue(body, QStringLiteral("vp_token")).isEmpty());
        const PresentationLogEntry logged = lastLog();
        QCOMPARE(logged.outcome, QStringLiteral("declined"));
        QVERIFY(logged.credentials.isEmpty());

        // A verifier that has gone away: the learner's no is still logged.
        Test::LoopbackHttpServer gone;
        QVERIFY(gone.start());
        const QString goneUri = gone.url(kResponsePath).toString();
        gone.stop();
        auto orphan = m_responder->prepare(link(byValue(goneUri, dcql(QStringLiteral("ldp_vc")))));
        QVERIFY(orphan.ok());
        const PresentationOutcome unheard = m_responder->decline(*orphan);
        QVERIFY(!unheard.verifierInformed);
        QVERIFY(!unheard.message.isEmpty());
        QCOMPARE(lastLog().outcome, QStringLiteral("declined"));
    }
};

QTEST_GUILESS_MAIN(TestPresentationResponder)
#include "TestPresentationResponder.moc"
