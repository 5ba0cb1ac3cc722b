// WalletFile (the way in to a wallet by its path from outside storage) and ScratchWallet (a review's
// throwaway wallet): one sentence naming the file for every failure, folders made or removed.
#include "storage/ScratchWallet.h"
#include "storage/Wallet.h"
#include "storage/WalletFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Satchel;

class TestWalletFile : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void createsTheFolderAndTheFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("not/yet/there/wallet.sqlite"));
        auto wallet = WalletFile::open(path);
        QVERIFY2(wallet.ok(), qPrintable(wallet.ok() ? QString() : wallet.error().message));
        QCOMPARE((*wallet)->path(), path);
        QCOMPARE((*wallet)->schemaVersion(), Wallet::kSchemaVersion);
        QVERIFY(QFileInfo(path).isFile());
    }

    void refusesAFolderNamingIt()
    {
        auto wallet = WalletFile::open(m_dir.path());
        QVERIFY(!wallet.ok());
        QCOMPARE(wallet.error().code, QStringLiteral("wallet-open"));
        QCOMPARE(wallet.error().message, m_dir.path() + QStringLiteral(" is not a wallet file."));
        QVERIFY(!WalletFile::openIfPossible(m_dir.path()));
    }

    void namesTheFileOnceWhenSqliteRefuses()
    {
        const QString path = m_dir.filePath(QStringLiteral("garbage.sqlite"));
        if (QFile f(path); !f.open(QIODevice::WriteOnly) || f.write(QByteArray(4096, 'x')) != 4096)
            QFAIL("the garbage file could not be written");
        auto wallet = WalletFile::open(path);
        QCOMPARE(wallet.ok() ? QString() : wallet.error().code, QStringLiteral("wallet-open"));
        const QString prefix = QStringLiteral("Could not open the wallet %1: ").arg(path);
        QVERIFY2(wallet.error().message.startsWith(prefix), qPrintable(wallet.error().message));
        QVERIFY(wallet.error().message.size() > prefix.size()); // SQLite's reason follows
        QCOMPARE(wallet.error().message.count(path), 1);
    }

    void namesTheFileOfANewerWallet()
    {
        const QString path = m_dir.filePath(QStringLiteral("newer.sqlite"));
        QVERIFY(WalletFile::open(path).ok());
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raise"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_version(version, migrated_at) VALUES (%1, 0)")
                               .arg(Wallet::kSchemaVersion + 1)));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raise"));
        auto wallet = WalletFile::open(path);
        QVERIFY(!wallet.ok());
        QCOMPARE(wallet.error().code, QStringLiteral("wallet-newer"));
        QCOMPARE(wallet.error().message,
                 QStringLiteral("Could not open the wallet %1: This wallet was made by a newer version of Satchel "
                                "(schema %2; this version understands up to %3).")
                     .arg(path)
                     .arg(Wallet::kSchemaVersion + 1)
                     .arg(Wallet::kSchemaVersion));
    }

    void openIfPossibleNeedsAPath()
    {
        QVERIFY(!WalletFile::openIfPossible(QString()));
        const auto wallet = WalletFile::openIfPossible(m_dir.filePath(QStringLiteral("optional.sqlite")));
        QVERIFY(wallet);
        QCOMPARE(wallet->count(), 0);
    }

    void scratchInATemporaryFolderLeavesNothing()
    {
        QString folder;
        {
            auto scratch = ScratchWallet::create(QString(), QStringLiteral("review.sqlite"));
            QVERIFY(scratch.ok());
            ScratchWallet moved = std::move(scratch.value()); // the folder follows the wallet
            QCOMPARE(QFileInfo(moved.path()).fileName(), QStringLiteral("review.sqlite"));
            QVERIFY(QFileInfo(moved.path()).isFile());
            QVERIFY(moved.wallet().addIdentity(QStringLiteral("email"), QStringLiteral("a@example.org")).ok());
            folder = QFileInfo(moved.path()).absolutePath();
            QVERIFY(!folder.startsWith(m_dir.path()));
        }
        QVERIFY(!QFileInfo::exists(folder));
    }

    void scratchInTheCallersFolderStays()
    {
        const QString folder = m_dir.filePath(QStringLiteral("workspace"));
        {
            auto scratch = ScratchWallet::create(folder, QStringLiteral("review.sqlite"));
            QVERIFY(scratch.ok());
            QCOMPARE(scratch->path(), QDir(folder).filePath(QStringLiteral("review.sqlite")));
            QVERIFY(scratch->wallet().addIdentity(QStringLiteral("email"), QStringLiteral("b@example.org")).ok());
        }
        auto reopened = WalletFile::open(QDir(folder).filePath(QStringLiteral("review.sqlite")));
        QVERIFY(reopened.ok());
        QCOMPARE((*reopened)->identities().size(), 1);
        QCOMPARE((*reopened)->identities().first().second, QStringLiteral("b@example.org"));
    }

    void scratchReportsAWalletThatDoesNotOpen()
    {
        auto scratch = ScratchWallet::create(m_dir.path(), QString()); // the folder itself
        QVERIFY(!scratch.ok());
        QCOMPARE(scratch.error().code, QStringLiteral("wallet-open"));
    }
};

QTEST_GUILESS_MAIN(TestWalletFile)
#include "TestWalletFile.moc"
