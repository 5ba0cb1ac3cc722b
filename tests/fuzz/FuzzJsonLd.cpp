// JSON-LD expansion, toRdf and RDFC-1.0 over the bundled contexts, as Data Integrity runs them
// (safe mode, no base). Poison graphs must end at the work budget, not in a hang.
#include "jsonld/JsonLdCanonicalizer.h"

#include <QByteArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)Satchel::JsonLdCanonicalizer::canonicalize(bytes);
    return 0;
}
