// satchel-cli present end to end on loopback: the wallet receives its credentials from the
// loopback issuer (oid4vci-issuer.mjs, bound to the CLI's own holder key, as a learner would get
// them), then answers requests of the published-library verifier (oid4vp-verifier.mjs,
// README-verifiers.md), whose own verdict (/admin/results) says whether the answer was good.
// The negative cases of issue 15 too: a request signed by another key than its client id names, a
// client id that is not where the answer goes (both refused before consent, nothing sent or
// logged), a replayed nonce, a verifier that answers with an error or hangs up after consent (each
// exit 1 with the verifier's words or what went wrong, and a "failed" line in the presentation log).
//
// Needs Node.js and `npm ci` in tests/interop; skipped with a message otherwise. Run under ctest:
// the CLI child needs SATCHEL_TEST_LOOPBACK=1 to reach 127.0.0.1.
#include "../receive/LoopbackIssuer.h"
#include "CliProcess.h"
#include "storage/PresentationLogRepository.h"
#include "storage/Wallet.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Satchel;

class TestPresentCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_wallet;
    QString m_passphraseFile;
    qint64 m_ldp = 0; // the Data Integrity credential the learner receives first
    LoopbackIssuer m_issuer; // the issuer's admin helpers serve the verifier's admin routes too
    LoopbackIssuer m_verifier;

    CliProcess::Run cli(const QStringList &words)
    {
        return CliProcess::run(
            QStringLiteral(SATCHEL_CLI_PATH), QStringList { QStringLiteral("--wallet"), m_wallet } + words);
    }

    CliProcess::Run present(const QStringList &words) { return cli(QStringList { QStringLiteral("present") } + words); }

    // A new request at the verifier: {request (the link), id, ...}.
    QJsonObject request(const QJsonObject &options)
    {
        return m_verifier.admin(QStringLiteral("/admin/requests"), options);
    }

    QString resultOf(const QJsonObject &made)
    {
        return m_verifier.adminGet(QStringLiteral("/admin/results/") + made.value(QLatin1String("id")).toString())
            .value(QLatin1String("status"))
            .toString();
    }

    // Answers made's request with whatever matches, without asking.
    CliProcess::Run answer(const QJsonObject &made)
    {
        return present({ made.value(QLatin1String("request")).toString(), QStringLiteral("--yes"),
            QStringLiteral("--passphrase-file"), m_passphraseFile });
    }

    // The presentation log as the CLI left it, newest first.
    QList<PresentationLogEntry> logged()
    {
        auto wallet = Wallet::open(m_wallet);
        if (!wallet)
            return {};
        auto entries = PresentationLogRepository(**wallet).entries();
        return entries ? *entries : QList<PresentationLogEntry> {};
    }

    // An answer that failed after consent: exit 1 saying said, and the log's newest line records
    // it: failed, to the loopback verifier, with the credential sent and the words.
    void verifyFailedAndLogged(const CliProcess::Run &run, const QByteArray &said)
    {
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(said), run.err.constData());
        const QList<PresentationLogEntry> log = logged();
        QVERIFY(!log.isEmpty());
        const PresentationLogEntry &entry = log.first();
        QCOMPARE(entry.outcome, QStringLiteral("failed"));
        QCOMPARE(entry.verifierDomain, QStringLiteral("127.0.0.1"));
        QCOMPARE(entry.verifierName, QStringLiteral("Loopback Employer"));
        QCOMPARE(entry.credentials.size(), 1);
        QCOMPARE(entry.credentials.first().credentialRow, m_ldp);
        QVERIFY(!entry.credentials.first().name.isEmpty());
        QVERIFY2(entry.message.contains(QString::fromUtf8(said)), qPrintable(entry.message));
    }

    // Receives one credential of the issuer's configuration through satchel-cli; its row id.
    qint64 receive(const QString &configuration)
    {
        const QString offer = m_issuer
                                  .admin(QStringLiteral("/admin/offers"),
                                      { { QStringLiteral("configurations"), QJsonArray { configuration } },
                                          { QStringLiteral("txCode"), QJsonValue::Null } })
                                  .value(QLatin1String("offer"))
                                  .toString();
        auto received = cli({ QStringLiteral("receive"), offer, QStringLiteral("--yes"), QStringLiteral("--json"),
            QStringLiteral("--passphrase-file"), m_passphraseFile });
        if (received.exitCode != 0)
            qWarning() << received.err;
        const QJsonArray items
            = QJsonDocument::fromJson(received.out).object().value(QLatin1String("received")).toArray();
        return items.isEmpty() ? 0 : items.first().toObject().value(QLatin1String("id")).toInteger();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        if (const QString missing = NodeServerProcess::missing(QStringLiteral("@openid4vc/openid4vp"));
            !missing.isEmpty())
            QSKIP(qPrintable(missing));
        QVERIFY2(m_issuer.start(QStringLiteral("oid4vci-issuer.mjs")), m_issuer.errors().constData());
        QVERIFY2(m_verifier.start(QStringLiteral("oid4vp-verifier.mjs")), m_verifier.errors().constData());
        m_wallet = m_dir.filePath(QStringLiteral("present.sqlite"));
        m_passphraseFile = m_dir.filePath(QStringLiteral("passphrase"));
        QFile f(m_passphraseFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("present key passphrase\n");
    }

    void dryRunListsTheMatch()
    {
        m_ldp = receive(QStringLiteral("ob3_ldp_eddsa"));
        const qint64 ldp = m_ldp;
        QVERIFY(ldp > 0);
        const QJsonObject made = request({});
        auto dry = present(
            { made.value(QLatin1String("request")).toString(), QStringLiteral("--dry-run"), QStringLiteral("--json") });
        QVERIFY2(dry.exitCode == 0, dry.err.constData());
        const QJsonObject shown = QJsonDocument::fromJson(dry.out).object();
        QCOMPARE(shown.value(QLatin1String("verifierName")).toString(), QStringLiteral("Loopback Employer"));
        QCOMPARE(shown.value(QLatin1String("verifierDomain")).toString(), QStringLiteral("127.0.0.1"));
        QCOMPARE(shown.value(QLatin1String("selectiveDisclosure")).toBool(true), false);
        const QJsonArray queries = shown.value(QLatin1String("queries")).toArray();
        QCOMPARE(queries.size(), 1);
        const QJsonArray matching = queries.first().toObject().value(QLatin1String("matching")).toArray();
        QCOMPARE(matching.size(), 1);
        QCOMPARE(matching.first().toObject().value(QLatin1String("id")).toInteger(), ldp);
        QCOMPARE(resultOf(made), QStringLiteral("pending"));

        auto text = present({ made.value(QLatin1String("request")).toString(), QStringLiteral("--dry-run") });
        QVERIFY2(text.exitCode == 0, text.err.constData());
        QVERIFY2(text.out.contains("Loopback Employer") && text.out.contains("The answer goes to: 127.0.0.1")
                && text.out.contains("not signed") && text.out.contains("Whole credentials are shared"),
            text.out.constData());
    }

    void notConfirmedSendsNothing()
    {
        const QJsonObject made = request({});
        auto asked = present(
            { made.value(QLatin1String("request")).toString(), QStringLiteral("--passphrase-file"), m_passphraseFile });
        QCOMPARE(asked.exitCode, 3);
        QVERIFY2(asked.err.contains("--yes"), asked.err.constData());
        QVERIFY2(asked.out.contains("Will send: "), asked.out.constData());
        QCOMPARE(resultOf(made), QStringLiteral("pending"));
    }

    void sent_data()
    {
        QTest::addColumn<QJsonObject>("options");
        QTest::addColumn<QString>("configuration");
        QTest::newRow("DCQL ldp_vp") << QJsonObject {} << QString();
        QTest::newRow("DCQL ldp_vp, signed by a DID, by reference")
            << QJsonObject { { QStringLiteral("signed"), QStringLiteral("did") },
                   { QStringLiteral("byReference"), QStringLiteral("get") } }
            << QString();
        QTest::newRow("DCQL jwt_vp_json") << QJsonObject { { QStringLiteral("format"), QStringLiteral("jwt_vp_json") } }
                                          << QStringLiteral("ob3_jwt_eddsa");
        QTest::newRow("Presentation Exchange ldp_vp")
            << QJsonObject { { QStringLiteral("query"), QStringLiteral("pe") } } << QString();
    }

    void sent()
    {
        QFETCH(QJsonObject, options);
        QFETCH(QString, configuration);
        if (!configuration.isEmpty())
            QVERIFY(receive(configuration) > 0);
        const QJsonObject made = request(options);
        auto answered = present({ made.value(QLatin1String("request")).toString(), QStringLiteral("--yes"),
            QStringLiteral("--json"), QStringLiteral("--passphrase-file"), m_passphraseFile });
        QVERIFY2(answered.exitCode == 0, answered.err.constData());
        const QJsonObject printed = QJsonDocument::fromJson(answered.out).object();
        QCOMPARE(printed.value(QLatin1String("sent")).toArray().size(), 1);
        QVERIFY(printed.value(QLatin1String("redirectUri")).toString().contains(QLatin1String("/done/")));
        QCOMPARE(resultOf(made), QStringLiteral("accepted"));
    }

    void credentialTheLearnerLacks()
    {
        const QJsonObject made = request({ { QStringLiteral("items"),
            QJsonArray { QJsonObject { { QStringLiteral("type"), QStringLiteral("OpenBadgeCredential") },
                { QStringLiteral("achievementName"), QStringLiteral("Underwater Basket Weaving") } } } } });
        auto lacking = present({ made.value(QLatin1String("request")).toString(), QStringLiteral("--yes"),
            QStringLiteral("--passphrase-file"), m_passphraseFile });
        QCOMPARE(lacking.exitCode, 1);
        QVERIFY2(lacking.err.contains("You have no credential that gives this verifier what it asks for"),
            lacking.err.constData());
        QCOMPARE(resultOf(made), QStringLiteral("pending"));

        // A credential the learner names that answers nothing asked: usage, the candidates listed.
        auto wrong = present({ made.value(QLatin1String("request")).toString(), QStringLiteral("--credential"),
            QStringLiteral("1"), QStringLiteral("--yes") });
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY2(wrong.err.contains("answers nothing this verifier asks for"), wrong.err.constData());

        // What is missing, and why the learner's credential does not do.
        auto dry = present(
            { made.value(QLatin1String("request")).toString(), QStringLiteral("--dry-run"), QStringLiteral("--json") });
        QVERIFY2(dry.exitCode == 0, dry.err.constData());
        const QJsonObject query
            = QJsonDocument::fromJson(dry.out).object().value(QLatin1String("queries")).toArray().first().toObject();
        QVERIFY(query.value(QLatin1String("matching")).toArray().isEmpty());
        QString reason;
        for (const QJsonValue other : query.value(QLatin1String("others")).toArray()) {
            if (other.toObject().value(QLatin1String("id")).toInteger() == m_ldp)
                reason = other.toObject().value(QLatin1String("reason")).toString();
        }
        QVERIFY2(reason.contains(QLatin1String("achievement.name")), qPrintable(dry.out));

        // Declining still works, and is logged.
        auto refused = present({ made.value(QLatin1String("request")).toString(), QStringLiteral("--decline") });
        QVERIFY2(refused.exitCode == 0, refused.err.constData());
        QVERIFY2(refused.out.contains("the verifier was told"), refused.out.constData());
        QCOMPARE(resultOf(made), QStringLiteral("rejected"));
        QCOMPARE(logged().first().outcome, QStringLiteral("declined"));
    }

    void declined()
    {
        const QJsonObject made = request({});
        auto refused = present({ made.value(QLatin1String("request")).toString(), QStringLiteral("--decline") });
        QVERIFY2(refused.exitCode == 0, refused.err.constData());
        QVERIFY2(refused.out.contains("the verifier was told"), refused.out.constData());
        QCOMPARE(resultOf(made), QStringLiteral("rejected"));

        auto wallet = Wallet::open(m_wallet);
        QVERIFY(wallet);
        auto log = PresentationLogRepository(**wallet).entries();
        QVERIFY(log);
        QVERIFY(!log->isEmpty());
        QCOMPARE(log->first().outcome, QStringLiteral("declined"));
        QCOMPARE(log->first().verifierDomain, QStringLiteral("127.0.0.1"));
    }

    // Refused before consent: nothing sent, nothing logged, and the learner hears why.
    void requestNotFromItsVerifier_data()
    {
        QTest::addColumn<QJsonObject>("options");
        QTest::addColumn<QByteArray>("said");
        QTest::newRow("signed by another key than the DID's")
            << QJsonObject { { QStringLiteral("signed"), QStringLiteral("did") },
                   { QStringLiteral("badSignature"), true } }
            << QByteArray("is not signed by the key it names");
        QTest::newRow("by reference, signed by another key")
            << QJsonObject { { QStringLiteral("signed"), QStringLiteral("did") },
                   { QStringLiteral("byReference"), QStringLiteral("get") }, { QStringLiteral("badSignature"), true } }
            << QByteArray("is not signed by the key it names");
        QTest::newRow("redirect_uri: client id, answer elsewhere")
            << QJsonObject { { QStringLiteral("mismatchedClientId"), true } }
            << QByteArray("does not match where the answer would go");
        QTest::newRow("signed, client id another DID than the signer")
            << QJsonObject { { QStringLiteral("signed"), QStringLiteral("did") },
                   { QStringLiteral("mismatchedClientId"), true } }
            << QByteArray("is not signed by the key it names");
    }

    void requestNotFromItsVerifier()
    {
        QFETCH(QJsonObject, options);
        QFETCH(QByteArray, said);
        const qsizetype before = logged().size();
        const QJsonObject made = request(options);
        auto refused = answer(made);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(said) && refused.err.contains("Nothing was sent. Do not answer this request"),
            refused.err.constData());
        QVERIFY2(!refused.out.contains("Will send"), refused.out.constData()); // no consent shown
        QCOMPARE(resultOf(made), QStringLiteral("pending"));
        QCOMPARE(logged().size(), before);
    }

    // The same request answered twice: the verifier refuses the second (its nonce is spent).
    void replayedNonce()
    {
        const QJsonObject made = request({});
        auto first = answer(made);
        QVERIFY2(first.exitCode == 0, first.err.constData());
        QCOMPARE(resultOf(made), QStringLiteral("accepted"));
        auto again = answer(made);
        verifyFailedAndLogged(again, "this request was already answered: its nonce cannot be used again");
        QVERIFY2(again.err.contains("The verifier did not accept the answer")
                && again.err.contains("ask the verifier for a new request"),
            again.err.constData());
        QCOMPARE(resultOf(made), QStringLiteral("accepted")); // the first answer stands
    }

    void verifierAnswersWithError_data()
    {
        QTest::addColumn<QString>("error");
        QTest::newRow("500 server_error") << QStringLiteral("server_error");
        QTest::newRow("400 invalid_request") << QStringLiteral("invalid_request");
    }

    void verifierAnswersWithError()
    {
        QFETCH(QString, error);
        const QJsonObject made = request({ { QStringLiteral("failWith"), error } });
        auto failed = answer(made);
        verifyFailedAndLogged(failed, "the loopback verifier was told to fail here");
        QVERIFY2(failed.err.contains(error.toUtf8()), failed.err.constData());
        QCOMPARE(resultOf(made), QStringLiteral("rejected"));
    }

    // The verifier reads the answer and closes the connection without replying.
    void verifierGoneAfterConsent()
    {
        const QJsonObject made = request({ { QStringLiteral("hangUp"), true } });
        auto failed = answer(made);
        verifyFailedAndLogged(failed, "could not be reached while sending the answer");
        QVERIFY2(failed.err.contains("cannot tell whether your credentials reached it"), failed.err.constData());
    }

    // Two credentials answer: the learner must choose (exit 2, the candidates listed); then chosen.
    void severalCandidates()
    {
        const qint64 second = receive(QStringLiteral("ob3_ldp_eddsa"));
        QVERIFY(second > 0);
        const QJsonObject made = request({});
        const QString link = made.value(QLatin1String("request")).toString();
        auto unclear
            = present({ link, QStringLiteral("--yes"), QStringLiteral("--passphrase-file"), m_passphraseFile });
        QCOMPARE(unclear.exitCode, 2);
        QVERIFY2(unclear.err.contains("choose with --credential") && unclear.err.contains(QByteArray::number(second)),
            unclear.err.constData());
        QCOMPARE(resultOf(made), QStringLiteral("pending"));

        auto chosen = present({ link, QStringLiteral("--credential"), QString::number(second), QStringLiteral("--yes"),
            QStringLiteral("--passphrase-file"), m_passphraseFile });
        QVERIFY2(chosen.exitCode == 0, chosen.err.constData());
        const QByteArray sentLine = QByteArray("Sent to 127.0.0.1: ").append(QByteArray::number(second));
        QVERIFY2(chosen.out.contains(sentLine), chosen.out.constData());
        QVERIFY2(chosen.out.contains("(not opened)"), chosen.out.constData());
        QCOMPARE(resultOf(made), QStringLiteral("accepted"));
    }

    // Issue 16: an SD-JWT VC received over OpenID4VCI (bound to the CLI's holder key) answers a
    // dc+sd-jwt query; @sd-jwt/sd-jwt-vc in the verifier accepts it, the achievement alone disclosed.
    void receivedSdJwtVc()
    {
        const qint64 row = receive(QStringLiteral("ob3_sdjwt"));
        QVERIFY(row > 0);
        // One path: the inner array wrapped in a QJsonValue, or clang's brace initialisation would copy
        // it instead of nesting it (CWG 1467).
        const QJsonArray claims{QJsonValue(QJsonArray{"credentialSubject", "achievement", "name"})};
        const QJsonObject made = request({{QStringLiteral("format"), QStringLiteral("dc+sd-jwt")},
                                          {QStringLiteral("items"), QJsonArray{QJsonObject{{QStringLiteral("claims"), claims}}}}});
        auto answered = answer(made);
        QVERIFY2(answered.exitCode == 0, answered.err.constData());
        QVERIFY2(answered.out.contains("Discloses only credentialSubject.achievement,"), answered.out.constData());
        const QJsonObject result
            = m_verifier.adminGet(QStringLiteral("/admin/results/") + made.value(QLatin1String("id")).toString());
        QCOMPARE(result.value(QLatin1String("status")).toString(), QStringLiteral("accepted"));
        QCOMPARE(result.value(QLatin1String("disclosed")).toArray(), QJsonArray{"credentialSubject.achievement"});
    }

    // Issue 16: a credential with an ecdsa-sd-2023 base proof (mandatory: issuer, validFrom,
    // credentialSubject.id) received over OpenID4VCI answers a DCQL ldp_vc query with claims. The
    // verifier (@digitalbazaar/vc with the published ecdsa-sd-2023 suite) accepts a derived copy
    // holding only the achievement's name besides the mandatory fields (and the ids and types on the
    // way down); consent said so.
    void receivedEcdsaSd()
    {
        const qint64 row = receive(QStringLiteral("ob3_ldp_ecdsa_sd"));
        QVERIFY(row > 0);
        const QJsonArray claims { QJsonValue(QJsonArray { "credentialSubject", "achievement", "name" }) }; // nested under clang too
        const QJsonObject made = request({ { QStringLiteral("items"),
            QJsonArray { QJsonObject { { QStringLiteral("type"), QStringLiteral("OpenBadgeCredential") },
                { QStringLiteral("claims"), claims } } } } });
        auto answered = present({ made.value(QLatin1String("request")).toString(), QStringLiteral("--credential"),
            QString::number(row), QStringLiteral("--yes"), QStringLiteral("--passphrase-file"), m_passphraseFile });
        QVERIFY2(answered.exitCode == 0, answered.err.constData());
        QVERIFY2(answered.out.contains("Discloses only credentialSubject.achievement.name,"), answered.out.constData());
        const QJsonObject result
            = m_verifier.adminGet(QStringLiteral("/admin/results/") + made.value(QLatin1String("id")).toString());
        QVERIFY2(result.value(QLatin1String("status")).toString() == QLatin1String("accepted"),
            QJsonDocument(result).toJson().constData());

        // What went out: the stored credential without what was neither asked for nor mandatory.
        auto wallet = Wallet::open(m_wallet);
        QVERIFY(wallet.ok());
        auto stored = (*wallet)->credential(row);
        QVERIFY(stored.ok());
        QJsonObject expected = QJsonDocument::fromJson(stored->raw.bytes).object();
        QVERIFY(expected.value(QLatin1String("proof")).toObject().value(QLatin1String("proofValue"))
                    .toString().startsWith(QLatin1String("u2V0A")));
        expected.remove(QStringLiteral("proof"));
        expected.remove(QStringLiteral("name"));
        QJsonObject subject = expected.value(QLatin1String("credentialSubject")).toObject();
        QJsonObject achievement = subject.value(QLatin1String("achievement")).toObject();
        achievement.remove(QStringLiteral("description"));
        achievement.remove(QStringLiteral("criteria"));
        subject.insert(QStringLiteral("achievement"), achievement);
        expected.insert(QStringLiteral("credentialSubject"), subject);
        const QJsonArray received = result.value(QLatin1String("received")).toArray();
        QCOMPARE(received.size(), 1);
        QJsonObject sent = received.first().toObject();
        QVERIFY(sent.value(QLatin1String("proof")).toObject().value(QLatin1String("proofValue"))
                    .toString().startsWith(QLatin1String("u2V0B")));
        sent.remove(QStringLiteral("proof"));
        QCOMPARE(sent, expected);
    }
};

QTEST_GUILESS_MAIN(TestPresentCli)
#include "TestPresentCli.moc"
