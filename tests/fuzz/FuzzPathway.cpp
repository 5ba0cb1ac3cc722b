// Pathway files in every format Satchel reads (its own, Badgr/Canvas, CLR associations).
#include "pathways/PathwayReader.h"

#include <QByteArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)Satchel::PathwayReader::fromBytes(bytes, QStringLiteral("fuzz.json"));
    return 0;
}
