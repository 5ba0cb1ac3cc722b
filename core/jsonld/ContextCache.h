// Process-wide cache of processed contexts (API §4.1.2 step 5.2.4 allows reusing a dereferenced
// context; this goes further and reuses the processed result). Every credential names the same
// few contexts, and type-scoped contexts would otherwise be processed again for every node of
// that type. Internal to core/jsonld.
#pragma once

#include "ActiveContext.h"
#include "JsonValue.h"

#include <QString>

namespace Satchel::JsonLd {

class ContextCache {
public:
    // (loader, active context, local context identity, flags) -> result. Local contexts are keyed
    // by the identity of their shared storage (or their URL), which is stable because loaders
    // return the same shared JsonValue for a URL and entries keep their inputs alive, so a cached
    // address cannot be reused by another context.
    struct Key {
        quint64 loader;
        const void *active;
        const void *local;
        QString url;
        QString base;
        int flags;
        bool operator==(const Key &o) const
        {
            return loader == o.loader && active == o.active && local == o.local && url == o.url
                && base == o.base && flags == o.flags;
        }
    };

    // Bits of Key::flags: the arguments of Context Processing that change its result.
    enum Flag : int {
        OverrideProtected = 1,
        Propagate = 2,
        ValidateScoped = 4,
        ProcessingMode10 = 8,
        WholeCall = 16, // a whole (possibly array) local context, not one of its entries
    };

    // Memory limit: beyond this many entries the cache starts over (a hostile stream of distinct
    // contexts must not grow it without bound).
    static constexpr int kMaxEntries = 20000;

    // The cached result, or null.
    static CtxPtr find(const Key &key);
    static void insert(const Key &key, const CtxPtr &result, const CtxPtr &keepActive,
                       const JsonValue &keepLocal);
    static void clear();

    // The address of an object's or array's shared storage; null for scalars.
    static const void *identityOf(const JsonValue &v);
};

size_t qHash(const ContextCache::Key &k, size_t seed = 0);

} // namespace Satchel::JsonLd
