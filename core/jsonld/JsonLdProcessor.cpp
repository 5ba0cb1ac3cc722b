// The public entry points. The algorithms live in one unit each, named after the section of
// https://www.w3.org/TR/json-ld11-api/ they implement:
//   §4.1.2 Context Processing        ContextProcessor (+ ContextCache)
//   §4.2.2 Create Term Definition    TermDefinitionCreator
//   §5.1.2 Expansion, §5.3.2 Value   Expander
//   §5.2.2 IRI Expansion             IriExpander (+ IriResolution, RFC 3986 §5.2)
//   §7.2.2 Node Map Generation       NodeMapGenerator (+ BlankNodeIssuer, §7.4)
//   §8.1.2 to §8.3.2 toRdf           RdfDeserializer
#include "JsonLdProcessor.h"

#include "ContextCache.h"
#include "ContextProcessor.h"
#include "Expander.h"
#include "ProcessingState.h"
#include "RdfDeserializer.h"

namespace Satchel {

using namespace JsonLd;

Result<JsonValue> JsonLdProcessor::expand(const JsonValue &input, const DocumentLoader &loader, const Options &options)
{
    ProcessingState state(loader, options);
    ContextProcessor contexts(state);
    JsonValue out;
    if (!Expander(state, contexts).expandDocument(input, out))
        return *state.error;
    return out;
}

Result<RdfDataset> JsonLdProcessor::toRdf(const JsonValue &input, const DocumentLoader &loader, const Options &options)
{
    // JSON-LD 1.1 API, Deserialize JSON-LD to RDF (toRdf) steps 1-2: expand, then the dataset.
    auto expanded = expand(input, loader, options);
    if (!expanded)
        return expanded.error();
    return expandedToRdf(*expanded, options);
}

Result<RdfDataset> JsonLdProcessor::expandedToRdf(const JsonValue &expanded, const Options &options)
{
    // toRdf loads nothing; a loader is part of the state all the same.
    struct NoLoader : DocumentLoader {
        Result<JsonValue> load(const QString &url) const override
        {
            return Error{QStringLiteral("unknown-context"), url};
        }
    } noLoader;
    ProcessingState state(noLoader, options);
    RdfDataset out;
    if (!RdfDeserializer(state).toRdf(expanded, out))
        return *state.error;
    return out;
}

void JsonLdProcessor::clearContextCache()
{
    ContextCache::clear();
}

} // namespace Satchel
