// Fetcher against a loopback server: status codes, redirect limits and schemes, the size cap,
// timeouts, offline mode (NetworkMode) and the wallet-backed cache.
#include "net/Fetcher.h"
#include "net/NetworkMode.h"
#include "storage/Wallet.h"
#include "storage/WalletDocumentCache.h"

#include "LoopbackHttpServer.h"

#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Satchel;
using Satchel::Test::LoopbackHttpServer;

class TestFetcher : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_server.start());
        m_server.setRoute(QStringLiteral("/ok"), 200, "application/ld+json", R"({"id":"x"})");
        m_server.setRoute(QStringLiteral("/missing"), 404, "text/plain", "nope");
        m_server.setRoute(QStringLiteral("/gone"), 410, "text/plain", "gone");
        m_server.setRoute(QStringLiteral("/error"), 500, "text/plain", "boom");
        for (int i = 0; i < 7; ++i)
            m_server.setRedirect(QStringLiteral("/r%1").arg(i), QStringLiteral("/r%1").arg(i + 1).toUtf8());
        m_server.setRoute(QStringLiteral("/r7"), 200, "application/json", "{}");
        m_server.setRedirect(QStringLiteral("/tofile"), "file:///etc/passwd");
        m_server.setRedirect(QStringLiteral("/toftp"), "ftp://127.0.0.1/x");
        m_server.setRedirect(QStringLiteral("/tohttp"), "http://example.invalid/token");
        m_server.setRedirect(QStringLiteral("/tohttps"), "https://example.invalid/token");
        m_server.setRoute(QStringLiteral("/oauth-error"), 400, "application/json", R"({"error":"invalid_grant"})");
        m_server.setRoute(QStringLiteral("/big"), 200, "application/json", QByteArray(300 * 1024, 'a'));
        LoopbackHttpServer::Route endless;
        endless.endlessChunkBytes = 64 * 1024;
        m_server.setRoute(QStringLiteral("/endless"), endless);
        LoopbackHttpServer::Route slow;
        slow.delayMs = -1;
        m_server.setRoute(QStringLiteral("/hang"), slow);
    }

    void statusCodes_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("code");      // empty = success
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("200") << "/ok" << QString() << QByteArray(R"({"id":"x"})");
        QTest::newRow("404") << "/missing" << "not-found" << QByteArray();
        QTest::newRow("410") << "/gone" << "gone" << QByteArray();
        QTest::newRow("500") << "/error" << "http-error" << QByteArray();
        // r2 -> r7 is five redirects: allowed; r1 -> r7 is six: refused.
        QTest::newRow("5 redirects") << "/r2" << QString() << QByteArray("{}");
        QTest::newRow("6 redirects") << "/r1" << "too-many-redirects" << QByteArray();
        QTest::newRow("redirect to file:") << "/tofile" << "bad-redirect" << QByteArray();
        QTest::newRow("redirect to ftp:") << "/toftp" << "bad-redirect" << QByteArray();
        QTest::newRow("oversize") << "/big" << "too-large" << QByteArray();
    }

    void statusCodes()
    {
        QFETCH(QString, path);
        QFETCH(QString, code);
        QFETCH(QByteArray, body);
        Fetcher fetcher;
        FetchOptions options;
        options.maxBytes = 100 * 1024;
        const auto result = fetcher.get(m_server.url(path), options);
        if (code.isEmpty()) {
            QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
            QCOMPARE(result->body, body);
            QCOMPARE(result->httpStatus, 200);
            QCOMPARE(result->url, m_server.url(path).toString());
            QVERIFY(result->fetchedAt.isValid());
        } else {
            QVERIFY(!result.ok());
            QCOMPARE(result.error().code, code);
            QVERIFY(!result.error().message.isEmpty());
        }
    }

    // An endless chunked body is stopped at the cap, counted as it arrives: the sender gets
    // only a little past it (what the reply buffers), never hundreds of megabytes.
    void endlessChunkedStopsAtCap()
    {
        Fetcher fetcher;
        FetchOptions options;
        options.maxBytes = 1024 * 1024;
        QElapsedTimer timer;
        timer.start();
        const auto result = fetcher.get(m_server.url(QStringLiteral("/endless")), options);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("too-large"));
        QVERIFY(timer.elapsed() < 10000);
        QTest::qWait(200); // the server notices the closed connection
        QVERIFY2(m_server.bytesSent() < 8 * options.maxBytes, qPrintable(QString::number(m_server.bytesSent()))); qInfo("sent %lld", m_server.bytesSent());
    }

    void contentType()
    {
        Fetcher fetcher;
        const auto result = fetcher.get(m_server.url(QStringLiteral("/ok")));
        QVERIFY(result.ok());
        QCOMPARE(result->contentType, QStringLiteral("application/ld+json"));
    }

    void timeout()
    {
        Fetcher fetcher;
        FetchOptions options;
        options.connectTimeoutMs = 300;
        QElapsedTimer clock;
        clock.start();
        const auto result = fetcher.get(m_server.url(QStringLiteral("/hang")), options);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("timeout"));
        QVERIFY(clock.elapsed() < 5000);
    }

    void totalTimeout()
    {
        Fetcher fetcher;
        FetchOptions options;
        options.totalTimeoutMs = 300;
        const auto result = fetcher.get(m_server.url(QStringLiteral("/hang")), options);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("timeout"));
    }

    void refusesOtherSchemes()
    {
        Fetcher fetcher;
        const auto result = fetcher.get(QUrl(QStringLiteral("file:///etc/hostname")));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("bad-url"));
    }

    // send(): a body goes out (POST, DELETE) with the same bounds; never cached, no redirect
    // followed, the offline rule kept.
    void sendWithBody()
    {
        Fetcher fetcher;
        const auto posted = fetcher.send("POST", m_server.url(QStringLiteral("/ok")), "{\"vp\":{}}", "application/json");
        QVERIFY(posted.ok());
        QCOMPARE(posted->body, QByteArray(R"({"id":"x"})"));
        QCOMPARE(fetcher.send("DELETE", m_server.url(QStringLiteral("/error")), "{}", "application/json").error().code,
                 QStringLiteral("http-error"));
        QCOMPARE(fetcher.send("POST", m_server.url(QStringLiteral("/r0")), "{}", "application/json").error().code,
                 QStringLiteral("bad-redirect"));
        FetchOptions small;
        small.maxBytes = 1024;
        QCOMPARE(fetcher.send("POST", m_server.url(QStringLiteral("/big")), "{}", "application/json", small).error().code,
                 QStringLiteral("too-large"));
        NetworkMode network;
        network.setOfflineByChoice(true);
        Fetcher offline(nullptr, &network);
        const int before = m_server.requestCount();
        QCOMPARE(offline.send("POST", m_server.url(QStringLiteral("/ok")), "{}", "application/json").error().code,
                 QStringLiteral("offline"));
        QCOMPARE(m_server.requestCount(), before);
        QCOMPARE(fetcher.send("POST", QUrl(QStringLiteral("file:///etc/passwd")), "{}", "application/json").error().code,
                 QStringLiteral("bad-url"));
    }

    // Issuance (core/receive): https only with loopback excepted, a redirect to plain http refused
    // with its own code on GET and POST alike, and error statuses answered with their body.
    void httpsOnlyAndErrorAnswers()
    {
        Fetcher fetcher;
        FetchOptions secure;
        secure.httpsOnly = true;
        QVERIFY(fetcher.get(m_server.url(QStringLiteral("/ok")), secure).ok()); // loopback
        const int before = m_server.requestCount();
        QCOMPARE(fetcher.get(QUrl(QStringLiteral("http://example.invalid/metadata")), secure).error().code,
                 QStringLiteral("insecure-url"));
        QCOMPARE(m_server.requestCount(), before);
        const auto redirected = fetcher.get(m_server.url(QStringLiteral("/tohttp")), secure);
        QCOMPARE(redirected.error().code, QStringLiteral("insecure-redirect"));
        QVERIFY(redirected.error().message.contains(QStringLiteral("http://example.invalid/token")));
        QCOMPARE(fetcher.send("POST", m_server.url(QStringLiteral("/tohttp")), "a=b", "application/x-www-form-urlencoded", secure)
                     .error().code,
                 QStringLiteral("insecure-redirect"));
        // A POST redirected to https elsewhere is still not replayed.
        QCOMPARE(fetcher.send("POST", m_server.url(QStringLiteral("/tohttps")), "a=b", "application/x-www-form-urlencoded", secure)
                     .error().code,
                 QStringLiteral("bad-redirect"));
        // What counts as loopback: 127.0.0.0/8, ::1 and localhost, nothing else.
        QCOMPARE(Fetcher::isSecureOrLoopback(QUrl(QStringLiteral("http://[::1]:8080/x"))), true);
        QCOMPARE(Fetcher::isSecureOrLoopback(QUrl(QStringLiteral("http://localhost/x"))), true);
        QCOMPARE(Fetcher::isSecureOrLoopback(QUrl(QStringLiteral("http://127.8.9.10/x"))), true);
        QCOMPARE(Fetcher::isSecureOrLoopback(QUrl(QStringLiteral("http://10.0.0.1/x"))), false);

        QCOMPARE(fetcher.send("POST", m_server.url(QStringLiteral("/oauth-error")), "{}", "application/json").error().code,
                 QStringLiteral("http-error"));
        FetchOptions answers;
        answers.errorAnswers = true;
        const auto answer = fetcher.send("POST", m_server.url(QStringLiteral("/oauth-error")), "{}", "application/json", answers);
        QVERIFY(answer.ok());
        QCOMPARE(answer->httpStatus, 400);
        QCOMPARE(answer->body, QByteArray(R"({"error":"invalid_grant"})"));
    }

    void offlineMakesNoRequest()
    {
        NetworkMode network;
        network.setOfflineByChoice(true);
        Fetcher fetcher(nullptr, &network);
        const int before = m_server.requestCount();
        const auto result = fetcher.get(m_server.url(QStringLiteral("/ok")));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("offline"));
        QCOMPARE(m_server.requestCount(), before);
    }

    void cacheInWallet()
    {
        QTemporaryDir dir;
        auto wallet = Wallet::open(dir.filePath(QStringLiteral("w.sqlite")));
        QVERIFY2(wallet.ok(), qPrintable(wallet.ok() ? QString() : wallet.error().message));
        WalletDocumentCache cache(wallet->get());
        NetworkMode network;
        Fetcher fetcher(&cache, &network);
        const QUrl url = m_server.url(QStringLiteral("/ok"));
        QVERIFY(fetcher.get(url).ok());
        const auto stored = (*wallet)->document(url.toString());
        QVERIFY(stored.has_value());
        QCOMPARE(stored->body, QByteArray(R"({"id":"x"})"));

        // Offline, the cached copy answers without a request.
        network.setOfflineByChoice(true);
        const int before = m_server.requestCount();
        const auto cached = fetcher.get(url);
        QVERIFY(cached.ok());
        QCOMPARE(cached->body, QByteArray(R"({"id":"x"})"));
        QCOMPARE(m_server.requestCount(), before);
    }

    void worksFromWorkerThread()
    {
        Result<FetchedDocument> result = Error{};
        QThread *thread = QThread::create([&] {
            Fetcher fetcher;
            result = fetcher.get(m_server.url(QStringLiteral("/ok")));
        });
        thread->start();
        QVERIFY(thread->wait(10000));
        delete thread;
        QVERIFY(result.ok());
        QCOMPARE(result->body, QByteArray(R"({"id":"x"})"));
    }

private:
    LoopbackHttpServer m_server;
};

QTEST_GUILESS_MAIN(TestFetcher)
#include "TestFetcher.moc"
