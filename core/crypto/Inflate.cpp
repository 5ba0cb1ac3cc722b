#include "Inflate.h"

#include <zlib.h>

#include <memory>

namespace Satchel {

namespace {

struct InflateStream {
    z_stream stream{};
    bool open = false;
    ~InflateStream()
    {
        if (open)
            inflateEnd(&stream);
    }
};

} // namespace

Result<QByteArray> Inflate::decompress(QByteArrayView data, qsizetype maxOutput, Format format)
{
    int windowBits = 15 + 32;
    switch (format) {
    case Format::Auto:
        windowBits = 15 + 32;
        break;
    case Format::Gzip:
        windowBits = 15 + 16;
        break;
    case Format::Zlib:
        windowBits = 15;
        break;
    case Format::Raw:
        windowBits = -15;
        break;
    }
    if (data.size() > qsizetype(UINT_MAX))
        return Error{QStringLiteral("too-large"), tr("The compressed data is too large.")};

    InflateStream s;
    if (inflateInit2(&s.stream, windowBits) != Z_OK)
        return Error{QStringLiteral("malformed"), tr("Cannot start decompression.")};
    s.open = true;
    s.stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.data()));
    s.stream.avail_in = uInt(data.size());

    QByteArray out;
    constexpr qsizetype kChunk = 64 * 1024;
    int rc = Z_OK;
    while (rc != Z_STREAM_END) {
        // Grow by chunks but never beyond the cap (+1 byte to detect "more than the cap").
        const qsizetype room = std::min(kChunk, maxOutput + 1 - out.size());
        if (room <= 0)
            return Error{QStringLiteral("too-large"),
                         tr("The data decompresses to more than %1 bytes.").arg(maxOutput)};
        const qsizetype before = out.size();
        out.resize(before + room);
        s.stream.next_out = reinterpret_cast<Bytef *>(out.data() + before);
        s.stream.avail_out = uInt(room);
        rc = inflate(&s.stream, Z_NO_FLUSH);
        out.resize(before + room - qsizetype(s.stream.avail_out));
        if (rc == Z_STREAM_END) {
            // gzip allows several members back to back; anything else after the end is garbage.
            if (s.stream.avail_in == 0)
                break;
            const bool nextMember = format != Format::Zlib && format != Format::Raw && s.stream.avail_in >= 2
                && s.stream.next_in[0] == 0x1f && s.stream.next_in[1] == 0x8b;
            if (!nextMember)
                return Error{QStringLiteral("malformed"), tr("Unexpected data after the compressed stream.")};
            if (inflateReset(&s.stream) != Z_OK)
                return Error{QStringLiteral("malformed"), tr("Cannot continue decompression.")};
            rc = Z_OK;
            continue;
        }
        if (rc != Z_OK)
            return Error{QStringLiteral("malformed"), tr("The compressed data is corrupt or truncated.")};
        // All input consumed with output room left over, yet no end of stream: truncated.
        if (s.stream.avail_in == 0 && s.stream.avail_out > 0)
            return Error{QStringLiteral("malformed"), tr("The compressed data is truncated.")};
    }
    if (out.size() > maxOutput)
        return Error{QStringLiteral("too-large"), tr("The data decompresses to more than %1 bytes.").arg(maxOutput)};
    return out;
}

QByteArray Inflate::gzip(QByteArrayView data)
{
    z_stream stream{};
    if (deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    std::unique_ptr<z_stream, int (*)(z_stream *)> guard(&stream, deflateEnd);
    QByteArray out(qsizetype(deflateBound(&stream, uLong(data.size()))), Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.data()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    if (deflate(&stream, Z_FINISH) != Z_STREAM_END)
        return {};
    out.resize(qsizetype(stream.total_out));
    return out;
}

} // namespace Satchel
