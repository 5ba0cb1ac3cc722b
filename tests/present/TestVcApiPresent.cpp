// Presenting to a VC-API exchange (issue 15) against tests/interop/vcapi-exchange.mjs, whose verifier
// side is the published @digitalbazaar/vc: its QueryByExample read into a request, the wallet's
// credentials matched (the ones received from the loopback issuer, bound to the holder, and real
// fixtures of other issuers that must not match), one presentation of the chosen credentials signed
// by the holder key and bound to the exchange's challenge and domain, and the verifier's own
// conclusion read back from its results. Also: each link goes where it belongs (receive refuses a
// verifier's exchange, present an issuer's), a replay, a key the verifier does not accept, a decline,
// and the presentation log of each.
#include "../receive/LoopbackIssuer.h"
#include "PresentTestWallet.h"

#include "crypto/Ed25519KeyPair.h"
#include "crypto/Ed25519SigningKey.h"
#include "crypto/P256KeyPair.h"
#include "crypto/P256SigningKey.h"
#include "net/Fetcher.h"
#include "present/PresentationResponder.h"
#include "receive/CredentialReceiver.h"
#include "storage/PresentationLogRepository.h"

#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Satchel;

#define START_EXCHANGE(server)                                                                     \
    do {                                                                                           \
        if (const QString missing = LoopbackIssuer::missing(); !missing.isEmpty())                 \
            QSKIP(qPrintable(missing));                                                            \
        QVERIFY2((server).start(QStringLiteral("vcapi-exchange.mjs")), (server).errors().constData()); \
    } while (false)

class TestVcApiPresent : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    LoopbackIssuer m_exchange;
    std::unique_ptr<Wallet> m_wallet;
    std::unique_ptr<Fetcher> m_fetcher;
    std::unique_ptr<PresentationResponder> m_responder;
    std::unique_ptr<Ed25519SigningKey> m_holder;
    QList<qint64> m_received;   // rows of the credentials the loopback issuer sent to m_holder
    QString m_issuerDid;

    // A new presentation exchange asking for items; its admin answer (links and exchange URL).
    QJsonObject newExchange(const QJsonArray &items)
    {
        return m_exchange.admin(QStringLiteral("/admin/exchanges"),
                                QJsonObject{{QStringLiteral("kind"), QStringLiteral("presentation")},
                                            {QStringLiteral("items"), items}});
    }

    QJsonObject resultOf(const QJsonObject &exchange)
    {
        const QString id = exchange.value(QLatin1String("exchangeUrl")).toString().section(QLatin1Char('/'), -1);
        return m_exchange.adminGet(QStringLiteral("/admin/results/") + id);
    }

    PresentationLogEntry lastLog() const
    {
        auto entries = PresentationLogRepository(*m_wallet).entries(1);
        return entries && !entries->isEmpty() ? entries->first() : PresentationLogEntry{};
    }

    int exchangeRequests()
    {
        return int(m_exchange.adminGet(QStringLiteral("/admin/log")).value(QLatin1String("requests")).toArray().size());
    }

    static QList<qint64> rowsOf(const QList<CandidateVerdict> &verdicts)
    {
        QList<qint64> rows;
        for (const CandidateVerdict &verdict : verdicts)
            rows.append(verdict.row);
        return rows;
    }

    QJsonObject byIssuer() const
    {
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("OpenBadgeCredential")},
                           {QStringLiteral("issuer"), m_issuerDid}};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        START_EXCHANGE(m_exchange);
        const QString path = m_dir.filePath(QStringLiteral("wallet.sqlite"));
        QVERIFY(!PresentTest::fillWallet(path).isEmpty()); // credentials of other issuers and subjects
        auto wallet = Wallet::open(path);
        QVERIFY(wallet.ok());
        m_wallet = std::move(*wallet);
        m_fetcher = std::make_unique<Fetcher>();
        PresentOptions options;
        options.requestTimeoutMs = 10000;
        m_responder = std::make_unique<PresentationResponder>(*m_wallet, *m_fetcher, options);
        m_holder = std::make_unique<Ed25519SigningKey>(std::move(Ed25519KeyPair::generate().value()));

        // Two credentials from the loopback issuer's own VC-API exchanges, bound to the holder.
        ReceiveOptions receiveOptions;
        receiveOptions.requestTimeoutMs = 10000;
        CredentialReceiver receiver(*m_wallet, *m_fetcher, receiveOptions);
        for (int i = 0; i < 2; ++i) {
            const QJsonObject created = m_exchange.admin(QStringLiteral("/admin/exchanges"));
            auto offer = receiver.prepare(created.value(QLatin1String("interactionUrl")).toString());
            QVERIFY2(offer.ok(), qPrintable(offer.ok() ? QString() : offer.error().message));
            auto report = receiver.complete(*offer, *m_holder, {});
            QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
            QCOMPARE(report->imported.items.size(), 1);
            m_received.append(report->imported.items.first().credentialId);
        }
        auto parsed = m_wallet->parsed(m_received.first());
        QVERIFY(parsed.ok());
        m_issuerDid = parsed->issuer.id;
        QVERIFY(m_issuerDid.startsWith(QStringLiteral("did:key:")));
    }

    // The whole flow, from each kind of link the exchange gives, ends with the verifier's own
    // library accepting the presentation.
    void presentsToTheExchange_data()
    {
        QTest::addColumn<QString>("linkName");
        QTest::newRow("interaction URL") << QStringLiteral("interactionUrl");
        QTest::newRow("DCC deep link") << QStringLiteral("dccDeepLink");
        QTest::newRow("LCW web link") << QStringLiteral("lcwLink");
    }

    void presentsToTheExchange()
    {
        QFETCH(QString, linkName);
        const QJsonObject exchange = newExchange({byIssuer()});
        auto prepared = m_responder->prepare(exchange.value(linkName).toString());
        QVERIFY2(prepared.ok(), qPrintable(prepared.ok() ? QString() : prepared.error().message));
        const PresentationRequest &request = prepared->request;
        QCOMPARE(int(request.protocol), int(PresentationProtocol::VcApi));
        QCOMPARE(request.protocolName(), QStringLiteral("VC-API"));
        QCOMPARE(request.responseUri.toString(), exchange.value(QLatin1String("exchangeUrl")).toString());
        QCOMPARE(request.verifierDomain, QStringLiteral("127.0.0.1"));
        QCOMPARE(request.clientId, m_exchange.url()); // the domain the proof is bound to
        QVERIFY(!request.nonce.isEmpty());
        QCOMPARE(request.acceptedDidMethods, QStringList{QStringLiteral("key")});
        QCOMPARE(request.credentials.size(), 1);
        QCOMPARE(request.credentials.first().purpose, QStringLiteral("Loopback Employer asks for your OpenBadgeCredential"));

        // Both received credentials match; the fixtures, of other issuers, are there with the reason.
        QCOMPARE(prepared->matches.size(), 1);
        const QueryMatches &matches = prepared->matches.first();
        QList<qint64> matching = rowsOf(matches.matching);
        std::sort(matching.begin(), matching.end());
        QCOMPARE(matching, m_received);
        bool otherIssuerExplained = false;
        for (const CandidateVerdict &other : matches.others)
            otherIssuerExplained = otherIssuerExplained || other.problem == MatchProblem::WrongIssuer;
        QVERIFY(otherIssuerExplained);

        auto outcome = m_responder->respond(*prepared, {{matches.queryId, m_received.first()}}, *m_holder);
        QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().message + QString::fromUtf8(m_exchange.errors())));
        const QString id = exchange.value(QLatin1String("exchangeUrl")).toString().section(QLatin1Char('/'), -1);
        QCOMPARE(outcome->redirectUri.toString(), m_exchange.url() + QStringLiteral("/done/") + id);

        // The verifier's library verified the holder's proof, the challenge and domain, and the credential.
        const QJsonObject result = resultOf(exchange);
        QCOMPARE(result.value(QLatin1String("status")).toString(), QStringLiteral("accepted"));
        QCOMPARE(result.value(QLatin1String("errors")).toArray().size(), 0);
        QCOMPARE(result.value(QLatin1String("holder")).toString(), m_holder->did());
        QCOMPARE(result.value(QLatin1String("credentialIds")).toArray().size(), 1);

        const PresentationLogEntry logged = lastLog();
        QCOMPARE(logged.id, outcome->logId);
        QCOMPARE(logged.outcome, QStringLiteral("sent"));
        QCOMPARE(logged.protocol, QStringLiteral("VC-API"));
        QCOMPARE(logged.verifierDomain, QStringLiteral("127.0.0.1"));
        QCOMPARE(logged.credentials.size(), 1);
        QCOMPARE(logged.credentials.first().credentialRow, m_received.first());
    }

    // Two requests in one presentation, and a request nobody in the wallet answers.
    void twoItemsOneUnmatched()
    {
        const QJsonObject wanted{{QStringLiteral("type"), QStringLiteral("OpenBadgeCredential")},
                                 {QStringLiteral("achievementName"), QStringLiteral("Loopback Networking")}};
        const QJsonObject missing{{QStringLiteral("type"), QStringLiteral("OpenBadgeCredential")},
                                  {QStringLiteral("achievementName"), QStringLiteral("Deep Sea Welding")}};
        const QJsonObject exchange = newExchange({byIssuer(), wanted, missing});
        auto prepared = m_responder->prepare(exchange.value(QLatin1String("interactionUrl")).toString());
        QVERIFY(prepared.ok());
        QCOMPARE(prepared->matches.size(), 3);
        QCOMPARE(prepared->matches.at(1).matching.size(), 2);
        QVERIFY(prepared->matches.at(2).matching.isEmpty());
        bool explained = false;
        for (const CandidateVerdict &other : prepared->matches.at(2).others) {
            if (m_received.contains(other.row)) {
                QCOMPARE(int(other.problem), int(MatchProblem::ValueMismatch));
                QVERIFY2(other.reason.contains(QStringLiteral("achievement.name")), qPrintable(other.reason));
                explained = true;
            }
        }
        QVERIFY(explained);
        const QList<ChosenCredential> choice{{prepared->matches.at(0).queryId, m_received.at(0)},
                                             {prepared->matches.at(1).queryId, m_received.at(1)}};
        QCOMPARE(PresentationResponder::checkChoice(*prepared, choice).error().code, QStringLiteral("incomplete-choice"));
        const int before = exchangeRequests();
        QCOMPARE(m_responder->respond(*prepared, choice, *m_holder).error().code, QStringLiteral("incomplete-choice"));
        QCOMPARE(exchangeRequests(), before); // nothing sent

        // Without the missing one, both go in one presentation, which the verifier accepts.
        const QJsonObject answerable = newExchange({byIssuer(), wanted});
        auto both = m_responder->prepare(answerable.value(QLatin1String("interactionUrl")).toString());
        QVERIFY(both.ok());
        auto outcome = m_responder->respond(*both, {{both->matches.at(0).queryId, m_received.at(0)},
                                                    {both->matches.at(1).queryId, m_received.at(1)}}, *m_holder);
        QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().message));
        QCOMPARE(resultOf(answerable).value(QLatin1String("status")).toString(), QStringLiteral("accepted"));
        QCOMPARE(resultOf(answerable).value(QLatin1String("credentialIds")).toArray().size(), 2);
        QCOMPARE(lastLog().credentials.size(), 2);
    }

    // An exchange answers once: the same request sent again is refused, and the log says so.
    void replayIsRefused()
    {
        const QJsonObject exchange = newExchange({byIssuer()});
        auto prepared = m_responder->prepare(exchange.value(QLatin1String("interactionUrl")).toString());
        QVERIFY(prepared.ok());
        const QList<ChosenCredential> choice{{prepared->matches.first().queryId, m_received.first()}};
        QVERIFY(m_responder->respond(*prepared, choice, *m_holder).ok());
        auto again = m_responder->respond(*prepared, choice, *m_holder);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, QStringLiteral("verifier-refused"));
        QVERIFY2(again.error().message.contains(QStringLiteral("already complete")), qPrintable(again.error().message));
        QCOMPARE(lastLog().outcome, QStringLiteral("failed"));
        QVERIFY(again.error().message.startsWith(lastLog().message)); // the log keeps the words, the learner also hears what to do
    }

    // The exchange accepts did:key holders only: a did:jwk identity is refused before anything is signed.
    void keyMustSuitTheVerifier()
    {
        const QJsonObject exchange = newExchange({byIssuer()});
        auto prepared = m_responder->prepare(exchange.value(QLatin1String("interactionUrl")).toString());
        QVERIFY(prepared.ok());
        auto p256 = P256KeyPair::generate();
        QVERIFY(p256.ok());
        const P256SigningKey jwkHolder(std::move(*p256));
        QCOMPARE(PresentationResponder::checkKey(prepared->request, QStringLiteral("ldp_vc"), jwkHolder).error().code,
                 QStringLiteral("key-not-accepted"));
        QVERIFY(PresentationResponder::checkKey(prepared->request, QStringLiteral("ldp_vc"), *m_holder).ok());
        const int before = exchangeRequests();
        QCOMPARE(m_responder->respond(*prepared, {{prepared->matches.first().queryId, m_received.first()}}, jwkHolder)
                     .error().code,
                 QStringLiteral("key-not-accepted"));
        QCOMPARE(exchangeRequests(), before);
    }

    // VC-API has no refusal message: declining sends nothing and is logged.
    void declineIsLogged()
    {
        const QJsonObject exchange = newExchange({byIssuer()});
        auto prepared = m_responder->prepare(exchange.value(QLatin1String("interactionUrl")).toString());
        QVERIFY(prepared.ok());
        const int before = exchangeRequests();
        const PresentationOutcome outcome = m_responder->decline(*prepared);
        QVERIFY(!outcome.verifierInformed);
        QCOMPARE(exchangeRequests(), before);
        QCOMPARE(lastLog().outcome, QStringLiteral("declined"));
        QCOMPARE(lastLog().protocol, QStringLiteral("VC-API"));
        QCOMPARE(resultOf(exchange).value(QLatin1String("status")).toString(), QStringLiteral("pending"));
    }

    // The same kind of link serves issuers and verifiers: each side says where it belongs, before consent.
    void linksGoWhereTheyBelong()
    {
        CredentialReceiver receiver(*m_wallet, *m_fetcher);
        const qint64 before = m_wallet->count();
        auto offer = receiver.prepare(newExchange({byIssuer()}).value(QLatin1String("interactionUrl")).toString());
        QVERIFY(!offer.ok());
        QCOMPARE(offer.error().code, QStringLiteral("presentation-requested"));
        auto request = m_responder->prepare(
            m_exchange.admin(QStringLiteral("/admin/exchanges")).value(QLatin1String("interactionUrl")).toString());
        QVERIFY(!request.ok());
        QCOMPARE(request.error().code, QStringLiteral("issuance-exchange"));
        QCOMPARE(m_wallet->count(), before);
    }
};

QTEST_GUILESS_MAIN(TestVcApiPresent)
#include "TestVcApiPresent.moc"
