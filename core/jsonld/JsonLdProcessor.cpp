#include "JsonLdProcessor.h"

#include "ActiveContext.h"
#include "IriResolution.h"
#include "JsonLdSyntax.h"
#include "ProcessingState.h"
#include "RdfDeserializer.h"

#include <QHash>
#include <QMutex>

#include <algorithm>
#include <map>
#include <memory>

namespace Satchel {

namespace {

// The syntax helpers, IRI resolution, the active context types, the shared state and toRdf
// (node map generation included) are in their own units now.
using namespace JsonLd;

// Process-wide cache of processed contexts: (active context, local context identity, flags) ->
// result. Entries keep their inputs alive, so pointer identities cannot be reused while cached.
struct ContextCacheKey {
    quint64 loader;
    const void *active;
    const void *local;
    QString url;
    QString base;
    int flags;
    bool operator==(const ContextCacheKey &o) const
    {
        return loader == o.loader && active == o.active && local == o.local && url == o.url
            && base == o.base && flags == o.flags;
    }
};
size_t qHash(const ContextCacheKey &k, size_t seed = 0)
{
    return qHashMulti(seed, k.loader, k.active, k.local, k.url, k.base, k.flags);
}
struct ContextCacheEntry {
    CtxPtr result;
    CtxPtr keepActive;
    JsonValue keepLocal;
};
struct ContextCache {
    QMutex mutex;
    QHash<ContextCacheKey, ContextCacheEntry> map;
};
ContextCache &contextCache()
{
    static ContextCache c;
    return c;
}
const void *identityOf(const JsonValue &v)
{
    if (v.isObject())
        return &v.toObject();
    if (v.isArray())
        return &v.toArray();
    return nullptr;
}

// ---------------------------------------------------------------------------------------------
// The processor

class Processor {
public:
    explicit Processor(ProcessingState &state) : m_state(state) {}

    ProcessingState &m_state;
    int m_depth = 0;
    // Arguments of the context being processed, for term definitions created on demand
    // during IRI expansion (they must get the same @protected default and base).
    struct TermState {
        QString baseUrl;
        bool protectedDefault = false;
        bool overrideProtected = false;
        std::vector<QString> remote;
        bool validateScoped = true;
    } m_termState;

    // ----- context processing ---------------------------------------------------------------

    CtxPtr processContext(const CtxPtr &active, const JsonValue &local, const QString &baseUrl,
                          std::vector<QString> remote, bool overrideProtected, bool propagate,
                          bool validateScoped)
    {
        if (const JsonValue *p = local.isObject() ? local.find(kAtPropagate) : nullptr) {
            if (!p->isBool()) {
                m_state.fail("invalid @propagate value", JsonLdProcessor::tr("@propagate must be true or false"));
                return nullptr;
            }
            propagate = p->toBool();
        }
        // Whole-call cache: type-scoped contexts (propagate false) would otherwise be processed
        // again for every node of that type, since each call starts from a fresh copy.
        const void *identity = identityOf(local);
        const bool cacheable = remote.empty() && validateScoped && (identity || local.isString());
        ContextCacheKey key{m_state.loader.instanceId(), active.get(), identity, local.isString() ? local.toString() : QString(),
                            baseUrl,
                            16 | (overrideProtected ? 1 : 0) | (propagate ? 2 : 0) | (validateScoped ? 4 : 0)
                                | (m_state.options.processingMode10 ? 8 : 0)};
        if (cacheable) {
            ContextCache &cache = contextCache();
            QMutexLocker lock(&cache.mutex);
            auto it = cache.map.constFind(key);
            if (it != cache.map.constEnd())
                return it->result;
        }
        CtxPtr out = processContextUncached(active, local, baseUrl, remote, overrideProtected, propagate, validateScoped);
        if (out && cacheable) {
            ContextCache &cache = contextCache();
            QMutexLocker lock(&cache.mutex);
            if (cache.map.size() > 20000)
                cache.map.clear();
            cache.map.insert(key, ContextCacheEntry{out, active, local});
        }
        return out;
    }

    CtxPtr processContextUncached(const CtxPtr &active, const JsonValue &local, const QString &baseUrl,
                                  std::vector<QString> remote, bool overrideProtected, bool propagate,
                                  bool validateScoped)
    {
        CtxPtr result = active;
        if (!propagate && !result->previous) {
            auto copy = std::make_shared<ActiveContext>(*result);
            copy->previous = active;
            result = copy;
        }
        const JsonValue items = asArray(local);
        for (const JsonValue &ctx : items.toArray()) {
            result = processOne(result, active, ctx, baseUrl, remote, overrideProtected, propagate, validateScoped);
            if (!result)
                return nullptr;
        }
        return result;
    }

    CtxPtr processOne(const CtxPtr &result, const CtxPtr &original, const JsonValue &ctx, const QString &baseUrl,
                      std::vector<QString> &remote, bool overrideProtected, bool propagate, bool validateScoped)
    {
        if (ctx.isNull()) {
            if (!overrideProtected && result->anyProtected) {
                m_state.fail("invalid context nullification", JsonLdProcessor::tr("cannot nullify a context with protected terms"));
                return nullptr;
            }
            auto fresh = std::make_shared<ActiveContext>();
            fresh->base = result->originalBase;
            fresh->hasBase = !result->originalBase.isEmpty() || result->hasBase;
            fresh->originalBase = result->originalBase;
            if (!propagate)
                fresh->previous = result->previous ? result->previous : original;
            return fresh;
        }
        // Cache lookup (only for inputs whose identity is stable: URLs and shared objects).
        ContextCacheKey key{m_state.loader.instanceId(), result.get(), identityOf(ctx), ctx.isString() ? ctx.toString() : QString(),
                            baseUrl,
                            (overrideProtected ? 1 : 0) | (propagate ? 2 : 0) | (validateScoped ? 4 : 0)
                                | (m_state.options.processingMode10 ? 8 : 0)};
        const bool cacheable = (ctx.isString() || ctx.isObject()) && remote.empty() && validateScoped;
        if (cacheable) {
            ContextCache &cache = contextCache();
            QMutexLocker lock(&cache.mutex);
            auto it = cache.map.constFind(key);
            if (it != cache.map.constEnd())
                return it->result;
        }
        std::vector<QString> chain = remote; // each entry of an array starts its own chain
        CtxPtr out = processOneUncached(result, ctx, baseUrl, chain, overrideProtected, propagate, validateScoped);
        if (out && cacheable) {
            ContextCache &cache = contextCache();
            QMutexLocker lock(&cache.mutex);
            if (cache.map.size() > 20000)
                cache.map.clear();
            cache.map.insert(key, ContextCacheEntry{out, result, ctx});
        }
        return out;
    }

    CtxPtr processOneUncached(const CtxPtr &result, const JsonValue &ctxIn, const QString &baseUrl,
                              std::vector<QString> &remote, bool overrideProtected, bool propagate,
                              bool validateScoped)
    {
        Q_UNUSED(propagate);
        JsonValue ctx = ctxIn;
        if (ctx.isString()) {
            const QString url = resolveIri(baseUrl, ctx.toString());
            if (std::find(remote.begin(), remote.end(), url) != remote.end()) {
                if (!validateScoped)
                    return result;
                m_state.fail("recursive context inclusion", url);
                return nullptr;
            }
            if (int(remote.size()) >= m_state.options.maxRemoteContexts) {
                m_state.fail("context overflow", JsonLdProcessor::tr("too many nested remote contexts (%1)").arg(url));
                return nullptr;
            }
            remote.push_back(url);
            auto doc = m_state.loader.load(url);
            if (!doc.ok()) {
                if (doc.error().code == QLatin1String("unknown-context")) {
                    m_state.fail(doc.error());
                    return nullptr;
                }
                m_state.fail("loading remote context failed", doc.error().message);
                return nullptr;
            }
            const JsonValue *inner = doc->isObject() ? doc->find(kAtContext) : nullptr;
            if (!inner) {
                m_state.fail("invalid remote context", JsonLdProcessor::tr("%1 has no @context").arg(url));
                return nullptr;
            }
            // Process the remote context against the *current* result.
            CtxPtr r = processContextRemote(result, *inner, url, remote, overrideProtected, validateScoped);
            return r;
        }
        if (!ctx.isObject()) {
            m_state.fail("invalid local context", JsonLdProcessor::tr("a context must be an object, a string or null"));
            return nullptr;
        }
        auto res = std::make_shared<ActiveContext>(*result);
        const bool mode10 = m_state.options.processingMode10;
        if (const JsonValue *v = ctx.find(kAtVersion)) {
            if (!v->isNumber() || v->toNumber() != 1.1) {
                m_state.fail("invalid @version value", JsonLdProcessor::tr("@version must be 1.1"));
                return nullptr;
            }
            if (mode10) {
                m_state.fail("processing mode conflict", JsonLdProcessor::tr("@version 1.1 in json-ld-1.0 mode"));
                return nullptr;
            }
        }
        if (const JsonValue *imp = ctx.find(kAtImport)) {
            if (mode10) {
                m_state.fail("invalid context entry", QStringLiteral("@import"));
                return nullptr;
            }
            if (!imp->isString()) {
                m_state.fail("invalid @import value", JsonLdProcessor::tr("@import must be a string"));
                return nullptr;
            }
            const QString url = resolveIri(baseUrl, imp->toString());
            auto doc = m_state.loader.load(url);
            if (!doc.ok()) {
                m_state.fail("loading remote context failed", doc.error().message);
                return nullptr;
            }
            const JsonValue *inner = doc->isObject() ? doc->find(kAtContext) : nullptr;
            if (!inner || !inner->isObject()) {
                m_state.fail("invalid remote context", JsonLdProcessor::tr("%1 has no @context object").arg(url));
                return nullptr;
            }
            if (inner->contains(kAtImport)) {
                m_state.fail("invalid context entry", JsonLdProcessor::tr("an imported context cannot import"));
                return nullptr;
            }
            JsonValue merged = *inner;
            for (const auto &[k, v] : ctx.toObject())
                merged.insert(k, v);
            ctx = merged;
        }
        if (const JsonValue *b = ctx.find(kAtBase); b && remote.empty()) {
            if (b->isNull()) {
                res->base.clear();
                res->hasBase = false;
            } else if (!b->isString()) {
                m_state.fail("invalid base IRI", JsonLdProcessor::tr("@base must be a string"));
                return nullptr;
            } else if (isAbsoluteIri(b->toString())) {
                res->base = b->toString();
                res->hasBase = true;
            } else if (res->hasBase) {
                res->base = resolveIri(res->base, b->toString());
            } else {
                m_state.fail("invalid base IRI", b->toString());
                return nullptr;
            }
        }
        if (const JsonValue *v = ctx.find(kAtVocab)) {
            if (v->isNull()) {
                res->vocab.clear();
                res->hasVocab = false;
            } else if (!v->isString()) {
                m_state.fail("invalid vocab mapping", JsonLdProcessor::tr("@vocab must be a string"));
                return nullptr;
            } else {
                QString iri = v->toString();
                if (!isAbsoluteIri(iri) && mode10) {
                    m_state.fail("invalid vocab mapping", iri);
                    return nullptr;
                }
                if (!mode10) {
                    // JSON-LD 1.1: @vocab is IRI-expanded (compact IRIs, terms, relative IRIs).
                    std::map<QString, bool> defined;
                    iri = expandIri(res, iri, true, true, &ctx, defined);
                    if (m_state.error)
                        return nullptr;
                }
                res->vocab = iri;
                res->hasVocab = true;
            }
        }
        if (const JsonValue *v = ctx.find(kAtLanguage)) {
            if (v->isNull()) {
                res->language.clear();
                res->hasLanguage = false;
            } else if (!v->isString()) {
                m_state.fail("invalid default language", JsonLdProcessor::tr("@language must be a string"));
                return nullptr;
            } else {
                res->language = v->toString().toLower();
                res->hasLanguage = true;
            }
        }
        if (const JsonValue *v = ctx.find(kAtDirection)) {
            if (mode10) {
                m_state.fail("invalid context entry", QStringLiteral("@direction"));
                return nullptr;
            }
            if (v->isNull()) {
                res->direction.clear();
                res->hasDirection = false;
            } else if (v->isString() && (v->toString() == QLatin1String("ltr") || v->toString() == QLatin1String("rtl"))) {
                res->direction = v->toString();
                res->hasDirection = true;
            } else {
                m_state.fail("invalid base direction", JsonLdProcessor::tr("@direction must be ltr or rtl"));
                return nullptr;
            }
        }
        if (const JsonValue *v = ctx.find(kAtPropagate)) {
            if (mode10) {
                m_state.fail("invalid context entry", QStringLiteral("@propagate"));
                return nullptr;
            }
            if (!v->isBool()) {
                m_state.fail("invalid @propagate value", JsonLdProcessor::tr("@propagate must be true or false"));
                return nullptr;
            }
        }
        bool protectedDefault = false;
        if (const JsonValue *v = ctx.find(kAtProtected)) {
            if (!v->isBool()) {
                m_state.fail("invalid @protected value", JsonLdProcessor::tr("@protected must be true or false"));
                return nullptr;
            }
            protectedDefault = v->toBool();
        }
        std::map<QString, bool> defined;
        const TermState saved = m_termState;
        m_termState = TermState{baseUrl, protectedDefault, overrideProtected, remote, validateScoped};
        struct Restore {
            TermState &target;
            TermState value;
            ~Restore() { target = value; }
        } restore{m_termState, saved};
        for (const auto &[k, v] : ctx.toObject()) {
            if (k == kAtBase || k == kAtDirection || k == kAtImport || k == kAtLanguage || k == kAtPropagate
                || k == kAtProtected || k == kAtVersion || k == kAtVocab)
                continue;
            if (!createTermDefinition(res, ctx, k, defined, baseUrl, protectedDefault, overrideProtected,
                                      remote, validateScoped))
                return nullptr;
        }
        return res;
    }

    CtxPtr processContextRemote(const CtxPtr &active, const JsonValue &local, const QString &url,
                                std::vector<QString> &remote, bool overrideProtected, bool validateScoped)
    {
        CtxPtr result = active;
        const JsonValue items = asArray(local);
        for (const JsonValue &ctx : items.toArray()) {
            // Inside a remote context the cache key must not depend on the remote chain, so the
            // nested call is uncached (remote is non-empty).
            if (ctx.isNull()) {
                result = processOne(result, active, ctx, url, remote, overrideProtected, true, validateScoped);
            } else {
                result = processOneUncached(result, ctx, url, remote, overrideProtected, true, validateScoped);
            }
            if (!result)
                return nullptr;
        }
        return result;
    }

    bool createTermDefinition(const std::shared_ptr<ActiveContext> &active, const JsonValue &local,
                              const QString &term, std::map<QString, bool> &defined, const QString &baseUrl,
                              bool protectedDefault, bool overrideProtected, std::vector<QString> remote,
                              bool validateScoped)
    {
        auto d = defined.find(term);
        if (d != defined.end()) {
            if (d->second)
                return true;
            return m_state.fail("cyclic IRI mapping", term);
        }
        if (term.isEmpty())
            return m_state.fail("invalid term definition", JsonLdProcessor::tr("empty term"));
        defined[term] = false;
        JsonValue value = local.value(term);
        const bool mode10 = m_state.options.processingMode10;
        if (term == kAtType) {
            if (mode10)
                return m_state.fail("keyword redefinition", term);
            bool okType = value.isObject() && value.size() > 0;
            for (const auto &[k, v] : value.toObject()) {
                if (k == kAtContainer && v.isString() && v.toString() == kAtSet)
                    continue;
                if (k == kAtProtected)
                    continue;
                okType = false;
            }
            if (!okType)
                return m_state.fail("keyword redefinition", term);
        } else if (isKeyword(term)) {
            return m_state.fail("keyword redefinition", term);
        } else if (hasKeywordForm(term)) {
            defined[term] = true;
            return true; // ignored, as the spec says (a warning in other processors)
        }
        TermPtr previous;
        if (auto it = active->terms.find(term); it != active->terms.end()) {
            previous = it.value();
            active->terms.erase(it);
        }
        bool simpleTerm = false;
        if (value.isNull()) {
            JsonValue::Object o;
            o.emplace_back(kAtId, JsonValue());
            value = JsonValue(std::move(o));
        } else if (value.isString()) {
            JsonValue::Object o;
            o.emplace_back(kAtId, value);
            value = JsonValue(std::move(o));
            simpleTerm = true;
        } else if (!value.isObject()) {
            return m_state.fail("invalid term definition", term);
        }
        auto def = std::make_shared<TermDefinition>();
        if (const JsonValue *p = value.find(kAtProtected)) {
            if (mode10)
                return m_state.fail("invalid term definition", term);
            if (!p->isBool())
                return m_state.fail("invalid @protected value", term);
            def->isProtected = p->toBool();
        } else {
            def->isProtected = protectedDefault;
        }
        if (const JsonValue *t = value.find(kAtType)) {
            if (!t->isString())
                return m_state.fail("invalid type mapping", term);
            const QString type = expandIri(active, t->toString(), false, true, &local, defined);
            if (m_state.error)
                return false;
            if (((type == kAtJson || type == kAtNone) && mode10)
                || (type != kAtId && type != kAtJson && type != kAtNone && type != kAtVocab && !isAbsoluteIri(type))
                || isBlankId(type))
                return m_state.fail("invalid type mapping", term);
            def->hasType = true;
            def->type = type;
        }
        if (const JsonValue *r = value.find(kAtReverse)) {
            if (value.contains(kAtId) || value.contains(kAtNest))
                return m_state.fail("invalid reverse property", term);
            if (!r->isString())
                return m_state.fail("invalid IRI mapping", term);
            if (hasKeywordForm(r->toString())) {
                defined[term] = true;
                return true;
            }
            def->iri = expandIri(active, r->toString(), false, true, &local, defined);
            if (m_state.error)
                return false;
            if (!isAbsoluteIri(def->iri))
                return m_state.fail("invalid IRI mapping", term);
            if (const JsonValue *c = value.find(kAtContainer)) {
                if (c->isNull()) {
                } else if (c->isString() && (c->toString() == kAtSet || c->toString() == kAtIndex)) {
                    def->containers = c->toString() == kAtSet ? CSet : CIndex;
                } else {
                    return m_state.fail("invalid reverse property", term);
                }
            }
            def->reverse = true;
            active->terms.insert(term, def);
            if (def->isProtected)
                active->anyProtected = true;
            defined[term] = true;
            return true;
        }
        const JsonValue *idv = value.find(kAtId);
        if (idv && !(idv->isString() && idv->toString() == term)) {
            if (idv->isNull()) {
                def->iriNull = true;
            } else {
                if (!idv->isString())
                    return m_state.fail("invalid IRI mapping", term);
                const QString id = idv->toString();
                if (!isKeyword(id) && hasKeywordForm(id)) {
                    defined[term] = true;
                    return true;
                }
                def->iri = expandIri(active, id, false, true, &local, defined);
                if (m_state.error)
                    return false;
                if (!isKeyword(def->iri) && !isAbsoluteIri(def->iri))
                    return m_state.fail("invalid IRI mapping", term);
                if (def->iri == kAtContext)
                    return m_state.fail("invalid keyword alias", term);
                const qsizetype colon = term.indexOf(QLatin1Char(':'), 1);
                if ((colon > 0 && colon < term.size() - 1) || term.contains(QLatin1Char('/'))) {
                    defined[term] = true;
                    const QString again = expandIri(active, term, false, true, &local, defined);
                    if (m_state.error)
                        return false;
                    if (again != def->iri)
                        return m_state.fail("invalid IRI mapping", term);
                }
                if (!term.contains(QLatin1Char(':')) && !term.contains(QLatin1Char('/')) && simpleTerm) {
                    const QChar last = def->iri.isEmpty() ? QChar() : def->iri.back();
                    if (isBlankId(def->iri)
                        || QStringLiteral(":/?#[]@").contains(last))
                        def->prefix = true;
                }
            }
        } else if (term.indexOf(QLatin1Char(':'), 1) > 0) {
            const qsizetype colon = term.indexOf(QLatin1Char(':'), 1);
            const QString prefix = term.left(colon);
            const QString suffix = term.mid(colon + 1);
            if (local.contains(prefix)) {
                if (!createTermDefinition(active, local, prefix, defined, baseUrl, protectedDefault, overrideProtected, remote, validateScoped))
                    return false;
            }
            if (const TermDefinition *pd = active->term(prefix); pd && !pd->iriNull)
                def->iri = pd->iri + suffix;
            else
                def->iri = term;
        } else if (term.contains(QLatin1Char('/'))) {
            def->iri = expandIri(active, term, false, true, nullptr, defined);
            if (m_state.error)
                return false;
            if (!isAbsoluteIri(def->iri))
                return m_state.fail("invalid IRI mapping", term);
        } else if (term == kAtType) {
            def->iri = kAtType;
        } else if (active->hasVocab) {
            def->iri = active->vocab + term;
        } else {
            return m_state.fail("invalid IRI mapping", JsonLdProcessor::tr("%1 has no IRI and there is no @vocab").arg(term));
        }
        if (const JsonValue *c = value.find(kAtContainer)) {
            int mask = 0;
            const JsonValue list = asArray(*c);
            if (mode10 && (!c->isString() || c->toString() == kAtId || c->toString() == kAtGraph || c->toString() == kAtType))
                return m_state.fail("invalid container mapping", term);
            for (const JsonValue &x : list.toArray()) {
                if (!x.isString())
                    return m_state.fail("invalid container mapping", term);
                const QString &s = x.toString();
                int bit = 0;
                if (s == kAtList) bit = CList;
                else if (s == kAtSet) bit = CSet;
                else if (s == kAtIndex) bit = CIndex;
                else if (s == kAtLanguage) bit = CLanguage;
                else if (s == kAtId) bit = CId;
                else if (s == kAtType) bit = CType;
                else if (s == kAtGraph) bit = CGraph;
                else return m_state.fail("invalid container mapping", term);
                if (mask & bit)
                    return m_state.fail("invalid container mapping", term);
                mask |= bit;
            }
            // Valid combinations (JSON-LD 1.1 §4.2.2 step 19).
            const int withoutSet = mask & ~CSet;
            bool valid;
            if (mask & CList)
                valid = mask == CList;
            else if (mask & CGraph)
                valid = (withoutSet & ~(CGraph | CId | CIndex)) == 0 && !((withoutSet & CId) && (withoutSet & CIndex));
            else {
                const int n = ((withoutSet & CIndex) ? 1 : 0) + ((withoutSet & CLanguage) ? 1 : 0)
                    + ((withoutSet & CId) ? 1 : 0) + ((withoutSet & CType) ? 1 : 0);
                valid = n <= 1;
            }
            if (!valid)
                return m_state.fail("invalid container mapping", term);
            def->containers = mask;
            if (mask & CType) {
                if (!def->hasType) {
                    def->hasType = true;
                    def->type = kAtId;
                } else if (def->type != kAtId && def->type != kAtVocab) {
                    return m_state.fail("invalid type mapping", term);
                }
            }
        }
        if (const JsonValue *ix = value.find(kAtIndex)) {
            if (mode10 || !(def->containers & CIndex) || !ix->isString())
                return m_state.fail("invalid term definition", term);
            std::map<QString, bool> dummy;
            const QString expanded = expandIri(active, ix->toString(), false, true, nullptr, dummy);
            if (!isAbsoluteIri(expanded))
                return m_state.fail("invalid term definition", term);
            def->hasIndex = true;
            def->index = ix->toString();
        }
        if (const JsonValue *sc = value.find(kAtContext)) {
            if (mode10)
                return m_state.fail("invalid term definition", term);
            // Validate now, as the spec requires (results are cached, so this is cheap later).
            CtxPtr check = processContext(active, *sc, baseUrl, remote, true, true, false);
            if (!check) {
                const Error inner = *m_state.error;
                if (inner.code == QLatin1String("unknown-context"))
                    return false;
                m_state.error.reset();
                return m_state.fail("invalid scoped context", term + QStringLiteral(": ") + inner.message);
            }
            def->hasContext = true;
            def->context = *sc;
            def->contextBase = baseUrl;
        }
        if (!value.contains(kAtType)) {
            if (const JsonValue *l = value.find(kAtLanguage)) {
                if (!l->isNull() && !l->isString())
                    return m_state.fail("invalid language mapping", term);
                def->hasLanguage = true;
                def->language = l->isNull() ? QString() : l->toString().toLower();
            }
            if (const JsonValue *dv = value.find(kAtDirection)) {
                if (!dv->isNull() && !(dv->isString() && (dv->toString() == QLatin1String("ltr") || dv->toString() == QLatin1String("rtl"))))
                    return m_state.fail("invalid base direction", term);
                def->hasDirection = true;
                def->direction = dv->isNull() ? QString() : dv->toString();
            }
        }
        if (const JsonValue *n = value.find(kAtNest)) {
            if (mode10)
                return m_state.fail("invalid term definition", term);
            if (!n->isString() || (isKeyword(n->toString()) && n->toString() != kAtNest))
                return m_state.fail("invalid @nest value", term);
            def->hasNest = true;
            def->nest = n->toString();
        }
        if (const JsonValue *p = value.find(kAtPrefix)) {
            if (mode10 || term.contains(QLatin1Char(':')) || term.contains(QLatin1Char('/')))
                return m_state.fail("invalid term definition", term);
            if (!p->isBool())
                return m_state.fail("invalid @prefix value", term);
            def->prefix = p->toBool();
            if (def->prefix && isKeyword(def->iri))
                return m_state.fail("invalid term definition", term);
        }
        for (const auto &[k, v] : value.toObject()) {
            Q_UNUSED(v);
            if (k != kAtId && k != kAtReverse && k != kAtContainer && k != kAtContext && k != kAtDirection
                && k != kAtIndex && k != kAtLanguage && k != kAtNest && k != kAtPrefix && k != kAtProtected
                && k != kAtType)
                return m_state.fail("invalid term definition", term + QStringLiteral(": ") + k);
        }
        if (!overrideProtected && previous && previous->isProtected) {
            if (!def->sameAs(*previous))
                return m_state.fail("protected term redefinition", term);
            active->terms.insert(term, previous);
        } else {
            active->terms.insert(term, def);
            if (def->isProtected)
                active->anyProtected = true;
        }
        defined[term] = true;
        return true;
    }

    // IRI expansion (§5.2). 'local'/'defined' are set while processing a context.
    QString expandIri(const std::shared_ptr<ActiveContext> &active, const QString &value, bool documentRelative,
                      bool vocab, const JsonValue *local, std::map<QString, bool> &defined)
    {
        if (value.isEmpty() && !documentRelative)
            return value;
        if (isKeyword(value))
            return value;
        if (hasKeywordForm(value))
            return QString(); // null
        if (local && local->contains(value)) {
            auto d = defined.find(value);
            if (d == defined.end() || !d->second) {
                if (!createTermDefinition(active, *local, value, defined, m_termState.baseUrl,
                                          m_termState.protectedDefault, m_termState.overrideProtected,
                                          m_termState.remote, m_termState.validateScoped))
                    return QString();
            }
        }
        return expandIriWith(*active, value, documentRelative, vocab, local, &defined, active.get());
    }

    QString expandIriWith(const ActiveContext &ctx, const QString &value, bool documentRelative, bool vocab,
                          const JsonValue *local, std::map<QString, bool> *defined, ActiveContext *mutableCtx)
    {
        if (isKeyword(value))
            return value;
        if (hasKeywordForm(value))
            return QString();
        const TermDefinition *td = ctx.term(value);
        if (td && !td->iriNull && isKeyword(td->iri))
            return td->iri;
        if (vocab && td)
            return td->iriNull ? QString() : td->iri;
        const qsizetype colon = value.indexOf(QLatin1Char(':'), 1);
        if (colon > 0) {
            const QString prefix = value.left(colon);
            const QString suffix = value.mid(colon + 1);
            if (prefix == QLatin1String("_") || suffix.startsWith(QLatin1String("//")))
                return value;
            if (local && defined && mutableCtx && local->contains(prefix)) {
                auto d = defined->find(prefix);
                if (d == defined->end() || !d->second) {
                    // Need the shared_ptr form; callers from context processing pass it through expandIri.
                    std::shared_ptr<ActiveContext> holder(mutableCtx, [](ActiveContext *) {});
                    if (!createTermDefinition(holder, *local, prefix, *defined, m_termState.baseUrl,
                                              m_termState.protectedDefault, m_termState.overrideProtected,
                                              m_termState.remote, m_termState.validateScoped))
                        return QString();
                }
            }
            const TermDefinition *pd = ctx.term(prefix);
            if (pd && !pd->iriNull && pd->prefix)
                return pd->iri + suffix;
            if (isAbsoluteIri(value))
                return value;
        }
        if (vocab && ctx.hasVocab)
            return ctx.vocab + value;
        if (documentRelative) {
            if (ctx.hasBase)
                return resolveIri(ctx.base, value);
            return value;
        }
        return value;
    }

    QString expandIri(const CtxPtr &ctx, const QString &value, bool documentRelative, bool vocab)
    {
        return expandIriWith(*ctx, value, documentRelative, vocab, nullptr, nullptr, nullptr);
    }

    // ----- expansion --------------------------------------------------------------------------

    JsonValue valueExpansion(const CtxPtr &ctx, const QString &property, const JsonValue &value)
    {
        const TermDefinition *td = ctx->term(property);
        if (td && td->hasType && value.isString()) {
            if (td->type == kAtId) {
                const QString iri = expandIri(ctx, value.toString(), true, false);
                JsonValue::Object o;
                o.emplace_back(kAtId, iri);
                return JsonValue(std::move(o));
            }
            if (td->type == kAtVocab) {
                const QString iri = expandIri(ctx, value.toString(), true, true);
                JsonValue::Object o;
                o.emplace_back(kAtId, iri);
                return JsonValue(std::move(o));
            }
        }
        JsonValue::Object o;
        o.emplace_back(kAtValue, value);
        if (td && td->hasType && td->type != kAtId && td->type != kAtVocab && td->type != kAtNone) {
            o.emplace_back(kAtType, td->type);
        } else if (value.isString()) {
            const bool hasLang = td && td->hasLanguage;
            const QString lang = hasLang ? td->language : (ctx->hasLanguage ? ctx->language : QString());
            const bool hasDir = td && td->hasDirection;
            const QString dir = hasDir ? td->direction : (ctx->hasDirection ? ctx->direction : QString());
            if (!lang.isEmpty())
                o.emplace_back(kAtLanguage, lang);
            if (!dir.isEmpty())
                o.emplace_back(kAtDirection, dir);
        }
        return JsonValue(std::move(o));
    }

    // Returns false on error; 'out' null = dropped.
    bool expand(CtxPtr active, const QString *activeProperty, const JsonValue &element, const QString &baseUrl,
                JsonValue &out, bool fromMap = false, bool insideList = false)
    {
        struct DepthGuard {
            int &d;
            explicit DepthGuard(int &x) : d(x) { ++d; }
            ~DepthGuard() { --d; }
        } guard(m_depth);
        if (m_depth > m_state.options.maxDepth)
            return m_state.fail(Error{QStringLiteral("jsonld-too-deep"),
                              JsonLdProcessor::tr("The JSON-LD document is nested deeper than %1 levels.").arg(m_state.options.maxDepth)});
        out = JsonValue();
        if (element.isNull())
            return true;
        const TermDefinition *apDef = activeProperty ? active->term(*activeProperty) : nullptr;
        const bool apIsGraph = activeProperty && *activeProperty == kAtGraph;
        if (element.isScalar()) {
            if (!activeProperty || apIsGraph)
                return m_state.dataLoss(JsonLdProcessor::tr("a free-floating value"));
            if (apDef && apDef->hasContext) {
                active = processContext(active, apDef->context, apDef->contextBase, {}, true, true, true);
                if (!active)
                    return false;
            }
            out = valueExpansion(active, *activeProperty, element);
            return true;
        }
        if (element.isArray()) {
            JsonValue::Array result;
            const bool listContainer = apDef && (apDef->containers & CList);
            for (const JsonValue &item : element.toArray()) {
                JsonValue e;
                if (!expand(active, activeProperty, item, baseUrl, e, fromMap, insideList || listContainer))
                    return false;
                if (listContainer && e.isArray()) {
                    JsonValue::Object o;
                    o.emplace_back(kAtList, e);
                    e = JsonValue(std::move(o));
                }
                if (e.isArray()) {
                    for (const JsonValue &x : e.toArray())
                        result.push_back(x);
                } else if (!e.isNull()) {
                    result.push_back(std::move(e));
                }
            }
            out = JsonValue(std::move(result));
            return true;
        }
        // element is a map
        if (active->previous && !fromMap) {
            bool revert = true;
            bool onlyId = element.size() == 1;
            for (const auto &[k, v] : element.toObject()) {
                Q_UNUSED(v);
                const QString e = expandIri(active, k, false, true);
                if (e == kAtValue) {
                    revert = false;
                    break;
                }
                if (onlyId && e == kAtId)
                    revert = false;
            }
            if (revert)
                active = active->previous;
        }
        if (apDef && apDef->hasContext) {
            active = processContext(active, apDef->context, apDef->contextBase, {}, true, true, true);
            if (!active)
                return false;
        }
        if (const JsonValue *c = element.find(kAtContext)) {
            active = processContext(active, *c, baseUrl, {}, false, true, true);
            if (!active)
                return false;
        }
        const CtxPtr typeScoped = active;
        QString inputType;
        bool inputTypeSet = false;
        for (const JsonValue::Member *m : sortedMembers(element)) {
            if (expandIri(active, m->first, false, true) != kAtType)
                continue;
            std::vector<QString> types;
            for (const JsonValue &t : itemsOf(m->second))
                if (t.isString())
                    types.push_back(t.toString());
            std::sort(types.begin(), types.end());
            for (const QString &t : types) {
                const TermDefinition *td = typeScoped->term(t);
                if (td && td->hasContext) {
                    active = processContext(active, td->context, td->contextBase, {}, false, false, true);
                    if (!active)
                        return false;
                }
            }
            if (!inputTypeSet && !types.empty()) {
                const JsonValue arr = asArray(m->second);
                const JsonValue &last = arr.toArray().back();
                if (last.isString())
                    inputType = expandIri(active, last.toString(), false, true);
                inputTypeSet = true;
            }
        }
        JsonValue result = JsonValue::object();
        if (!expandObject(active, typeScoped, activeProperty, element, baseUrl, inputType, result))
            return false;
        if (const JsonValue *v = result.find(kAtValue)) {
            for (const auto &[k, x] : result.toObject()) {
                Q_UNUSED(x);
                if (k != kAtDirection && k != kAtIndex && k != kAtLanguage && k != kAtType && k != kAtValue)
                    return m_state.fail("invalid value object", k);
            }
            if (result.contains(kAtType) && (result.contains(kAtLanguage) || result.contains(kAtDirection)))
                return m_state.fail("invalid value object", JsonLdProcessor::tr("@type with @language or @direction"));
            const JsonValue *t = result.find(kAtType);
            if (t && t->isString() && t->toString() == kAtJson) {
                // any JSON value
            } else if (v->isNull() || (v->isArray() && v->size() == 0)) {
                return true; // dropped
            } else if (!v->isScalar()) {
                return m_state.fail("invalid value object value", JsonLdProcessor::tr("@value must be a scalar"));
            } else if (result.contains(kAtLanguage) && !v->isString()) {
                return m_state.fail("invalid language-tagged value", JsonLdProcessor::tr("a language-tagged value must be a string"));
            } else if (t && (!t->isString() || !isAbsoluteIri(t->toString()) || isBlankId(t->toString()))) {
                return m_state.fail("invalid typed value", t->isString() ? t->toString() : QString());
            }
        } else if (const JsonValue *t = result.find(kAtType); t && !t->isArray()) {
            result.insert(kAtType, asArray(*t));
        } else if (result.contains(kAtSet) || result.contains(kAtList)) {
            if (result.size() > 2 || (result.size() == 2 && !result.contains(kAtIndex)))
                return m_state.fail("invalid set or list object", JsonLdProcessor::tr("unexpected entries"));
            if (const JsonValue *s = result.find(kAtSet)) {
                out = *s;
                return true;
            }
        }
        if (result.size() == 1 && result.contains(kAtLanguage)) {
            out = JsonValue();
            return true;
        }
        if ((!activeProperty || apIsGraph) && !insideList) {
            const int n = result.size();
            if (n == 0) {
                return m_state.dataLoss(JsonLdProcessor::tr("an empty top-level object"));
            }
            if (result.contains(kAtValue) || result.contains(kAtList))
                return m_state.dataLoss(JsonLdProcessor::tr("a free-floating value or list"));
            if (n == 1 && result.contains(kAtId))
                return m_state.dataLoss(JsonLdProcessor::tr("a top-level object with only @id"));
        }
        out = std::move(result);
        return true;
    }

    static void appendValues(JsonValue &result, const QString &key, const JsonValue &value)
    {
        JsonValue existing = result.value(key);
        JsonValue::Array arr = existing.isArray() ? existing.toArray() : JsonValue::Array();
        if (!existing.isNull() && !existing.isArray())
            arr.push_back(existing);
        if (value.isArray())
            arr.insert(arr.end(), value.toArray().begin(), value.toArray().end());
        else
            arr.push_back(value);
        result.insert(key, JsonValue(std::move(arr)));
    }

    bool expandObject(const CtxPtr &active, const CtxPtr &typeScoped, const QString *activeProperty,
                      const JsonValue &element, const QString &baseUrl, const QString &inputType, JsonValue &result)
    {
        std::vector<QString> nests;
        const bool mode10 = m_state.options.processingMode10;
        for (const JsonValue::Member *m : sortedMembers(element)) {
            const QString &key = m->first;
            const JsonValue &value = m->second;
            if (key == kAtContext)
                continue;
            const QString expandedProperty = expandIri(active, key, false, true);
            if (expandedProperty.isEmpty() || (!isAbsoluteIri(expandedProperty) && !isKeyword(expandedProperty))) {
                if (!m_state.dataLoss(JsonLdProcessor::tr("the property \"%1\" (not defined by any context)").arg(key)))
                    return false;
                continue;
            }
            if (isKeyword(expandedProperty)) {
                if (activeProperty && *activeProperty == kAtReverse)
                    return m_state.fail("invalid reverse property map", key);
                if (result.contains(expandedProperty) && expandedProperty != kAtIncluded && expandedProperty != kAtType)
                    return m_state.fail("colliding keywords", expandedProperty);
                JsonValue expandedValue;
                if (expandedProperty == kAtId) {
                    if (!value.isString())
                        return m_state.fail("invalid @id value", key);
                    const QString iri = expandIri(active, value.toString(), true, false);
                    if (!isAbsoluteIri(iri) && !m_state.dataLoss(JsonLdProcessor::tr("the relative @id \"%1\"").arg(value.toString())))
                        return false;
                    expandedValue = iri;
                } else if (expandedProperty == kAtType) {
                    JsonValue::Array types;
                    if (value.isString()) {
                        types.push_back(value);
                    } else if (value.isArray()) {
                        for (const JsonValue &t : value.toArray()) {
                            if (!t.isString())
                                return m_state.fail("invalid type value", key);
                            types.push_back(t);
                        }
                    } else {
                        return m_state.fail("invalid type value", key);
                    }
                    for (JsonValue &t : types) {
                        const QString iri = expandIri(typeScoped, t.toString(), true, true);
                        if (!isAbsoluteIri(iri) && !m_state.dataLoss(JsonLdProcessor::tr("the type \"%1\" (not defined by any context)").arg(t.toString())))
                            return false;
                        t = iri;
                    }
                    if (const JsonValue *existing = result.find(kAtType)) {
                        JsonValue::Array merged = itemsOf(*existing);
                        merged.insert(merged.end(), types.begin(), types.end());
                        types = std::move(merged);
                    }
                    expandedValue = (value.isString() && !result.contains(kAtType)) ? types.front() : JsonValue(std::move(types));
                } else if (expandedProperty == kAtGraph) {
                    const QString g = kAtGraph;
                    if (!expand(active, &g, value, baseUrl, expandedValue))
                        return false;
                    expandedValue = asArray(expandedValue);
                } else if (expandedProperty == kAtIncluded) {
                    if (mode10)
                        continue;
                    if (!expand(active, nullptr, value, baseUrl, expandedValue))
                        return false;
                    expandedValue = asArray(expandedValue);
                    for (const JsonValue &x : expandedValue.toArray())
                        if (!x.isObject() || x.contains(kAtValue) || x.contains(kAtList))
                            return m_state.fail("invalid @included value", key);
                    if (const JsonValue *existing = result.find(kAtIncluded)) {
                        JsonValue::Array merged = existing->toArray();
                        merged.insert(merged.end(), expandedValue.toArray().begin(), expandedValue.toArray().end());
                        expandedValue = JsonValue(std::move(merged));
                    }
                } else if (expandedProperty == kAtValue) {
                    if (inputType == kAtJson) {
                        if (mode10)
                            return m_state.fail("invalid value object value", key);
                        expandedValue = value;
                    } else if (!value.isNull() && !value.isScalar()) {
                        return m_state.fail("invalid value object value", key);
                    } else {
                        expandedValue = value;
                    }
                    result.insert(kAtValue, expandedValue);
                    continue;
                } else if (expandedProperty == kAtLanguage) {
                    if (!value.isString())
                        return m_state.fail("invalid language-tagged string", key);
                    if (!isWellFormedLanguage(value.toString())
                        && !m_state.dataLoss(JsonLdProcessor::tr("the invalid language tag \"%1\"").arg(value.toString())))
                        return false;
                    expandedValue = value.toString().toLower();
                } else if (expandedProperty == kAtDirection) {
                    if (mode10)
                        continue;
                    if (!value.isString() || (value.toString() != QLatin1String("ltr") && value.toString() != QLatin1String("rtl")))
                        return m_state.fail("invalid base direction", key);
                    expandedValue = value;
                } else if (expandedProperty == kAtIndex) {
                    if (!value.isString())
                        return m_state.fail("invalid @index value", key);
                    expandedValue = value;
                } else if (expandedProperty == kAtList) {
                    if (!activeProperty || *activeProperty == kAtGraph) {
                        if (!m_state.dataLoss(JsonLdProcessor::tr("a free-floating list")))
                            return false;
                        continue;
                    }
                    if (!expand(active, activeProperty, value, baseUrl, expandedValue, false, true))
                        return false;
                    expandedValue = asArray(expandedValue);
                } else if (expandedProperty == kAtSet) {
                    if (!expand(active, activeProperty, value, baseUrl, expandedValue))
                        return false;
                } else if (expandedProperty == kAtReverse) {
                    if (!value.isObject())
                        return m_state.fail("invalid @reverse value", key);
                    const QString r = kAtReverse;
                    if (!expand(active, &r, value, baseUrl, expandedValue))
                        return false;
                    if (const JsonValue *inner = expandedValue.find(kAtReverse)) {
                        for (const auto &[p, items] : inner->toObject())
                            appendValues(result, p, items);
                    }
                    if (expandedValue.size() > (expandedValue.contains(kAtReverse) ? 1 : 0)) {
                        JsonValue reverseMap = result.value(kAtReverse);
                        if (!reverseMap.isObject())
                            reverseMap = JsonValue::object();
                        for (const auto &[p, items] : expandedValue.toObject()) {
                            if (p == kAtReverse)
                                continue;
                            for (const JsonValue &item : itemsOf(items)) {
                                if (item.contains(kAtValue) || item.contains(kAtList))
                                    return m_state.fail("invalid reverse property value", p);
                                appendValues(reverseMap, p, item);
                            }
                        }
                        result.insert(kAtReverse, reverseMap);
                    }
                    continue;
                } else if (expandedProperty == kAtNest) {
                    nests.push_back(key);
                    continue;
                } else {
                    // @context handled; other keywords (framing) are ignored.
                    continue;
                }
                if (expandedValue.isNull() && expandedProperty != kAtValue)
                    continue;
                result.insert(expandedProperty, expandedValue);
                continue;
            }
            const TermDefinition *td = active->term(key);
            const int containers = td ? td->containers : 0;
            JsonValue expandedValue;
            if (td && td->hasType && td->type == kAtJson) {
                JsonValue::Object o;
                o.emplace_back(kAtValue, value);
                o.emplace_back(kAtType, kAtJson);
                expandedValue = JsonValue(std::move(o));
            } else if ((containers & CLanguage) && value.isObject()) {
                JsonValue::Array list;
                const QString dir = (td && td->hasDirection) ? td->direction : (active->hasDirection ? active->direction : QString());
                for (const JsonValue::Member *lm : sortedMembers(value)) {
                    const QString &language = lm->first;
                    for (const JsonValue &item : itemsOf(lm->second)) {
                        if (item.isNull())
                            continue;
                        if (!item.isString())
                            return m_state.fail("invalid language map value", language);
                        JsonValue::Object o;
                        o.emplace_back(kAtValue, item);
                        if (expandIri(active, language, false, true) != kAtNone) {
                            if (!isWellFormedLanguage(language)
                                && !m_state.dataLoss(JsonLdProcessor::tr("the invalid language tag \"%1\"").arg(language)))
                                return false;
                            o.emplace_back(kAtLanguage, language.toLower());
                        }
                        if (!dir.isEmpty())
                            o.emplace_back(kAtDirection, dir);
                        list.push_back(JsonValue(std::move(o)));
                    }
                }
                expandedValue = JsonValue(std::move(list));
            } else if ((containers & (CIndex | CType | CId)) && value.isObject()) {
                JsonValue::Array list;
                const QString indexKey = (td && td->hasIndex) ? td->index : kAtIndex;
                for (const JsonValue::Member *im : sortedMembers(value)) {
                    const QString &index = im->first;
                    CtxPtr mapContext = active;
                    if (containers & (CId | CType))
                        mapContext = active->previous ? active->previous : active;
                    if (containers & CType) {
                        const TermDefinition *itd = mapContext->term(index);
                        if (itd && itd->hasContext) {
                            mapContext = processContext(mapContext, itd->context, itd->contextBase, {}, false, true, true);
                            if (!mapContext)
                                return false;
                        }
                    } else {
                        mapContext = active;
                    }
                    const QString expandedIndex = expandIri(active, index, false, true);
                    JsonValue indexValue;
                    if (!expand(mapContext, &key, asArray(im->second), baseUrl, indexValue, true))
                        return false;
                    for (JsonValue item : itemsOf(indexValue)) {
                        if ((containers & CGraph) && !item.contains(kAtGraph)) {
                            JsonValue::Object o;
                            o.emplace_back(kAtGraph, asArray(item));
                            item = JsonValue(std::move(o));
                        }
                        if ((containers & CIndex) && indexKey != kAtIndex && expandedIndex != kAtNone) {
                            const JsonValue reExpanded = valueExpansion(active, indexKey, JsonValue(index));
                            const QString expandedIndexKey = expandIri(active, indexKey, false, true);
                            JsonValue::Array values;
                            values.push_back(reExpanded);
                            if (const JsonValue *ex = item.find(expandedIndexKey)) {
                                for (const JsonValue &x : itemsOf(*ex))
                                    values.push_back(x);
                            }
                            if (item.contains(kAtValue))
                                return m_state.fail("invalid value object", JsonLdProcessor::tr("property-valued index on a value"));
                            item.insert(expandedIndexKey, JsonValue(std::move(values)));
                        } else if ((containers & CIndex) && !item.contains(kAtIndex) && expandedIndex != kAtNone) {
                            item.insert(kAtIndex, index);
                        } else if ((containers & CId) && !item.contains(kAtId) && expandedIndex != kAtNone) {
                            const QString iri = expandIri(active, index, true, false);
                            item.insert(kAtId, iri);
                        } else if ((containers & CType) && expandedIndex != kAtNone) {
                            JsonValue::Array types;
                            types.push_back(expandedIndex);
                            if (const JsonValue *ex = item.find(kAtType))
                                for (const JsonValue &x : itemsOf(*ex))
                                    types.push_back(x);
                            item.insert(kAtType, JsonValue(std::move(types)));
                        }
                        list.push_back(std::move(item));
                    }
                }
                expandedValue = JsonValue(std::move(list));
            } else {
                if (!expand(active, &key, value, baseUrl, expandedValue, false, false))
                    return false;
            }
            if (expandedValue.isNull())
                continue;
            if ((containers & CList) && !expandedValue.contains(kAtList)) {
                JsonValue::Object o;
                o.emplace_back(kAtList, asArray(expandedValue));
                expandedValue = JsonValue(std::move(o));
            }
            if ((containers & CGraph) && !(containers & CId) && !(containers & CIndex)) {
                JsonValue::Array list;
                for (const JsonValue &ev : itemsOf(expandedValue)) {
                    JsonValue::Object o;
                    o.emplace_back(kAtGraph, asArray(ev));
                    list.push_back(JsonValue(std::move(o)));
                }
                expandedValue = JsonValue(std::move(list));
            }
            if (td && td->reverse) {
                JsonValue reverseMap = result.value(kAtReverse);
                if (!reverseMap.isObject())
                    reverseMap = JsonValue::object();
                for (const JsonValue &item : itemsOf(expandedValue)) {
                    if (item.contains(kAtValue) || item.contains(kAtList))
                        return m_state.fail("invalid reverse property value", key);
                    appendValues(reverseMap, expandedProperty, item);
                }
                result.insert(kAtReverse, reverseMap);
            } else {
                appendValues(result, expandedProperty, expandedValue);
            }
        }
        std::sort(nests.begin(), nests.end());
        for (const QString &nestKey : nests) {
            CtxPtr nestContext = active;
            if (const TermDefinition *nd = active->term(nestKey); nd && nd->hasContext) {
                nestContext = processContext(active, nd->context, nd->contextBase, {}, true, true, true);
                if (!nestContext)
                    return false;
            }
            for (const JsonValue &nested : itemsOf(element.value(nestKey))) {
                if (!nested.isObject())
                    return m_state.fail("invalid @nest value", nestKey);
                for (const auto &[k, v] : nested.toObject()) {
                    Q_UNUSED(v);
                    if (expandIri(active, k, false, true) == kAtValue)
                        return m_state.fail("invalid @nest value", nestKey);
                }
                if (!expandObject(nestContext, typeScoped, activeProperty, nested, baseUrl, inputType, result))
                    return false;
            }
        }
        return true;
    }

    bool expandDocument(const JsonValue &input, JsonValue &out)
    {
        CtxPtr active = initialContext();
        if (!active)
            return false;
        if (m_state.options.expandContext) {
            JsonValue ctx = *m_state.options.expandContext;
            if (const JsonValue *inner = ctx.isObject() ? ctx.find(kAtContext) : nullptr)
                ctx = *inner;
            active = processContext(active, ctx, m_state.options.expandContextBase, {}, false, true, true);
            if (!active)
                return false;
        }
        JsonValue expanded;
        if (!expand(active, nullptr, input, m_state.options.base, expanded))
            return false;
        if (expanded.isObject() && expanded.size() == 1 && expanded.contains(kAtGraph))
            expanded = expanded.value(kAtGraph);
        else if (expanded.isNull())
            expanded = JsonValue::array();
        out = asArray(expanded);
        return true;
    }

    CtxPtr initialContext()
    {
        // One shared initial context per base, so that the context cache hits across documents.
        static QMutex mutex;
        static QHash<QString, CtxPtr> initial;
        QMutexLocker lock(&mutex);
        auto it = initial.constFind(m_state.options.base);
        if (it != initial.constEnd())
            return it.value();
        auto ctx = std::make_shared<ActiveContext>();
        ctx->base = m_state.options.base;
        ctx->hasBase = !m_state.options.base.isEmpty();
        ctx->originalBase = m_state.options.base;
        if (initial.size() > 1000)
            initial.clear();
        initial.insert(m_state.options.base, ctx);
        return ctx;
    }
};

} // namespace

Result<JsonValue> JsonLdProcessor::expand(const JsonValue &input, const DocumentLoader &loader, const Options &options)
{
    ProcessingState state(loader, options);
    Processor p(state);
    JsonValue out;
    if (!p.expandDocument(input, out))
        return *state.error;
    return out;
}

Result<RdfDataset> JsonLdProcessor::toRdf(const JsonValue &input, const DocumentLoader &loader, const Options &options)
{
    ProcessingState state(loader, options);
    JsonValue expanded;
    if (!Processor(state).expandDocument(input, expanded))
        return *state.error;
    RdfDataset out;
    if (!RdfDeserializer(state).toRdf(expanded, out))
        return *state.error;
    return out;
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
    ContextCache &c = contextCache();
    QMutexLocker lock(&c.mutex);
    c.map.clear();
}

} // namespace Satchel
