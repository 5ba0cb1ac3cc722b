// The outbound address policy through its checks (no traffic leaves this machine): link-local,
// multicast, unspecified and broadcast addresses refused in every spelling, loopback only when a
// test allows it, ordinary addresses allowed; and the fetcher refusing such a host, directly and
// after a redirect, without a request.
#include "net/AddressPolicy.h"
#include "net/Fetcher.h"

#include "LoopbackHttpServer.h"

#include <QStandardPaths>
#include <QTest>

using namespace Satchel;
using Satchel::Test::LoopbackHttpServer;

class TestAddressPolicy : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void addresses_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<bool>("allowedWithLoopback");
        QTest::newRow("cloud metadata") << "169.254.169.254" << false << false;
        QTest::newRow("link-local v4") << "169.254.0.1" << false << false;
        QTest::newRow("link-local v6") << "fe80::1" << false << false;
        QTest::newRow("link-local v6 upper") << "febf::1" << false << false;
        QTest::newRow("mapped metadata") << "::ffff:169.254.169.254" << false << false;
        QTest::newRow("multicast v4") << "224.0.0.251" << false << false;
        QTest::newRow("multicast v6") << "ff02::1" << false << false;
        QTest::newRow("unspecified v4") << "0.0.0.0" << false << false;
        QTest::newRow("this network") << "0.1.2.3" << false << false;
        QTest::newRow("unspecified v6") << "::" << false << false;
        QTest::newRow("broadcast") << "255.255.255.255" << false << false;
        QTest::newRow("loopback v4") << "127.0.0.1" << false << true;
        QTest::newRow("loopback v4 other") << "127.8.9.10" << false << true;
        QTest::newRow("loopback v6") << "::1" << false << true;
        QTest::newRow("mapped loopback") << "::ffff:127.0.0.1" << false << true;
        QTest::newRow("public v4") << "93.184.216.34" << true << true;
        QTest::newRow("public v6") << "2606:2800:220:1:248:1893:25c8:1946" << true << true;
        QTest::newRow("site-local range v4") << "192.168.1.10" << true << true;
        QTest::newRow("not link-local") << "169.253.255.255" << true << true;
    }
    void addresses()
    {
        QFETCH(QString, address);
        QFETCH(bool, allowed);
        QFETCH(bool, allowedWithLoopback);
        const QHostAddress parsed(address);
        QVERIFY(!parsed.isNull());
        QCOMPARE(AddressPolicy::isAllowed(parsed, false), allowed);
        QCOMPARE(AddressPolicy::isAllowed(parsed, true), allowedWithLoopback);
        // A literal host is checked without a lookup, with the same answer.
        QCOMPARE(AddressPolicy::checkHost(address, false).ok(), allowed);
    }

    // One bad address among several (a name with a public and a link-local record) is enough.
    void everyResolvedAddressCounts()
    {
        const Status mixed = AddressPolicy::checkAddresses(
            QStringLiteral("two.example"), {QHostAddress(QStringLiteral("93.184.216.34")), QHostAddress(QStringLiteral("169.254.169.254"))},
            false);
        QVERIFY(!mixed.ok());
        QCOMPARE(mixed.error().code, QStringLiteral("forbidden-address"));
        QVERIFY(mixed.error().message.contains(QStringLiteral("169.254.169.254")));
        QVERIFY(!AddressPolicy::checkAddresses(QStringLiteral("none.example"), {}, false).ok());
    }

    void loopbackOnlyInTests()
    {
        QVERIFY(AddressPolicy::loopbackAllowed()); // test mode is on
        QVERIFY(!AddressPolicy::checkHost(QStringLiteral("localhost"), false).ok());
    }

    // The fetcher checks before the first request and on every redirect: nothing is sent to a
    // refused address (these would leave the machine, so the refusal must come first).
    void fetcherRefusesBeforeAnyRequest()
    {
        LoopbackHttpServer server;
        QVERIFY(server.start());
        server.setRedirect(QStringLiteral("/to-metadata"), "http://169.254.169.254/latest/meta-data/");
        server.setRedirect(QStringLiteral("/to-multicast"), "http://[ff02::1]/x");
        Fetcher fetcher;
        for (const QString &url : {QStringLiteral("http://169.254.169.254/latest/meta-data/"),
                                   QStringLiteral("http://[fe80::1]/key"), QStringLiteral("http://0.0.0.0:80/")}) {
            const auto direct = fetcher.get(QUrl(url));
            QVERIFY(!direct.ok());
            QCOMPARE(direct.error().code, QStringLiteral("forbidden-address"));
        }
        for (const QString &path : {QStringLiteral("/to-metadata"), QStringLiteral("/to-multicast")}) {
            const int before = server.requestCount();
            const auto redirected = fetcher.get(server.url(path));
            QVERIFY(!redirected.ok());
            QCOMPARE(redirected.error().code, QStringLiteral("forbidden-address"));
            QCOMPARE(server.requestCount(), before + 1); // the redirect itself, nothing after it
        }
    }
};

QTEST_GUILESS_MAIN(TestAddressPolicy)
#include "TestAddressPolicy.moc"
