#include "BackupWriter.h"

#include "BackupHeader.h"
#include "SealedFile.h"
#include "io/AtomicFile.h"
#include "storage/Wallet.h"
#include "storage/WalletSnapshot.h"

#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QTemporaryDir>

#include <openssl/crypto.h>

namespace Satchel {

namespace {

// The plaintext copy (storage/WalletSnapshot) goes to a private temporary folder, is completed by
// beforeSealing and read back; the folder goes however this ends.
Result<QByteArray> snapshot(const QString &walletPath, QByteArrayView passphrase,
                            const BackupWriter::SnapshotHook &beforeSealing)
{
    if (!QFileInfo(walletPath).isFile())
        return Error{QStringLiteral("wallet-open"), BackupWriter::tr("There is no wallet at %1.").arg(walletPath)};
    QTemporaryDir dir; // 0700: the plaintext copy is readable by its owner only, and removed below
    if (!dir.isValid())
        return Error{QStringLiteral("backup-snapshot"), BackupWriter::tr("Could not create a temporary folder.")};
    const QString copyPath = dir.filePath(QStringLiteral("snapshot.sqlite"));
    if (auto copied = WalletSnapshot::copy(walletPath, copyPath); !copied) {
        return Error{QStringLiteral("backup-snapshot"),
                     BackupWriter::tr("Could not take a snapshot of the wallet: %1").arg(copied.error().message)};
    }
    if (beforeSealing) {
        // Closed again before the file is read: its last writes are then in the file itself.
        auto copy = WalletSnapshot::open(copyPath);
        if (!copy)
            return Error{QStringLiteral("backup-snapshot"),
                         BackupWriter::tr("Could not open the wallet snapshot: %1").arg(copy.error().message)};
        if (auto prepared = beforeSealing(**copy, passphrase); !prepared)
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
