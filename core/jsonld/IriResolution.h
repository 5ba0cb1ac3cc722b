// Reference resolution (RFC 3986 §5.2), which JSON-LD uses wherever an IRI is "resolved against"
// a base: relative @context URLs (API §4.1.2 step 5.2.1), @import (step 5.6.3), @base (step 5.7.4)
// and document-relative IRI expansion (API §5.2.2 step 8). Internal to core/jsonld.
#pragma once

#include <QString>

namespace Satchel::JsonLd {

// The target URI of 'ref' against 'base'; 'ref' unchanged when base is empty (no base IRI).
QString resolveIri(const QString &base, const QString &ref);

} // namespace Satchel::JsonLd
