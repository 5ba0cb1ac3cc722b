// ArchiveWriter: what it writes reads back byte for byte through ArchiveReader, in order, and it
// refuses the names the reader would refuse (so Satchel never writes a zip it would not open).
#include "formats/ArchiveReader.h"
#include "formats/ArchiveWriter.h"

#include <QTest>

using namespace Satchel;

class TestArchiveWriter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTrip()
    {
        ArchiveWriter writer;
        const QByteArray big(300000, 'x');
        QVERIFY(writer.add(QStringLiteral("manifest.json"), QByteArray("{}")).ok());
        QVERIFY(writer.add(QStringLiteral("credentials/c1/credential.json"), big).ok());
        QVERIFY(writer.add(QStringLiteral("empty.txt"), QByteArray()).ok());
        QVERIFY(writer.add(QStringLiteral("é/ünïcode.json"), QByteArray("\x00\x01\xff", 3)).ok());
        auto zip = writer.finish();
        QVERIFY(zip.ok());
        QVERIFY(zip->startsWith("PK\x03\x04"));

        ArchiveReader reader;
        QVERIFY(reader.openData(*zip).ok());
        QCOMPARE(reader.entries().size(), 4);
        QCOMPARE(reader.entries().at(0).name, QStringLiteral("manifest.json"));
        QCOMPARE(reader.entries().at(3).name, QStringLiteral("é/ünïcode.json"));
        QCOMPARE(*reader.read(reader.entries().at(1)), big);
        QCOMPARE(*reader.read(reader.entries().at(2)), QByteArray());
        QCOMPARE(*reader.read(reader.entries().at(3)), QByteArray("\x00\x01\xff", 3));
    }

    void refusesUnsafeNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("empty") << QString();
        QTest::newRow("dot-dot") << QStringLiteral("../x");
        QTest::newRow("inner dot-dot") << QStringLiteral("a/../../x");
        QTest::newRow("absolute") << QStringLiteral("/etc/passwd");
        QTest::newRow("drive") << QStringLiteral("C:/x");
        QTest::newRow("folder") << QStringLiteral("a/");
    }

    void refusesUnsafeNames()
    {
        QFETCH(QString, name);
        ArchiveWriter writer;
        const Status added = writer.add(name, QByteArray("x"));
        QVERIFY(!added.ok());
        QCOMPARE(added.error().code, QStringLiteral("unsafe-path"));
    }

    void refusesDuplicates()
    {
        ArchiveWriter writer;
        QVERIFY(writer.add(QStringLiteral("a.json"), QByteArray("1")).ok());
        const Status again = writer.add(QStringLiteral("a.json"), QByteArray("2"));
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, QStringLiteral("duplicate-entry"));
    }

    void emptyArchive()
    {
        auto zip = ArchiveWriter().finish();
        QVERIFY(zip.ok());
        ArchiveReader reader;
        QVERIFY(reader.openData(*zip).ok());
        QVERIFY(reader.entries().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestArchiveWriter)
#include "TestArchiveWriter.moc"
