// NetworkDocumentFetcher against a loopback server on a free port and a temporary wallet: fetched
// documents are cached; status lists and hosted assertions are refetched after the maximum age,
// keys are not; HTTP 410 is kept as a revocation that survives going offline; offline answers
// come from the cache only, and say since when Satchel is offline (NetworkMode).
#include "LoopbackHttpServer.h"
#include "i18n/LocaleText.h"
#include "net/NetworkMode.h"
#include "storage/Wallet.h"
#include "verify/NetworkDocumentFetcher.h"
#include "verify/Ob2HostedVerifier.h"
#include "verify/VerifyUtil.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Satchel;
using Satchel::Test::LoopbackHttpServer;

namespace {

const QByteArray kKey = "{\"id\":\"urn:key\",\"type\":\"Multikey\",\"publicKeyMultibase\":\"z6Mk\"}";
const QByteArray kStatusList = "{\"id\":\"urn:list\",\"type\":[\"VerifiableCredential\","
                               "\"BitstringStatusListCredential\"],\"credentialSubject\":{}}";

FetchedDocument document(const QString &url, const QByteArray &body, const QDateTime &fetchedAt, int status = 200)
{
    FetchedDocument doc;
    doc.url = url;
    doc.body = body;
    doc.httpStatus = status;
    doc.contentType = QStringLiteral("application/json");
    doc.fetchedAt = fetchedAt;
    return doc;
}

} // namespace

class TestNetworkDocumentFetcher : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_wallets = 0;
    LoopbackHttpServer m_server;

    std::unique_ptr<Wallet> freshWallet()
    {
        auto wallet = Wallet::open(m_dir.filePath(QStringLiteral("w%1.sqlite").arg(++m_wallets)));
        if (!wallet)
            return nullptr;
        return std::move(wallet.value());
    }
    QString url(const QString &path) const { return m_server.url(path).toString(); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(m_server.start(0));
        m_server.setRoute(QStringLiteral("/key"), 200, "application/json", kKey);
        m_server.setRoute(QStringLiteral("/status"), 200, "application/vc+ld+json", kStatusList);
        m_server.setRoute(QStringLiteral("/gone"), 410, "text/plain", "gone");
        m_server.setRoute(QStringLiteral("/broken"), 500, "text/plain", "oops");
    }

    void classifiesVolatileDocuments()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(NetworkDocumentFetcher::isVolatile(document("u", kStatusList, now)));
        QVERIFY(NetworkDocumentFetcher::isVolatile(document("u", "{\"type\":\"Assertion\",\"id\":\"x\"}", now)));
        QVERIFY(NetworkDocumentFetcher::isVolatile(
            document("u", "{\"type\":\"RevocationList\",\"revokedAssertions\":[]}", now)));
        QVERIFY(NetworkDocumentFetcher::isVolatile(document("u", "{\"id\":\"x\",\"revokedCredential\":[]}", now)));
        QVERIFY(NetworkDocumentFetcher::isVolatile(document("u", QByteArray(), now, 410)));
        QVERIFY(!NetworkDocumentFetcher::isVolatile(document("u", kKey, now)));
        QVERIFY(!NetworkDocumentFetcher::isVolatile(
            document("u", "{\"id\":\"did:web:x\",\"verificationMethod\":[]}", now)));
        QVERIFY(!NetworkDocumentFetcher::isVolatile(document("u", "\x89PNG", now)));
    }

    void fetchesAndCaches()
    {
        auto wallet = freshWallet();
        QVERIFY(wallet);
        NetworkMode network;
        NetworkDocumentFetcher fetcher(wallet.get(), &network);
        const int before = m_server.requestCount();
        auto first = fetcher.fetch(url(QStringLiteral("/key")));
        QVERIFY2(first.ok(), qPrintable(first ? QString() : first.error().message));
        QCOMPARE(first->httpStatus, 200);
        QCOMPARE(first->body, kKey);
        QVERIFY(!first->fromCache);
        QCOMPARE(m_server.requestCount(), before + 1);
        const auto cached = wallet->document(url(QStringLiteral("/key")));
        QVERIFY(cached.has_value());
        QCOMPARE(cached->body, kKey);

        // A key is reused from the cache while fresh: no second request.
        auto second = fetcher.fetch(url(QStringLiteral("/key")));
        QVERIFY(second.ok());
        QVERIFY(second->fromCache);
        QCOMPARE(second->body, kKey);
        QCOMPARE(m_server.requestCount(), before + 1);
        QVERIFY(!network.isOffline());

        // A fragment names a part of the same document.
        auto fragment = fetcher.fetch(url(QStringLiteral("/key")) + QStringLiteral("#key-1"));
        QVERIFY(fragment.ok());
        QVERIFY(fragment->fromCache);
        QCOMPARE(m_server.requestCount(), before + 1);
    }

    void maxAge()
    {
        auto wallet = freshWallet();
        QVERIFY(wallet);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString statusUrl = url(QStringLiteral("/status"));
        const QString keyUrl = url(QStringLiteral("/key"));
        const QByteArray oldList = "{\"type\":\"BitstringStatusListCredential\",\"old\":true}";
        const QByteArray oldKey = "{\"id\":\"urn:key\",\"type\":\"Multikey\",\"old\":true}";

        // Two days old: the status list is refetched (default 24 h), the key is not (a week).
        QVERIFY(wallet->putDocument(document(statusUrl, oldList, now.addDays(-2))).ok());
        QVERIFY(wallet->putDocument(document(keyUrl, oldKey, now.addDays(-2))).ok());
        {
            NetworkDocumentFetcher fetcher(wallet.get(), nullptr);
            QCOMPARE(fetcher.maxAgeSeconds(), qint64(24 * 3600));
            const int before = m_server.requestCount();
            auto list = fetcher.fetch(statusUrl);
            QVERIFY(list.ok());
            QCOMPARE(list->body, kStatusList);
            QVERIFY(!list->fromCache);
            QCOMPARE(m_server.requestCount(), before + 1);
            QCOMPARE(wallet->document(statusUrl)->body, kStatusList); // the cache is refreshed
            auto key = fetcher.fetch(keyUrl);
            QVERIFY(key.ok());
            QVERIFY(key->fromCache);
            QCOMPARE(key->body, oldKey);
            QCOMPARE(m_server.requestCount(), before + 1);
        }

        // One hour old: fresh by default; stale once the wallet setting says 30 minutes.
        QVERIFY(wallet->putDocument(document(statusUrl, oldList, now.addSecs(-3600))).ok());
        {
            NetworkDocumentFetcher fetcher(wallet.get(), nullptr);
            auto list = fetcher.fetch(statusUrl);
            QVERIFY(list.ok());
            QVERIFY(list->fromCache);
            QCOMPARE(list->body, oldList);
        }
        QVERIFY(wallet->setSetting(NetworkDocumentFetcher::maxAgeSettingKey(), QStringLiteral("0.5")).ok());
        {
            NetworkDocumentFetcher fetcher(wallet.get(), nullptr);
            QCOMPARE(fetcher.maxAgeSeconds(), qint64(1800));
            const int before = m_server.requestCount();
            auto list = fetcher.fetch(statusUrl);
            QVERIFY(list.ok());
            QVERIFY(!list->fromCache);
            QCOMPARE(list->body, kStatusList);
            QCOMPARE(m_server.requestCount(), before + 1);
        }
        // A setting that is not a number keeps the default.
        QVERIFY(wallet->setSetting(NetworkDocumentFetcher::maxAgeSettingKey(), QStringLiteral("soon")).ok());
        QCOMPARE(NetworkDocumentFetcher(wallet.get(), nullptr).maxAgeSeconds(), qint64(24 * 3600));
    }

    // An IETF Status List Token says itself how long a copy may serve (ttl, seconds): a kept token
    // older than its ttl is fetched again though the 24-hour rule would keep it; a younger one serves.
    void statusListTokenTtl()
    {
        auto wallet = freshWallet();
        QVERIFY(wallet);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString statusUrl = url(QStringLiteral("/status"));
        const auto part = [](const char *json) {
            return QByteArray(json).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        };
        const QByteArray token = part("{\"alg\":\"ES256\",\"typ\":\"statuslist+jwt\"}") + '.'
            + part("{\"sub\":\"https://issuer.example/status/1\",\"iat\":1700000000,\"ttl\":600,"
                   "\"status_list\":{\"bits\":1,\"lst\":\"eNrbuRgAAhcBXQ\"}}")
            + '.' + part("signature");

        QVERIFY(wallet->putDocument(document(statusUrl, token, now.addSecs(-1200))).ok()); // 20 minutes: past its ttl
        {
            NetworkDocumentFetcher fetcher(wallet.get(), nullptr);
            const int before = m_server.requestCount();
            auto fetched = fetcher.fetch(statusUrl);
            QVERIFY(fetched.ok());
            QVERIFY(!fetched->fromCache);
            QCOMPARE(m_server.requestCount(), before + 1);
        }
        QVERIFY(wallet->putDocument(document(statusUrl, token, now.addSecs(-300))).ok()); // 5 minutes: within it
        {
            NetworkDocumentFetcher fetcher(wallet.get(), nullptr);
            const int before = m_server.requestCount();
            auto fetched = fetcher.fetch(statusUrl);
            QVERIFY(fetched.ok());
            QVERIFY(fetched->fromCache);
            QCOMPARE(fetched->body, token);
            QCOMPARE(m_server.requestCount(), before);
        }
    }

    void goneIsKeptAsRevocation()
    {
        auto wallet = freshWallet();
        QVERIFY(wallet);
        const QString goneUrl = url(QStringLiteral("/gone"));
        {
            NetworkDocumentFetcher fetcher(wallet.get(), nullptr);
            auto gone = fetcher.fetch(goneUrl);
            QVERIFY(gone.ok());
            QCOMPARE(gone->httpStatus, 410);
            QVERIFY(!gone->isSuccess());
        }
        const auto cached = wallet->document(goneUrl);
        QVERIFY(cached.has_value());
        QCOMPARE(cached->httpStatus, 410);

        // Offline, the kept 410 still answers.
        NetworkMode network;
        network.setOfflineByChoice(true);
        NetworkDocumentFetcher offline(wallet.get(), &network);
        const int before = m_server.requestCount();
        auto again = offline.fetch(goneUrl);
        QVERIFY(again.ok());
        QCOMPARE(again->httpStatus, 410);
        QVERIFY(again->fromCache);
        QCOMPARE(m_server.requestCount(), before);

        // So an OB 2.0 hosted assertion served 410 stays revoked offline.
        const QByteArray assertion
            = QJsonDocument(QJsonObject { { "@context", "https://w3id.org/openbadges/v2" }, { "type", "Assertion" },
                                { "id", goneUrl }, { "verification", QJsonObject { { "type", "hosted" } } } })
                  .toJson();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const VerificationReport report = Ob2HostedVerifier(&offline, now).verify(assertion);
        QCOMPARE(report.status(), VerificationStatus::Revoked);
        QCOMPARE(report.reasonCode(), QStringLiteral("revoked"));
    }

    void offlineAnswersFromCacheOnly()
    {
        auto wallet = freshWallet();
        QVERIFY(wallet);
        const QString keyUrl = url(QStringLiteral("/key"));
        const QString statusUrl = url(QStringLiteral("/status"));
        // Even a month-old copy answers offline.
        QVERIFY(
            wallet->putDocument(document(statusUrl, kStatusList, QDateTime::currentDateTimeUtc().addDays(-30))).ok());

        NetworkMode network;
        NetworkDocumentFetcher fetcher(wallet.get(), &network);
        network.setOfflineByChoice(true);
        QVERIFY(network.isOffline());
        const QDateTime since = network.offlineSince();
        QVERIFY(since.isValid());
        const int before = m_server.requestCount();

        auto list = fetcher.fetch(statusUrl);
        QVERIFY(list.ok());
        QVERIFY(list->fromCache);
        auto key = fetcher.fetch(keyUrl);
        QVERIFY(!key.ok());
        QCOMPARE(key.error().code, QStringLiteral("offline"));
        QVERIFY2(key.error().message.contains(QLatin1String("offline since")), qPrintable(key.error().message));
        // The time is for people: in the chosen language's format.
        QVERIFY2(key.error().message.contains(LocaleText::dateTime(since)), qPrintable(key.error().message));
        QCOMPARE(m_server.requestCount(), before);

        network.setOfflineByChoice(false);
        QVERIFY(!network.isOffline());
        QVERIFY(fetcher.fetch(keyUrl).ok());
        QCOMPARE(m_server.requestCount(), before + 1);
    }

    void unreachableHostIsSkipped()
    {
        // A port nobody listens on: the connection is refused.
        LoopbackHttpServer dead;
        QVERIFY(dead.start(0));
        const QString deadUrl = dead.url(QStringLiteral("/key")).toString();
        dead.stop();

        auto wallet = freshWallet();
        QVERIFY(wallet);
        NetworkMode network;
        NetworkDocumentFetcher fetcher(wallet.get(), &network);
        QVERIFY(fetcher.fetch(url(QStringLiteral("/key"))).ok()); // the network works
        auto failed = fetcher.fetch(deadUrl);
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().code, QStringLiteral("offline")); // could not check: unknown, not invalid
        QVERIFY2(failed.error().message.contains(QLatin1String("unreachable since")), qPrintable(failed.error().message));
        QVERIFY(!network.isOffline());

        // The dead host is not asked again this run; a live issuer still is.
        QVERIFY(!fetcher.fetch(deadUrl + QStringLiteral("-2")).ok());
        const int before = m_server.requestCount();
        QVERIFY(fetcher.fetch(url(QStringLiteral("/status"))).ok());
        QCOMPARE(m_server.requestCount(), before + 1);
    }

    void networkFailuresTurnOffline()
    {
        // Two hosts fail and nothing answered: the laptop is offline, nothing more is requested.
        LoopbackHttpServer deadA, deadB;
        QVERIFY(deadA.start(0) && deadB.start(0));
        const QString urlA = deadA.url(QStringLiteral("/key")).toString();
        const QString urlB = deadB.url(QStringLiteral("/key")).toString();
        deadA.stop();
        deadB.stop();

        auto wallet = freshWallet();
        QVERIFY(wallet);
        NetworkMode network;
        NetworkDocumentFetcher fetcher(wallet.get(), &network);
        QVERIFY(!fetcher.fetch(urlA).ok());
        QVERIFY(!network.isOffline());
        auto failed = fetcher.fetch(urlB);
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().code, QStringLiteral("offline"));
        QCOMPARE(network.state(), NetworkMode::State::OfflineDetected);
        QVERIFY(failed.error().message.contains(LocaleText::dateTime(network.offlineSince())));

        const int before = m_server.requestCount();
        auto other = fetcher.fetch(url(QStringLiteral("/key")));
        QVERIFY(!other.ok());
        QCOMPARE(other.error().code, QStringLiteral("offline"));
        QCOMPARE(m_server.requestCount(), before);
    }

    void serverErrorsAndMissingDocuments()
    {
        auto wallet = freshWallet();
        QVERIFY(wallet);
        const QString brokenUrl = url(QStringLiteral("/broken"));
        const QByteArray old = "{\"type\":\"BitstringStatusListCredential\",\"old\":true}";
        NetworkMode network;
        NetworkDocumentFetcher fetcher(wallet.get(), &network);

        // HTTP 500 without a copy: a failed fetch; with a stale copy: the copy.
        auto failed = fetcher.fetch(brokenUrl);
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().code, QStringLiteral("fetch-failed"));
        QVERIFY(wallet->putDocument(document(brokenUrl, old, QDateTime::currentDateTimeUtc().addDays(-3))).ok());
        auto stale = fetcher.fetch(brokenUrl);
        QVERIFY(stale.ok());
        QVERIFY(stale->fromCache);
        QCOMPARE(stale->body, old);
        QVERIFY(!network.isOffline());

        // 404 is an answer (not kept).
        auto missing = fetcher.fetch(url(QStringLiteral("/nothing-here")));
        QVERIFY(missing.ok());
        QCOMPARE(missing->httpStatus, 404);
        QVERIFY(!wallet->document(url(QStringLiteral("/nothing-here"))).has_value());

        auto unsupported = fetcher.fetch(QStringLiteral("ftp://example.org/x"));
        QVERIFY(!unsupported.ok());
        QCOMPARE(unsupported.error().code, QStringLiteral("unsupported-url"));
    }
};

QTEST_GUILESS_MAIN(TestNetworkDocumentFetcher)
#include "TestNetworkDocumentFetcher.moc"
