// Backups and sealed review packets. Two things are read from an untrusted file: the header,
// before anything is authenticated (magic, format version, scrypt parameters, sizes), and, once
// decrypted, the SQLite snapshot that is merged into the wallet. An input that starts like a
// SQLite file is merged into a fresh wallet; anything else is parsed as a header of both kinds.
#include "backup/BackupHeader.h"
#include "backup/WalletMerger.h"
#include "review/ReviewPacketFormat.h"
#include "storage/RestoreTarget.h"
#include "storage/Wallet.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace Satchel;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    if (bytes.startsWith("SQLite format 3")) {
        QTemporaryDir dir;
        QFile snapshot(dir.filePath(QStringLiteral("snapshot.sqlite")));
        if (!snapshot.open(QIODevice::WriteOnly) || snapshot.write(bytes) != bytes.size())
            return 0;
        snapshot.close();
        (void)RestoreTarget::restoreInto(dir.filePath(QStringLiteral("wallet.sqlite")), [&](Wallet &wallet) {
            return WalletMerger::merge(snapshot.fileName(), wallet);
        });
        return 0;
    }
    // The file size is what the reader takes from the file system; let the input pick it too.
    const quint64 fileSize = size >= 8 ? quint64(size) * (data[size - 1] + 1) : quint64(size);
    (void)BackupHeader::parse(bytes, fileSize);
    (void)BackupHeader::parse(bytes, fileSize, ReviewPacketFormat::sealedMagic());
    return 0;
}
