// A public link end to end on loopback, against a VerifierPlus-like server that checks every
// presentation with a published verifier (tests/interop/verifierplus-server.mjs: node:http +
// @digitalbazaar/vc): create a link for a refvc eddsa-rdfc-2022 credential, list it, GET the stored
// presentation and find the credential's original JSON in it, stop sharing; a DELETE signed by
// another key is refused; a server that is down, answers 500 or answers nonsense, and working
// offline, give a clear message and leave the wallet unchanged. The same through satchel-cli.
//
// Needs Node.js and `npm ci` in tests/interop (packaging/scripts/run-tests.sh does it); skipped
// with a message otherwise.
#include "CliProcess.h"
#include "FakeKeyVault.h"
#include "VerifierPlusServer.h"
#include "crypto/Ed25519KeyPair.h"
#include "formats/CredentialReader.h"
#include "net/Fetcher.h"
#include "net/NetworkMode.h"
#include "share/HolderKeyStore.h"
#include "share/PresentationSigner.h"
#include "share/PublicLinkService.h"
#include "storage/Wallet.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Satchel;
using SatchelTest::FakeKeyVault;

namespace {

const ScryptParameters kFastScrypt{quint64(1) << 10, 8, 1};
const QString kCredentialFile = QStringLiteral("refvc/ob3/di-minimal.json");

QByteArray fixture(const QString &relative)
{
    QFile f(QStringLiteral(SATCHEL_FIXTURES_DIR "/") + relative);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

qint64 storeFixture(Wallet &wallet, const QString &relative)
{
    auto raw = CredentialReader::detect(fixture(relative), relative);
    if (!raw)
        return 0;
    auto parsed = CredentialReader::parse(*raw);
    if (!parsed)
        return 0;
    auto outcome = wallet.store(*raw, *parsed);
    return outcome ? outcome->id : 0;
}

} // namespace

class TestPublicLink : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;

    QString newPath() { return m_dir.filePath(QStringLiteral("w%1.sqlite").arg(++m_count)); }

    void requireNode()
    {
        if (const QString missing = VerifierPlusServer::missing(); !missing.isEmpty())
            QSKIP(qPrintable(missing));
    }

    // Fails (and says why) when the wallet has links: what every failure case must leave.
    static void expectNoLinks(const Wallet &wallet) { QCOMPARE(wallet.publicLinks().size(), 0); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        // satchel-cli (run below) must not probe a keychain: its key is sealed under a passphrase.
        qputenv("SATCHEL_NO_KEYCHAIN", "1");
    }

    void createListGetStop()
    {
        requireNode();
        VerifierPlusServer server;
        QVERIFY(server.start());
        auto wallet = Wallet::open(newPath());
        QVERIFY(wallet.ok());
        const qint64 row = storeFixture(**wallet, kCredentialFile);
        QVERIFY(row > 0);
        FakeKeyVault vault;
        HolderKeyStore keys(**wallet, &vault, kFastScrypt);
        Fetcher fetcher;
        PublicLinkService service(**wallet, keys, fetcher);

        auto plan = PublicLinkService::plan(**wallet, row, server.url());
        QVERIFY(plan.ok());
        QCOMPARE(plan->server.toString(), server.url() + QLatin1Char('/'));
        QCOMPARE(plan->credentialJson, fixture(kCredentialFile));
        auto link = service.create(*plan);
        QVERIFY2(link.ok(), qPrintable(link.ok() ? QString() : link.error().message + QString::fromUtf8(server.errors())));
        // Absolute URLs on the server (it answered with relative ones).
        QVERIFY(link->viewUrl.startsWith(server.url() + QLatin1String("/share/")));
        QVERIFY(link->getUrl.startsWith(server.url() + QLatin1String("/api/credentials/")));
        QVERIFY(link->unshareUrl.startsWith(server.url() + QLatin1String("/api/credentials/")));
        QCOMPARE(link->holderDid, keys.current()->did);

        // Listed, overall and for the credential.
        QCOMPARE((*wallet)->publicLinks().size(), 1);
        const QList<PublicLinkRecord> forCredential = (*wallet)->publicLinks(row);
        QCOMPARE(forCredential.size(), 1);
        QCOMPARE(forCredential.first().viewUrl, link->viewUrl);
        QVERIFY(forCredential.first().isActive());

        // The stored presentation carries the credential exactly as the wallet holds it.
        FetchOptions noCache;
        noCache.storeInCache = false;
        auto got = fetcher.get(QUrl(link->getUrl), noCache);
        QVERIFY(got.ok());
        const QJsonObject vp = QJsonDocument::fromJson(got->body).object();
        QCOMPARE(vp.value(QStringLiteral("holder")).toString(), link->holderDid);
        QCOMPARE(vp.value(QStringLiteral("verifiableCredential")).toArray().first().toObject(),
                 QJsonDocument::fromJson(fixture(kCredentialFile)).object());
        QVERIFY(fetcher.get(QUrl(link->viewUrl), noCache).ok());

        // The server really checks: a presentation changed after signing is refused.
        auto genuine = PresentationSigner::sign(fixture(kCredentialFile), *Ed25519KeyPair::generate());
        QVERIFY(genuine.ok());
        auto tampered = fetcher.send("POST", QUrl(server.url() + QLatin1String("/api/credentials")),
                                     "{\"vp\":" + QByteArray(*genuine).replace("\"VerifiablePresentation\"]",
                                                                                "\"VerifiablePresentation\"],\"name\":\"x\"")
                                         + '}',
                                     "application/json");
        QVERIFY(!tampered.ok());
        QVERIFY2(tampered.error().message.contains(QLatin1String("400")), qPrintable(tampered.error().message));

        // A DELETE signed by another key is refused, and the link stays.
        auto stranger = Ed25519KeyPair::generate();
        auto foreign = PresentationSigner::sign(fixture(kCredentialFile), *stranger);
        QVERIFY(foreign.ok());
        auto refused = fetcher.send("DELETE", QUrl(link->unshareUrl), "{\"vp\":" + *foreign + '}', "application/json");
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QLatin1String("403")), qPrintable(refused.error().message));
        QVERIFY(fetcher.get(QUrl(link->getUrl), noCache).ok());

        // Stopping (a fresh presentation by the same key) takes it down.
        auto stopped = service.stop(link->id);
        QVERIFY2(stopped.ok(), qPrintable(stopped.ok() ? QString() : stopped.error().message));
        QVERIFY(!stopped->isActive());
        QVERIFY(!(*wallet)->publicLink(link->id)->isActive());
        QCOMPARE(fetcher.get(QUrl(link->getUrl), noCache).error().code, QStringLiteral("not-found"));
        QCOMPARE(service.stop(link->id).error().code, QStringLiteral("already-stopped"));
    }

    // The reference verifier accepts Satchel's presentation of every JSON-LD credential in the
    // corpus: non-ASCII text, images, status entries, a CLR with its nested credentials.
    void serverAcceptsEveryPresentableFixture_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("accepted");
        for (const char *file : {"refvc/ob3/di-rich.json", "refvc/ob3/di-i18n.json", "refvc/ob3/di-issuer-profile-image.json",
                                 "refvc/ob3/di-status-active.json", "refvc/clr/clr-valid.json"})
            QTest::newRow(file) << QString::fromLatin1(file) << true;
        // A well-signed presentation of a tampered credential: the server checks what is inside too.
        QTest::newRow("tampered credential") << QStringLiteral("refvc/ob3/di-invalid-tampered-subject-name.json") << false;
    }

    void serverAcceptsEveryPresentableFixture()
    {
        QFETCH(QString, file);
        QFETCH(bool, accepted);
        requireNode();
        VerifierPlusServer server;
        QVERIFY(server.start());
        auto key = Ed25519KeyPair::generate();
        auto vp = PresentationSigner::sign(fixture(file), *key);
        QVERIFY(vp.ok());
        Fetcher fetcher;
        VerifierPlusClient client(fetcher);
        auto urls = client.share(*VerifierPlusClient::serverUrl(server.url()), *vp);
        if (!accepted) {
            QVERIFY(!urls.ok());
            QCOMPARE(urls.error().code, QStringLiteral("server-refused"));
            return;
        }
        QVERIFY2(urls.ok(), qPrintable(urls.ok() ? QString() : urls.error().message + QString::fromUtf8(server.errors())));
        auto again = PresentationSigner::sign(fixture(file), *key);
        QVERIFY(client.unshare(urls->unshare, *again).ok());
        QCOMPARE(fetcher.get(urls->get).error().code, QStringLiteral("not-found"));
        QVERIFY(client.unshare(urls->unshare, *again).ok()); // already gone: stopped all the same
    }

    void failuresChangeNothing_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("inMessage");
        QTest::newRow("down") << QStringLiteral("down") << QStringLiteral("server-unreachable") << QStringLiteral("could not be reached");
        QTest::newRow("500") << QStringLiteral("500") << QStringLiteral("server-refused") << QStringLiteral("500");
        QTest::newRow("malformed") << QStringLiteral("malformed") << QStringLiteral("server-answer") << QStringLiteral("not with the links");
        QTest::newRow("offline") << QStringLiteral("offline") << QStringLiteral("offline") << QStringLiteral("offline");
    }

    void failuresChangeNothing()
    {
        QFETCH(QString, kind);
        QFETCH(QString, code);
        QFETCH(QString, inMessage);
        requireNode();
        VerifierPlusServer server;
        QString url = QStringLiteral("http://127.0.0.1:%1").arg(VerifierPlusServer::closedPort());
        if (kind == QLatin1String("500") || kind == QLatin1String("malformed")) {
            QVERIFY(server.start(kind == QLatin1String("500") ? QStringList{QStringLiteral("--status"), QStringLiteral("500")}
                                                              : QStringList{QStringLiteral("--malformed")}));
            url = server.url();
        }
        auto wallet = Wallet::open(newPath());
        const qint64 row = storeFixture(**wallet, kCredentialFile);
        FakeKeyVault vault;
        HolderKeyStore keys(**wallet, &vault, kFastScrypt);
        QVERIFY(keys.obtain().ok()); // the key exists already: only the link is at stake
        NetworkMode network;
        network.setOfflineByChoice(kind == QLatin1String("offline"));
        Fetcher fetcher(nullptr, &network);
        FetchOptions options;
        options.connectTimeoutMs = 5000;
        PublicLinkService service(**wallet, keys, fetcher, options);
        auto plan = PublicLinkService::plan(**wallet, row, url);
        QVERIFY(plan.ok());
        auto link = service.create(*plan);
        QVERIFY(!link.ok());
        QCOMPARE(link.error().code, code);
        QVERIFY2(link.error().message.contains(inMessage), qPrintable(link.error().message));
        expectNoLinks(**wallet);
    }

    void formatsWithoutPublicLink()
    {
        auto wallet = Wallet::open(newPath());
        const qint64 jwt = storeFixture(**wallet, QStringLiteral("refvc/ob3/jwt-eddsa-didkey.jwt"));
        QVERIFY(jwt > 0);
        FakeKeyVault vault;
        HolderKeyStore keys(**wallet, &vault, kFastScrypt);
        Fetcher fetcher;
        PublicLinkService service(**wallet, keys, fetcher);
        auto plan = PublicLinkService::plan(**wallet, jwt);
        QVERIFY(!plan.ok());
        QCOMPARE(plan.error().code, QStringLiteral("format-not-presentable"));
        QVERIFY(plan.error().message.contains(QLatin1String("VC-JWT")));
        QVERIFY(!keys.current()); // no key made for nothing
    }

    void cliEndToEnd()
    {
        requireNode();
        VerifierPlusServer server;
        QVERIFY(server.start());
        const QString wallet = newPath();
        const QString passphraseFile = m_dir.filePath(QStringLiteral("passphrase.txt"));
        {
            QFile f(passphraseFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("cli key passphrase\n");
        }
        const QString cli = QStringLiteral(SATCHEL_CLI_PATH);
        const QStringList base{QStringLiteral("--wallet"), wallet};
        auto imported = CliProcess::run(cli, base + QStringList{QStringLiteral("import"),
                                                               QStringLiteral(SATCHEL_FIXTURES_DIR "/") + kCredentialFile});
        QCOMPARE(imported.exitCode, 0);

        // The server setting: the DCC's instance by default, any other kept in the wallet.
        auto shown = CliProcess::run(cli, base + QStringList{QStringLiteral("share"), QStringLiteral("server")});
        QCOMPARE(shown.out.trimmed(), QByteArray("https://verifierplus.org"));
        auto bad = CliProcess::run(cli, base + QStringList{QStringLiteral("share"), QStringLiteral("server"), QStringLiteral("ftp://x")});
        QCOMPARE(bad.exitCode, 1);
        auto set = CliProcess::run(cli, base + QStringList{QStringLiteral("share"), QStringLiteral("server"), server.url()});
        QCOMPARE(set.out.trimmed(), server.url().toUtf8());

        // Without --yes: what and where, and nothing uploaded.
        auto dry = CliProcess::run(cli, base + QStringList{QStringLiteral("share"), QStringLiteral("create"), QStringLiteral("1")});
        QCOMPARE(dry.exitCode, 0);
        QVERIFY2(dry.out.contains("127.0.0.1") && dry.out.contains("--yes"), dry.out.constData());
        auto empty = CliProcess::run(cli, base + QStringList{QStringLiteral("share"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(empty.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(empty.out).array().size(), 0);

        auto created = CliProcess::run(cli, base + QStringList{QStringLiteral("share"), QStringLiteral("create"), QStringLiteral("1"),
                                                              QStringLiteral("--server"), server.url(), QStringLiteral("--yes"),
                                                              QStringLiteral("--json"), QStringLiteral("--passphrase-file"),
                                                              passphraseFile});
        QVERIFY2(created.exitCode == 0, created.err.constData());
        const QJsonObject urls = QJsonDocument::fromJson(created.out).object();
        for (const char *key : {"view", "get", "unshare"})
            QVERIFY2(urls.value(QLatin1String(key)).toString().startsWith(server.url() + QLatin1Char('/')), created.out.constData());

        auto listed = CliProcess::run(cli, base + QStringList{QStringLiteral("share"), QStringLiteral("list"), QStringLiteral("--json")});
        const QJsonArray links = QJsonDocument::fromJson(listed.out).array();
        QCOMPARE(links.size(), 1);
        const QJsonObject link = links.first().toObject();
        QCOMPARE(link.value(QStringLiteral("view")).toString(), urls.value(QStringLiteral("view")).toString());
        QCOMPARE(link.value(QStringLiteral("credential")).toInt(), 1);
        QVERIFY(link.value(QStringLiteral("stopped")).isNull());

        // The link is what `export links` (and so every share target) now gives.
        auto exported = CliProcess::run(cli, base + QStringList{QStringLiteral("--json"), QStringLiteral("export"),
                                                               QStringLiteral("links"), QStringLiteral("1")});
        QCOMPARE(exported.exitCode, 0);
        const QJsonObject target = QJsonDocument::fromJson(exported.out).object().value(QStringLiteral("target")).toObject();
        QCOMPARE(target.value(QStringLiteral("kind")).toString(), QStringLiteral("public-link"));
        QCOMPARE(target.value(QStringLiteral("url")).toString(), urls.value(QStringLiteral("view")).toString());

        Fetcher fetcher;
        FetchOptions noCache;
        noCache.storeInCache = false;
        auto got = fetcher.get(QUrl(urls.value(QStringLiteral("get")).toString()), noCache);
        QVERIFY(got.ok());
        QCOMPARE(QJsonDocument::fromJson(got->body).object().value(QStringLiteral("verifiableCredential")).toArray().first().toObject(),
                 QJsonDocument::fromJson(fixture(kCredentialFile)).object());

        // The key is sealed under the passphrase: stopping without it is refused, with it done.
        const QString linkId = QString::number(link.value(QStringLiteral("id")).toInt());
        auto noPassphrase = CliProcess::run(cli, base + QStringList{QStringLiteral("share"), QStringLiteral("stop"), linkId});
        QCOMPARE(noPassphrase.exitCode, 2); // no terminal to ask on: a usage error, and nothing sent
        QVERIFY(fetcher.get(QUrl(urls.value(QStringLiteral("get")).toString()), noCache).ok());
        auto stopped = CliProcess::run(cli, base + QStringList{QStringLiteral("share"), QStringLiteral("stop"), linkId,
                                                              QStringLiteral("--passphrase-file"), passphraseFile});
        QVERIFY2(stopped.exitCode == 0, stopped.err.constData());
        QCOMPARE(fetcher.get(QUrl(urls.value(QStringLiteral("get")).toString()), noCache).error().code, QStringLiteral("not-found"));
        auto after = CliProcess::run(cli, base + QStringList{QStringLiteral("share"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY(!QJsonDocument::fromJson(after.out).array().first().toObject().value(QStringLiteral("stopped")).isNull());

        // A server that is down: a clear message, exit 1, nothing added.
        const QString down = QStringLiteral("http://127.0.0.1:%1").arg(VerifierPlusServer::closedPort());
        auto failed = CliProcess::run(cli, base + QStringList{QStringLiteral("share"), QStringLiteral("create"), QStringLiteral("1"),
                                                             QStringLiteral("--server"), down, QStringLiteral("--yes"),
                                                             QStringLiteral("--passphrase-file"), passphraseFile});
        QCOMPARE(failed.exitCode, 1);
        QVERIFY2(failed.err.contains("could not be reached"), failed.err.constData());
        auto still = CliProcess::run(cli, base + QStringList{QStringLiteral("share"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(still.out).array().size(), 1);

        // A JWT credential: said why not.
        auto jwt = CliProcess::run(cli, base + QStringList{QStringLiteral("import"),
                                                          QStringLiteral(SATCHEL_FIXTURES_DIR "/refvc/ob3/jwt-eddsa-didkey.jwt")});
        QCOMPARE(jwt.exitCode, 0);
        auto refused = CliProcess::run(cli, base + QStringList{QStringLiteral("share"), QStringLiteral("create"), QStringLiteral("2"),
                                                              QStringLiteral("--server"), server.url()});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("VC-JWT"), refused.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestPublicLink)
#include "TestPublicLink.moc"
