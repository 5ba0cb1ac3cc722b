#include "BackupReader.h"

#include "SealedFile.h"

#include <QFile>
#include <QScopeGuard>
#include <QTemporaryDir>

#include <openssl/crypto.h>

namespace Satchel {

Result<RestoreReport> BackupReader::restore(const QString &backupPath, QByteArrayView passphrase,
                                            Wallet &target)
{
    auto plain = SealedFile::openFile(backupPath, passphrase, BackupHeader::backupMagic());
    if (!plain) {
        if (plain.error().code == QLatin1String("wrong-passphrase-or-damaged"))
            return Error{plain.error().code, tr("The backup cannot be opened: wrong passphrase or damaged file.")};
        return plain.error();
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
    return WalletMerger::merge(snapshotPath, target);
}

} // namespace Satchel
