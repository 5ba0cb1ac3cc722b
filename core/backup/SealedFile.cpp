#include "SealedFile.h"

#include "crypto/AesGcm.h"
#include "crypto/SecureBytes.h"

#include <QFile>

namespace Satchel {

ScryptParameters SealedFile::defaultScrypt()
{
    return ScryptParameters{quint64(1) << 15, 8, 1};
}

bool SealedFile::hasMagic(QByteArrayView bytes, QByteArrayView magic)
{
    return !magic.isEmpty() && bytes.startsWith(magic);
}

Result<QByteArray> SealedFile::seal(QByteArrayView plaintext, QByteArrayView passphrase, QByteArrayView magic,
                                    const ScryptParameters &scrypt)
{
    if (passphrase.isEmpty())
        return Error{QStringLiteral("empty-passphrase"), tr("The passphrase is empty.")};
    const int log2N = scrypt.n >= 2 ? qCountTrailingZeroBits(scrypt.n) : 0;
    BackupHeader header;
    header.magic = magic.toByteArray();
    header.log2N = log2N;
    header.r = scrypt.r;
    header.p = scrypt.p;
    if (magic.size() != 8 || (quint64(1) << log2N) != scrypt.n || log2N > BackupHeader::kMaxLog2N)
        return Error{QStringLiteral("invalid-parameters"), tr("The key derivation parameters are not acceptable.")};
    if (quint64(plaintext.size()) > BackupHeader::kMaxPlaintextBytes)
        return Error{QStringLiteral("backup-too-large"), tr("The data is too large to seal into one file.")};

    const SecureBytes salt = SecureBytes::random(BackupHeader::kSaltBytes);
    if (salt.size() != size_t(BackupHeader::kSaltBytes))
        return Error{QStringLiteral("crypto"), tr("The system could not provide random bytes.")};
    header.salt = QByteArray(reinterpret_cast<const char *>(salt.data()), qsizetype(salt.size()));
    header.plaintextBytes = quint64(plaintext.size());
    const QByteArray headerBytes = header.serialize();

    auto key = Scrypt::deriveKey(passphrase, header.salt, scrypt, AesGcm::kKeyBytes);
    if (!key)
        return key.error();
    auto sealed = AesGcm::encrypt(*key, plaintext, headerBytes);
    if (!sealed)
        return sealed.error();
    return QByteArray(headerBytes + *sealed);
}

Result<QByteArray> SealedFile::openFile(const QString &path, QByteArrayView passphrase, QByteArrayView magic)
{
    if (passphrase.isEmpty())
        return Error{QStringLiteral("empty-passphrase"), tr("The passphrase is empty.")};
    QFile file(path);
    const auto readError = [&file] {
        return Error{QStringLiteral("backup-read"), tr("Could not read %1: %2").arg(file.fileName(), file.errorString())};
    };
    if (!file.open(QIODevice::ReadOnly))
        return readError();
    const quint64 fileSize = quint64(file.size());
    const QByteArray headerBytes = file.read(BackupHeader::kSize);
    auto header = BackupHeader::parse(headerBytes, fileSize, magic);
    if (!header)
        return header.error();
    // Bounded by parse(): fileSize is exactly what the header announces, at most about 1 GiB.
    const QByteArray sealed = file.read(qint64(fileSize) - BackupHeader::kSize);
    if (quint64(sealed.size()) + BackupHeader::kSize != fileSize)
        return readError();
    return unseal(*header, headerBytes, sealed, passphrase);
}

Result<QByteArray> SealedFile::open(QByteArrayView bytes, QByteArrayView passphrase, QByteArrayView magic)
{
    if (passphrase.isEmpty())
        return Error{QStringLiteral("empty-passphrase"), tr("The passphrase is empty.")};
    auto header = BackupHeader::parse(bytes, quint64(bytes.size()), magic);
    if (!header)
        return header.error();
    return unseal(*header, bytes.first(BackupHeader::kSize), bytes.sliced(BackupHeader::kSize), passphrase);
}

Result<QByteArray> SealedFile::unseal(const BackupHeader &header, QByteArrayView headerBytes, QByteArrayView sealed,
                                      QByteArrayView passphrase)
{
    auto key = Scrypt::deriveKey(passphrase, header.salt, header.scrypt(), AesGcm::kKeyBytes);
    if (!key)
        return key.error();
    auto plain = AesGcm::decrypt(*key, sealed, headerBytes);
    if (!plain) {
        if (plain.error().code != QLatin1String("decrypt-failed"))
            return plain.error();
        // GCM cannot tell a wrong key from changed bytes, and neither can we.
        return Error{QStringLiteral("wrong-passphrase-or-damaged"),
                     tr("The file cannot be opened: wrong passphrase or damaged file.")};
    }
    return plain;
}

} // namespace Satchel
