#include "BackupReader.h"

#include "BackupHeader.h"
#include "crypto/AesGcm.h"
#include "crypto/Scrypt.h"

#include <QFile>
#include <QScopeGuard>
#include <QTemporaryDir>

#include <openssl/crypto.h>

namespace Satchel {

namespace {

Error readError(const QFile &file)
{
    return Error{QStringLiteral("backup-read"),
                 BackupReader::tr("Could not read the backup %1: %2").arg(file.fileName(), file.errorString())};
}

} // namespace

Result<RestoreReport> BackupReader::restore(const QString &backupPath, QByteArrayView passphrase,
                                            const QString &targetWalletPath)
{
    if (passphrase.isEmpty())
        return Error{QStringLiteral("empty-passphrase"), tr("The passphrase is empty.")};
    QFile file(backupPath);
    if (!file.open(QIODevice::ReadOnly))
        return readError(file);
    const quint64 fileSize = quint64(file.size());
    const QByteArray headerBytes = file.read(BackupHeader::kSize);
    auto header = BackupHeader::parse(headerBytes, fileSize);
    if (!header)
        return header.error();
    // Bounded by parse(): fileSize is exactly what the header announces, at most about 1 GiB.
    const QByteArray sealed = file.read(qint64(fileSize) - BackupHeader::kSize);
    if (quint64(sealed.size()) + BackupHeader::kSize != fileSize)
        return readError(file);

    auto key = Scrypt::deriveKey(passphrase, header->salt, header->scrypt(), AesGcm::kKeyBytes);
    if (!key)
        return key.error();
    auto plain = AesGcm::decrypt(*key, sealed, headerBytes);
    if (!plain) {
        if (plain.error().code != QLatin1String("decrypt-failed"))
            return plain.error();
        // GCM cannot tell a wrong key from changed bytes, and neither can we.
        return Error{QStringLiteral("wrong-passphrase-or-damaged"),
                     tr("The backup cannot be opened: wrong passphrase or damaged file.")};
    }
    auto wipe = qScopeGuard([&] { OPENSSL_cleanse(plain->data(), size_t(plain->size())); });

    // SQLite reads files, so the snapshot goes to a private (0700) folder removed on return.
    QTemporaryDir dir;
    const QString snapshotPath = dir.filePath(QStringLiteral("restore.sqlite"));
    QFile snapshot(snapshotPath);
    if (!dir.isValid() || !snapshot.open(QIODevice::WriteOnly) || snapshot.write(*plain) != plain->size()
        || !snapshot.flush()) {
        return Error{QStringLiteral("backup-read"),
                     tr("Could not unpack the backup into a temporary folder: %1").arg(snapshot.errorString())};
    }
    snapshot.close();
    return WalletMerger::merge(snapshotPath, targetWalletPath);
}

} // namespace Satchel
