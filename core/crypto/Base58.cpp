#include "Base58.h"

#include "AlphabetDecodeTable.h"

#include <array>
#include <vector>

namespace Satchel {

namespace {

constexpr char kAlphabet[] = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

constexpr auto kDecode = alphabetDecodeTable(kAlphabet);

} // namespace

QByteArray Base58::encode(QByteArrayView bytes)
{
    qsizetype zeros = 0;
    while (zeros < bytes.size() && bytes[zeros] == 0)
        ++zeros;
    // Base-58 digits, least significant first.
    std::vector<unsigned char> digits;
    digits.reserve(bytes.size() * 138 / 100 + 1);
    for (qsizetype i = zeros; i < bytes.size(); ++i) {
        unsigned int carry = static_cast<unsigned char>(bytes[i]);
        for (auto &d : digits) {
            carry += static_cast<unsigned int>(d) << 8;
            d = static_cast<unsigned char>(carry % 58);
            carry /= 58;
        }
        while (carry) {
            digits.push_back(static_cast<unsigned char>(carry % 58));
            carry /= 58;
        }
    }
    QByteArray out(zeros, '1');
    out.reserve(zeros + qsizetype(digits.size()));
    for (auto it = digits.rbegin(); it != digits.rend(); ++it)
        out.append(kAlphabet[*it]);
    return out;
}

Result<QByteArray> Base58::decode(QByteArrayView text)
{
    if (text.size() > kMaxTextLength)
        return Error{QStringLiteral("too-large"), tr("The base58 text is too long.")};
    qsizetype ones = 0;
    while (ones < text.size() && text[ones] == '1')
        ++ones;
    // Bytes, least significant first.
    std::vector<unsigned char> bytes;
    bytes.reserve(text.size() * 733 / 1000 + 1);
    for (qsizetype i = ones; i < text.size(); ++i) {
        const int v = kDecode[static_cast<unsigned char>(text[i])];
        if (v < 0)
            return Error{QStringLiteral("malformed"), tr("Invalid character in base58 text.")};
        unsigned int carry = static_cast<unsigned int>(v);
        for (auto &b : bytes) {
            carry += static_cast<unsigned int>(b) * 58;
            b = static_cast<unsigned char>(carry & 0xff);
            carry >>= 8;
        }
        while (carry) {
            bytes.push_back(static_cast<unsigned char>(carry & 0xff));
            carry >>= 8;
        }
    }
    QByteArray out(ones, '\0');
    out.reserve(ones + qsizetype(bytes.size()));
    for (auto it = bytes.rbegin(); it != bytes.rend(); ++it)
        out.append(char(*it));
    return out;
}

} // namespace Satchel
