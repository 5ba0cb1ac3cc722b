#include "ContextCache.h"

#include <QHash>
#include <QMutex>

namespace Satchel::JsonLd {

namespace {

struct Entry {
    CtxPtr result;
    CtxPtr keepActive;
    JsonValue keepLocal;
};

struct Store {
    QMutex mutex;
    QHash<ContextCache::Key, Entry> map;
};

Store &store()
{
    static Store s;
    return s;
}

} // namespace

size_t qHash(const ContextCache::Key &k, size_t seed)
{
    return qHashMulti(seed, k.loader, k.active, k.local, k.url, k.base, k.flags);
}

CtxPtr ContextCache::find(const Key &key)
{
    Store &s = store();
    QMutexLocker lock(&s.mutex);
    auto it = s.map.constFind(key);
    return it == s.map.constEnd() ? nullptr : it->result;
}

void ContextCache::insert(const Key &key, const CtxPtr &result, const CtxPtr &keepActive,
                          const JsonValue &keepLocal)
{
    Store &s = store();
    QMutexLocker lock(&s.mutex);
    if (s.map.size() > kMaxEntries)
        s.map.clear();
    s.map.insert(key, Entry{result, keepActive, keepLocal});
}

void ContextCache::clear()
{
    Store &s = store();
    QMutexLocker lock(&s.mutex);
    s.map.clear();
}

const void *ContextCache::identityOf(const JsonValue &v)
{
    if (v.isObject())
        return &v.toObject();
    if (v.isArray())
        return &v.toArray();
    return nullptr;
}

} // namespace Satchel::JsonLd
