#include "JsonLdProcessor.h"

#include "ActiveContext.h"
#include "ContextCache.h"
#include "ContextProcessor.h"
#include "IriExpander.h"
#include "JsonLdSyntax.h"
#include "ProcessingState.h"
#include "RdfDeserializer.h"

#include <algorithm>
#include <memory>

namespace Satchel {

namespace {

// The syntax helpers, the active context types, context processing (with its cache and term
// definitions), IRI expansion, the shared state and toRdf are in their own units now.
using namespace JsonLd;

// ---------------------------------------------------------------------------------------------
// The processor

class Processor {
public:
    explicit Processor(ProcessingState &state) : m_state(state) {}

    ProcessingState &m_state;
    int m_depth = 0;
    ContextProcessor m_contexts{m_state};

    // API 4.1.2 Context Processing and 5.2.2 IRI Expansion are in their own units now.
    CtxPtr processContext(const CtxPtr &active, const JsonValue &local, const QString &baseUrl,
                          std::vector<QString> remote, bool overrideProtected, bool propagate,
                          bool validateScoped)
    {
        return m_contexts.process(active, local, baseUrl, std::move(remote), overrideProtected, propagate,
                                  validateScoped);
    }
    QString expandIri(const CtxPtr &ctx, const QString &value, bool documentRelative, bool vocab)
    {
        return IriExpander::expand(*ctx, value, documentRelative, vocab);
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
        CtxPtr active = ContextProcessor::initialContext(m_state.options.base);
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
    ContextCache::clear();
}

} // namespace Satchel
