#include "Base64Url.h"

#include "AlphabetDecodeTable.h"

#include <array>

namespace Satchel {

namespace {

constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

constexpr auto kDecode = alphabetDecodeTable(kAlphabet);

} // namespace

QByteArray Base64Url::encode(QByteArrayView bytes)
{
    QByteArray out;
    out.reserve((bytes.size() * 4 + 2) / 3);
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    for (; i + 3 <= n; i += 3) {
        const quint32 v = (quint32(p[i]) << 16) | (quint32(p[i + 1]) << 8) | p[i + 2];
        out.append(kAlphabet[(v >> 18) & 63]);
        out.append(kAlphabet[(v >> 12) & 63]);
        out.append(kAlphabet[(v >> 6) & 63]);
        out.append(kAlphabet[v & 63]);
    }
    if (n - i == 1) {
        const quint32 v = quint32(p[i]) << 16;
        out.append(kAlphabet[(v >> 18) & 63]);
        out.append(kAlphabet[(v >> 12) & 63]);
    } else if (n - i == 2) {
        const quint32 v = (quint32(p[i]) << 16) | (quint32(p[i + 1]) << 8);
        out.append(kAlphabet[(v >> 18) & 63]);
        out.append(kAlphabet[(v >> 12) & 63]);
        out.append(kAlphabet[(v >> 6) & 63]);
    }
    return out;
}

Result<QByteArray> Base64Url::decode(QByteArrayView text, Padding padding)
{
    if (padding == Padding::Allow) {
        // At most two '=' and only where they complete a 4-character group.
        int pads = 0;
        while (!text.isEmpty() && text.back() == '=' && pads < 2) {
            text.chop(1);
            ++pads;
        }
        if (pads > 0 && (text.size() + pads) % 4 != 0)
            return Error{QStringLiteral("malformed"), tr("Invalid padding in base64url text.")};
    }
    if (text.size() % 4 == 1)
        return Error{QStringLiteral("malformed"), tr("Invalid length for base64url text.")};

    QByteArray out;
    out.reserve(text.size() * 3 / 4);
    quint32 acc = 0;
    int bits = 0;
    for (const char c : text) {
        const int v = kDecode[static_cast<unsigned char>(c)];
        if (v < 0)
            return Error{QStringLiteral("malformed"), tr("Invalid character in base64url text.")};
        acc = (acc << 6) | quint32(v);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out.append(char((acc >> bits) & 0xff));
        }
    }
    // Leftover bits must be zero, otherwise two different texts would decode to the same bytes.
    if (bits > 0 && (acc & ((1u << bits) - 1)) != 0)
        return Error{QStringLiteral("malformed"), tr("Non-canonical base64url text (trailing bits set).")};
    return out;
}

} // namespace Satchel
