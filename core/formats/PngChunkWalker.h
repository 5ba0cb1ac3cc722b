// Walks the chunks of a PNG file (PNG 3rd edition, 5.3: length, type, data, CRC), checking that
// each fits in the file. What both reading a baked badge and baking one need, with one set of
// bounds checks on untrusted bytes.
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>

namespace Satchel {

struct PngChunk {
    QByteArrayView type;  // four letters, e.g. "iTXt"
    QByteArrayView body;  // the chunk data
    QByteArrayView whole; // length, type, data and CRC: the chunk as it is in the file
    quint32 storedCrc = 0;

    bool crcMatches() const; // over type and data, as PNG defines it
};

class PngChunkWalker {
    Q_DECLARE_TR_FUNCTIONS(Satchel::PngChunkWalker)
public:
    // png must outlive the walker; its first 8 bytes (the signature) are skipped, not checked.
    explicit PngChunkWalker(const QByteArray &png) : m_png(png) {}

    bool atEnd() const { return m_pos >= m_png.size(); }
    // The next chunk, or a "malformed" error when it is truncated or claims bytes past the end.
    Result<PngChunk> next();

    static quint32 readBe32(const char *bytes);
    static void appendBe32(QByteArray &out, quint32 value);
    static quint32 crc(QByteArrayView typeAndData);

private:
    const QByteArray &m_png;
    qsizetype m_pos = 8;
};

} // namespace Satchel
