// A term definition of an active context (API §4.1, "term definition"; built by API §4.2.2
// Create Term Definition). Internal to core/jsonld.
#pragma once

#include "JsonValue.h"

#include <QString>

#include <memory>

namespace Satchel::JsonLd {

// "has..." flags beside values: the spec distinguishes an absent mapping from one set to null
// (an explicit "@language": null removes the default language for this term).
struct TermDefinition {
    QString iri;
    bool iriNull = false; // term explicitly mapped to null
    bool prefix = false;
    bool isProtected = false;
    bool reverse = false;
    bool hasType = false;
    QString type;
    bool hasLanguage = false;
    QString language; // empty with hasLanguage = explicit null
    bool hasDirection = false;
    QString direction; // empty with hasDirection = explicit null
    int containers = 0; // Container bits
    bool hasIndex = false;
    QString index;
    bool hasContext = false; // property- or type-scoped context
    JsonValue context;
    QString contextBase;
    bool hasNest = false;
    QString nest;

    // API §4.2.2 step 27.1: a protected term may be "redefined" only to the same definition,
    // comparing everything but the protected flag itself.
    bool sameAs(const TermDefinition &o) const
    {
        return iri == o.iri && iriNull == o.iriNull && prefix == o.prefix && reverse == o.reverse
            && hasType == o.hasType && type == o.type && hasLanguage == o.hasLanguage
            && language == o.language && hasDirection == o.hasDirection && direction == o.direction
            && containers == o.containers && hasIndex == o.hasIndex && index == o.index
            && hasContext == o.hasContext && context == o.context && hasNest == o.hasNest
            && nest == o.nest;
    }
};
// Shared and immutable once created: copying an active context (API §4.1.2 step 1) then copies
// pointers, not definitions.
using TermPtr = std::shared_ptr<const TermDefinition>;

} // namespace Satchel::JsonLd
