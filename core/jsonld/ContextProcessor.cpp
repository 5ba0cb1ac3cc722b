#include "ContextProcessor.h"

#include "ContextCache.h"
#include "IriResolution.h"
#include "JsonLdSyntax.h"
#include "ProcessingState.h"

#include <QMutex>

#include <algorithm>

namespace Satchel::JsonLd {

int ContextProcessor::cacheFlags(bool overrideProtected, bool propagate, bool validateScoped) const
{
    return (overrideProtected ? ContextCache::OverrideProtected : 0) | (propagate ? ContextCache::Propagate : 0)
        | (validateScoped ? ContextCache::ValidateScoped : 0)
        | (m_state.options.processingMode10 ? ContextCache::ProcessingMode10 : 0);
}

CtxPtr ContextProcessor::process(const CtxPtr &active, const JsonValue &local, const QString &baseUrl,
                                 std::vector<QString> remote, bool overrideProtected, bool propagate,
                                 bool validateScoped)
{
    // Step 2, first: @propagate changes the result, so it belongs to the cache key.
    if (const JsonValue *p = local.isObject() ? local.find(kAtPropagate) : nullptr) {
        if (!p->isBool()) {
            m_state.fail("invalid @propagate value", JsonLdProcessor::tr("@propagate must be true or false"));
            return nullptr;
        }
        propagate = p->toBool();
    }
    // Whole-call cache: type-scoped contexts (propagate false) would otherwise be processed
    // again for every node of that type, since each call starts from a fresh copy. Within a
    // remote context the result would depend on the chain, so that is not cached.
    const void *identity = ContextCache::identityOf(local);
    const bool cacheable = remote.empty() && validateScoped && (identity || local.isString());
    const ContextCache::Key key{m_state.loader.instanceId(), active.get(), identity,
                                local.isString() ? local.toString() : QString(), baseUrl,
                                ContextCache::WholeCall | cacheFlags(overrideProtected, propagate, validateScoped)};
    if (cacheable) {
        if (CtxPtr hit = ContextCache::find(key))
            return hit;
    }
    CtxPtr out = processUncached(active, local, baseUrl, remote, overrideProtected, propagate, validateScoped);
    if (out && cacheable)
        ContextCache::insert(key, out, active, local);
    return out;
}

// Steps 1 and 3 to 6.
CtxPtr ContextProcessor::processUncached(const CtxPtr &active, const JsonValue &local, const QString &baseUrl,
                                         std::vector<QString> remote, bool overrideProtected, bool propagate,
                                         bool validateScoped)
{
    // Step 1
    CtxPtr result = active;
    // Step 3: a non-propagated context remembers what to revert to.
    if (!propagate && !result->previous) {
        auto copy = std::make_shared<ActiveContext>(*result);
        copy->previous = active;
        result = copy;
    }
    // Steps 4 and 5
    const JsonValue items = asArray(local);
    for (const JsonValue &ctx : items.toArray()) {
        result = processEntry(result, active, ctx, baseUrl, remote, overrideProtected, propagate, validateScoped);
        if (!result)
            return nullptr;
    }
    // Step 6
    return result;
}

// Step 5 for one entry, through the cache when its identity is stable (URLs and shared objects).
CtxPtr ContextProcessor::processEntry(const CtxPtr &result, const CtxPtr &original, const JsonValue &ctx,
                                      const QString &baseUrl, std::vector<QString> &remote, bool overrideProtected,
                                      bool propagate, bool validateScoped)
{
    if (ctx.isNull())
        return nullContext(result, original, overrideProtected, propagate);
    const ContextCache::Key key{m_state.loader.instanceId(), result.get(), ContextCache::identityOf(ctx),
                                ctx.isString() ? ctx.toString() : QString(), baseUrl,
                                cacheFlags(overrideProtected, propagate, validateScoped)};
    const bool cacheable = (ctx.isString() || ctx.isObject()) && remote.empty() && validateScoped;
    if (cacheable) {
        if (CtxPtr hit = ContextCache::find(key))
            return hit;
    }
    std::vector<QString> chain = remote; // each entry of an array starts its own chain
    CtxPtr out = processEntryUncached(result, ctx, baseUrl, chain, overrideProtected, validateScoped);
    if (out && cacheable)
        ContextCache::insert(key, out, result, ctx);
    return out;
}

// Step 5.1: null resets to an empty context that keeps the original base.
CtxPtr ContextProcessor::nullContext(const CtxPtr &result, const CtxPtr &original, bool overrideProtected,
                                     bool propagate)
{
    // Step 5.1.1
    if (!overrideProtected && result->anyProtected) {
        m_state.fail("invalid context nullification", JsonLdProcessor::tr("cannot nullify a context with protected terms"));
        return nullptr;
    }
    // Step 5.1.2
    auto fresh = std::make_shared<ActiveContext>();
    fresh->base = result->originalBase;
    fresh->hasBase = !result->originalBase.isEmpty() || result->hasBase;
    fresh->originalBase = result->originalBase;
    if (!propagate)
        fresh->previous = result->previous ? result->previous : original;
    return fresh;
}

// Steps 5.2 to 5.13 for one non-null entry.
CtxPtr ContextProcessor::processEntryUncached(const CtxPtr &result, const JsonValue &ctx, const QString &baseUrl,
                                              std::vector<QString> &remote, bool overrideProtected,
                                              bool validateScoped)
{
    if (ctx.isString())
        return processRemoteContext(result, ctx.toString(), baseUrl, remote, overrideProtected, validateScoped);
    // Step 5.3
    if (!ctx.isObject()) {
        m_state.fail("invalid local context", JsonLdProcessor::tr("a context must be an object, a string or null"));
        return nullptr;
    }
    return processDefinition(result, ctx, baseUrl, remote, overrideProtected, validateScoped);
}

// Step 5.2: a remote context.
CtxPtr ContextProcessor::processRemoteContext(const CtxPtr &result, const QString &reference, const QString &baseUrl,
                                              std::vector<QString> &remote, bool overrideProtected,
                                              bool validateScoped)
{
    // Step 5.2.1
    const QString url = resolveIri(baseUrl, reference);
    // Step 5.2.2: a context that includes itself is an error, except while validating a scoped
    // context, where it is merely not processed again.
    if (std::find(remote.begin(), remote.end(), url) != remote.end()) {
        if (!validateScoped)
            return result;
        m_state.fail("recursive context inclusion", url);
        return nullptr;
    }
    // Step 5.2.3: the processor-defined limit on remote contexts (a security limit).
    if (int(remote.size()) >= m_state.options.maxRemoteContexts) {
        m_state.fail("context overflow", JsonLdProcessor::tr("too many nested remote contexts (%1)").arg(url));
        return nullptr;
    }
    remote.push_back(url);
    // Step 5.2.5: the loader decides the remote context policy (bundled contexts only in the
    // product); its "unknown-context" passes through so the caller can tell it apart.
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
    // Step 5.2.6: processed against the *current* result, with its URL as base.
    return processRemoteEntries(result, *inner, url, remote, overrideProtected, validateScoped);
}

// Step 5.2.6, the recursive call. Inside a remote context the cache key would have to depend on
// the remote chain, so the entries are processed uncached (and share one chain).
CtxPtr ContextProcessor::processRemoteEntries(const CtxPtr &active, const JsonValue &local, const QString &url,
                                              std::vector<QString> &remote, bool overrideProtected,
                                              bool validateScoped)
{
    CtxPtr result = active;
    const JsonValue items = asArray(local);
    for (const JsonValue &ctx : items.toArray()) {
        if (ctx.isNull())
            result = nullContext(result, active, overrideProtected, true);
        else
            result = processEntryUncached(result, ctx, url, remote, overrideProtected, validateScoped);
        if (!result)
            return nullptr;
    }
    return result;
}

// Steps 5.4 to 5.13: a context definition (a map).
CtxPtr ContextProcessor::processDefinition(const CtxPtr &result, const JsonValue &definition, const QString &baseUrl,
                                           const std::vector<QString> &remote, bool overrideProtected,
                                           bool validateScoped)
{
    auto res = std::make_shared<ActiveContext>(*result);
    JsonValue ctx = definition;
    bool protectedDefault = false;
    if (!checkVersion(ctx) || !mergeImport(ctx, baseUrl) || !setBase(*res, ctx, remote) || !setVocab(res, ctx)
        || !setLanguageAndDirection(*res, ctx) || !checkPropagate(ctx) || !readProtected(ctx, protectedDefault))
        return nullptr;
    if (!defineTerms(res, ctx, TermDefinitionCreator::Arguments{baseUrl, protectedDefault, overrideProtected,
                                                                remote, validateScoped}))
        return nullptr;
    return res;
}

// Step 5.5
bool ContextProcessor::checkVersion(const JsonValue &ctx)
{
    const JsonValue *v = ctx.find(kAtVersion);
    if (!v)
        return true;
    if (!v->isNumber() || v->toNumber() != 1.1)
        return m_state.fail("invalid @version value", JsonLdProcessor::tr("@version must be 1.1"));
    if (m_state.options.processingMode10)
        return m_state.fail("processing mode conflict", JsonLdProcessor::tr("@version 1.1 in json-ld-1.0 mode"));
    return true;
}

// Step 5.6: @import merges another context's definition under this one's entries.
bool ContextProcessor::mergeImport(JsonValue &ctx, const QString &baseUrl)
{
    const JsonValue *imp = ctx.find(kAtImport);
    if (!imp)
        return true;
    // Steps 5.6.1 and 5.6.2
    if (m_state.options.processingMode10)
        return m_state.fail("invalid context entry", QStringLiteral("@import"));
    if (!imp->isString())
        return m_state.fail("invalid @import value", JsonLdProcessor::tr("@import must be a string"));
    // Steps 5.6.3 to 5.6.5
    const QString url = resolveIri(baseUrl, imp->toString());
    auto doc = m_state.loader.load(url);
    if (!doc.ok())
        return m_state.fail("loading remote context failed", doc.error().message);
    // Steps 5.6.6 and 5.6.7
    const JsonValue *inner = doc->isObject() ? doc->find(kAtContext) : nullptr;
    if (!inner || !inner->isObject())
        return m_state.fail("invalid remote context", JsonLdProcessor::tr("%1 has no @context object").arg(url));
    if (inner->contains(kAtImport))
        return m_state.fail("invalid context entry", JsonLdProcessor::tr("an imported context cannot import"));
    // Step 5.6.8
    JsonValue merged = *inner;
    for (const auto &[k, v] : ctx.toObject())
        merged.insert(k, v);
    ctx = merged;
    return true;
}

// Step 5.7: @base, ignored inside remote contexts.
bool ContextProcessor::setBase(ActiveContext &res, const JsonValue &ctx, const std::vector<QString> &remote)
{
    const JsonValue *b = ctx.find(kAtBase);
    if (!b || !remote.empty())
        return true;
    if (b->isNull()) {
        res.base.clear(); // step 5.7.2
        res.hasBase = false;
    } else if (!b->isString()) {
        return m_state.fail("invalid base IRI", JsonLdProcessor::tr("@base must be a string"));
    } else if (isAbsoluteIri(b->toString())) {
        res.base = b->toString(); // step 5.7.3
        res.hasBase = true;
    } else if (res.hasBase) {
        res.base = resolveIri(res.base, b->toString()); // step 5.7.4
    } else {
        return m_state.fail("invalid base IRI", b->toString()); // step 5.7.5
    }
    return true;
}

// Step 5.8
bool ContextProcessor::setVocab(const std::shared_ptr<ActiveContext> &res, const JsonValue &ctx)
{
    const JsonValue *v = ctx.find(kAtVocab);
    if (!v)
        return true;
    if (v->isNull()) {
        res->vocab.clear(); // step 5.8.2
        res->hasVocab = false;
        return true;
    }
    if (!v->isString())
        return m_state.fail("invalid vocab mapping", JsonLdProcessor::tr("@vocab must be a string"));
    // Step 5.8.3
    QString iri = v->toString();
    const bool mode10 = m_state.options.processingMode10;
    if (!isAbsoluteIri(iri) && mode10)
        return m_state.fail("invalid vocab mapping", iri);
    if (!mode10) {
        // JSON-LD 1.1: @vocab is IRI-expanded (compact IRIs, terms, relative IRIs). This runs
        // before step 5.13 sets the term scope, so terms it defines get the enclosing context's.
        TermDefinitionCreator::DefinedMap defined;
        iri = m_terms.expandIri(res, iri, true, true, &ctx, defined);
        if (m_state.error)
            return false;
    }
    res->vocab = iri;
    res->hasVocab = true;
    return true;
}

// Steps 5.9 and 5.10
bool ContextProcessor::setLanguageAndDirection(ActiveContext &res, const JsonValue &ctx)
{
    if (const JsonValue *v = ctx.find(kAtLanguage)) {
        if (v->isNull()) {
            res.language.clear();
            res.hasLanguage = false;
        } else if (!v->isString()) {
            return m_state.fail("invalid default language", JsonLdProcessor::tr("@language must be a string"));
        } else {
            res.language = v->toString().toLower();
            res.hasLanguage = true;
        }
    }
    if (const JsonValue *v = ctx.find(kAtDirection)) {
        if (m_state.options.processingMode10)
            return m_state.fail("invalid context entry", QStringLiteral("@direction"));
        if (v->isNull()) {
            res.direction.clear();
            res.hasDirection = false;
        } else if (v->isString() && isBaseDirection(v->toString())) {
            res.direction = v->toString();
            res.hasDirection = true;
        } else {
            return m_state.fail("invalid base direction", JsonLdProcessor::tr("@direction must be ltr or rtl"));
        }
    }
    return true;
}

// Step 5.11 (its value was applied in step 2).
bool ContextProcessor::checkPropagate(const JsonValue &ctx)
{
    const JsonValue *v = ctx.find(kAtPropagate);
    if (!v)
        return true;
    if (m_state.options.processingMode10)
        return m_state.fail("invalid context entry", QStringLiteral("@propagate"));
    if (!v->isBool())
        return m_state.fail("invalid @propagate value", JsonLdProcessor::tr("@propagate must be true or false"));
    return true;
}

// The @protected default that step 5.13 passes to Create Term Definition.
bool ContextProcessor::readProtected(const JsonValue &ctx, bool &protectedDefault)
{
    if (const JsonValue *v = ctx.find(kAtProtected)) {
        if (!v->isBool())
            return m_state.fail("invalid @protected value", JsonLdProcessor::tr("@protected must be true or false"));
        protectedDefault = v->toBool();
    }
    return true;
}

// Steps 5.12 and 5.13
bool ContextProcessor::defineTerms(const std::shared_ptr<ActiveContext> &res, const JsonValue &ctx,
                                   const TermDefinitionCreator::Arguments &args)
{
    TermDefinitionCreator::DefinedMap defined;
    const TermDefinitionCreator::Scope scope(m_terms, args);
    for (const auto &[k, v] : ctx.toObject()) {
        if (k == kAtBase || k == kAtDirection || k == kAtImport || k == kAtLanguage || k == kAtPropagate
            || k == kAtProtected || k == kAtVersion || k == kAtVocab)
            continue;
        if (!m_terms.create(res, ctx, k, defined, args))
            return false;
    }
    return true;
}

CtxPtr ContextProcessor::initialContext(const QString &base)
{
    static QMutex mutex;
    static QHash<QString, CtxPtr> initial;
    QMutexLocker lock(&mutex);
    auto it = initial.constFind(base);
    if (it != initial.constEnd())
        return it.value();
    auto ctx = std::make_shared<ActiveContext>();
    ctx->base = base;
    ctx->hasBase = !base.isEmpty();
    ctx->originalBase = base;
    // Memory limit: a caller cycling through many bases must not grow this without bound.
    if (initial.size() > 1000)
        initial.clear();
    initial.insert(base, ctx);
    return ctx;
}

} // namespace Satchel::JsonLd
