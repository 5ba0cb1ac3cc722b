// Issuer trust against registries on loopback (tests/interop/trust-registry.mjs): a DCC-format list
// and an OpenID Federation trust anchor, each with an issuer listed, one not listed, a copy grown
// stale, a statement altered after signing, and the registry gone (the kept copy answers).
#include "CliProcess.h"
#include "TrustRegistryServer.h"
#include "formats/CredentialReader.h"
#include "net/Fetcher.h"
#include "net/NetworkMode.h"
#include "storage/Wallet.h"
#include "storage/WalletDocumentCache.h"
#include "trust/IssuerTrustChecker.h"
#include "trust/KnownIssuers.h"
#include "trust/TrustRegistrySettings.h"
#include "trust/TrustRegistryUpdater.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Satchel;

namespace {

const QString kListed = QStringLiteral("did:key:z6MkpLDL3RoAoMRTwTgo3rs39ZwssfaPKtGdZw7AGRN7CK4W");
const QString kListedName = QStringLiteral("Example College of Loopback");
const QString kOther = QStringLiteral("did:web:unlisted.example");

TrustRegistry registry(const QString &name, const QUrl &url, TrustRegistry::Format format)
{
    return TrustRegistry{url.toString(), name, url, format, false, true};
}

} // namespace

class TestTrustRegistries : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_wallets = 0;
    std::unique_ptr<TrustRegistryServer> m_server;

    std::unique_ptr<Wallet> newWallet()
    {
        auto wallet = Wallet::open(m_dir.filePath(QStringLiteral("w%1.sqlite").arg(++m_wallets)));
        if (!wallet)
            qFatal("wallet: %s", qPrintable(wallet.error().message));
        return std::move(wallet.value());
    }

    TrustRegistry dcc() const { return registry(QStringLiteral("Loopback list"), m_server->dccUrl(), TrustRegistry::Format::Dcc); }
    TrustRegistry federation(const QString &anchor = QStringLiteral("ta")) const
    {
        return registry(QStringLiteral("Loopback federation"), m_server->anchorUrl(anchor),
                        TrustRegistry::Format::OpenIdFederation);
    }

    // Refreshes one registry for both issuers into the wallet's cache.
    TrustRefreshItem refresh(Wallet &wallet, const TrustRegistry &registry, NetworkMode *network = nullptr)
    {
        WalletDocumentCache cache(&wallet);
        Fetcher fetcher(&cache, network);
        TrustRegistryUpdater updater(fetcher, cache);
        return updater.refresh(registry, {kListed, kOther});
    }

    IssuerTrust check(Wallet &wallet, const TrustRegistry &registry, const QString &issuer,
                      const QDateTime &now = QDateTime::currentDateTimeUtc())
    {
        WalletDocumentCache cache(&wallet);
        IssuerTrustChecker checker(cache, {registry}, KnownIssuers::load(wallet), now);
        return checker.check(issuer);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        if (const QString why = TrustRegistryServer::missing(); !why.isEmpty())
            QSKIP(qPrintable(why));
        m_server = std::make_unique<TrustRegistryServer>();
        QVERIFY2(m_server->start({{kListed, kListedName}}), m_server->errors().constData());
    }

    void listedAndNotListed_data()
    {
        QTest::addColumn<bool>("federated");
        QTest::newRow("dcc") << false;
        QTest::newRow("openid-federation") << true;
    }
    void listedAndNotListed()
    {
        QFETCH(bool, federated);
        auto wallet = newWallet();
        const TrustRegistry used = federated ? federation() : dcc();
        const TrustRefreshItem item = refresh(*wallet, used);
        QVERIFY2(item.ok, qPrintable(item.message));

        const IssuerTrust listed = check(*wallet, used, kListed);
        QCOMPARE(listed.kind, IssuerTrust::Kind::Listed);
        QCOMPARE(listed.registryName, used.name);
        QCOMPARE(listed.issuerName, kListedName);
        QCOMPARE(listed.ageDays, 0);
        QCOMPARE(listed.line(), QStringLiteral("Listed by %1 as %2").arg(used.name, kListedName));
        QCOMPARE(listed.toJson().value(QLatin1String("status")).toString(), QStringLiteral("listed"));

        const IssuerTrust other = check(*wallet, used, kOther);
        QCOMPARE(other.kind, IssuerTrust::Kind::NotListed);
        QCOMPARE(other.line(), QStringLiteral("Not listed in the registries you use"));
        QVERIFY(other.uncheckedRegistries.isEmpty());

        // An issuer the registry was never asked about: a federation cannot say (it is asked issuer
        // by issuer), a whole list can.
        const IssuerTrust never = check(*wallet, used, QStringLiteral("did:web:never.asked"));
        QCOMPARE(never.kind, federated ? IssuerTrust::Kind::Unknown : IssuerTrust::Kind::NotListed);
    }

    void stale_data() { listedAndNotListed_data(); }
    void stale()
    {
        QFETCH(bool, federated);
        auto wallet = newWallet();
        const TrustRegistry used = federated ? federation() : dcc();
        QVERIFY(refresh(*wallet, used).ok);
        const IssuerTrust later = check(*wallet, used, kListed, QDateTime::currentDateTimeUtc().addDays(40));
        QCOMPARE(later.kind, IssuerTrust::Kind::ListedStale);
        QCOMPARE(later.ageDays, 40);
        // "day(s)" until the English plural forms are loaded (translations/satchel_en.ts).
        QVERIFY2(later.line().startsWith(QStringLiteral("Listed by %1 as %2, but the registry's copy is 40 day")
                                             .arg(used.name, kListedName)),
                 qPrintable(later.line()));
        QCOMPARE(later.toJson().value(QLatin1String("status")).toString(), QStringLiteral("listed-stale"));
        // Within the limit the copy is still fresh.
        QCOMPARE(check(*wallet, used, kListed, QDateTime::currentDateTimeUtc().addSecs(3600)).kind,
                 IssuerTrust::Kind::Listed);
    }

    // A federation whose statements were altered after signing: nothing is kept, nothing is listed.
    void tamperedStatement()
    {
        auto wallet = newWallet();
        const TrustRegistry used = federation(QStringLiteral("tampered"));
        const TrustRefreshItem item = refresh(*wallet, used);
        QVERIFY(!item.ok);
        QCOMPARE(item.errorCode, QStringLiteral("signature"));
        const IssuerTrust trust = check(*wallet, used, kListed);
        QCOMPARE(trust.kind, IssuerTrust::Kind::Unknown);
        QCOMPARE(trust.uncheckedRegistries, QStringList{used.name});
        QVERIFY(trust.issuerName.isEmpty());
    }

    // A kept copy altered in the wallet (or a statement from another anchor) is refused when read.
    void tamperedKeptCopy()
    {
        auto wallet = newWallet();
        const TrustRegistry used = federation();
        QVERIFY(refresh(*wallet, used).ok);
        WalletDocumentCache cache(wallet.get());
        const QByteArray url = m_server->anchorUrl().toString(QUrl::FullyEncoded).toUtf8();
        // The statement about kListed, found through the anchor's fetch endpoint.
        auto anchor = FederationAnchor::fromConfiguration(cache.document(QString::fromUtf8(url))->body, used.url);
        QVERIFY(anchor);
        const QString statementKey = anchor->fetchUrl(kListed).toString(QUrl::FullyEncoded);
        auto kept = cache.document(statementKey);
        QVERIFY(kept);
        QList<QByteArray> parts = kept->body.split('.');
        QCOMPARE(parts.size(), 3);
        parts[1] = QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding)
                       .replace(kListedName.toUtf8(), "Impostor University")
                       .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        kept->body = parts.join('.');
        QVERIFY(cache.putDocument(*kept));
        const IssuerTrust trust = check(*wallet, used, kListed);
        QCOMPARE(trust.kind, IssuerTrust::Kind::Unknown);
        QCOMPARE(trust.uncheckedRegistries, QStringList{used.name});
    }

    // The registry's server stops (or the learner works offline): the refresh says so, and the
    // copies kept earlier answer, listed and not listed alike.
    void unreachableAnswersFromCache_data() { listedAndNotListed_data(); }
    void unreachableAnswersFromCache()
    {
        QFETCH(bool, federated);
        auto wallet = newWallet();
        auto server = std::make_unique<TrustRegistryServer>();
        QVERIFY(server->start({{kListed, kListedName}}));
        const TrustRegistry used = federated
            ? registry(QStringLiteral("Short-lived federation"), server->anchorUrl(), TrustRegistry::Format::OpenIdFederation)
            : registry(QStringLiteral("Short-lived list"), server->dccUrl(), TrustRegistry::Format::Dcc);
        QVERIFY(refresh(*wallet, used).ok);
        server.reset();

        const TrustRefreshItem item = refresh(*wallet, used);
        QVERIFY(!item.ok);
        QVERIFY2(item.errorCode == QLatin1String("network") || item.errorCode == QLatin1String("unreachable"),
                 qPrintable(item.errorCode));
        QVERIFY(item.keptCopyAt.isValid());
        QVERIFY2(item.message.contains(QStringLiteral("answering from the copy of")), qPrintable(item.message));

        NetworkMode offline;
        offline.setOfflineByChoice(true);
        QCOMPARE(refresh(*wallet, used, &offline).errorCode, QStringLiteral("offline"));

        const IssuerTrust trust = check(*wallet, used, kListed);
        QCOMPARE(trust.kind, IssuerTrust::Kind::Listed);
        QCOMPARE(trust.issuerName, kListedName);
        QCOMPARE(check(*wallet, used, kOther).kind, IssuerTrust::Kind::NotListed);
    }

    // A federation that answered for the wallet's issuers is not due; a new issuer makes it due.
    void federationDueForANewIssuer()
    {
        auto wallet = newWallet();
        QList<TrustRegistry> registries = TrustRegistrySettings::load(*wallet);
        for (TrustRegistry &registry : registries)
            registry.enabled = false;
        registries.append(federation());
        QVERIFY(TrustRegistrySettings::save(*wallet, registries));
        QCOMPARE(TrustRegistryUpdater::dueForRefresh(*wallet, 1).size(), 1); // never fetched
        QVERIFY(TrustRegistryUpdater::refreshWallet(*wallet, nullptr, {federation()}).at(0).ok);
        QVERIFY(TrustRegistryUpdater::dueForRefresh(*wallet, 1).isEmpty()); // no issuer to ask about
        const QString fixture = QStringLiteral(SATCHEL_FIXTURES_DIR "/refvc/ob3/di-minimal.json");
        QFile file(fixture);
        QVERIFY(file.open(QIODevice::ReadOnly));
        auto raw = CredentialReader::detect(file.readAll(), fixture);
        QVERIFY(raw);
        auto parsed = CredentialReader::parse(*raw);
        QVERIFY(parsed);
        QVERIFY(wallet->store(*raw, *parsed));
        QCOMPARE(TrustRegistryUpdater::dueForRefresh(*wallet, 1).size(), 1);
        QVERIFY(TrustRegistryUpdater::refreshWallet(*wallet, nullptr, {federation()}).at(0).ok);
        QVERIFY(TrustRegistryUpdater::dueForRefresh(*wallet, 1).isEmpty());
        // Asked, it answered "not a subordinate" (404), kept so that it answers offline.
        IssuerTrustChecker checker(*wallet);
        QCOMPARE(checker.check(parsed->issuer.id).kind, IssuerTrust::Kind::NotListed);
    }

    void knownPersonally()
    {
        auto wallet = newWallet();
        QVERIFY(refresh(*wallet, dcc()).ok);
        QVERIFY(KnownIssuers::setKnown(*wallet, kOther, true));
        const IssuerTrust other = check(*wallet, dcc(), kOther);
        QCOMPARE(other.kind, IssuerTrust::Kind::KnownPersonally);
        QVERIFY(other.knownPersonally);
        QVERIFY(KnownIssuers::setKnown(*wallet, kOther, false));
        QCOMPARE(check(*wallet, dcc(), kOther).kind, IssuerTrust::Kind::NotListed);
    }

    // The wallet's own settings drive IssuerTrustChecker(Wallet &): switches, added registries, order.
    void settingsInTheWallet()
    {
        auto wallet = newWallet();
        QList<TrustRegistry> registries = TrustRegistrySettings::load(*wallet);
        QCOMPARE(registries.size(), TrustRegistrySettings::builtIns().size());
        QCOMPARE(TrustRegistrySettings::enabled(registries).size(), 2);
        for (TrustRegistry &registry : registries)
            registry.enabled = false;
        auto added = TrustRegistrySettings::fromUrl(m_server->anchorUrl().toString(), registries);
        QVERIFY(added);
        QCOMPARE(added->format, TrustRegistry::Format::OpenIdFederation);
        registries.append(*added);
        auto list = TrustRegistrySettings::fromUrl(m_server->dccUrl().toString(), registries);
        QVERIFY(list);
        QCOMPARE(list->format, TrustRegistry::Format::Dcc);
        registries.append(*list);
        QCOMPARE(TrustRegistrySettings::fromUrl(m_server->dccUrl().toString(), registries).error().code,
                 QStringLiteral("duplicate"));
        QCOMPARE(TrustRegistrySettings::fromUrl(QStringLiteral("ftp://x.example/r.json"), registries).error().code,
                 QStringLiteral("bad-url"));
        QVERIFY(TrustRegistrySettings::save(*wallet, registries));

        const QList<TrustRegistry> loaded = TrustRegistrySettings::enabled(TrustRegistrySettings::load(*wallet));
        QCOMPARE(loaded.size(), 2);
        QCOMPARE(loaded.at(0).url, m_server->anchorUrl());
        QCOMPARE(loaded.at(1).format, TrustRegistry::Format::Dcc);
        QCOMPARE(TrustRegistryUpdater::dueForRefresh(*wallet, 1).size(), 2); // never fetched
        {
            WalletDocumentCache cache(wallet.get());
            Fetcher fetcher(&cache);
            TrustRegistryUpdater updater(fetcher, cache);
            int calls = 0;
            const auto items = updater.refresh(loaded, {kListed}, [&calls](int done, int total) {
                ++calls;
                return done <= total;
            });
            QCOMPARE(items.size(), 2);
            QCOMPARE(calls, 2);
            QVERIFY(items.at(0).ok && items.at(1).ok);
        }
        QVERIFY(TrustRegistryUpdater::dueForRefresh(*wallet, 1).isEmpty());
        // refreshWallet() asks about the wallet's own issuers: none here, so the federation has
        // its configuration and no answer about anyone.
        NetworkMode offline;
        offline.setOfflineByChoice(true);
        const auto offlineItems = TrustRegistryUpdater::refreshWallet(*wallet, &offline, loaded);
        QCOMPARE(offlineItems.size(), 2);
        QCOMPARE(offlineItems.at(1).errorCode, QStringLiteral("offline"));
        // The first registry in the learner's order names the issuer.
        IssuerTrustChecker checker(*wallet);
        const IssuerTrust trust = checker.check(kListed);
        QCOMPARE(trust.kind, IssuerTrust::Kind::Listed);
        QCOMPARE(trust.registryName, loaded.at(0).name);
    }

    // satchel-cli end to end: trust add, trust refresh, then verify --json carries issuerTrust
    // beside a status it does not change, and so does review open --json; offline, the kept copy
    // still answers.
    void cliVerifyJson()
    {
        const QString wallet = m_dir.filePath(QStringLiteral("cli.sqlite"));
        const QString cli = QStringLiteral(SATCHEL_CLI_PATH);
        const auto run = [&](QStringList args) {
            return CliProcess::run(cli, QStringList{QStringLiteral("--wallet"), wallet} + args);
        };
        const QString fixture = QStringLiteral(SATCHEL_FIXTURES_DIR "/refvc/ob3/di-rich.json");
        QCOMPARE(run({QStringLiteral("--offline"), QStringLiteral("import"), fixture}).exitCode, 0);
        for (const QString &id : {QStringLiteral("dcc-member"), QStringLiteral("dcc-community")})
            QCOMPARE(run({QStringLiteral("trust"), QStringLiteral("disable"), id}).exitCode, 0);
        auto restarted = std::make_unique<TrustRegistryServer>();
        QVERIFY(restarted->start({{QStringLiteral("did:key:z6MkiUk57zpRo2NYLUd9N7EXQRzHAChzzzcNRKTBepMdFCXb"),
                                   QStringLiteral("Refvc Test Issuer")}}));
        QCOMPARE(run({QStringLiteral("trust"), QStringLiteral("add"), restarted->anchorUrl().toString()}).exitCode, 0);
        const CliProcess::Run refreshed = run({QStringLiteral("trust"), QStringLiteral("refresh")});
        QVERIFY2(refreshed.exitCode == 0, refreshed.out.constData());

        // Offline: the did:key credential verifies without the network, and trust comes from the
        // kept copies either way.
        const auto verify = [&] {
            const CliProcess::Run verified = run({QStringLiteral("--offline"), QStringLiteral("--json"), QStringLiteral("verify")});
            return QJsonDocument::fromJson(verified.out).array().at(0).toObject();
        };
        QJsonObject first = verify();
        QCOMPARE(first.value(QLatin1String("status")).toString(), QStringLiteral("valid"));
        QJsonObject trust = first.value(QLatin1String("issuerTrust")).toObject();
        QCOMPARE(trust.value(QLatin1String("status")).toString(), QStringLiteral("listed"));
        QCOMPARE(trust.value(QLatin1String("name")).toString(), QStringLiteral("Refvc Test Issuer"));
        QCOMPARE(trust.value(QLatin1String("registry")).toString(), QStringLiteral("127.0.0.1"));

        // The advisor's review of a packet with it: the same line, from the advisor's registries.
        const QString packet = m_dir.filePath(QStringLiteral("cli.satchel-review"));
        const CliProcess::Run created = run({QStringLiteral("review"), QStringLiteral("create"), QStringLiteral("--out"), packet,
                                             QStringLiteral("--all")});
        QVERIFY2(created.exitCode == 0, created.err.constData());
        const CliProcess::Run reviewed = run({QStringLiteral("--offline"), QStringLiteral("--json"), QStringLiteral("review"),
                                              QStringLiteral("open"), packet});
        QCOMPARE(QJsonDocument::fromJson(reviewed.out).object().value(QLatin1String("credentials")).toArray().at(0)
                     .toObject().value(QLatin1String("issuerTrust")).toObject().value(QLatin1String("name")).toString(),
                 QStringLiteral("Refvc Test Issuer"));

        restarted.reset(); // the registry is gone
        QCOMPARE(run({QStringLiteral("trust"), QStringLiteral("refresh")}).exitCode, 1);
        first = verify();
        QCOMPARE(first.value(QLatin1String("issuerTrust")).toObject().value(QLatin1String("status")).toString(),
                 QStringLiteral("listed"));
        QCOMPARE(run({QStringLiteral("trust"), QStringLiteral("known"), QStringLiteral("did:web:x.example")}).exitCode, 0);
        const CliProcess::Run listed = run({QStringLiteral("--json"), QStringLiteral("trust"), QStringLiteral("list")});
        QCOMPARE(QJsonDocument::fromJson(listed.out).array().size(), TrustRegistrySettings::builtIns().size() + 1);
    }
};

QTEST_GUILESS_MAIN(TestTrustRegistries)
#include "TestTrustRegistries.moc"
