// CborReader against the examples of RFC 8949 Appendix A (the encodings it supports) and the
// inputs it must refuse: floats, indefinite lengths, truncation, trailing bytes, lying counts and
// deep nesting; CborWriter against the same examples.
#include "crypto/CborReader.h"
#include "crypto/CborWriter.h"

#include <QTest>

using namespace Satchel;

class TestCborReader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void integers_data();
    void integers();
    void strings();
    void containers();
    void tagsAndSimpleValues();
    void refused_data();
    void refused();
    void writer();
};

void TestCborReader::integers_data()
{
    QTest::addColumn<QByteArray>("hex");
    QTest::addColumn<bool>("negative");
    QTest::addColumn<quint64>("number");
    QTest::newRow("0") << QByteArray("00") << false << quint64(0);
    QTest::newRow("23") << QByteArray("17") << false << quint64(23);
    QTest::newRow("24") << QByteArray("1818") << false << quint64(24);
    QTest::newRow("1000") << QByteArray("1903e8") << false << quint64(1000);
    QTest::newRow("1000000") << QByteArray("1a000f4240") << false << quint64(1000000);
    QTest::newRow("18446744073709551615") << QByteArray("1bffffffffffffffff") << false << quint64(~0ULL);
    QTest::newRow("-1") << QByteArray("20") << true << quint64(0);
    QTest::newRow("-1000") << QByteArray("3903e7") << true << quint64(999);
}

void TestCborReader::integers()
{
    QFETCH(QByteArray, hex);
    QFETCH(bool, negative);
    QFETCH(quint64, number);
    auto value = CborReader::read(QByteArray::fromHex(hex));
    QVERIFY(value.ok());
    QCOMPARE(value->type, negative ? CborValue::Type::Negative : CborValue::Type::Unsigned);
    QCOMPARE(value->number, number);
}

void TestCborReader::strings()
{
    auto bytes = CborReader::read(QByteArray::fromHex("4401020304"));
    QVERIFY(bytes.ok());
    QVERIFY(bytes->isBytes());
    QCOMPARE(bytes->bytes, QByteArray::fromHex("01020304"));
    auto empty = CborReader::read(QByteArray::fromHex("40"));
    QVERIFY(empty.ok() && empty->isBytes() && empty->bytes.isEmpty());
    auto text = CborReader::read(QByteArray::fromHex("62c3bc"));
    QVERIFY(text.ok());
    QCOMPARE(text->type, CborValue::Type::Text);
    QCOMPARE(QString::fromUtf8(text->bytes), QStringLiteral("\u00fc"));
}

void TestCborReader::containers()
{
    auto array = CborReader::read(QByteArray::fromHex("8301820203820405"));
    QVERIFY(array.ok());
    QVERIFY(array->isArray());
    QCOMPARE(array->items.size(), 3);
    QCOMPARE(array->items.at(1).items.at(1).number, quint64(3));
    QCOMPARE(array->items.at(2).items.at(0).number, quint64(4));

    auto map = CborReader::read(QByteArray::fromHex("a201020304"));
    QVERIFY(map.ok());
    QVERIFY(map->isMap());
    QCOMPARE(map->entries.size(), 2);
    QCOMPARE(map->entries.at(1).first.number, quint64(3));
    QCOMPARE(map->entries.at(1).second.number, quint64(4));

    auto empty = CborReader::read(QByteArray::fromHex("80"));
    QVERIFY(empty.ok() && empty->isArray() && empty->items.isEmpty());
}

void TestCborReader::tagsAndSimpleValues()
{
    // 1(1363896240): an epoch date, and the ecdsa-sd-2023 header tag 0x5d01 around an array.
    auto date = CborReader::read(QByteArray::fromHex("c11a514b67b0"));
    QVERIFY(date.ok());
    QCOMPARE(date->tags, QList<quint64>{1});
    QCOMPARE(date->number, quint64(1363896240));
    auto header = CborReader::read(QByteArray::fromHex("d95d0182d8404101f5"));
    QVERIFY(header.ok());
    QCOMPARE(header->tags, QList<quint64>{0x5d01});
    QCOMPARE(header->items.at(0).tags, QList<quint64>{64});
    QCOMPARE(header->items.at(1).type, CborValue::Type::Bool);
    QCOMPARE(header->items.at(1).number, quint64(1));

    auto nothing = CborReader::read(QByteArray::fromHex("f6"));
    QVERIFY(nothing.ok());
    QCOMPARE(nothing->type, CborValue::Type::Null);
}

void TestCborReader::refused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("half float 1.0") << QByteArray::fromHex("f93c00");
    QTest::newRow("double 1.1") << QByteArray::fromHex("fb3ff199999999999a");
    QTest::newRow("undefined") << QByteArray::fromHex("f7");
    QTest::newRow("indefinite bytes") << QByteArray::fromHex("5f42010243030405ff");
    QTest::newRow("indefinite array") << QByteArray::fromHex("9f018202039f0405ffff");
    QTest::newRow("truncated argument") << QByteArray::fromHex("1903");
    QTest::newRow("truncated bytes") << QByteArray::fromHex("440102");
    QTest::newRow("truncated array") << QByteArray::fromHex("830102");
    QTest::newRow("trailing byte") << QByteArray::fromHex("0000");
    QTest::newRow("array claiming 2^64-1 items") << QByteArray::fromHex("9bffffffffffffffff00");
    QTest::newRow("map claiming more pairs than bytes") << QByteArray::fromHex("a3010203");
    QTest::newRow("bytes claiming 2^63") << QByteArray::fromHex("5b800000000000000000");
    QTest::newRow("nested too deep") << (QByteArray(CborReader::kMaxDepth + 2, char(0x81)) + QByteArray(1, '\0'));
    QTest::newRow("tags nested too deep") << (QByteArray(CborReader::kMaxDepth + 2, char(0xc1)) + QByteArray(1, '\0'));
}

void TestCborReader::refused()
{
    QFETCH(QByteArray, bytes);
    auto value = CborReader::read(bytes);
    QVERIFY(!value.ok());
    QCOMPARE(value.error().code, QStringLiteral("malformed"));
}

void TestCborReader::writer()
{
    const auto hexOf = [](const auto &write) {
        CborWriter cbor;
        write(cbor);
        return cbor.data().toHex();
    };
    QCOMPARE(hexOf([](CborWriter &c) { c.unsignedInteger(23); }), QByteArray("17"));
    QCOMPARE(hexOf([](CborWriter &c) { c.unsignedInteger(24); }), QByteArray("1818"));
    QCOMPARE(hexOf([](CborWriter &c) { c.unsignedInteger(1000); }), QByteArray("1903e8"));
    QCOMPARE(hexOf([](CborWriter &c) { c.unsignedInteger(1000000); }), QByteArray("1a000f4240"));
    QCOMPARE(hexOf([](CborWriter &c) { c.unsignedInteger(1000000000000); }), QByteArray("1b000000e8d4a51000"));
    QCOMPARE(hexOf([](CborWriter &c) { c.bytes(QByteArray::fromHex("01020304")); }), QByteArray("4401020304"));
    QCOMPARE(hexOf([](CborWriter &c) {
                 c.mapHeader(2);
                 c.unsignedInteger(1);
                 c.unsignedInteger(2);
                 c.unsignedInteger(3);
                 c.unsignedInteger(4);
             }),
             QByteArray("a201020304"));
    CborWriter many;
    many.arrayHeader(25);
    for (int i = 1; i <= 25; ++i)
        many.unsignedInteger(quint64(i));
    QCOMPARE(many.data().toHex(), QByteArray("98190102030405060708090a0b0c0d0e0f101112131415161718181819"));
    auto back = CborReader::read(many.data());
    QVERIFY(back.ok());
    QCOMPARE(back->items.size(), 25);
    QCOMPARE(back->items.last().number, quint64(25));
}

QTEST_GUILESS_MAIN(TestCborReader)
#include "TestCborReader.moc"
