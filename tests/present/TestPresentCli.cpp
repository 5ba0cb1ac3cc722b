// satchel-cli present end to end on loopback: the wallet receives its credentials from the
// loopback issuer (oid4vci-issuer.mjs, bound to the CLI's own holder key, as a learner would get
// them), then answers requests of the published-library verifier (oid4vp-verifier.mjs,
// README-verifiers.md), whose own verdict (/admin/results) says whether the answer was good.
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
        const qint64 ldp = receive(QStringLiteral("ob3_ldp_eddsa"));
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
};

QTEST_GUILESS_MAIN(TestPresentCli)
#include "TestPresentCli.moc"
