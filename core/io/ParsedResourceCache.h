// What a bundled resource (a JSON-LD context, a JSON Schema) parses to, kept for the process's
// life: each resource is read and parsed once, whichever thread asks first.
#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

namespace Satchel {

template <class Parsed>
struct ParsedResourceCache {
    QMutex mutex; // held while looking up and while parsing, so a resource is parsed once
    QHash<QString, Parsed> parsed;

    static ParsedResourceCache &instance()
    {
        static ParsedResourceCache cache;
        return cache;
    }
};

} // namespace Satchel
