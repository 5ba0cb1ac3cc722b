// One mechanism for every passphrase-protected file Satchel writes (wallet backups, review
// packets): the plaintext sealed with AES-256-GCM under a key scrypt derives from the passphrase,
// behind the authenticated BackupHeader whose magic says what kind of file it is
// (docs/backup-format.md). Callers give the magic and get bytes back; they never see keys.
//
// Error codes: "empty-passphrase", "invalid-parameters", "crypto", "backup-too-large",
// "backup-read", "wrong-passphrase-or-damaged", and those of BackupHeader::parse.
#pragma once

#include "BackupHeader.h"
#include "Result.h"
#include "crypto/Scrypt.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Satchel {

class SealedFile {
    Q_DECLARE_TR_FUNCTIONS(Satchel::SealedFile)
public:
    // The production cost: N = 2^15, r = 8, p = 1 (about 32 MiB, a tenth of a second).
    static ScryptParameters defaultScrypt();

    // The whole file: header, nonce, ciphertext, tag.
    static Result<QByteArray> seal(QByteArrayView plaintext, QByteArrayView passphrase, QByteArrayView magic,
                                   const ScryptParameters &scrypt = defaultScrypt());
    // Reads and opens the file at path. The header is parsed and bounded before anything else is read.
    static Result<QByteArray> openFile(const QString &path, QByteArrayView passphrase, QByteArrayView magic);
    // The same for a sealed file already in memory (a holder key kept in the wallet).
    static Result<QByteArray> open(QByteArrayView bytes, QByteArrayView passphrase, QByteArrayView magic);
    // Whether bytes start like a sealed file of this kind (cheap sniffing, nothing is checked).
    static bool hasMagic(QByteArrayView bytes, QByteArrayView magic);

private:
    static Result<QByteArray> unseal(const BackupHeader &header, QByteArrayView headerBytes, QByteArrayView sealed,
                                     QByteArrayView passphrase);
};

} // namespace Satchel
