// One reason a JSON document does not conform to a schema: where (a JSON Pointer into the
// document, "" for the whole document) and what, in words for people.
#pragma once

#include <QString>

namespace Satchel {

struct SchemaError {
    QString path;
    QString message;
};

} // namespace Satchel
