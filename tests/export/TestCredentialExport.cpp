// CredentialExport, as File → Export, the share dialog and satchel-cli export raw|baked write
// files: the original file is the stored bytes exactly (here a compact JWS and a credential that
// arrived baked in a PNG), and a baked image imports again into a fresh wallet to the same
// credential bytes.
#include "OfflineNetwork.h"
#include "export/CredentialExport.h"
#include "importer/ImportService.h"
#include "storage/Wallet.h"
#include "WalletImport.h"

#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Satchel;

namespace {

const QString kRefvc = QStringLiteral(SATCHEL_FIXTURES_DIR "/refvc/");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestCredentialExport : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Wallet> m_wallet;
    QHash<QString, qint64> m_ids;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString walletPath = m_dir.filePath(QStringLiteral("export.sqlite"));
        ImportOptions offline;
        offline.network = SatchelTest::offlineNetwork();
        const QStringList files{QStringLiteral("ob2/signed-valid.jws"), QStringLiteral("ob3/di-minimal.json"),
                                QStringLiteral("baked/ob3-json.png")};
        QStringList inputs;
        for (const QString &file : files)
            inputs << kRefvc + file;
        const ImportReport report = SatchelTest::WalletImport(walletPath, offline).importPaths(inputs);
        QCOMPARE(report.importedCount(), 3);
        for (const ImportItemReport &item : report.items)
            m_ids.insert(item.input.mid(kRefvc.size()), item.credentialId);
        auto wallet = Wallet::open(walletPath);
        QVERIFY(wallet.ok());
        m_wallet = std::move(wallet.value());
    }

    void originalIsTheStoredBytes()
    {
        const QString jwsOut = m_dir.filePath(QStringLiteral("signed.jws"));
        QVERIFY(CredentialExport::write(*m_wallet, m_ids.value(QStringLiteral("ob2/signed-valid.jws")),
                                        CredentialExport::Form::Original, jwsOut)
                    .ok());
        QCOMPARE(readAll(jwsOut), readAll(kRefvc + QStringLiteral("ob2/signed-valid.jws")));

        const qint64 bakedId = m_ids.value(QStringLiteral("baked/ob3-json.png"));
        const QString jsonOut = m_dir.filePath(QStringLiteral("from-png.json"));
        QVERIFY(CredentialExport::write(*m_wallet, bakedId, CredentialExport::Form::Original, jsonOut).ok());
        QCOMPARE(readAll(jsonOut), m_wallet->credential(bakedId)->raw.bytes);

        QVERIFY(!CredentialExport::write(*m_wallet, 424242, CredentialExport::Form::Original, m_dir.filePath(QStringLiteral("x"))).ok());
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x"))));
    }

    void bakedImportsAgain_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("suffix");
        QTest::newRow("ob3 png") << QStringLiteral("ob3/di-minimal.json") << QStringLiteral("png");
        QTest::newRow("ob3 svg") << QStringLiteral("ob3/di-minimal.json") << QStringLiteral("svg");
        QTest::newRow("ob2 png") << QStringLiteral("ob2/signed-valid.jws") << QStringLiteral("png");
    }

    void bakedImportsAgain()
    {
        QFETCH(QString, file);
        QFETCH(QString, suffix);
        const qint64 id = m_ids.value(file);
        const QString out = m_dir.filePath(QStringLiteral("baked-%1.%2").arg(id).arg(suffix));
        QVERIFY(CredentialExport::write(*m_wallet, id, CredentialExport::Form::Baked, out).ok());

        const QString second = m_dir.filePath(QStringLiteral("second-%1-%2.sqlite").arg(id).arg(suffix));
        ImportOptions offline;
        offline.network = SatchelTest::offlineNetwork();
        const ImportReport report = SatchelTest::WalletImport(second, offline).importPaths({out});
        QCOMPARE(report.importedCount(), 1);
        auto again = Wallet::open(second);
        QVERIFY(again.ok());
        const QByteArray original = m_wallet->credential(id)->raw.bytes.trimmed();
        QCOMPARE(again.value()->credential(report.items.first().credentialId)->raw.bytes.trimmed(), original);
    }

    void suggestsTheStableFileName()
    {
        const qint64 id = m_ids.value(QStringLiteral("ob3/di-minimal.json"));
        const QString original = CredentialExport::suggestedFileName(*m_wallet, id, CredentialExport::Form::Original);
        QVERIFY(original.endsWith(QStringLiteral(".json")));
        QCOMPARE(CredentialExport::suggestedFileName(*m_wallet, id, CredentialExport::Form::Baked),
                 QFileInfo(original).completeBaseName() + QStringLiteral(".png"));
        QCOMPARE(CredentialExport::suggestedFileName(*m_wallet, 424242, CredentialExport::Form::Original),
                 QStringLiteral("credential.json"));
        QCOMPARE(CredentialExport::suggestedFileName(*m_wallet, 424242, CredentialExport::Form::Baked),
                 QStringLiteral("badge.png"));
    }

    void refusesOtherSuffixes()
    {
        const qint64 id = m_ids.value(QStringLiteral("ob3/di-minimal.json"));
        const QString out = m_dir.filePath(QStringLiteral("badge.gif"));
        QVERIFY(!CredentialExport::write(*m_wallet, id, CredentialExport::Form::Baked, out).ok());
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_MAIN(TestCredentialExport)
#include "TestCredentialExport.moc"
