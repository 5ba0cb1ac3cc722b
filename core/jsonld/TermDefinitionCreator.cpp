#include "TermDefinitionCreator.h"

#include "ContextProcessor.h"
#include "IriExpander.h"
#include "JsonLdSyntax.h"
#include "ProcessingState.h"

namespace Satchel::JsonLd {

namespace {

// IRI expansion's steps 3 and 6.3 inside context processing: terms of the local context are
// defined on first use, whatever their order in the context.
class LocalContextTerms : public IriExpander::PendingTerms {
public:
    LocalContextTerms(TermDefinitionCreator &creator, const std::shared_ptr<ActiveContext> &active,
                      const JsonValue &local, TermDefinitionCreator::DefinedMap &defined,
                      const TermDefinitionCreator::Arguments &scope)
        : m_creator(creator), m_active(active), m_local(local), m_defined(defined), m_scope(scope) {}

    bool definePrefix(const QString &prefix) override { return defineIfPending(prefix); }

    bool defineIfPending(const QString &term)
    {
        if (!m_local.contains(term))
            return true;
        auto d = m_defined.find(term);
        if (d != m_defined.end() && d->second)
            return true;
        // A copy: defining the term may process scoped contexts, which change the creator's scope.
        const TermDefinitionCreator::Arguments args = m_scope;
        return m_creator.create(m_active, m_local, term, m_defined, args);
    }

private:
    TermDefinitionCreator &m_creator;
    const std::shared_ptr<ActiveContext> &m_active;
    const JsonValue &m_local;
    TermDefinitionCreator::DefinedMap &m_defined;
    const TermDefinitionCreator::Arguments &m_scope;
};

} // namespace

QString TermDefinitionCreator::expandIri(const std::shared_ptr<ActiveContext> &active, const QString &value,
                                         bool documentRelative, bool vocab, const JsonValue *local,
                                         DefinedMap &defined)
{
    // An empty value that is not document-relative stays empty (an empty @vocab suffix, say).
    if (value.isEmpty() && !documentRelative)
        return value;
    // Steps 1 and 2, before step 3 may define a term named like a keyword.
    if (isKeyword(value))
        return value;
    if (hasKeywordForm(value))
        return QString(); // null
    if (!local)
        return IriExpander::expand(*active, value, documentRelative, vocab);
    LocalContextTerms pending(*this, active, *local, defined, m_scope);
    // Step 3: the value is itself a term of the local context.
    if (!pending.defineIfPending(value))
        return QString();
    return IriExpander::expand(*active, value, documentRelative, vocab, &pending);
}

bool TermDefinitionCreator::create(const std::shared_ptr<ActiveContext> &active, const JsonValue &local,
                                   const QString &term, DefinedMap &defined, const Arguments &args)
{
    // Step 1: already defined, or a cycle (a term whose IRI needs itself).
    auto d = defined.find(term);
    if (d != defined.end()) {
        if (d->second)
            return true;
        return m_state.fail("cyclic IRI mapping", term);
    }
    // Step 2
    if (term.isEmpty())
        return m_state.fail("invalid term definition", JsonLdProcessor::tr("empty term"));
    defined[term] = false;
    // Step 3
    JsonValue value = local.value(term);
    // Steps 4 and 5
    bool ignored = false;
    if (!isKeywordRedefinition(term, value, ignored))
        return false;
    if (ignored) {
        defined[term] = true;
        return true;
    }
    // Step 6: the previous definition is removed now, and kept for the protection check (27).
    TermPtr previous;
    if (auto it = active->terms.find(term); it != active->terms.end()) {
        previous = it.value();
        active->terms.erase(it);
    }
    // Steps 7 to 9
    bool simpleTerm = false;
    if (!normalizeValue(term, value, simpleTerm))
        return false;
    // Step 10
    auto def = std::make_shared<TermDefinition>();
    // Step 11
    if (!setProtected(term, value, args.protectedDefault, *def))
        return false;
    // Step 12
    if (!setTypeMapping(active, local, term, value, defined, *def))
        return false;
    // Step 13: a reverse property is complete here.
    if (value.contains(kAtReverse))
        return defineReverseProperty(active, local, term, value, defined, def);
    // Steps 14 to 18
    if (!setIriMapping(active, local, term, value, simpleTerm, defined, args, *def, ignored))
        return false;
    if (ignored) {
        defined[term] = true;
        return true;
    }
    // Step 19
    if (const JsonValue *c = value.find(kAtContainer); c && !setContainerMapping(term, *c, *def))
        return false;
    // Step 20
    if (const JsonValue *ix = value.find(kAtIndex); ix && !setIndexMapping(active, term, *ix, *def))
        return false;
    // Step 21
    if (const JsonValue *sc = value.find(kAtContext); sc && !setScopedContext(active, term, *sc, args, *def))
        return false;
    // Steps 22 to 25
    if (!setLanguageAndDirection(term, value, *def) || !setNestAndPrefix(term, value, *def))
        return false;
    // Step 26
    for (const auto &[k, v] : value.toObject()) {
        Q_UNUSED(v);
        if (k != kAtId && k != kAtReverse && k != kAtContainer && k != kAtContext && k != kAtDirection
            && k != kAtIndex && k != kAtLanguage && k != kAtNest && k != kAtPrefix && k != kAtProtected
            && k != kAtType)
            return m_state.fail("invalid term definition", term + QStringLiteral(": ") + k);
    }
    // Step 27: a protected term keeps its definition unless overridden or redefined identically.
    if (!args.overrideProtected && previous && previous->isProtected) {
        if (!def->sameAs(*previous))
            return m_state.fail("protected term redefinition", term);
        active->defineTerm(term, previous);
    } else {
        // Step 28
        active->defineTerm(term, def);
        if (def->isProtected)
            active->anyProtected = true;
    }
    defined[term] = true;
    return true;
}

// Steps 4 and 5. 'ignored': a reserved keyword-like term, skipped (other processors warn).
bool TermDefinitionCreator::isKeywordRedefinition(const QString &term, const JsonValue &value, bool &ignored)
{
    if (term == kAtType) {
        // Step 4: in 1.1, @type may only be given "@container": "@set" and @protected.
        if (m_state.options.processingMode10)
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
        ignored = true;
    }
    return true;
}

// Steps 7 to 9: the value as an expanded term definition (a map).
bool TermDefinitionCreator::normalizeValue(const QString &term, JsonValue &value, bool &simpleTerm)
{
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
    return true;
}

// Step 11
bool TermDefinitionCreator::setProtected(const QString &term, const JsonValue &value, bool protectedDefault,
                                         TermDefinition &def)
{
    if (const JsonValue *p = value.find(kAtProtected)) {
        if (m_state.options.processingMode10)
            return m_state.fail("invalid term definition", term);
        if (!p->isBool())
            return m_state.fail("invalid @protected value", term);
        def.isProtected = p->toBool();
    } else {
        def.isProtected = protectedDefault;
    }
    return true;
}

// Step 12
bool TermDefinitionCreator::setTypeMapping(const std::shared_ptr<ActiveContext> &active, const JsonValue &local,
                                           const QString &term, const JsonValue &value, DefinedMap &defined,
                                           TermDefinition &def)
{
    const JsonValue *t = value.find(kAtType);
    if (!t)
        return true;
    // Step 12.1
    if (!t->isString())
        return m_state.fail("invalid type mapping", term);
    // Step 12.2
    const QString type = expandIri(active, t->toString(), false, true, &local, defined);
    if (m_state.error)
        return false;
    // Steps 12.3 and 12.4
    const bool mode10 = m_state.options.processingMode10;
    if (((type == kAtJson || type == kAtNone) && mode10)
        || (type != kAtId && type != kAtJson && type != kAtNone && type != kAtVocab && !isAbsoluteIri(type))
        || isBlankId(type))
        return m_state.fail("invalid type mapping", term);
    // Step 12.5
    def.hasType = true;
    def.type = type;
    return true;
}

// Step 13
bool TermDefinitionCreator::defineReverseProperty(const std::shared_ptr<ActiveContext> &active,
                                                  const JsonValue &local, const QString &term,
                                                  const JsonValue &value, DefinedMap &defined,
                                                  const std::shared_ptr<TermDefinition> &def)
{
    const JsonValue *r = value.find(kAtReverse);
    // Steps 13.1 and 13.2
    if (value.contains(kAtId) || value.contains(kAtNest))
        return m_state.fail("invalid reverse property", term);
    if (!r->isString())
        return m_state.fail("invalid IRI mapping", term);
    // Step 13.3
    if (hasKeywordForm(r->toString())) {
        defined[term] = true;
        return true;
    }
    // Step 13.4
    def->iri = expandIri(active, r->toString(), false, true, &local, defined);
    if (m_state.error)
        return false;
    if (!isAbsoluteIri(def->iri))
        return m_state.fail("invalid IRI mapping", term);
    // Step 13.5
    if (const JsonValue *c = value.find(kAtContainer)) {
        if (c->isNull()) {
        } else if (c->isString() && (c->toString() == kAtSet || c->toString() == kAtIndex)) {
            def->containers = c->toString() == kAtSet ? CSet : CIndex;
        } else {
            return m_state.fail("invalid reverse property", term);
        }
    }
    // Steps 13.6 and 13.7
    def->reverse = true;
    active->defineTerm(term, def);
    if (def->isProtected)
        active->anyProtected = true;
    defined[term] = true;
    return true;
}

// Steps 14 to 18: the IRI mapping. 'ignored' as in step 14.2.2.
bool TermDefinitionCreator::setIriMapping(const std::shared_ptr<ActiveContext> &active, const JsonValue &local,
                                          const QString &term, const JsonValue &value, bool simpleTerm,
                                          DefinedMap &defined, const Arguments &args, TermDefinition &def,
                                          bool &ignored)
{
    const JsonValue *idv = value.find(kAtId);
    // Step 14
    if (idv && !(idv->isString() && idv->toString() == term))
        return setIriFromId(active, local, term, *idv, simpleTerm, defined, def, ignored);
    const qsizetype colon = term.indexOf(QLatin1Char(':'), 1);
    if (colon > 0) {
        // Step 15: a compact IRI or an IRI as the term; its prefix is defined first (15.1).
        const QString prefix = term.left(colon);
        const QString suffix = term.mid(colon + 1);
        if (local.contains(prefix) && !create(active, local, prefix, defined, args))
            return false;
        if (const TermDefinition *pd = active->term(prefix); pd && !pd->iriNull)
            def.iri = pd->iri + suffix; // step 15.2
        else
            def.iri = term; // step 15.3
    } else if (term.contains(QLatin1Char('/'))) {
        // Step 16: a relative IRI as the term.
        def.iri = expandIri(active, term, false, true, nullptr, defined);
        if (m_state.error)
            return false;
        if (!isAbsoluteIri(def.iri))
            return m_state.fail("invalid IRI mapping", term);
    } else if (term == kAtType) {
        def.iri = kAtType; // step 17
    } else if (active->hasVocab) {
        def.iri = active->vocab + term; // step 18
    } else {
        return m_state.fail("invalid IRI mapping",
                            JsonLdProcessor::tr("%1 has no IRI and there is no @vocab").arg(term));
    }
    return true;
}

// Step 14: an @id other than the term itself.
bool TermDefinitionCreator::setIriFromId(const std::shared_ptr<ActiveContext> &active, const JsonValue &local,
                                         const QString &term, const JsonValue &id, bool simpleTerm,
                                         DefinedMap &defined, TermDefinition &def, bool &ignored)
{
    // Step 14.1: kept, but not used for IRI expansion.
    if (id.isNull()) {
        def.iriNull = true;
        return true;
    }
    // Steps 14.2.1 and 14.2.2
    if (!id.isString())
        return m_state.fail("invalid IRI mapping", term);
    if (!isKeyword(id.toString()) && hasKeywordForm(id.toString())) {
        ignored = true;
        return true;
    }
    // Step 14.2.3
    def.iri = expandIri(active, id.toString(), false, true, &local, defined);
    if (m_state.error)
        return false;
    if (!isKeyword(def.iri) && !isAbsoluteIri(def.iri))
        return m_state.fail("invalid IRI mapping", term);
    if (def.iri == kAtContext)
        return m_state.fail("invalid keyword alias", term);
    // Step 14.2.4: a term that looks like a compact IRI or an IRI must expand to its own @id.
    const qsizetype colon = term.indexOf(QLatin1Char(':'), 1);
    if ((colon > 0 && colon < term.size() - 1) || term.contains(QLatin1Char('/'))) {
        defined[term] = true;
        const QString again = expandIri(active, term, false, true, &local, defined);
        if (m_state.error)
            return false;
        if (again != def.iri)
            return m_state.fail("invalid IRI mapping", term);
    }
    // Step 14.2.5: a simple term ending in a gen-delim can serve as a prefix.
    if (!term.contains(QLatin1Char(':')) && !term.contains(QLatin1Char('/')) && simpleTerm) {
        const QChar last = def.iri.isEmpty() ? QChar() : def.iri.back();
        if (isBlankId(def.iri) || QStringLiteral(":/?#[]@").contains(last))
            def.prefix = true;
    }
    return true;
}

// Step 19
bool TermDefinitionCreator::setContainerMapping(const QString &term, const JsonValue &c, TermDefinition &def)
{
    // Step 19.2: json-ld-1.0 knows one container, and not these.
    if (m_state.options.processingMode10
        && (!c.isString() || c.toString() == kAtId || c.toString() == kAtGraph || c.toString() == kAtType))
        return m_state.fail("invalid container mapping", term);
    // Step 19.1
    int mask = 0;
    const JsonValue list = asArray(c);
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
    // The valid combinations of step 19.1: @list alone; @graph with @id or @index (not both);
    // otherwise at most one of @index, @language, @id, @type; @set with any but @list.
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
    // Step 19.3
    def.containers = mask;
    // Step 19.4: a type map's values are node references unless said otherwise.
    if (mask & CType) {
        if (!def.hasType) {
            def.hasType = true;
            def.type = kAtId;
        } else if (def.type != kAtId && def.type != kAtVocab) {
            return m_state.fail("invalid type mapping", term);
        }
    }
    return true;
}

// Step 20
bool TermDefinitionCreator::setIndexMapping(const std::shared_ptr<ActiveContext> &active, const QString &term,
                                            const JsonValue &ix, TermDefinition &def)
{
    if (m_state.options.processingMode10 || !(def.containers & CIndex) || !ix.isString())
        return m_state.fail("invalid term definition", term);
    DefinedMap unused;
    const QString expanded = expandIri(active, ix.toString(), false, true, nullptr, unused);
    if (!isAbsoluteIri(expanded))
        return m_state.fail("invalid term definition", term);
    def.hasIndex = true;
    def.index = ix.toString();
    return true;
}

// Step 21: a property-scoped context.
bool TermDefinitionCreator::setScopedContext(const std::shared_ptr<ActiveContext> &active, const QString &term,
                                             const JsonValue &context, const Arguments &args,
                                             TermDefinition &def)
{
    if (m_state.options.processingMode10)
        return m_state.fail("invalid term definition", term);
    // Step 21.3: validated now, as the spec requires (results are cached, so this is cheap later).
    CtxPtr check = m_contexts.process(active, context, args.baseUrl, args.remote, true, true, false);
    if (!check) {
        const Error inner = *m_state.error;
        if (inner.code == QLatin1String("unknown-context"))
            return false;
        m_state.error.reset();
        return m_state.fail("invalid scoped context", term + QStringLiteral(": ") + inner.message);
    }
    // Step 21.4
    def.hasContext = true;
    def.context = context;
    def.contextBase = args.baseUrl;
    return true;
}

// Steps 22 and 23: only for terms without a type mapping (typed values have no language).
bool TermDefinitionCreator::setLanguageAndDirection(const QString &term, const JsonValue &value,
                                                    TermDefinition &def)
{
    if (value.contains(kAtType))
        return true;
    if (const JsonValue *l = value.find(kAtLanguage)) {
        if (!l->isNull() && !l->isString())
            return m_state.fail("invalid language mapping", term);
        def.hasLanguage = true;
        def.language = l->isNull() ? QString() : l->toString().toLower();
    }
    if (const JsonValue *dv = value.find(kAtDirection)) {
        if (!dv->isNull() && !(dv->isString() && isBaseDirection(dv->toString())))
            return m_state.fail("invalid base direction", term);
        def.hasDirection = true;
        def.direction = dv->isNull() ? QString() : dv->toString();
    }
    return true;
}

// Steps 24 and 25
bool TermDefinitionCreator::setNestAndPrefix(const QString &term, const JsonValue &value, TermDefinition &def)
{
    const bool mode10 = m_state.options.processingMode10;
    if (const JsonValue *n = value.find(kAtNest)) {
        if (mode10)
            return m_state.fail("invalid term definition", term);
        if (!n->isString() || (isKeyword(n->toString()) && n->toString() != kAtNest))
            return m_state.fail("invalid @nest value", term);
        def.hasNest = true;
        def.nest = n->toString();
    }
    if (const JsonValue *p = value.find(kAtPrefix)) {
        if (mode10 || term.contains(QLatin1Char(':')) || term.contains(QLatin1Char('/')))
            return m_state.fail("invalid term definition", term);
        if (!p->isBool())
            return m_state.fail("invalid @prefix value", term);
        def.prefix = p->toBool();
        if (def.prefix && isKeyword(def.iri))
            return m_state.fail("invalid term definition", term);
    }
    return true;
}

} // namespace Satchel::JsonLd
