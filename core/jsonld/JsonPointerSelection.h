// The part of a JSON-LD document that a set of JSON pointers (RFC 6901) selects, as selective
// disclosure (ecdsa-sd-2023, VC-DI-ECDSA §3.4 "selectJsonLd") defines it: the document's @context,
// and for every pointer the value it names together with the "id" (unless a blank node's) and
// "type" of each object on the way down, so the selection stays linked to the same nodes; arrays
// keep only their selected elements, in order.
//
// Error code: "pointer" (a pointer that is malformed or does not match the document).
#pragma once

#include "Result.h"
#include "jsonld/JsonValue.h"

#include <QCoreApplication>
#include <QStringList>

namespace Satchel {

class JsonPointerSelection {
    Q_DECLARE_TR_FUNCTIONS(Satchel::JsonPointerSelection)
public:
    // An empty pointer ("") selects the whole document.
    static Result<JsonValue> select(const JsonValue &document, const QStringList &pointers);
};

} // namespace Satchel
