// ArchiveReader over archives the test builds with libzip: normal entries, traversal names,
// a zip bomb, per-entry / total / entry-count caps, corrupt input.
#include "formats/ArchiveReader.h"
#include "formats/CredentialReader.h"

#include <QFile>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <zip.h>

using namespace Satchel;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

using Entries = QList<QPair<QString, QByteArray>>;

// Writes a zip with libzip; the data buffers stay alive in `entries` until zip_close().
bool writeZip(const QString &path, const Entries &entries)
{
    int error = 0;
    zip_t *zip = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!zip)
        return false;
    for (const auto &[name, data] : entries) {
        zip_source_t *source = zip_source_buffer(zip, data.constData(), zip_uint64_t(data.size()), 0);
        if (!source || zip_file_add(zip, name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8) < 0) {
            zip_source_free(source);
            zip_discard(zip);
            return false;
        }
    }
    return zip_close(zip) == 0;
}

QByteArray randomBytes(qsizetype size)
{
    QByteArray out(size, Qt::Uninitialized);
    QRandomGenerator generator(42);
    generator.fillRange(reinterpret_cast<quint32 *>(out.data()), size / 4);
    return out;
}

} // namespace

class TestArchiveReader : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QByteArray m_credential;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_credential = readFile(QStringLiteral(SATCHEL_FIXTURES_DIR "/refvc/ob3/di-minimal.json"));
    }

    void readsEntriesAndSkipsTraversal()
    {
        const QString path = m_dir.filePath(QStringLiteral("mixed.zip"));
        const QByteArray jwt = readFile(QStringLiteral(SATCHEL_FIXTURES_DIR "/refvc/ob3/jwt-eddsa-didkey.jwt"));
        QVERIFY(writeZip(path,
            { { QStringLiteral("badges/one.json"), m_credential }, { QStringLiteral("badges/two.jwt"), jwt },
                { QStringLiteral("../evil.json"), m_credential },
                { QStringLiteral("badges/../../evil2.json"), m_credential },
                { QStringLiteral("/etc/abs.json"), m_credential } }));
        ArchiveReader reader;
        QVERIFY(reader.open(path).ok());
        QCOMPARE(reader.entries().size(), 5);
        QStringList read;
        QStringList skipped;
        for (const ArchiveEntry &entry : reader.entries()) {
            auto data = reader.read(entry);
            if (data.ok()) {
                read.append(entry.name);
                auto raw = CredentialReader::detect(*data, entry.name);
                QVERIFY(raw.ok());
            } else {
                QCOMPARE(data.error().code, QStringLiteral("unsafe-path"));
                QVERIFY(data.error().message.contains(entry.name));
                skipped.append(entry.name);
            }
        }
        QCOMPARE(read, (QStringList { QStringLiteral("badges/one.json"), QStringLiteral("badges/two.jwt") }));
        QCOMPARE(skipped.size(), 3);
        QCOMPARE(reader.totalBytesRead(), qint64(m_credential.size() + jwt.size()));
    }

    void safeNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("safe");
        QTest::newRow("plain") << QStringLiteral("a.json") << true;
        QTest::newRow("nested") << QStringLiteral("a/b/c.png") << true;
        QTest::newRow("dots in name") << QStringLiteral("a/..b/c..json") << true;
        QTest::newRow("parent") << QStringLiteral("../a.json") << false;
        QTest::newRow("inner parent") << QStringLiteral("a/../../b.json") << false;
        QTest::newRow("backslash parent") << QStringLiteral("a\\..\\..\\b.json") << false;
        QTest::newRow("absolute") << QStringLiteral("/a.json") << false;
        QTest::newRow("drive") << QStringLiteral("C:\\a.json") << false;
        QTest::newRow("empty") << QString() << false;
    }
    void safeNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, safe);
        QCOMPARE(ArchiveReader::isSafeEntryName(name), safe);
    }

    void zipBomb()
    {
        // 64 MiB of zeros deflates to ~64 KiB: ratio ~1000.
        const QString path = m_dir.filePath(QStringLiteral("bomb.zip"));
        QVERIFY(writeZip(path,
            { { QStringLiteral("bomb.json"), QByteArray(64 * 1024 * 1024, '\0') },
                { QStringLiteral("ok.json"), m_credential } }));
        ArchiveLimits limits;
        limits.maxEntryBytes = 128 * 1024 * 1024; // so that only the ratio guard can stop it
        ArchiveReader reader(limits);
        QVERIFY(reader.open(path).ok());
        auto bomb = reader.read(reader.entries().at(0));
        QVERIFY(!bomb.ok());
        QCOMPARE(bomb.error().code, QStringLiteral("too-large"));
        QVERIFY(reader.totalBytesRead() < 4 * 1024 * 1024); // stopped early
        QVERIFY(reader.read(reader.entries().at(1)).ok());

        // With default limits the per-entry cap (checked on the header first) stops it.
        ArchiveReader defaults;
        QVERIFY(defaults.open(path).ok());
        QCOMPARE(defaults.read(defaults.entries().at(0)).error().code, QStringLiteral("too-large"));
    }

    void perEntryAndTotalCaps()
    {
        const QString path = m_dir.filePath(QStringLiteral("big.zip"));
        const QByteArray noise = randomBytes(600 * 1024);
        QVERIFY(writeZip(path,
            { { QStringLiteral("a.bin"), noise }, { QStringLiteral("b.bin"), noise },
                { QStringLiteral("c.bin"), noise } }));
        ArchiveLimits small;
        small.maxEntryBytes = 512 * 1024;
        ArchiveReader perEntry(small);
        QVERIFY(perEntry.open(path).ok());
        QCOMPARE(perEntry.read(perEntry.entries().at(0)).error().code, QStringLiteral("too-large"));

        ArchiveLimits total;
        total.maxTotalBytes = 1024 * 1024;
        ArchiveReader totalReader(total);
        QVERIFY(totalReader.open(path).ok());
        auto first = totalReader.read(totalReader.entries().at(0));
        QVERIFY(first.ok());
        QCOMPARE(*first, noise);
        QCOMPARE(totalReader.read(totalReader.entries().at(1)).error().code, QStringLiteral("too-large"));
    }

    void entryCountCap()
    {
        const QString path = m_dir.filePath(QStringLiteral("many.zip"));
        Entries entries;
        for (int i = 0; i < 11; ++i)
            entries.append({ QStringLiteral("f%1.json").arg(i), m_credential });
        QVERIFY(writeZip(path, entries));
        ArchiveLimits limits;
        limits.maxEntries = 10;
        ArchiveReader reader(limits);
        QCOMPARE(reader.open(path).error().code, QStringLiteral("too-large"));
        ArchiveReader enough;
        QVERIFY(enough.open(path).ok());
        QCOMPARE(enough.entries().size(), 11);
    }

    void fromMemoryAndCorrupt()
    {
        const QString path = m_dir.filePath(QStringLiteral("mem.zip"));
        QVERIFY(writeZip(
            path, { { QStringLiteral("dir/"), QByteArray() }, { QStringLiteral("dir/x.json"), m_credential } }));
        const QByteArray bytes = readFile(path);
        ArchiveReader reader;
        QVERIFY(reader.openData(bytes).ok());
        QCOMPARE(reader.entries().size(), 2);
        auto data = reader.read(reader.entries().at(1));
        QVERIFY(data.ok());
        QCOMPARE(*data, m_credential);

        ArchiveReader garbage;
        QCOMPARE(
            garbage.openData(QByteArray("PK\x03\x04this is not a zip archive")).error().code, QStringLiteral("malformed"));
        ArchiveReader missing;
        QCOMPARE(missing.open(m_dir.filePath(QStringLiteral("nope.zip"))).error().code, QStringLiteral("io-error"));
        // Truncated archive: the central directory is gone.
        ArchiveReader truncated;
        const QByteArray cut = bytes.left(bytes.size() / 2);
        QCOMPARE(truncated.openData(cut).error().code, QStringLiteral("malformed"));
    }
};

QTEST_GUILESS_MAIN(TestArchiveReader)
#include "TestArchiveReader.moc"
