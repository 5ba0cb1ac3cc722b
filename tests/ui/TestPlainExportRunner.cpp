// File → Export → Everything as a zip, as the GUI runs it: certificates drawn by QtWebEngine
// (offscreen) into the zip beside the originals and baked badges, without them when not asked,
// and a cancelled export that leaves no zip.
#include "OfflineNetwork.h"
#include "export/PlainExportRunner.h"
#include "formats/ArchiveReader.h"
#include "importer/ImportService.h"
#include "storage/Wallet.h"
#include "WalletImport.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Satchel;

namespace {

const QString kRefvc = QStringLiteral(SATCHEL_FIXTURES_DIR "/refvc/");

QStringList entryNames(const QString &zip)
{
    ArchiveReader reader;
    QStringList names;
    if (!reader.open(zip).ok())
        return names;
    for (const ArchiveEntry &entry : reader.entries())
        names << entry.name;
    names.sort();
    return names;
}

} // namespace

class TestPlainExportRunner : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Wallet> m_wallet;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString walletPath = m_dir.filePath(QStringLiteral("plain.sqlite"));
        ImportOptions offline;
        offline.network = SatchelTest::offlineNetwork();
        QCOMPARE(SatchelTest::WalletImport(walletPath, offline)
                     .importPaths({kRefvc + QStringLiteral("ob3/di-minimal.json"),
                                   kRefvc + QStringLiteral("ob3/jwt-es256-didjwk.jwt")})
                     .importedCount(),
                 2);
        auto wallet = Wallet::open(walletPath);
        QVERIFY(wallet.ok());
        m_wallet = std::move(wallet.value());
    }

    void withCertificates()
    {
        PlainExportRunner runner(m_wallet.get());
        QSignalSpy finished(&runner, &PlainExportRunner::finished);
        QSignalSpy progressed(&runner, &PlainExportRunner::progressed);
        const QString out = m_dir.filePath(QStringLiteral("with.zip"));
        QVERIFY(runner.start(out, true));
        QVERIFY(!runner.start(out, true)); // one at a time
        QVERIFY(finished.wait(240000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QCOMPARE(runner.summary().credentials, 2);
        QCOMPARE(runner.summary().badges, 2);
        QCOMPARE(runner.summary().certificates, 2);
        QVERIFY(!progressed.isEmpty());
        const QStringList names = entryNames(out);
        QCOMPARE(names.size(), 2 + 2 + 2 + 1);
        int pdfs = 0;
        ArchiveReader reader;
        QVERIFY(reader.open(out).ok());
        for (const ArchiveEntry &entry : reader.entries()) {
            if (!entry.name.startsWith(QLatin1String("certificates/")))
                continue;
            QVERIFY(entry.name.endsWith(QLatin1String(".pdf")));
            QVERIFY(reader.read(entry)->startsWith("%PDF-"));
            ++pdfs;
        }
        QCOMPARE(pdfs, 2);
    }

    void withoutCertificates()
    {
        PlainExportRunner runner(m_wallet.get());
        QSignalSpy finished(&runner, &PlainExportRunner::finished);
        const QString out = m_dir.filePath(QStringLiteral("without.zip"));
        QVERIFY(runner.start(out, false));
        QVERIFY(finished.wait(60000));
        QVERIFY(finished.first().at(0).toBool());
        QCOMPARE(runner.summary().certificates, 0);
        for (const QString &name : entryNames(out))
            QVERIFY(!name.startsWith(QLatin1String("certificates/")));
    }

    void cancelled()
    {
        PlainExportRunner runner(m_wallet.get());
        QSignalSpy finished(&runner, &PlainExportRunner::finished);
        const QString out = m_dir.filePath(QStringLiteral("cancelled.zip"));
        QVERIFY(runner.start(out, true));
        runner.cancel();
        QVERIFY(finished.wait(240000));
        QVERIFY(!finished.first().at(0).toBool());
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_MAIN(TestPlainExportRunner)
#include "TestPlainExportRunner.moc"
