// The N-Quads parser and RDFC-1.0 canonicalization of what it parsed. The work budget is a
// twentieth of the product's: poison graphs (W3C test074 and its mutants) take about 0.3 s to reach
// the full budget natively, over ten seconds under ASan, and the fuzzer is here for memory safety
// and hangs, not to re-measure the budget (tst_JsonLdHostile does that).
#include "jsonld/JsonLdCanonicalizer.h"
#include "jsonld/NQuads.h"

#include <QByteArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto dataset = Satchel::NQuads::parse(bytes, 10000);
    if (dataset)
        (void)Satchel::NQuads::serialize(dataset.value());
    Satchel::JsonLdCanonicalizer::Options options;
    options.workLimit /= 20;
    (void)Satchel::JsonLdCanonicalizer::canonicalizeNQuads(bytes, options);
    return 0;
}
