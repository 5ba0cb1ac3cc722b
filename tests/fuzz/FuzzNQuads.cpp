// The N-Quads parser and RDFC-1.0 canonicalization of what it parsed.
#include "jsonld/JsonLdCanonicalizer.h"
#include "jsonld/NQuads.h"

#include <QByteArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto dataset = Satchel::NQuads::parse(bytes, 10000);
    if (dataset)
        (void)Satchel::NQuads::serialize(dataset.value());
    (void)Satchel::JsonLdCanonicalizer::canonicalizeNQuads(bytes);
    return 0;
}
