// API §5.2.2 IRI Expansion: a term, compact IRI, keyword or relative IRI to an absolute IRI (or
// keyword, or blank node identifier). Internal to core/jsonld.
#pragma once

#include "ActiveContext.h"

#include <QString>

namespace Satchel::JsonLd {

class IriExpander {
public:
    // While a context is being processed, IRI expansion may meet a term of that same local
    // context that is not defined yet; steps 3 and 6.3 then create its definition first.
    // TermDefinitionCreator implements this; outside context processing there is none.
    class PendingTerms {
    public:
        virtual ~PendingTerms() = default;
        // Step 6.3 for 'prefix': define it if the local context has it and it is not yet
        // defined. False on error.
        virtual bool definePrefix(const QString &prefix) = 0;
    };

    // Steps 1, 2 and 4 to 9 (step 3 is the caller's, see TermDefinitionCreator::expandIri).
    // 'vocab' = relative to the vocabulary mapping, 'documentRelative' = to the base IRI.
    // Null (an empty string) when the value maps to null.
    static QString expand(const ActiveContext &ctx, const QString &value, bool documentRelative,
                          bool vocab, PendingTerms *pending = nullptr);
};

} // namespace Satchel::JsonLd
