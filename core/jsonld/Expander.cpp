#include "Expander.h"

#include "ContextProcessor.h"
#include "IriExpander.h"
#include "JsonLdSyntax.h"
#include "ProcessingState.h"

#include <algorithm>

namespace Satchel::JsonLd {

namespace {

// "Add value" (API §5.1.2 step 13.14 and elsewhere), always as an array. Appended in place: a
// copy of the existing array for every value made adding n values quadratic.
void appendValues(JsonValue &result, const QString &key, const JsonValue &value)
{
    JsonValue::Object &members = result.objectRef();
    auto it = std::find_if(members.begin(), members.end(), [&key](const JsonValue::Member &m) { return m.first == key; });
    if (it == members.end()) {
        members.emplace_back(key, JsonValue::array());
        it = members.end() - 1;
    } else if (it->second.isNull()) {
        it->second = JsonValue::array();
    } else if (!it->second.isArray()) {
        it->second = JsonValue(JsonValue::Array{it->second});
    }
    JsonValue::Array &arr = it->second.arrayRef();
    if (value.isArray())
        arr.insert(arr.end(), value.toArray().begin(), value.toArray().end());
    else
        arr.push_back(value);
}

JsonValue singleEntry(const QString &key, const JsonValue &value)
{
    JsonValue::Object o;
    o.emplace_back(key, value);
    return JsonValue(std::move(o));
}

} // namespace

// The term definition of key in ctx. Expansion asks for the same property's definition up to five
// times in a row (its entry, its value, each item, the value expansion), so the last answer is
// kept and compared by context and by the key's characters, which costs less than hashing.
const TermDefinition *Expander::termOf(const CtxPtr &ctx, const QString &key)
{
    if (ctx != m_lastTermContext || key.size() != m_lastTermKey.size()
        || (key.constData() != m_lastTermKey.constData() && key != m_lastTermKey)) {
        m_lastTermContext = ctx;
        m_lastTermKey = key;
        m_lastTerm = ctx->term(key);
    }
    return m_lastTerm;
}

QString Expander::expandIri(const CtxPtr &ctx, const QString &value, bool documentRelative, bool vocab) const
{
    return IriExpander::expand(*ctx, value, documentRelative, vocab);
}

bool Expander::expandDocument(const JsonValue &input, JsonValue &out)
{
    CtxPtr active = ContextProcessor::initialContext(m_state.options.base);
    if (!active)
        return false;
    if (m_state.options.expandContext) {
        JsonValue ctx = *m_state.options.expandContext;
        if (const JsonValue *inner = ctx.isObject() ? ctx.find(kAtContext) : nullptr)
            ctx = *inner;
        active = m_contexts.process(active, ctx, m_state.options.expandContextBase, {}, false, true, true);
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

// Steps 1 to 5, and the depth limit.
bool Expander::expand(CtxPtr active, const QString *activeProperty, const JsonValue &element, const QString &baseUrl,
                      JsonValue &out, bool fromMap, bool insideList)
{
    struct DepthGuard {
        int &d;
        explicit DepthGuard(int &x) : d(x) { ++d; }
        ~DepthGuard() { --d; }
    } guard(m_depth);
    if (m_depth > m_state.options.maxDepth)
        return m_state.fail(Error{QStringLiteral("jsonld-too-deep"),
                                  JsonLdProcessor::tr("The JSON-LD document is nested deeper than %1 levels.")
                                      .arg(m_state.options.maxDepth)});
    out = JsonValue();
    // Step 1
    if (element.isNull())
        return true;
    if (element.isScalar()) {
        // Step 4.1: a free-floating scalar is dropped.
        if (!activeProperty || *activeProperty == kAtGraph)
            return m_state.dataLoss(JsonLdProcessor::tr("a free-floating value"));
        // Steps 3 and 4.2: the property-scoped context.
        const TermDefinition *apDef = termOf(active, *activeProperty);
        if (apDef && apDef->hasContext) {
            active = m_contexts.process(active, apDef->context, apDef->contextBase, {}, true, true, true);
            if (!active)
                return false;
        }
        // Step 4.3
        out = expandValue(active, *activeProperty, element);
        return true;
    }
    if (element.isArray())
        return expandArray(active, activeProperty, element, baseUrl, out, fromMap, insideList);
    return expandMap(std::move(active), activeProperty, element, baseUrl, out, fromMap, insideList);
}

// Step 5
bool Expander::expandArray(const CtxPtr &active, const QString *activeProperty, const JsonValue &element,
                           const QString &baseUrl, JsonValue &out, bool fromMap, bool insideList)
{
    const TermDefinition *apDef = activeProperty ? termOf(active, *activeProperty) : nullptr;
    JsonValue::Array result;
    const bool listContainer = apDef && (apDef->containers & CList);
    for (const JsonValue &item : element.toArray()) {
        // Step 5.2.1
        JsonValue e;
        if (!expand(active, activeProperty, item, baseUrl, e, fromMap, insideList || listContainer))
            return false;
        // Step 5.2.2: an array inside a list container is a list of lists.
        if (listContainer && e.isArray())
            e = singleEntry(kAtList, e);
        // Step 5.2.3
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

// Steps 6 to 20: a map.
bool Expander::expandMap(CtxPtr active, const QString *activeProperty, const JsonValue &element,
                         const QString &baseUrl, JsonValue &out, bool fromMap, bool insideList)
{
    // Step 3, with the active context the caller gave (before step 7 may revert it).
    const TermDefinition *apDef = activeProperty ? termOf(active, *activeProperty) : nullptr;
    // Step 7: a non-propagated (type-scoped) context does not apply to nested nodes, but does to
    // value objects and node references.
    if (active->previous && !fromMap) {
        bool revert = true;
        const bool onlyId = element.size() == 1;
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
    // Step 8
    if (apDef && apDef->hasContext) {
        active = m_contexts.process(active, apDef->context, apDef->contextBase, {}, true, true, true);
        if (!active)
            return false;
    }
    // Step 9
    if (const JsonValue *c = element.find(kAtContext)) {
        active = m_contexts.process(active, *c, baseUrl, {}, false, true, true);
        if (!active)
            return false;
    }
    // Step 10
    const CtxPtr typeScoped = active;
    // Steps 11 and 12 (input type)
    QString inputType;
    if (!applyTypeScopedContexts(active, typeScoped, element, inputType))
        return false;
    // Steps 13 and 14
    JsonValue result = JsonValue::object();
    if (!expandEntries(active, typeScoped, activeProperty, element, baseUrl, inputType, result))
        return false;
    // Steps 15 to 20
    return finishResult(result, activeProperty, insideList, out);
}

// Step 11, and step 12's input type: the last type of the first @type entry, expanded.
bool Expander::applyTypeScopedContexts(CtxPtr &active, const CtxPtr &typeScoped, const JsonValue &element,
                                       QString &inputType)
{
    bool inputTypeSet = false;
    for (const JsonValue::Member *m : sortedMembers(element)) {
        if (expandIri(active, m->first, false, true) != kAtType)
            continue;
        // Steps 11.1 and 11.2, types in order so that contexts apply in a defined order.
        std::vector<QString> types;
        for (const JsonValue &t : itemsOf(m->second))
            if (t.isString())
                types.push_back(t.toString());
        std::sort(types.begin(), types.end());
        for (const QString &t : types) {
            const TermDefinition *td = typeScoped->term(t);
            if (td && td->hasContext) {
                active = m_contexts.process(active, td->context, td->contextBase, {}, false, false, true);
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
    return true;
}

// Step 13 for every entry, then step 14.
bool Expander::expandEntries(const CtxPtr &active, const CtxPtr &typeScoped, const QString *activeProperty,
                             const JsonValue &element, const QString &baseUrl, const QString &inputType,
                             JsonValue &result)
{
    std::vector<QString> nests;
    for (const JsonValue::Member *m : sortedMembers(element)) {
        const QString &key = m->first;
        const JsonValue &value = m->second;
        // Step 13.1
        if (key == kAtContext)
            continue;
        // Steps 13.2 and 13.3: what no context defines is dropped (an error in safe mode).
        const QString expandedProperty = expandIri(active, key, false, true);
        if (expandedProperty.isEmpty() || (!isAbsoluteIri(expandedProperty) && !isKeyword(expandedProperty))) {
            if (!m_state.dataLoss(JsonLdProcessor::tr("the property \"%1\" (not defined by any context)").arg(key)))
                return false;
            continue;
        }
        if (isKeyword(expandedProperty)) {
            // Step 13.4
            JsonValue expandedValue;
            switch (expandKeywordEntry(active, typeScoped, activeProperty, key, value, expandedProperty, baseUrl,
                                       inputType, result, nests, expandedValue)) {
            case EntryOutcome::Failed:
                return false;
            case EntryOutcome::Skip:
                continue;
            case EntryOutcome::Store:
                // Step 13.4.16
                if (!expandedValue.isNull())
                    result.insert(expandedProperty, expandedValue);
                continue;
            }
        }
        // Steps 13.5 to 13.14
        if (!expandPropertyEntry(active, key, value, expandedProperty, baseUrl, result))
            return false;
    }
    return expandNests(active, typeScoped, activeProperty, element, std::move(nests), baseUrl, inputType, result);
}

// Step 13.4: an entry whose key expands to a keyword. Store: put 'expandedValue' under the
// keyword; Skip: the entry is done (or dropped).
Expander::EntryOutcome Expander::expandKeywordEntry(const CtxPtr &active, const CtxPtr &typeScoped,
                                                    const QString *activeProperty, const QString &key,
                                                    const JsonValue &value, const QString &expandedProperty,
                                                    const QString &baseUrl, const QString &inputType,
                                                    JsonValue &result, std::vector<QString> &nests,
                                                    JsonValue &expandedValue)
{
    const auto outcome = [](bool ok) { return ok ? EntryOutcome::Store : EntryOutcome::Failed; };
    const bool mode10 = m_state.options.processingMode10;
    // Steps 13.4.1 and 13.4.2
    if (activeProperty && *activeProperty == kAtReverse)
        return outcome(m_state.fail("invalid reverse property map", key));
    if (result.contains(expandedProperty) && expandedProperty != kAtIncluded && expandedProperty != kAtType)
        return outcome(m_state.fail("colliding keywords", expandedProperty));
    if (expandedProperty == kAtId) {
        // Step 13.4.3
        if (!value.isString())
            return outcome(m_state.fail("invalid @id value", key));
        const QString iri = expandIri(active, value.toString(), true, false);
        if (!isAbsoluteIri(iri) && !m_state.dataLoss(JsonLdProcessor::tr("the relative @id \"%1\"").arg(value.toString())))
            return EntryOutcome::Failed;
        expandedValue = iri;
        return EntryOutcome::Store;
    }
    if (expandedProperty == kAtType) // step 13.4.4
        return outcome(expandTypeValue(typeScoped, key, value, result, expandedValue));
    if (expandedProperty == kAtGraph) {
        // Step 13.4.5
        const QString graph = kAtGraph;
        if (!expand(active, &graph, value, baseUrl, expandedValue))
            return EntryOutcome::Failed;
        expandedValue = asArray(expandedValue);
        return EntryOutcome::Store;
    }
    if (expandedProperty == kAtIncluded) { // step 13.4.6
        if (mode10)
            return EntryOutcome::Skip;
        return outcome(expandIncludedValue(active, key, value, baseUrl, result, expandedValue));
    }
    if (expandedProperty == kAtValue) // step 13.4.7
        return expandValueValue(key, value, inputType, result) ? EntryOutcome::Skip : EntryOutcome::Failed;
    if (expandedProperty == kAtLanguage) {
        // Step 13.4.8
        if (!value.isString())
            return outcome(m_state.fail("invalid language-tagged string", key));
        if (!isWellFormedLanguage(value.toString())
            && !m_state.dataLoss(JsonLdProcessor::tr("the invalid language tag \"%1\"").arg(value.toString())))
            return EntryOutcome::Failed;
        expandedValue = value.toString().toLower();
        return EntryOutcome::Store;
    }
    if (expandedProperty == kAtDirection) {
        // Step 13.4.9
        if (mode10)
            return EntryOutcome::Skip;
        if (!value.isString() || !isBaseDirection(value.toString()))
            return outcome(m_state.fail("invalid base direction", key));
        expandedValue = value;
        return EntryOutcome::Store;
    }
    if (expandedProperty == kAtIndex) {
        // Step 13.4.10
        if (!value.isString())
            return outcome(m_state.fail("invalid @index value", key));
        expandedValue = value;
        return EntryOutcome::Store;
    }
    if (expandedProperty == kAtList) {
        // Step 13.4.11: a free-floating list is dropped.
        if (!activeProperty || *activeProperty == kAtGraph)
            return m_state.dataLoss(JsonLdProcessor::tr("a free-floating list")) ? EntryOutcome::Skip
                                                                                  : EntryOutcome::Failed;
        if (!expand(active, activeProperty, value, baseUrl, expandedValue, false, true))
            return EntryOutcome::Failed;
        expandedValue = asArray(expandedValue);
        return EntryOutcome::Store;
    }
    if (expandedProperty == kAtSet) // step 13.4.12
        return outcome(expand(active, activeProperty, value, baseUrl, expandedValue));
    if (expandedProperty == kAtReverse) // step 13.4.13
        return expandReverseValue(active, key, value, baseUrl, result) ? EntryOutcome::Skip : EntryOutcome::Failed;
    if (expandedProperty == kAtNest) // step 13.4.14: expanded in step 14
        nests.push_back(key);
    // Step 13.4.15: framing keywords are ignored (@context was skipped in step 13.1).
    return EntryOutcome::Skip;
}

// Step 13.4.4: @type values are IRIs relative to the vocabulary, in the type-scoped context.
bool Expander::expandTypeValue(const CtxPtr &typeScoped, const QString &key, const JsonValue &value,
                               const JsonValue &result, JsonValue &expandedValue)
{
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
        if (!isAbsoluteIri(iri)
            && !m_state.dataLoss(JsonLdProcessor::tr("the type \"%1\" (not defined by any context)").arg(t.toString())))
            return false;
        t = iri;
    }
    // Step 13.4.4.5: an alias of @type may add to an existing @type entry.
    if (const JsonValue *existing = result.find(kAtType)) {
        JsonValue::Array merged = itemsOf(*existing);
        merged.insert(merged.end(), types.begin(), types.end());
        types = std::move(merged);
    }
    expandedValue = (value.isString() && !result.contains(kAtType)) ? types.front() : JsonValue(std::move(types));
    return true;
}

// Step 13.4.6: included blocks must be node objects.
bool Expander::expandIncludedValue(const CtxPtr &active, const QString &key, const JsonValue &value,
                                   const QString &baseUrl, const JsonValue &result, JsonValue &expandedValue)
{
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
    return true;
}

// Step 13.4.7: kept even when null (step 15.3 drops the value object then).
bool Expander::expandValueValue(const QString &key, const JsonValue &value, const QString &inputType,
                                JsonValue &result)
{
    if (inputType == kAtJson) {
        if (m_state.options.processingMode10)
            return m_state.fail("invalid value object value", key);
    } else if (!value.isNull() && !value.isScalar()) {
        return m_state.fail("invalid value object value", key);
    }
    result.insert(kAtValue, value);
    return true;
}

// Step 13.4.13: @reverse entries become reverse properties (and a nested @reverse, forward ones).
bool Expander::expandReverseValue(const CtxPtr &active, const QString &key, const JsonValue &value,
                                  const QString &baseUrl, JsonValue &result)
{
    if (!value.isObject())
        return m_state.fail("invalid @reverse value", key);
    const QString reverse = kAtReverse;
    JsonValue expandedValue;
    if (!expand(active, &reverse, value, baseUrl, expandedValue))
        return false;
    // Step 13.4.13.3
    if (const JsonValue *inner = expandedValue.find(kAtReverse)) {
        for (const auto &[p, items] : inner->toObject())
            appendValues(result, p, items);
    }
    // Step 13.4.13.4
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
    return true;
}

// Steps 13.5 to 13.14: an entry whose key expands to an IRI.
bool Expander::expandPropertyEntry(const CtxPtr &active, const QString &key, const JsonValue &value,
                                   const QString &expandedProperty, const QString &baseUrl, JsonValue &result)
{
    // Step 13.5
    const TermDefinition *td = termOf(active, key);
    const int containers = td ? td->containers : 0;
    JsonValue expandedValue;
    if (td && td->hasType && td->type == kAtJson) {
        // Step 13.6
        JsonValue::Object o;
        o.emplace_back(kAtValue, value);
        o.emplace_back(kAtType, kAtJson);
        expandedValue = JsonValue(std::move(o));
    } else if ((containers & CLanguage) && value.isObject()) {
        if (!expandLanguageMap(active, td, value, expandedValue)) // step 13.7
            return false;
    } else if ((containers & (CIndex | CType | CId)) && value.isObject()) {
        if (!expandIndexMap(active, td, key, value, baseUrl, expandedValue)) // step 13.8
            return false;
    } else if (!expand(active, &key, value, baseUrl, expandedValue, false, false)) { // step 13.9
        return false;
    }
    // Step 13.10
    if (expandedValue.isNull())
        return true;
    // Step 13.11
    if ((containers & CList) && !expandedValue.contains(kAtList))
        expandedValue = singleEntry(kAtList, asArray(expandedValue));
    // Step 13.12: a graph container wraps each value in a graph object.
    if ((containers & CGraph) && !(containers & CId) && !(containers & CIndex)) {
        JsonValue::Array list;
        for (const JsonValue &ev : itemsOf(expandedValue))
            list.push_back(singleEntry(kAtGraph, asArray(ev)));
        expandedValue = JsonValue(std::move(list));
    }
    if (td && td->reverse) {
        // Step 13.13
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
        // Step 13.14
        appendValues(result, expandedProperty, expandedValue);
    }
    return true;
}

// Step 13.7: a language map, keys in order.
bool Expander::expandLanguageMap(const CtxPtr &active, const TermDefinition *td, const JsonValue &value,
                                 JsonValue &expandedValue)
{
    JsonValue::Array list;
    // Step 13.7.2
    const QString dir = (td && td->hasDirection) ? td->direction : (active->hasDirection ? active->direction : QString());
    for (const JsonValue::Member *lm : sortedMembers(value)) {
        const QString &language = lm->first;
        for (const JsonValue &item : itemsOf(lm->second)) {
            // Steps 13.7.4.2.1 and 13.7.4.2.2
            if (item.isNull())
                continue;
            if (!item.isString())
                return m_state.fail("invalid language map value", language);
            // Steps 13.7.4.2.3 to 13.7.4.2.6
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
    return true;
}

// Step 13.8: an index, id or type map, keys in order.
bool Expander::expandIndexMap(const CtxPtr &active, const TermDefinition *td, const QString &key,
                              const JsonValue &value, const QString &baseUrl, JsonValue &expandedValue)
{
    const int containers = td ? td->containers : 0;
    JsonValue::Array list;
    for (const JsonValue::Member *im : sortedMembers(value)) {
        const QString &index = im->first;
        // Steps 13.8.3.1 and 13.8.3.2: id and type maps expand in the context before any
        // type-scoped one; a type map's key may bring its own type-scoped context.
        CtxPtr mapContext = active;
        if (containers & (CId | CType))
            mapContext = active->previous ? active->previous : active;
        if (containers & CType) {
            const TermDefinition *itd = mapContext->term(index);
            if (itd && itd->hasContext) {
                mapContext = m_contexts.process(mapContext, itd->context, itd->contextBase, {}, false, true, true);
                if (!mapContext)
                    return false;
            }
        } else {
            mapContext = active;
        }
        // Steps 13.8.3.4 to 13.8.3.6
        const QString expandedIndex = expandIri(active, index, false, true);
        JsonValue indexValue;
        if (!expand(mapContext, &key, asArray(im->second), baseUrl, indexValue, true))
            return false;
        // Step 13.8.3.7
        for (JsonValue item : itemsOf(indexValue)) {
            if (!addIndexToItem(active, td, index, expandedIndex, item))
                return false;
            list.push_back(std::move(item));
        }
    }
    expandedValue = JsonValue(std::move(list));
    return true;
}

// Steps 13.8.3.7.1 to 13.8.3.7.4: the map key becomes the item's index, @id or @type.
bool Expander::addIndexToItem(const CtxPtr &active, const TermDefinition *td, const QString &index,
                              const QString &expandedIndex, JsonValue &item)
{
    const int containers = td ? td->containers : 0;
    const QString indexKey = (td && td->hasIndex) ? td->index : kAtIndex;
    if ((containers & CGraph) && !item.contains(kAtGraph))
        item = singleEntry(kAtGraph, asArray(item));
    if ((containers & CIndex) && indexKey != kAtIndex && expandedIndex != kAtNone) {
        // Step 13.8.3.7.2: a property-valued index.
        const JsonValue reExpanded = expandValue(active, indexKey, JsonValue(index));
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
    return true;
}

// Step 14: nested properties, as if they were entries of the element.
bool Expander::expandNests(const CtxPtr &active, const CtxPtr &typeScoped, const QString *activeProperty,
                           const JsonValue &element, std::vector<QString> nests, const QString &baseUrl,
                           const QString &inputType, JsonValue &result)
{
    std::sort(nests.begin(), nests.end());
    for (const QString &nestKey : nests) {
        CtxPtr nestContext = active;
        if (const TermDefinition *nd = active->term(nestKey); nd && nd->hasContext) {
            nestContext = m_contexts.process(active, nd->context, nd->contextBase, {}, true, true, true);
            if (!nestContext)
                return false;
        }
        // Step 14.2
        for (const JsonValue &nested : itemsOf(element.value(nestKey))) {
            if (!nested.isObject())
                return m_state.fail("invalid @nest value", nestKey);
            for (const auto &[k, v] : nested.toObject()) {
                Q_UNUSED(v);
                if (expandIri(active, k, false, true) == kAtValue)
                    return m_state.fail("invalid @nest value", nestKey);
            }
            if (!expandEntries(nestContext, typeScoped, activeProperty, nested, baseUrl, inputType, result))
                return false;
        }
    }
    return true;
}

// Step 15: a value object. 'dropped' when its value is null (step 15.3).
bool Expander::checkValueObject(const JsonValue &result, bool &dropped)
{
    // Step 15.1
    for (const auto &[k, x] : result.toObject()) {
        Q_UNUSED(x);
        if (k != kAtDirection && k != kAtIndex && k != kAtLanguage && k != kAtType && k != kAtValue)
            return m_state.fail("invalid value object", k);
    }
    if (result.contains(kAtType) && (result.contains(kAtLanguage) || result.contains(kAtDirection)))
        return m_state.fail("invalid value object", JsonLdProcessor::tr("@type with @language or @direction"));
    const JsonValue *v = result.find(kAtValue);
    const JsonValue *t = result.find(kAtType);
    if (t && t->isString() && t->toString() == kAtJson) {
        // Step 15.2: any JSON value.
    } else if (v->isNull() || (v->isArray() && v->size() == 0)) {
        dropped = true; // step 15.3
    } else if (!v->isScalar()) {
        return m_state.fail("invalid value object value", JsonLdProcessor::tr("@value must be a scalar"));
    } else if (result.contains(kAtLanguage) && !v->isString()) {
        // Step 15.4
        return m_state.fail("invalid language-tagged value", JsonLdProcessor::tr("a language-tagged value must be a string"));
    } else if (t && (!t->isString() || !isAbsoluteIri(t->toString()) || isBlankId(t->toString()))) {
        // Step 15.5
        return m_state.fail("invalid typed value", t->isString() ? t->toString() : QString());
    }
    return true;
}

// Steps 15 to 20. 'out' stays null when the result is dropped.
bool Expander::finishResult(JsonValue &result, const QString *activeProperty, bool insideList, JsonValue &out)
{
    if (result.contains(kAtValue)) {
        bool dropped = false;
        if (!checkValueObject(result, dropped))
            return false;
        if (dropped)
            return true;
    } else if (const JsonValue *t = result.find(kAtType); t && !t->isArray()) {
        // Step 16
        result.insert(kAtType, asArray(*t));
    } else if (result.contains(kAtSet) || result.contains(kAtList)) {
        // Step 17
        if (result.size() > 2 || (result.size() == 2 && !result.contains(kAtIndex)))
            return m_state.fail("invalid set or list object", JsonLdProcessor::tr("unexpected entries"));
        if (const JsonValue *s = result.find(kAtSet)) {
            out = *s;
            return true;
        }
    }
    // Step 18
    if (result.size() == 1 && result.contains(kAtLanguage))
        return true;
    // Step 19: free-floating values and empty or @id-only top-level nodes are dropped.
    if ((!activeProperty || *activeProperty == kAtGraph) && !insideList) {
        const int n = result.size();
        if (n == 0)
            return m_state.dataLoss(JsonLdProcessor::tr("an empty top-level object"));
        if (result.contains(kAtValue) || result.contains(kAtList))
            return m_state.dataLoss(JsonLdProcessor::tr("a free-floating value or list"));
        if (n == 1 && result.contains(kAtId))
            return m_state.dataLoss(JsonLdProcessor::tr("a top-level object with only @id"));
    }
    // Step 20
    out = std::move(result);
    return true;
}

// API §5.3.2 Value Expansion.
JsonValue Expander::expandValue(const CtxPtr &ctx, const QString &property, const JsonValue &value)
{
    const TermDefinition *td = termOf(ctx, property);
    // Steps 1 and 2: a string typed @id or @vocab is a node reference.
    if (td && td->hasType && value.isString()) {
        if (td->type == kAtId)
            return singleEntry(kAtId, expandIri(ctx, value.toString(), true, false));
        if (td->type == kAtVocab)
            return singleEntry(kAtId, expandIri(ctx, value.toString(), true, true));
    }
    // Step 3
    JsonValue::Object o;
    o.emplace_back(kAtValue, value);
    if (td && td->hasType && td->type != kAtId && td->type != kAtVocab && td->type != kAtNone) {
        o.emplace_back(kAtType, td->type); // step 4
    } else if (value.isString()) {
        // Step 5: the term's language and direction, else the context's defaults.
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

} // namespace Satchel::JsonLd
