// Status lists: the encodedList (multibase or base64url, GZIP) and the bit lookup in what it
// decodes to; the same text as an IETF Token Status List's "lst" (base64url, ZLIB) with 1, 2, 4
// or 8 bits per status. A compressed bomb must stop at the cap.
#include "verify/StatusListChecker.h"
#include "verify/TokenStatusList.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 4)
        return 0;
    // The first four bytes are the index to look up; the rest is the encodedList text.
    const quint64 index = quint64(data[0]) | quint64(data[1]) << 8 | quint64(data[2]) << 16 | quint64(data[3]) << 24;
    const QString encoded = QString::fromUtf8(reinterpret_cast<const char *>(data) + 4, qsizetype(size - 4));
    const auto bitstring = Satchel::StatusListChecker::decodeEncodedList(encoded);
    if (bitstring)
        (void)Satchel::StatusListChecker::statusAt(bitstring.value(), index, 1 + int(data[0] % 8));
    const QJsonObject token { { QStringLiteral("bits"), 1 << (data[1] % 4) }, { QStringLiteral("lst"), encoded } };
    if (const auto list = Satchel::TokenStatusList::fromJson(token))
        (void)list->statusAt(index);
    return 0;
}
