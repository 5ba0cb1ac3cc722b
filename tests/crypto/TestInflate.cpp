// Bounded gunzip: real status lists decode to their published bits; bombs and garbage are refused.
#include "crypto/Base64Url.h"
#include "crypto/Inflate.h"
#include "crypto/Multibase.h"

#include "FixtureFiles.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>

using namespace Satchel;

namespace {

constexpr qsizetype kStatusListCap = 16 * 1024 * 1024;

QList<qsizetype> setBits(const QByteArray &bytes)
{
    QList<qsizetype> out;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto b = static_cast<unsigned char>(bytes[i]);
        for (int bit = 0; bit < 8; ++bit)
            if (b & (0x80 >> bit)) // index 0 = most significant bit of byte 0
                out.append(i * 8 + bit);
    }
    return out;
}

} // namespace

class TestInflate : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void statusLists_data();
    void statusLists();
    void gzipBomb();
    void capIsExact();
    void zlibAndRaw();
    void corrupt_data();
    void corrupt();
};

void TestInflate::statusLists_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<qsizetype>("bits");
    QTest::addColumn<QList<qsizetype>>("expected");
    const QDir dcc(SatchelTest::fixture("external/digitalcredentials-verifier-core/status"));
    const QStringList dccFiles = dcc.entryList({"*.json"}, QDir::Files);
    QVERIFY(!dccFiles.isEmpty());
    for (const QString &f : dccFiles)
        QTest::newRow(qPrintable("dcc-" + f)) << "external/digitalcredentials-verifier-core/status/" + f
                                              << qsizetype(100000) << QList<qsizetype>{2, 6, 8};
    QTest::newRow("refvc-status-1") << "refvc/served/status/1.json" << qsizetype(131072)
                                    << QList<qsizetype>{53, 404, 660, 63154};
    QTest::newRow("1edtech-testlist")
        << "external/1EdTech-digital-credentials-public-validator/ob30/bit-string-list/testlist.json"
        << qsizetype(131072) << QList<qsizetype>{23};
}

void TestInflate::statusLists()
{
    QFETCH(QString, file);
    QFETCH(qsizetype, bits);
    QFETCH(QList<qsizetype>, expected);
    const QJsonObject vc = SatchelTest::readJsonFixture(file);
    const QString encoded = vc.value("credentialSubject").toObject().value("encodedList").toString();
    QVERIFY(encoded.startsWith('u'));
    auto gz = Multibase::decode(encoded.toLatin1());
    QVERIFY(gz.ok());
    auto bitstring = Inflate::gunzip(*gz, kStatusListCap);
    QVERIFY2(bitstring.ok(), qPrintable(bitstring.ok() ? QString() : bitstring.error().message));
    QCOMPARE(bitstring->size(), bits / 8);
    QCOMPARE(setBits(*bitstring), expected);
    // Auto-detection gives the same bytes.
    auto autoDetected = Inflate::decompress(*gz, kStatusListCap);
    QVERIFY(autoDetected.ok());
    QCOMPARE(*autoDetected, *bitstring);
}

void TestInflate::gzipBomb()
{
    // 1 GiB of zeros as 16 concatenated gzip members of 64 MiB each: about 1 MB on disk.
    const QByteArray member = Inflate::gzip(QByteArray(64 * 1024 * 1024, '\0'));
    QVERIFY(!member.isEmpty());
    const QByteArray bomb = member.repeated(16);
    QVERIFY(bomb.size() < 2 * 1024 * 1024);
    QElapsedTimer timer;
    timer.start();
    auto single = Inflate::gunzip(member, kStatusListCap);
    QVERIFY(!single.ok());
    QCOMPARE(single.error().code, QStringLiteral("too-large"));
    QVERIFY(!single.error().message.isEmpty());
    auto multi = Inflate::gunzip(bomb, kStatusListCap);
    QVERIFY(!multi.ok());
    QCOMPARE(multi.error().code, QStringLiteral("too-large"));
    // Many small members must not escape the cap either: the total counts.
    const QByteArray small = Inflate::gzip(QByteArray(1024 * 1024, '\0'));
    auto many = Inflate::gunzip(small.repeated(17), kStatusListCap);
    QVERIFY(!many.ok());
    QCOMPARE(many.error().code, QStringLiteral("too-large"));
    auto fits = Inflate::gunzip(small.repeated(3), kStatusListCap);
    QVERIFY(fits.ok());
    QCOMPARE(fits->size(), 3 * 1024 * 1024);
    // The cap stops decompression early instead of inflating everything first.
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
}

void TestInflate::capIsExact()
{
    const QByteArray data(1000, 'a');
    const QByteArray gz = Inflate::gzip(data);
    auto exact = Inflate::gunzip(gz, 1000);
    QVERIFY(exact.ok());
    QCOMPARE(*exact, data);
    auto over = Inflate::gunzip(gz, 999);
    QVERIFY(!over.ok());
    QCOMPARE(over.error().code, QStringLiteral("too-large"));
}

void TestInflate::zlibAndRaw()
{
    // RFC 1950 zlib stream of "hello" (generated with zlib.compress).
    const QByteArray zlib = QByteArray::fromHex("789ccb48cdc9c90700062c0215");
    auto z = Inflate::decompress(zlib, 100, Inflate::Format::Zlib);
    QVERIFY(z.ok());
    QCOMPARE(*z, QByteArray("hello"));
    auto a = Inflate::decompress(zlib, 100);
    QVERIFY(a.ok());
    QCOMPARE(*a, QByteArray("hello"));
    auto raw = Inflate::decompress(zlib.mid(2, zlib.size() - 6), 100, Inflate::Format::Raw);
    QVERIFY(raw.ok());
    QCOMPARE(*raw, QByteArray("hello"));
    // zlib data is not gzip.
    QVERIFY(!Inflate::gunzip(zlib, 100).ok());
}

void TestInflate::corrupt_data()
{
    QTest::addColumn<QByteArray>("data");
    const QByteArray gz = Inflate::gzip(QByteArray("The quick brown fox jumps over the lazy dog"));
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("text") << QByteArray("not compressed at all");
    QTest::newRow("truncated") << gz.left(gz.size() - 6);
    QByteArray badCrc = gz;
    badCrc[badCrc.size() - 6] = char(badCrc[badCrc.size() - 6] ^ 0x01);
    QTest::newRow("bad-crc") << badCrc;
    QTest::newRow("header-only") << gz.left(10);
    QTest::newRow("trailing-garbage") << QByteArray(gz + "xyz");
}

void TestInflate::corrupt()
{
    QFETCH(QByteArray, data);
    auto result = Inflate::gunzip(data, 1024);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, QStringLiteral("malformed"));
}

QTEST_GUILESS_MAIN(TestInflate)
#include "TestInflate.moc"
