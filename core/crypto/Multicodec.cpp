#include "Multicodec.h"

namespace Satchel {

QByteArray Multicodec::encode(quint64 codec, QByteArrayView data)
{
    QByteArray out;
    do {
        unsigned char b = codec & 0x7f;
        codec >>= 7;
        if (codec)
            b |= 0x80;
        out.append(char(b));
    } while (codec);
    out.append(data.data(), data.size());
    return out;
}

Result<Multicodec::Value> Multicodec::decode(QByteArrayView bytes)
{
    quint64 codec = 0;
    // Multicodec varints are at most 9 bytes; codes we know fit in 3.
    for (qsizetype i = 0; i < bytes.size() && i < 9; ++i) {
        const auto b = static_cast<unsigned char>(bytes[i]);
        codec |= quint64(b & 0x7f) << (7 * i);
        if (!(b & 0x80)) {
            // Reject non-minimal encodings (a trailing zero group), so one key has one spelling.
            if (i > 0 && b == 0)
                break;
            return Value{codec, bytes.sliced(i + 1).toByteArray()};
        }
    }
    return Error{QStringLiteral("malformed"), tr("Invalid multicodec prefix.")};
}

} // namespace Satchel
