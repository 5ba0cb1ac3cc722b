#include "BackupWriter.h"

#include "BackupHeader.h"
#include "SealedFile.h"
#include "io/AtomicFile.h"

#include <QAtomicInteger>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <openssl/crypto.h>

namespace Satchel {

namespace {

QAtomicInteger<quint64> s_snapshotCounter;

// VACUUM INTO writes a transactionally consistent copy of the live database (WAL content
// included) as one self-contained file, on a connection of our own opened read-only: the wallet
// may stay open in the GUI while it runs, and we need no sqlite3 handle from QtSql.
Result<QByteArray> snapshot(const QString &walletPath, QByteArrayView passphrase,
                            const BackupWriter::SnapshotHook &beforeSealing)
{
    if (!QFileInfo(walletPath).isFile())
        return Error{QStringLiteral("wallet-open"), BackupWriter::tr("There is no wallet at %1.").arg(walletPath)};
    QTemporaryDir dir; // 0700: the plaintext copy is readable by its owner only, and removed below
    if (!dir.isValid())
        return Error{QStringLiteral("backup-snapshot"), BackupWriter::tr("Could not create a temporary folder.")};
    const QString copyPath = dir.filePath(QStringLiteral("snapshot.sqlite"));
    const QString connection = QStringLiteral("satchel-backup-snapshot-%1").arg(++s_snapshotCounter);
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(walletPath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (!q.prepare(QStringLiteral("VACUUM INTO ?"))) {
                error = q.lastError().text();
            } else {
                q.addBindValue(copyPath);
                if (!q.exec())
                    error = q.lastError().text();
            }
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    if (!error.isEmpty()) {
        return Error{QStringLiteral("backup-snapshot"),
                     BackupWriter::tr("Could not take a snapshot of the wallet: %1").arg(error)};
    }
    if (beforeSealing) {
        if (auto prepared = beforeSealing(copyPath, passphrase); !prepared)
            return prepared.error();
    }
    QFile file(copyPath);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{QStringLiteral("backup-snapshot"),
                     BackupWriter::tr("Could not read the wallet snapshot: %1").arg(file.errorString())};
    }
    if (quint64(file.size()) > BackupHeader::kMaxPlaintextBytes) {
        return Error{QStringLiteral("backup-too-large"),
                     BackupWriter::tr("The wallet is too large to back up into one file.")};
    }
    return file.readAll();
}

} // namespace

ScryptParameters BackupWriter::defaultScrypt()
{
    return SealedFile::defaultScrypt();
}

Status BackupWriter::write(const QString &walletPath, const QString &outPath, QByteArrayView passphrase,
                           const ScryptParameters &scrypt, const SnapshotHook &beforeSealing)
{
    if (passphrase.isEmpty())
        return Error{QStringLiteral("empty-passphrase"), tr("The passphrase is empty.")};
    auto plain = snapshot(walletPath, passphrase, beforeSealing);
    if (!plain)
        return plain.error();
    // The wallet's plaintext is wiped from memory however this function ends.
    auto wipe = qScopeGuard([&] { OPENSSL_cleanse(plain->data(), size_t(plain->size())); });
    auto sealed = SealedFile::seal(*plain, passphrase, BackupHeader::backupMagic(), scrypt);
    if (!sealed)
        return sealed.error();

    return AtomicFile::write(outPath, *sealed);
}

} // namespace Satchel
