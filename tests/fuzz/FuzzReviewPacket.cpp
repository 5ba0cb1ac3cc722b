// An unsealed review packet as the advisor's Satchel reads it: the zip, its manifest, the hash of
// every entry and the receipts.
#include "review/ReviewPacketReader.h"

#include <QByteArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)Satchel::ReviewPacketReader::fromZip(bytes);
    return 0;
}
