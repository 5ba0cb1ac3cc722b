// JSON-LD expansion, toRdf and RDFC-1.0 over the bundled contexts, as Data Integrity runs them
// (safe mode, no base). Poison graphs must end at the work budget, not in a hang; the budget is a
// twentieth of the product's so that each input stays fast under ASan (see FuzzNQuads.cpp).
#include "jsonld/JsonLdCanonicalizer.h"

#include <QByteArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    Satchel::JsonLdCanonicalizer::Options options;
    options.workLimit /= 20;
    (void)Satchel::JsonLdCanonicalizer::canonicalize(bytes, Satchel::BundledContextLoader::instance(), options);
    return 0;
}
