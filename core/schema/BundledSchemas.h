// The OB 3.0 and CLR 2.0 JSON Schemas Satchel ships (byte-identical copies of what the purl
// "/schema/json/" URLs served in 2026, the JSON-LD-tolerant adaptation; see
// fixtures/external/SOURCES.md, conform-ed). credentialSchema ids are looked up here and never
// fetched: a schema that is not bundled is "unknown", not a reason to go online.
#pragma once

#include "JsonSchemaValidator.h"

#include <QStringList>

#include <optional>

namespace Satchel {

class BundledSchemas {
public:
    // The schema ids that resolve (both the "/schema/json/" and "/schema/json-ld/" spellings).
    static QStringList ids();
    // A validator for a credentialSchema id; nullopt when the schema is not bundled.
    static std::optional<JsonSchemaValidator> validatorFor(const QString &schemaId);
};

} // namespace Satchel
