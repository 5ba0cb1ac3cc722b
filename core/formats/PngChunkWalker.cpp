#include "PngChunkWalker.h"

#include <zlib.h>

namespace Satchel {

bool PngChunk::crcMatches() const
{
    // type and body are adjacent in the file: the CRC covers both.
    return PngChunkWalker::crc(QByteArrayView(type.data(), type.size() + body.size())) == storedCrc;
}

Result<PngChunk> PngChunkWalker::next()
{
    const qsizetype size = m_png.size();
    const char *data = m_png.constData();
    if (size - m_pos < 12)
        return Error { QStringLiteral("malformed"), tr("The PNG image is truncated.") };
    const quint32 length = readBe32(data + m_pos);
    // PNG limits chunk lengths to 2^31-1; anything past the end of the file is corrupt.
    if (length > 0x7fffffffu || qint64(length) > qint64(size - m_pos - 12))
        return Error { QStringLiteral("malformed"), tr("A PNG chunk claims a length past the end of the file.") };
    PngChunk chunk;
    chunk.type = QByteArrayView(data + m_pos + 4, 4);
    chunk.body = QByteArrayView(data + m_pos + 8, qsizetype(length));
    chunk.whole = QByteArrayView(data + m_pos, 12 + qsizetype(length));
    chunk.storedCrc = readBe32(data + m_pos + 8 + qsizetype(length));
    m_pos += chunk.whole.size();
    return chunk;
}

quint32 PngChunkWalker::readBe32(const char *bytes)
{
    const auto *u = reinterpret_cast<const unsigned char *>(bytes);
    return (quint32(u[0]) << 24) | (quint32(u[1]) << 16) | (quint32(u[2]) << 8) | quint32(u[3]);
}

void PngChunkWalker::appendBe32(QByteArray &out, quint32 value)
{
    out.append(char(value >> 24)).append(char(value >> 16)).append(char(value >> 8)).append(char(value));
}

quint32 PngChunkWalker::crc(QByteArrayView typeAndData)
{
    return quint32(
        crc32(crc32(0L, Z_NULL, 0), reinterpret_cast<const Bytef *>(typeAndData.data()), uInt(typeAndData.size())));
}

} // namespace Satchel
