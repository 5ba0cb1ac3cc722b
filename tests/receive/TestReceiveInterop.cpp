// Receiving end to end on loopback, against issuers Satchel's authors did not write the protocol
// logic of (tests/interop: oid4vci-issuer.mjs on @openid4vc/openid4vci + @openid4vc/oauth2,
// vcapi-exchange.mjs on @digitalbazaar/vc; README-issuers.md). Each success ends with the
// credential in the wallet, its credentialSubject.id the holder DID, its provenance kept, and
// Satchel's verifier saying valid; each failure with its own message and the wallet unchanged.
// The same through satchel-cli.
//
// Needs Node.js and `npm ci` in tests/interop; skipped with a message otherwise.
#include "CliProcess.h"
#include "LoopbackIssuer.h"
#include "crypto/Ed25519SigningKey.h"
#include "net/Fetcher.h"
#include "receive/CredentialReceiver.h"
#include "storage/ReceivedCredentialRepository.h"
#include "storage/Wallet.h"
#include "verify/CredentialVerifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QTest>

#include <thread>

using namespace Satchel;

namespace {

// The response head of one GET, without following redirects: what a browser's first step sees.
QByteArray rawGetHead(const QUrl &url)
{
    QTcpSocket socket;
    socket.connectToHost(url.host(), quint16(url.port(80)));
    if (!socket.waitForConnected(5000))
        return {};
    socket.write("GET " + url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority) + " HTTP/1.1\r\nHost: "
                 + url.authority().toUtf8() + "\r\nConnection: close\r\n\r\n");
    QByteArray answer;
    while (!answer.contains("\r\n\r\n") && socket.waitForReadyRead(5000))
        answer += socket.readAll();
    return answer;
}

QUrl locationOf(const QByteArray &head)
{
    for (const QByteArray &line : head.split('\n')) {
        if (line.toLower().startsWith("location:"))
            return QUrl::fromEncoded(line.mid(9).trimmed());
    }
    return {};
}

// The test plays the learner's browser: opens the authorization URL (the server answers 302 at
// once: there is no login page), then follows the redirect to Satchel's loopback listener.
struct PlayedBrowser {
    std::thread thread;
    QUrl opened;
    ~PlayedBrowser()
    {
        if (thread.joinable())
            thread.join();
    }
    std::function<bool(const QUrl &)> callback()
    {
        return [this](const QUrl &url) {
            opened = url;
            thread = std::thread([url] {
                const QUrl redirect = locationOf(rawGetHead(url));
                if (redirect.isValid())
                    rawGetHead(redirect);
            });
            return true;
        };
    }
};

QString holderOf(const StoredCredential &stored, const Wallet &wallet)
{
    auto parsed = wallet.parsed(stored);
    return parsed ? parsed->subjectId : QString();
}

} // namespace

// In a test function (QSKIP and QVERIFY must return from it): the issuer started, or the test skipped.
#define START_ISSUER(issuer, script)                                                                \
    do {                                                                                           \
        if (const QString missing = LoopbackIssuer::missing(); !missing.isEmpty())                 \
            QSKIP(qPrintable(missing));                                                            \
        QVERIFY2((issuer).start(QStringLiteral(script)), (issuer).errors().constData());           \
    } while (false)

class TestReceiveInterop : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;

    struct Session {
        std::unique_ptr<Wallet> wallet;
        std::unique_ptr<Fetcher> fetcher;
        std::unique_ptr<CredentialReceiver> receiver;
        std::unique_ptr<Ed25519SigningKey> key;
    };

    Session newSession()
    {
        Session s;
        auto wallet = Wallet::open(m_dir.filePath(QStringLiteral("w%1.sqlite").arg(++m_count)));
        if (!wallet)
            return s;
        s.wallet = std::move(wallet.value());
        s.fetcher = std::make_unique<Fetcher>();
        ReceiveOptions options;
        options.languages = {QStringLiteral("en")};
        options.requestTimeoutMs = 10000;
        options.authorizationTimeoutMs = 20000;
        s.receiver = std::make_unique<CredentialReceiver>(*s.wallet, *s.fetcher, options);
        s.key = std::make_unique<Ed25519SigningKey>(std::move(Ed25519KeyPair::generate().value()));
        return s;
    }


    // What every received credential must be: stored, bound to the holder, with its provenance,
    // and valid for Satchel's own verifier.
    void expectReceived(Session &s, const ReceiveReport &report, int count, const QString &protocol)
    {
        QCOMPARE(report.imported.items.size(), count);
        for (const ImportItemReport &item : report.imported.items) {
            QCOMPARE(int(item.outcome), int(ImportItemReport::Imported));
            QVERIFY2(item.warnings.isEmpty(), qPrintable(item.warnings.join(QLatin1Char('\n')))); // bound to us
            auto stored = s.wallet->credential(item.credentialId);
            QVERIFY(stored.ok());
            QCOMPARE(holderOf(*stored, *s.wallet), s.key->did());
            QVERIFY(stored->provenance.has_value());
            QCOMPARE(stored->provenance->protocol, protocol);
            QCOMPARE(stored->provenance->issuerDomain, QStringLiteral("127.0.0.1"));
            QCOMPARE(stored->provenance->holderDid, s.key->did());
            QVERIFY(qAbs(stored->provenance->receivedAt.secsTo(QDateTime::currentDateTimeUtc())) < 120);
            CredentialVerifier verifier(nullptr);
            const VerificationReport verification = verifier.verify(stored->raw.format, stored->raw.bytes);
            QVERIFY2(verification.status() == VerificationStatus::Valid,
                     qPrintable(VerificationReport::statusName(verification.status()) + QLatin1Char(' ') + verification.reasonCode()));
        }
        QCOMPARE(s.wallet->count(), count);
    }

    // prepare + complete, failing the test on an error.
    std::optional<ReceiveReport> receive(Session &s, const QString &link, const ReceiveInputs &inputs = {})
    {
        auto offer = s.receiver->prepare(link);
        if (!offer) {
            qWarning() << "prepare:" << offer.error().code << offer.error().message;
            return std::nullopt;
        }
        auto report = s.receiver->complete(*offer, *s.key, inputs);
        if (!report) {
            qWarning() << "complete:" << report.error().code << report.error().message;
            return std::nullopt;
        }
        return *report;
    }

    // A failure must leave the wallet as it was: no credential, no provenance, nothing pending.
    static void expectUnchanged(Session &s, int credentials = 0)
    {
        QCOMPARE(s.wallet->count(), credentials);
        QCOMPARE(ReceivedCredentialRepository(*s.wallet).pending()->size(), 0);
    }

    static bool logHas(LoopbackIssuer &issuer, const QString &path)
    {
        for (const QJsonValue &entry : issuer.adminGet(QStringLiteral("/admin/log")).value(QLatin1String("requests")).toArray()) {
            if (entry.toObject().value(QLatin1String("path")).toString().startsWith(path))
                return true;
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void preAuthorized_data()
    {
        QTest::addColumn<QString>("configuration");
        QTest::addColumn<QString>("txCode");
        QTest::addColumn<bool>("byReference");
        QTest::newRow("ldp_vc eddsa-rdfc-2022, no PIN") << QStringLiteral("ob3_ldp_eddsa") << QString() << false;
        QTest::newRow("jwt_vc_json EdDSA, PIN") << QStringLiteral("ob3_jwt_eddsa") << QStringLiteral("4931") << false;
        QTest::newRow("jwt_vc_json ES256, by reference") << QStringLiteral("ob3_jwt_es256") << QString() << true;
    }

    void preAuthorized()
    {
        QFETCH(QString, configuration);
        QFETCH(QString, txCode);
        QFETCH(bool, byReference);
        LoopbackIssuer issuer;
        START_ISSUER(issuer, "oid4vci-issuer.mjs");
        Session s = newSession();
        const QJsonObject created = issuer.admin(QStringLiteral("/admin/offers"),
            {{QStringLiteral("configurations"), QJsonArray{configuration}},
             {QStringLiteral("txCode"), txCode.isEmpty() ? QJsonValue() : QJsonValue(txCode)},
             {QStringLiteral("byReference"), byReference}});
        auto offer = s.receiver->prepare(created.value(QLatin1String("offer")).toString());
        QVERIFY2(offer.ok(), qPrintable(offer.ok() ? QString() : offer.error().message));
        // What consent shows: the issuer's display name and logo, the domain, the credential.
        QCOMPARE(offer->issuerName, QStringLiteral("Loopback College"));
        QCOMPARE(offer->issuerDomain, QStringLiteral("127.0.0.1"));
        QCOMPARE(offer->logoUrl.toString(), issuer.url() + QStringLiteral("/logo.png"));
        QCOMPARE(offer->credentials.size(), 1);
        QCOMPARE(offer->credentials.first().configurationId, configuration);
        QVERIFY(!offer->credentials.first().name.isEmpty() && offer->credentials.first().name != configuration);
        QCOMPARE(offer->transactionCode.required, !txCode.isEmpty());
        if (!txCode.isEmpty()) {
            QCOMPARE(offer->transactionCode.length, 4);
            QCOMPARE(offer->transactionCode.description, QStringLiteral("The PIN Loopback College sent you by e-mail"));
        }
        QVERIFY(!offer->needsBrowser);
        // Nothing beyond the offer and metadata before consent.
        QVERIFY(!logHas(issuer, QStringLiteral("/token")));
        ReceiveInputs inputs;
        inputs.transactionCode = txCode;
        QList<ReceiveStep> steps;
        auto report = s.receiver->complete(*offer, *s.key, inputs, [&steps](ReceiveStep step) { steps.append(step); });
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message + QString::fromUtf8(issuer.errors())));
        expectReceived(s, *report, 1, QStringLiteral("OpenID4VCI"));
        QCOMPARE(steps.last(), ReceiveStep::Storing);
        const CredentialProvenance provenance = *s.wallet->credential(report->imported.items.first().credentialId)->provenance;
        QCOMPARE(provenance.issuerName, QStringLiteral("Loopback College"));
        const QLocale english(QLocale::English, QLocale::UnitedKingdom);
        QCOMPARE(CredentialReceiver::provenanceText(provenance, english),
                 QStringLiteral("Received from 127.0.0.1 via OpenID4VCI on ")
                     + english.toString(provenance.receivedAt.toLocalTime().date(), QLocale::LongFormat));
    }

    void httpsOfferLinkAndSeveralCredentials()
    {
        LoopbackIssuer issuer;
        START_ISSUER(issuer, "oid4vci-issuer.mjs");
        Session s = newSession();
        const QJsonObject created = issuer.admin(QStringLiteral("/admin/offers"),
            {{QStringLiteral("configurations"), QJsonArray{QStringLiteral("ob3_ldp_eddsa"), QStringLiteral("ob3_jwt_eddsa")}}});
        auto report = receive(s, created.value(QLatin1String("httpsOffer")).toString());
        QVERIFY(report.has_value());
        expectReceived(s, *report, 2, QStringLiteral("OpenID4VCI"));
    }

    // Batch issuance: two proofs in one request, two credentials in one answer.
    void batchOfCopies()
    {
        LoopbackIssuer issuer;
        START_ISSUER(issuer, "oid4vci-issuer.mjs");
        Session s = newSession();
        ReceiveOptions options;
        options.copiesPerCredential = 2;
        CredentialReceiver batching(*s.wallet, *s.fetcher, options);
        auto offer = batching.prepare(issuer.admin(QStringLiteral("/admin/offers"),
            {{QStringLiteral("configurations"), QJsonArray{QStringLiteral("ob3_jwt_eddsa")}}}).value(QLatin1String("offer")).toString());
        QVERIFY(offer.ok());
        auto report = batching.complete(*offer, *s.key, {});
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
        expectReceived(s, *report, 2, QStringLiteral("OpenID4VCI"));
        int credentialRequests = 0;
        for (const QJsonValue &entry : issuer.adminGet(QStringLiteral("/admin/log")).value(QLatin1String("requests")).toArray())
            credentialRequests += entry.toObject().value(QLatin1String("path")).toString() == QLatin1String("/credential");
        QCOMPARE(credentialRequests, 1);
    }

    void authorizationCodeWithPkce()
    {
        LoopbackIssuer issuer;
        START_ISSUER(issuer, "oid4vci-issuer.mjs");
        Session s = newSession();
        const QJsonObject created = issuer.admin(QStringLiteral("/admin/offers"),
            {{QStringLiteral("configurations"), QJsonArray{QStringLiteral("ob3_ldp_eddsa")}},
             {QStringLiteral("grant"), QStringLiteral("authorization_code")}});
        auto offer = s.receiver->prepare(created.value(QLatin1String("offer")).toString());
        QVERIFY(offer.ok());
        QVERIFY(offer->needsBrowser);
        PlayedBrowser browser;
        ReceiveInputs inputs;
        inputs.openBrowser = browser.callback();
        auto report = s.receiver->complete(*offer, *s.key, inputs);
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message + QString::fromUtf8(issuer.errors())));
        const QUrlQuery sent(browser.opened);
        QCOMPARE(sent.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
        QCOMPARE(sent.queryItemValue(QStringLiteral("response_type")), QStringLiteral("code"));
        QVERIFY(sent.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded).startsWith(QStringLiteral("http://127.0.0.1:")));
        QCOMPARE(sent.queryItemValue(QStringLiteral("issuer_state"), QUrl::FullyDecoded),
                 created.value(QLatin1String("issuerState")).toString());
        expectReceived(s, *report, 1, QStringLiteral("OpenID4VCI"));
    }

    void deferred_data()
    {
        QTest::addColumn<bool>("pendingAsError");
        QTest::newRow("1.0: 202 + transaction_id") << false;
        QTest::newRow("drafts: issuance_pending") << true;
    }

    void deferred()
    {
        QFETCH(bool, pendingAsError);
        LoopbackIssuer issuer;
        START_ISSUER(issuer, "oid4vci-issuer.mjs");
        if (pendingAsError)
            issuer.admin(QStringLiteral("/admin/mode"), {{QStringLiteral("pendingAsError"), true}});
        Session s = newSession();
        const QJsonObject created = issuer.admin(QStringLiteral("/admin/offers"),
            {{QStringLiteral("configurations"), QJsonArray{QStringLiteral("ob3_jwt_eddsa")}}, {QStringLiteral("deferred"), true}});
        auto report = receive(s, created.value(QLatin1String("offer")).toString());
        QVERIFY(report.has_value());
        QCOMPARE(report->imported.items.size(), 0);
        QCOMPARE(report->pending.size(), 1);
        QVERIFY(report->pending.first().id > 0);
        QCOMPARE(s.wallet->count(), 0);
        ReceivedCredentialRepository repository(*s.wallet);
        QCOMPARE(repository.pending()->size(), 1);
        QCOMPARE(repository.pending()->first().holderDid, s.key->did());

        // The first retry: not ready yet, still pending, with when it was tried.
        auto first = s.receiver->retryPending();
        QVERIFY(first.ok());
        QCOMPARE(first->stillPending, 1);
        QCOMPARE(first->imported.items.size(), 0);
        QVERIFY(repository.pending()->first().lastTriedAt.isValid());
        // The second: delivered, stored with its provenance, no longer pending.
        auto second = s.receiver->retryPending();
        QVERIFY2(second.ok(), qPrintable(second.ok() ? QString() : second.error().message));
        QCOMPARE(second->stillPending, 0);
        expectReceived(s, *second, 1, QStringLiteral("OpenID4VCI"));
        QCOMPARE(repository.pending()->size(), 0);
    }

    // A deferred credential whose transaction the issuer no longer knows is given up once, not
    // asked for at every start; and the learner can stop waiting for one without asking the issuer.
    void deferredGivenUpOrForgotten()
    {
        LoopbackIssuer issuer;
        START_ISSUER(issuer, "oid4vci-issuer.mjs");
        Session s = newSession();
        ReceivedCredentialRepository repository(*s.wallet);
        for (int i = 0; i < 2; ++i) {
            const QJsonObject created = issuer.admin(QStringLiteral("/admin/offers"),
                {{QStringLiteral("configurations"), QJsonArray{QStringLiteral("ob3_jwt_eddsa")}}, {QStringLiteral("deferred"), true}});
            auto report = receive(s, created.value(QLatin1String("offer")).toString());
            QVERIFY(report.has_value());
            QCOMPARE(report->pending.size(), 1);
        }
        const QList<PendingCredentialRecord> waiting = *repository.pending();
        QCOMPARE(waiting.size(), 2);

        QVERIFY(CredentialReceiver::forgetPending(*s.wallet, waiting.at(1).id).ok());
        const Status again = CredentialReceiver::forgetPending(*s.wallet, waiting.at(1).id);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, QStringLiteral("unknown-pending"));

        // The issuer has forgotten the transaction (as after it expired).
        QVERIFY(repository.notePendingTry(waiting.at(0).id, QDateTime::currentDateTimeUtc(), 0, QString(),
                                          QStringLiteral("no-such-transaction")).ok());
        auto retried = s.receiver->retryPending();
        QVERIFY2(retried.ok(), qPrintable(retried.ok() ? QString() : retried.error().message));
        QCOMPARE(retried->stillPending, 0);
        QCOMPARE(retried->imported.items.size(), 0);
        QCOMPARE(retried->abandoned.size(), 1);
        QVERIFY2(retried->abandoned.first().lastMessage.contains(QLatin1String("invalid_transaction_id")),
                 qPrintable(retried->abandoned.first().lastMessage));
        QCOMPARE(repository.pending()->size(), 0);
        QCOMPARE(s.wallet->count(), 0);
    }

    // "dcc" plays the DCC transaction service's departures from VC-API (bare presentation as the
    // body, a nested copy in the answer, the older challenge link): see vcapi-exchange.mjs.
    void vcApiExchange_data()
    {
        QTest::addColumn<QString>("style");
        QTest::addColumn<QString>("linkName");
        QTest::newRow("interaction URL (iuv=1)") << QStringLiteral("vc-api") << QStringLiteral("interactionUrl");
        QTest::newRow("DCC deep link") << QStringLiteral("vc-api") << QStringLiteral("dccDeepLink");
        QTest::newRow("DCC service, interaction URL") << QStringLiteral("dcc") << QStringLiteral("interactionUrl");
        QTest::newRow("DCC service, challenge link") << QStringLiteral("dcc") << QStringLiteral("lcwChallengeLink");
    }

    void vcApiExchange()
    {
        QFETCH(QString, style);
        QFETCH(QString, linkName);
        LoopbackIssuer issuer;
        START_ISSUER(issuer, "vcapi-exchange.mjs");
        Session s = newSession();
        const QJsonObject created = issuer.admin(QStringLiteral("/admin/exchanges"), QJsonObject{{QStringLiteral("style"), style}});
        auto offer = s.receiver->prepare(created.value(linkName).toString());
        QVERIFY2(offer.ok(), qPrintable(offer.ok() ? QString() : offer.error().message));
        QCOMPARE(int(offer->protocol), int(ReceiveProtocol::VcApi));
        QCOMPARE(offer->issuerUrl.toString(), created.value(QLatin1String("exchangeUrl")).toString());
        auto report = s.receiver->complete(*offer, *s.key, {});
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message + QString::fromUtf8(issuer.errors())));
        expectReceived(s, *report, 1, QStringLiteral("VC-API"));
        // The exchange is complete: a replay is refused and stores nothing more.
        auto again = s.receiver->complete(*offer, *s.key, {});
        QVERIFY(!again.ok());
        QCOMPARE(s.wallet->count(), 1);
    }

    void wrongTransactionCode()
    {
        LoopbackIssuer issuer;
        START_ISSUER(issuer, "oid4vci-issuer.mjs");
        Session s = newSession();
        const QJsonObject created = issuer.admin(QStringLiteral("/admin/offers"), {{QStringLiteral("txCode"), QStringLiteral("4931")}});
        auto offer = s.receiver->prepare(created.value(QLatin1String("offer")).toString());
        QVERIFY(offer.ok());
        ReceiveInputs inputs;
        inputs.transactionCode = QStringLiteral("0000");
        auto report = s.receiver->complete(*offer, *s.key, inputs);
        QVERIFY(!report.ok());
        QCOMPARE(report.error().code, QStringLiteral("wrong-tx-code"));
        QVERIFY(report.error().message.startsWith(QStringLiteral("The issuer did not accept the PIN")));
        // No PIN at all: refused before asking.
        auto none = s.receiver->complete(*offer, *s.key, {});
        QCOMPARE(none.error().code, QStringLiteral("tx-code-needed"));
        expectUnchanged(s);
    }

    void reusedOrExpiredOffer()
    {
        LoopbackIssuer issuer;
        START_ISSUER(issuer, "oid4vci-issuer.mjs");
        Session s = newSession();
        const QString link = issuer.admin(QStringLiteral("/admin/offers")).value(QLatin1String("offer")).toString();
        QVERIFY(receive(s, link).has_value());
        auto offer = s.receiver->prepare(link);
        QVERIFY(offer.ok());
        auto reused = s.receiver->complete(*offer, *s.key, {});
        QVERIFY(!reused.ok());
        QCOMPARE(reused.error().code, QStringLiteral("offer-expired"));
        QVERIFY(reused.error().message.startsWith(QStringLiteral("The offer has expired or was already used")));
        expectUnchanged(s, 1);

        const QString expiredByValue = issuer.admin(QStringLiteral("/admin/offers"), {{QStringLiteral("expiresInSeconds"), -60}})
                                           .value(QLatin1String("offer")).toString();
        auto expiredOffer = s.receiver->prepare(expiredByValue);
        QVERIFY(expiredOffer.ok());
        auto expired = s.receiver->complete(*expiredOffer, *s.key, {});
        QVERIFY(!expired.ok());
        QCOMPARE(expired.error().code, QStringLiteral("offer-expired"));
        const QString expiredByReference = issuer.admin(QStringLiteral("/admin/offers"),
            {{QStringLiteral("expiresInSeconds"), -60}, {QStringLiteral("byReference"), true}}).value(QLatin1String("offer")).toString();
        auto gone = s.receiver->prepare(expiredByReference);
        QVERIFY(!gone.ok());
        QCOMPARE(gone.error().code, QStringLiteral("offer-expired"));
        expectUnchanged(s, 1);
    }

    void issuerUnreachable()
    {
        LoopbackIssuer issuer;
        START_ISSUER(issuer, "oid4vci-issuer.mjs");
        Session s = newSession();
        // Mid-flow: the issuer stops answering after granting the token.
        const QString link = issuer.admin(QStringLiteral("/admin/offers")).value(QLatin1String("offer")).toString();
        issuer.admin(QStringLiteral("/admin/mode"), {{QStringLiteral("failAfter"), QStringLiteral("token")}});
        auto offer = s.receiver->prepare(link);
        QVERIFY(offer.ok());
        auto report = s.receiver->complete(*offer, *s.key, {});
        QCOMPARE(report.error().code, QStringLiteral("unreachable"));
        QVERIFY2(report.error().message.contains(QStringLiteral("could not be reached while asking")), qPrintable(report.error().message));
        expectUnchanged(s);
        // Down from the start.
        const QString down = QStringLiteral("openid-credential-offer://?credential_offer_uri=")
            + QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("http://127.0.0.1:%1/offers/x").arg(LoopbackIssuer::closedPort())));
        QCOMPARE(s.receiver->prepare(down).error().code, QStringLiteral("unreachable"));
    }

    void metadataIssuerMismatch()
    {
        LoopbackIssuer issuer;
        START_ISSUER(issuer, "oid4vci-issuer.mjs");
        Session s = newSession();
        issuer.admin(QStringLiteral("/admin/mode"), {{QStringLiteral("metadataIssuerMismatch"), true}});
        auto offer = s.receiver->prepare(issuer.admin(QStringLiteral("/admin/offers")).value(QLatin1String("offer")).toString());
        QVERIFY(!offer.ok());
        QCOMPARE(offer.error().code, QStringLiteral("issuer-mismatch"));
        QVERIFY(offer.error().message.contains(QStringLiteral("https://other-issuer.invalid")));
        QVERIFY(!logHas(issuer, QStringLiteral("/token")));
        expectUnchanged(s);
    }

    // An SD-JWT VC (dc+sd-jwt) made by the published @sd-jwt/sd-jwt-vc in the loopback issuer is
    // received, stored as sent, bound to the holder's key by cnf, and valid for Satchel's verifier.
    void sdJwtVc()
    {
        LoopbackIssuer issuer;
        START_ISSUER(issuer, "oid4vci-issuer.mjs");
        Session s = newSession();
        auto offer = s.receiver->prepare(issuer.admin(QStringLiteral("/admin/offers"),
            {{QStringLiteral("configurations"), QJsonArray{QStringLiteral("ob3_sdjwt")}}}).value(QLatin1String("offer")).toString());
        QVERIFY2(offer.ok(), qPrintable(offer.ok() ? QString() : offer.error().message));
        QCOMPARE(offer->credentials.size(), 1);
        QCOMPARE(offer->credentials.first().format, QStringLiteral("dc+sd-jwt"));
        QVERIFY(offer->notReceivable.isEmpty());
        auto report = s.receiver->complete(*offer, *s.key, {});
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message + QString::fromUtf8(issuer.errors())));
        QCOMPARE(report->imported.items.size(), 1);
        const ImportItemReport &item = report->imported.items.first();
        QCOMPARE(int(item.outcome), int(ImportItemReport::Imported));
        QVERIFY2(item.warnings.isEmpty(), qPrintable(item.warnings.join(QLatin1Char('\n')))); // cnf is our key
        auto stored = s.wallet->credential(item.credentialId);
        QVERIFY(stored.ok());
        QCOMPARE(stored->raw.format, CredentialFormat::SdJwtVc);
        QVERIFY(stored->raw.bytes.endsWith('~'));
        auto parsed = s.wallet->parsed(*stored);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->name, QStringLiteral("Loopback Networking"));
        QCOMPARE(parsed->issuer.name, QStringLiteral("Loopback College"));
        QCOMPARE(parsed->achievement.criteriaNarrative, QStringLiteral("Complete the loopback exercise."));
        const VerificationReport verification = CredentialVerifier(nullptr).verify(stored->raw.format, stored->raw.bytes);
        QVERIFY2(verification.status() == VerificationStatus::Valid,
                 qPrintable(QString::fromUtf8(QJsonDocument(verification.toJson()).toJson(QJsonDocument::Compact))));
    }

    void unsupportedFormat()
    {
        LoopbackIssuer issuer;
        START_ISSUER(issuer, "oid4vci-issuer.mjs");
        Session s = newSession();
        auto offer = s.receiver->prepare(issuer.admin(QStringLiteral("/admin/offers"),
            {{QStringLiteral("configurations"), QJsonArray{QStringLiteral("pid_mdoc")}}}).value(QLatin1String("offer")).toString());
        QVERIFY(!offer.ok());
        QCOMPARE(offer.error().code, QStringLiteral("unsupported-format"));
        QCOMPARE(offer.error().message,
                 QStringLiteral("The issuer offers only mso_mdoc, which Satchel cannot store yet. Nothing was requested."));
        QVERIFY(!logHas(issuer, QStringLiteral("/token")));
        QVERIFY(!logHas(issuer, QStringLiteral("/nonce")));
        expectUnchanged(s);
    }

    void redirectToNonHttps()
    {
        LoopbackIssuer issuer;
        START_ISSUER(issuer, "oid4vci-issuer.mjs");
        Session s = newSession();
        issuer.admin(QStringLiteral("/admin/mode"), {{QStringLiteral("redirectNonHttps"), true}});
        auto offer = s.receiver->prepare(issuer.admin(QStringLiteral("/admin/offers")).value(QLatin1String("offer")).toString());
        QVERIFY(offer.ok());
        auto report = s.receiver->complete(*offer, *s.key, {});
        QCOMPARE(report.error().code, QStringLiteral("insecure-redirect"));
        QVERIFY(report.error().message.contains(QStringLiteral("http://example.invalid/token")));
        QVERIFY(report.error().message.contains(QStringLiteral("not a secure (https) address")));
        expectUnchanged(s);
    }

    void cancelAtConsent()
    {
        LoopbackIssuer issuer;
        START_ISSUER(issuer, "oid4vci-issuer.mjs");
        Session s = newSession();
        auto offer = s.receiver->prepare(issuer.admin(QStringLiteral("/admin/offers")).value(QLatin1String("offer")).toString());
        QVERIFY(offer.ok());
        // The learner says no: complete() is never called, and the issuer saw only the metadata.
        const Error declined = CredentialReceiver::cancelledAtConsent();
        QCOMPARE(declined.code, QStringLiteral("cancelled"));
        QVERIFY(declined.message.contains(QStringLiteral("nothing was stored")));
        QVERIFY(!logHas(issuer, QStringLiteral("/token")));
        QVERIFY(!logHas(issuer, QStringLiteral("/credential")));
        // Cancelled from the progress dialog once under way: nothing stored either.
        std::atomic_bool cancel{true};
        auto report = s.receiver->complete(*offer, *s.key, {}, {}, &cancel);
        QCOMPARE(report.error().code, QStringLiteral("cancelled"));
        expectUnchanged(s);
    }

    void commandLine()
    {
        LoopbackIssuer issuer;
        START_ISSUER(issuer, "oid4vci-issuer.mjs");
        const QString wallet = m_dir.filePath(QStringLiteral("cli.sqlite"));
        const QString passphraseFile = m_dir.filePath(QStringLiteral("cli-passphrase"));
        {
            QFile f(passphraseFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("cli key passphrase\n");
        }
        const QString cli = QStringLiteral(SATCHEL_CLI_PATH);
        const QStringList base{QStringLiteral("--wallet"), wallet, QStringLiteral("receive")};
        const QString link = issuer.admin(QStringLiteral("/admin/offers"), {{QStringLiteral("txCode"), QStringLiteral("4931")}})
                                 .value(QLatin1String("offer")).toString();

        // Not a terminal and no --yes: consent is shown, nothing is requested (exit 3).
        auto dry = CliProcess::run(cli, base + QStringList{link});
        QVERIFY2(dry.exitCode == 3, dry.err.constData());
        QVERIFY2(dry.out.contains("Loopback College (127.0.0.1)") && dry.out.contains("PIN"), dry.out.constData());
        QVERIFY2(dry.err.contains("--yes"), dry.err.constData());
        QVERIFY(!logHas(issuer, QStringLiteral("/token")));
        // Another identity than the wallet's: unknown, nothing requested.
        auto other = CliProcess::run(cli, base + QStringList{link, QStringLiteral("--identity"), QStringLiteral("did:key:z6MkOther"),
                                                             QStringLiteral("--yes")});
        QCOMPARE(other.exitCode, 1);
        QVERIFY(other.err.contains("not one of your identities"));
        // A wrong PIN: its message, exit 1.
        auto wrong = CliProcess::run(cli, base + QStringList{link, QStringLiteral("--tx-code"), QStringLiteral("1111"),
                                                             QStringLiteral("--yes"), QStringLiteral("--passphrase-file"), passphraseFile});
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(wrong.err.contains("The issuer did not accept the PIN"), wrong.err.constData());

        const QString fresh = issuer.admin(QStringLiteral("/admin/offers"), {{QStringLiteral("txCode"), QStringLiteral("4931")}})
                                  .value(QLatin1String("offer")).toString();
        auto received = CliProcess::run(cli, base + QStringList{fresh, QStringLiteral("--tx-code"), QStringLiteral("4931"),
                                                                QStringLiteral("--yes"), QStringLiteral("--json"),
                                                                QStringLiteral("--passphrase-file"), passphraseFile});
        QVERIFY2(received.exitCode == 0, received.err.constData());
        const QJsonArray items = QJsonDocument::fromJson(received.out).object().value(QLatin1String("received")).toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().toObject().value(QLatin1String("outcome")).toString(), QStringLiteral("imported"));
        auto listed = CliProcess::run(cli, QStringList{QStringLiteral("--wallet"), wallet, QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(listed.out).array().size(), 1);
        const QString id = QString::number(items.first().toObject().value(QLatin1String("id")).toInteger());
        auto shown = CliProcess::run(cli, QStringList{QStringLiteral("--wallet"), wallet, QStringLiteral("show"), id});
        QVERIFY2(shown.out.contains("Received from 127.0.0.1 via OpenID4VCI on "), shown.out.constData());
        auto shownJson = CliProcess::run(cli, QStringList{QStringLiteral("--wallet"), wallet, QStringLiteral("show"), id,
                                                          QStringLiteral("--json")});
        const QJsonObject provenance = QJsonDocument::fromJson(shownJson.out).object().value(QLatin1String("received")).toObject();
        QCOMPARE(provenance.value(QLatin1String("protocol")).toString(), QStringLiteral("OpenID4VCI"));
        QCOMPARE(provenance.value(QLatin1String("issuerName")).toString(), QStringLiteral("Loopback College"));
        auto pending = CliProcess::run(cli, base + QStringList{QStringLiteral("--pending")});
        QCOMPARE(pending.exitCode, 0);
        QVERIFY(pending.out.contains("No credentials are pending"));
        auto forgetUnknown = CliProcess::run(cli, base + QStringList{QStringLiteral("--forget-pending"), QStringLiteral("999")});
        QCOMPARE(forgetUnknown.exitCode, 1);
        QVERIFY2(forgetUnknown.err.contains("No credential with the number 999 is pending"), forgetUnknown.err.constData());
        auto forgetWhat = CliProcess::run(cli, base + QStringList{QStringLiteral("--forget-pending"), QStringLiteral("one")});
        QCOMPARE(forgetWhat.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestReceiveInterop)
#include "TestReceiveInterop.moc"
