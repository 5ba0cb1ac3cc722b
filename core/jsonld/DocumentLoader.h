// DocumentLoader: where the JSON-LD engine gets remote contexts (@context URLs, @import).
// The product uses BundledContextLoader (bundled contexts only, never the network); the
// test harness maps the W3C suite's URLs to the suite's files.
#pragma once

#include "JsonValue.h"
#include "Result.h"

#include <QString>

#include <atomic>

namespace Satchel {

class DocumentLoader {
public:
    DocumentLoader() : m_instanceId(nextInstanceId()) {}
    DocumentLoader(const DocumentLoader &) : m_instanceId(nextInstanceId()) {}
    DocumentLoader &operator=(const DocumentLoader &) { return *this; }
    virtual ~DocumentLoader() = default;

    // Unique per loader object for the process lifetime (never reused, unlike an address): the
    // engine's process-wide cache of processed contexts is keyed by it.
    quint64 instanceId() const { return m_instanceId; }

    // Returns the parsed document for an absolute URL. The returned value should be the same
    // (shared) JsonValue on every call for the same URL: the engine caches processed contexts by
    // the identity of the context's storage. Errors: "loading-document-failed".
    virtual Result<JsonValue> load(const QString &url) const = 0;

private:
    static quint64 nextInstanceId()
    {
        static std::atomic<quint64> counter{0};
        return ++counter;
    }
    quint64 m_instanceId;
};

} // namespace Satchel
