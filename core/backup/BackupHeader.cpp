#include "BackupHeader.h"

#include "crypto/AesGcm.h"

#include <QtEndian>

namespace Satchel {

QByteArray BackupHeader::backupMagic()
{
    // Eight bytes no text or SQLite file starts with; the 0x1a stops `type` on Windows from dumping
    // the binary body.
    return QByteArrayLiteral("SATCHBK\x1a");
}

ScryptParameters BackupHeader::scrypt() const
{
    ScryptParameters params;
    params.n = quint64(1) << log2N;
    params.r = r;
    params.p = p;
    return params;
}

quint64 BackupHeader::fileBytes() const
{
    return quint64(kSize) + AesGcm::kNonceBytes + plaintextBytes + AesGcm::kTagBytes;
}

QByteArray BackupHeader::serialize() const
{
    QByteArray out(kSize, '\0');
    auto *p8 = reinterpret_cast<uchar *>(out.data());
    memcpy(p8, magic.constData(), size_t(qMin<qsizetype>(magic.size(), 8)));
    qToBigEndian<quint16>(formatVersion, p8 + 8);
    qToBigEndian<quint16>(quint16(kSize), p8 + 10);
    p8[12] = kKdfScrypt;
    p8[13] = kCipherAes256Gcm;
    p8[14] = quint8(log2N);
    p8[15] = 0; // reserved
    qToBigEndian<quint32>(r, p8 + 16);
    qToBigEndian<quint32>(p, p8 + 20);
    memcpy(p8 + 24, salt.constData(), size_t(qMin<qsizetype>(salt.size(), kSaltBytes)));
    qToBigEndian<quint64>(plaintextBytes, p8 + 40);
    return out;
}

Result<BackupHeader> BackupHeader::parse(QByteArrayView bytes, quint64 fileSize, QByteArrayView magic)
{
    if (magic.size() != 8 || bytes.size() < magic.size() || memcmp(bytes.data(), magic.data(), 8) != 0)
        return Error{QStringLiteral("not-a-backup"), tr("This file is not a Satchel backup.")};
    if (bytes.size() < kSize || fileSize < quint64(kSize))
        return Error{QStringLiteral("backup-truncated"), tr("The backup file is incomplete (truncated).")};
    const auto *p8 = reinterpret_cast<const uchar *>(bytes.data());
    BackupHeader h;
    h.magic = magic.toByteArray();
    h.formatVersion = qFromBigEndian<quint16>(p8 + 8);
    if (h.formatVersion != kFormatVersion) {
        return Error{QStringLiteral("backup-version"),
                     tr("This backup uses format version %1, which this version of Satchel cannot read.")
                         .arg(h.formatVersion)};
    }
    const quint16 headerSize = qFromBigEndian<quint16>(p8 + 10);
    h.log2N = p8[14];
    h.r = qFromBigEndian<quint32>(p8 + 16);
    h.p = qFromBigEndian<quint32>(p8 + 20);
    h.salt = bytes.sliced(24, kSaltBytes).toByteArray();
    h.plaintextBytes = qFromBigEndian<quint64>(p8 + 40);
    // A hostile header could ask scrypt for terabytes of memory or the reader for a huge buffer.
    const quint64 memory = 128 * (quint64(1) << qMin(h.log2N, 40)) * quint64(h.r);
    if (headerSize != kSize || p8[12] != kKdfScrypt || p8[13] != kCipherAes256Gcm || p8[15] != 0
        || h.log2N < 1 || h.log2N > kMaxLog2N || h.r == 0 || h.r > Scrypt::kMaxR || h.p == 0
        || h.p > Scrypt::kMaxP || memory > Scrypt::kMaxMemoryBytes || h.plaintextBytes > kMaxPlaintextBytes) {
        return Error{QStringLiteral("backup-unsupported"),
                     tr("The backup's header asks for settings Satchel does not accept; the file is damaged "
                        "or was not made by Satchel.")};
    }
    if (fileSize < h.fileBytes())
        return Error{QStringLiteral("backup-truncated"), tr("The backup file is incomplete (truncated).")};
    if (fileSize > h.fileBytes())
        return Error{QStringLiteral("backup-damaged"),
                     tr("The backup file has extra bytes at its end; it is damaged.")};
    return h;
}

} // namespace Satchel
