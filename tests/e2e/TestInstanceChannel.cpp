// `satchel LINK` while Satchel is open on the same wallet: the link reaches the open window through
// InstanceChannel, and nothing else does (another wallet, a hostile or broken message).
#include "common/InstanceChannel.h"

#include <QDataStream>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

using namespace Satchel;

class TestInstanceChannel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void forwardsToTheRunningInstance();
    void nobodyRunningMeansNotTaken();
    void eachWalletHasItsOwnChannel();
    void ignoresWhatIsNotAMessage_data();
    void ignoresWhatIsNotAMessage();

private:
    QTemporaryDir m_dir;
};

void TestInstanceChannel::forwardsToTheRunningInstance()
{
    const QString wallet = m_dir.filePath(QStringLiteral("wallet.sqlite"));
    InstanceChannel running(wallet);
    QVERIFY(running.listen());
    QSignalSpy received(&running, &InstanceChannel::received);
    const QStringList arguments{QStringLiteral("openid-credential-offer://?credential_offer_uri=https%3A%2F%2Fissuer.example%2Fo%2F1"),
                                QStringLiteral("/home/learner/Badge ünïcode.png")};
    // The second process's side runs on another thread: forward() blocks, the running instance
    // answers from its event loop.
    QFuture<bool> taken = QtConcurrent::run([wallet, arguments] { return InstanceChannel(wallet).forward(arguments); });
    QTRY_COMPARE(received.count(), 1);
    QCOMPARE(received.at(0).at(0).toStringList(), arguments);
    QTRY_VERIFY(taken.isFinished());
    QVERIFY(taken.result());
}

void TestInstanceChannel::nobodyRunningMeansNotTaken()
{
    InstanceChannel alone(m_dir.filePath(QStringLiteral("nobody-has-this-open.sqlite")));
    QVERIFY(!alone.forward({QStringLiteral("dccrequest://request?x=1")}, 500));
}

void TestInstanceChannel::eachWalletHasItsOwnChannel()
{
    const QString mine = m_dir.filePath(QStringLiteral("mine.sqlite"));
    QCOMPARE(InstanceChannel(mine).serverName(), InstanceChannel(mine).serverName());
    QVERIFY(InstanceChannel(mine).serverName() != InstanceChannel(m_dir.filePath(QStringLiteral("demo.sqlite"))).serverName());
}

void TestInstanceChannel::ignoresWhatIsNotAMessage_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<quint32>("claimedSize");
    // claimedSize 0: the body's own size (a whole message the reader must refuse for what it says).
    QTest::newRow("not JSON") << QByteArray("garbage") << quint32(0);
    QTest::newRow("another protocol") << QByteArray(R"({"satchel":2,"arguments":["x"]})") << quint32(0);
    QTest::newRow("not strings") << QByteArray(R"({"satchel":1,"arguments":[1]})") << quint32(0);
    QTest::newRow("claims to be huge") << QByteArray("{}") << quint32(InstanceChannel::kMaxBytes + 1);
}

void TestInstanceChannel::ignoresWhatIsNotAMessage()
{
    QFETCH(QByteArray, body);
    QFETCH(quint32, claimedSize);
    const QString wallet = m_dir.filePath(QStringLiteral("hostile.sqlite"));
    InstanceChannel running(wallet);
    QVERIFY(running.listen());
    QSignalSpy received(&running, &InstanceChannel::received);
    QLocalSocket client;
    client.connectToServer(running.serverName());
    QVERIFY(client.waitForConnected(2000));
    QByteArray framed;
    QDataStream(&framed, QIODevice::WriteOnly) << (claimedSize ? claimedSize : quint32(body.size()));
    client.write(framed + body);
    client.flush();
    // Refused at once, not left to the reader's timeout (3 s).
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), QLocalSocket::UnconnectedState, 1500);
    QCOMPARE(received.count(), 0);
}

QTEST_GUILESS_MAIN(TestInstanceChannel)
#include "TestInstanceChannel.moc"
