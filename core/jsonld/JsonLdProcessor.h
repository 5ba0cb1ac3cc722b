// JsonLdProcessor: JSON-LD 1.1 context processing, expansion and toRdf (Deserialize JSON-LD to
// RDF), following the W3C JSON-LD 1.1 Processing Algorithms. Compaction and framing are not
// implemented (the wallet only needs canonical RDF).
//
// Error codes are the JSON-LD error code strings ("invalid local context", "protected term
// redefinition", "loading remote context failed", "context overflow", ...), plus:
//   "data-loss"       safe mode: expansion or toRdf would silently drop a term, IRI or value
//                     (Data Integrity's DATA_LOSS_DETECTION_ERROR);
//   "unknown-context" from BundledContextLoader (passed through);
//   "jsonld-too-deep" nesting beyond Options::maxDepth.
#pragma once

#include "DocumentLoader.h"
#include "JsonValue.h"
#include "RdfQuad.h"
#include "Result.h"

#include <QCoreApplication>

#include <optional>

namespace Satchel {

class JsonLdProcessor {
    Q_DECLARE_TR_FUNCTIONS(Satchel::JsonLdProcessor)
public:
    struct Options {
        QString base;                        // document base IRI; empty = no base (Data Integrity)
        bool safeMode = true;                // error "data-loss" instead of dropping data
        bool processingMode10 = false;       // json-ld-1.0 processing mode
        QString rdfDirection;                // "", "i18n-datatype" or "compound-literal"
        bool produceGeneralizedRdf = false;  // keep blank-node predicates
        std::optional<JsonValue> expandContext;
        QString expandContextBase;
        int maxRemoteContexts = 32;          // context chains/loops beyond this fail
        int maxDepth = 256;                  // nesting depth of the document
    };

    static Result<JsonValue> expand(const JsonValue &input, const DocumentLoader &loader,
                                    const Options &options);
    static Result<RdfDataset> toRdf(const JsonValue &input, const DocumentLoader &loader,
                                    const Options &options);
    // toRdf on an already expanded document (a JSON-LD expanded array).
    static Result<RdfDataset> expandedToRdf(const JsonValue &expanded, const Options &options);

    // Drops the process-wide cache of processed contexts (tests and benchmarks).
    static void clearContextCache();
};

} // namespace Satchel
