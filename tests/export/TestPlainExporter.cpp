// "Everything as a zip": every top-level credential's original file byte for byte, a baked badge
// that imports again to the same credential (the image as received when it came baked), the
// certificates handed in, a README, and a cancelled export that writes nothing.
#include "OfflineNetwork.h"
#include "export/PlainExporter.h"
#include "formats/ArchiveReader.h"
#include "importer/ImportService.h"
#include "storage/Wallet.h"
#include "WalletImport.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Satchel;

namespace {

const QString kRefvc = QStringLiteral(SATCHEL_FIXTURES_DIR "/refvc/");

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestPlainExporter : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_walletPath;
    std::unique_ptr<Wallet> m_wallet;
    const QStringList m_files{QStringLiteral("ob2/signed-valid.jws"), QStringLiteral("ob3/di-minimal.json"),
                              QStringLiteral("baked/ob3-json.png")};

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_walletPath = m_dir.filePath(QStringLiteral("plain.sqlite"));
        ImportOptions offline;
        offline.network = SatchelTest::offlineNetwork();
        QStringList inputs;
        for (const QString &file : m_files)
            inputs << kRefvc + file;
        QCOMPARE(SatchelTest::WalletImport(m_walletPath, offline).importPaths(inputs).importedCount(), 3);
        auto wallet = Wallet::open(m_walletPath);
        QVERIFY(wallet.ok());
        m_wallet = std::move(wallet.value());
    }

    void everythingAsAZip()
    {
        const QString out = m_dir.filePath(QStringLiteral("everything.zip"));
        QList<int> progress;
        const QByteArray pdf("%PDF-1.7 stand-in for a rendered certificate\n");
        auto written = PlainExporter::write(*m_wallet, out, {{QStringLiteral("Cloud Basics.pdf"), pdf}},
                                            [&progress](int done, int total) { progress << done * 100 + total; });
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
        QCOMPARE(written->credentials, 3);
        QCOMPARE(written->badges, 3);
        QCOMPARE(written->certificates, 1);
        QVERIFY(written->problems.isEmpty());
        QCOMPARE(progress, (QList<int>{103, 203, 303}));

        ArchiveReader reader;
        QVERIFY(reader.open(out).ok());
        QHash<QString, QByteArray> entries;
        for (const ArchiveEntry &entry : reader.entries()) {
            auto bytes = reader.read(entry);
            QVERIFY(bytes.ok());
            entries.insert(entry.name, *bytes);
        }
        QCOMPARE(entries.size(), 3 + 3 + 1 + 1);
        QVERIFY(entries.value(QStringLiteral("README.txt")).contains("originals/"));
        QCOMPARE(entries.value(QStringLiteral("certificates/Cloud Basics.pdf")), pdf);

        // Originals: exactly the bytes the wallet keeps, for the JWS the very bytes of the fixture.
        QStringList originals;
        for (auto it = entries.cbegin(); it != entries.cend(); ++it)
            if (it.key().startsWith(QLatin1String("originals/")))
                originals << it.key();
        QCOMPARE(originals.size(), 3);
        const QByteArray jws = fileBytes(kRefvc + QStringLiteral("ob2/signed-valid.jws"));
        bool foundJws = false;
        for (const QString &name : originals)
            foundJws = foundJws || entries.value(name) == jws;
        QVERIFY(foundJws);

        // The badge that came baked is the very image received.
        const QByteArray png = fileBytes(kRefvc + QStringLiteral("baked/ob3-json.png"));
        bool foundPng = false;
        for (auto it = entries.cbegin(); it != entries.cend(); ++it)
            foundPng = foundPng || (it.key().startsWith(QLatin1String("badges/")) && it.value() == png);
        QVERIFY(foundPng);

        // Every badge imports again into a fresh wallet: three credentials, the same bytes.
        const QString badgesDir = m_dir.filePath(QStringLiteral("badges"));
        QVERIFY(QDir().mkpath(badgesDir));
        for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
            if (!it.key().startsWith(QLatin1String("badges/")))
                continue;
            QFile file(m_dir.filePath(it.key()));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(it.value());
        }
        ImportOptions offline;
        offline.network = SatchelTest::offlineNetwork();
        const QString second = m_dir.filePath(QStringLiteral("second.sqlite"));
        const ImportReport again = SatchelTest::WalletImport(second, offline).importPaths({badgesDir});
        QCOMPARE(again.importedCount(), 3);
        auto secondWallet = Wallet::open(second);
        QVERIFY(secondWallet.ok());
        QSet<QByteArray> before;
        QSet<QByteArray> after;
        for (const ImportItemReport &item : again.items)
            after.insert(secondWallet.value()->credential(item.credentialId)->raw.bytes.trimmed());
        for (const QString &name : originals)
            before.insert(entries.value(name).trimmed());
        QCOMPARE(after, before);
    }

    void cancelledWritesNothing()
    {
        const QString out = m_dir.filePath(QStringLiteral("cancelled.zip"));
        std::atomic_bool cancelled{true};
        auto written = PlainExporter::write(*m_wallet, out, {}, {}, &cancelled);
        QVERIFY(!written.ok());
        QCOMPARE(written.error().code, QStringLiteral("cancelled"));
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_MAIN(TestPlainExporter)
#include "TestPlainExporter.moc"
