// The fixed, authenticated header of a .satchel-backup file (docs/backup-format.md), and of every
// other file SealedFile seals (an encrypted review packet differs only in its magic). Its bytes are
// the AES-GCM additional data, so nothing in it can change without the body failing to open.
// Parsing is the first thing done with an untrusted file: every field is bounded here, before a
// key is derived or a byte of body is read.
//
// Error codes: "not-a-backup", "backup-version", "backup-unsupported", "backup-truncated",
// "backup-damaged" (extra bytes after the tag).
#pragma once

#include "Result.h"
#include "crypto/Scrypt.h"

#include <QByteArray>
#include <QCoreApplication>

namespace Satchel {

struct BackupHeader {
    Q_DECLARE_TR_FUNCTIONS(Satchel::BackupHeader)
public:
    static constexpr int kSize = 48;
    static constexpr int kSaltBytes = 16;
    static constexpr quint16 kFormatVersion = 1;
    static constexpr quint8 kKdfScrypt = 1;
    static constexpr quint8 kCipherAes256Gcm = 1;
    // A wallet of 10,000 credentials with images is a few hundred MB; anything past this is hostile.
    static constexpr quint64 kMaxPlaintextBytes = quint64(1) << 30;
    // The strongest scrypt cost a file may ask for (also bounded by Scrypt's memory limit).
    static constexpr int kMaxLog2N = 20;

    // The first eight bytes: what kind of sealed file this is.
    static QByteArray backupMagic();

    QByteArray magic = backupMagic();
    quint16 formatVersion = kFormatVersion;
    int log2N = 15;
    quint32 r = 8;
    quint32 p = 1;
    QByteArray salt;                 // kSaltBytes
    quint64 plaintextBytes = 0;

    ScryptParameters scrypt() const;
    // Size of the whole file this header describes: header, nonce, ciphertext, tag.
    quint64 fileBytes() const;

    QByteArray serialize() const;
    // bytes: at least the first kSize bytes of a file; fileSize: the file's real size; magic: the
    // kind of file expected (anything else is "not-a-backup").
    static Result<BackupHeader> parse(QByteArrayView bytes, quint64 fileSize, QByteArrayView magic = backupMagic());
};

} // namespace Satchel
