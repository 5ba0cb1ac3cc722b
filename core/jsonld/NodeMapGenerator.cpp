#include "NodeMapGenerator.h"

#include "BlankNodeIssuer.h"
#include "JsonLdSyntax.h"
#include "ProcessingState.h"

#include <algorithm>

namespace Satchel::JsonLd {

// "Add value ... unless already there" (steps 4.1.2, 6.5.2, 6.6.2.2 and 6.7): a node's property
// values form a set, whichever way a value reached it.
void NodeMapGenerator::addValueUnique(const QString &graphName, JsonValue &node, const QString &property,
                                      const JsonValue &value)
{
    JsonValue::Object &o = node.objectRef();
    for (auto &m : o) {
        if (m.first != property)
            continue;
        JsonValue::Array &values = m.second.arrayRef();
        if (values.size() < kLinearScanLimit) {
            for (const JsonValue &existing : values)
                if (existing == value) // order-insensitive for objects, like the canonical form
                    return;
            values.push_back(value);
            return;
        }
        const QString key = graphName + QChar(0x1F) + node.value(kAtId).toString() + QChar(0x1F) + property;
        QSet<QByteArray> &seen = m_seenValues[key];
        if (seen.isEmpty()) {
            for (const JsonValue &existing : values)
                seen.insert(existing.toCanonicalJson());
        }
        const QByteArray valueKey = value.toCanonicalJson();
        if (seen.contains(valueKey))
            return;
        seen.insert(valueKey);
        values.push_back(value);
        return;
    }
    JsonValue::Array arr;
    arr.push_back(value);
    o.emplace_back(property, JsonValue(std::move(arr)));
}

// The list object's @list array (its only entry), in order and with duplicates.
void NodeMapGenerator::appendToList(JsonValue &list, const JsonValue &item)
{
    list.objectRef()[0].second.arrayRef().push_back(item);
}

bool NodeMapGenerator::generate(const JsonValue &element, const QString &activeGraph, const QString *activeSubject,
                                const JsonValue *activeSubjectNode, const QString *activeProperty, JsonValue *list)
{
    // Step 1
    if (element.isArray()) {
        for (const JsonValue &x : element.toArray())
            if (!generate(x, activeGraph, activeSubject, activeSubjectNode, activeProperty, list))
                return false;
        return true;
    }
    // Step 2
    if (!element.isObject())
        return true;
    Graph &graph = m_graphs[activeGraph];
    // Step 3: blank node types are relabelled like blank node subjects.
    // Only an element with a blank node type is copied: rewriting every typed node's @type copied
    // all its members.
    JsonValue el = element;
    const auto blankType = [](const JsonValue &x) { return x.isString() && isBlankId(x.toString()); };
    if (const JsonValue *t = el.find(kAtType); t && !el.contains(kAtValue)) {
        const JsonValue::Array types = itemsOf(*t);
        if (std::any_of(types.begin(), types.end(), blankType)) {
            JsonValue::Array relabelled;
            for (const JsonValue &x : types)
                relabelled.push_back(blankType(x) ? JsonValue(m_blanks.issue(x.toString())) : x);
            el.insert(kAtType, JsonValue(std::move(relabelled)));
        } else if (!t->isArray()) {
            el.insert(kAtType, JsonValue(types)); // as before: @type always an array from here on
        }
    }
    // Expansion drops values and lists that belong to no node, so they only reach here from input
    // that claims to be expanded and is not (expandedToRdf): refused, never dereferenced.
    if ((el.contains(kAtValue) || el.contains(kAtList)) && !list && (!activeSubject || !activeProperty))
        return m_state.fail("invalid expanded input", JsonLdProcessor::tr("a value or list outside any node"));
    // Step 4: a value object.
    if (el.contains(kAtValue)) {
        if (!list)
            addValueUnique(activeGraph, graph[*activeSubject], *activeProperty, el);
        else
            appendToList(*list, el);
        return true;
    }
    // Step 5: a list object.
    if (const JsonValue *l = el.find(kAtList))
        return addList(*l, graph, activeGraph, activeSubject, activeSubjectNode, activeProperty, list);
    // Step 6: a node object.
    return addNode(el, graph, activeGraph, activeSubject, activeSubjectNode, activeProperty, list);
}

// Step 5: lists keep order and duplicates, so they are appended, never merged.
bool NodeMapGenerator::addList(const JsonValue &items, Graph &graph, const QString &activeGraph, const QString *activeSubject,
                               const JsonValue *activeSubjectNode, const QString *activeProperty, JsonValue *list)
{
    // Steps 5.1 and 5.2
    JsonValue result = JsonValue::object();
    result.insert(kAtList, JsonValue::array());
    if (!generate(items, activeGraph, activeSubject, activeSubjectNode, activeProperty, &result))
        return false;
    if (list) {
        appendToList(*list, result); // step 5.4
        return true;
    }
    // Step 5.3
    JsonValue &node = graph[*activeSubject];
    JsonValue::Object &o = node.objectRef();
    bool found = false;
    for (auto &m : o)
        if (m.first == *activeProperty) {
            m.second.arrayRef().push_back(result);
            found = true;
        }
    if (!found) {
        JsonValue::Array arr;
        arr.push_back(result);
        o.emplace_back(*activeProperty, JsonValue(std::move(arr)));
    }
    return true;
}

// Steps 6.1 to 6.8
bool NodeMapGenerator::addNode(const JsonValue &el, Graph &graph, const QString &activeGraph,
                               const QString *activeSubject, const JsonValue *activeSubjectNode,
                               const QString *activeProperty, JsonValue *list)
{
    // Steps 6.1 and 6.2
    QString id;
    if (const JsonValue *idv = el.find(kAtId)) {
        id = idv->isString() ? idv->toString() : QString();
        if (id.isEmpty() && !idv->isString())
            return true;
        if (isBlankId(id))
            id = m_blanks.issue(id);
    } else {
        id = m_blanks.issue();
    }
    // Step 6.3. The node is looked up once: a std::map keeps references valid while the steps
    // below add other nodes, and each lookup compares long IRIs (did:key:z6Mk...) all the way.
    JsonValue &node = graph[id];
    if (node.isNull()) {
        node = JsonValue::object();
        node.insert(kAtId, id);
    }
    if (activeSubjectNode) {
        // Step 6.5: a reverse property: the active subject node gets referenced from this node.
        addValueUnique(activeGraph, node, *activeProperty, *activeSubjectNode);
    } else if (activeProperty) {
        // Step 6.6: this node is referenced from the active subject.
        JsonValue ref = JsonValue::object();
        ref.insert(kAtId, id);
        if (!list)
            addValueUnique(activeGraph, graph[*activeSubject], *activeProperty, ref);
        else
            appendToList(*list, ref);
    }
    // Step 6.7
    if (const JsonValue *t = el.find(kAtType)) {
        for (const JsonValue &x : itemsOf(*t))
            addValueUnique(activeGraph, node, kAtType, x);
    }
    // Step 6.8
    if (const JsonValue *ix = el.find(kAtIndex)) {
        if (const JsonValue *existing = node.find(kAtIndex); existing && !(*existing == *ix))
            return m_state.fail("conflicting indexes", id);
        node.insert(kAtIndex, *ix);
    }
    return addNodeEntries(el, id, node, activeGraph);
}

// Steps 6.9 to 6.12: what the node object contains, recursively.
bool NodeMapGenerator::addNodeEntries(const JsonValue &el, const QString &id, JsonValue &node,
                                      const QString &activeGraph)
{
    // Step 6.9
    if (const JsonValue *r = el.find(kAtReverse)) {
        JsonValue referenced = JsonValue::object();
        referenced.insert(kAtId, id);
        for (const auto &[property, values] : r->toObject()) {
            for (const JsonValue &v : itemsOf(values))
                if (!generate(v, activeGraph, nullptr, &referenced, &property, nullptr))
                    return false;
        }
    }
    // Step 6.10: the node names a graph.
    if (const JsonValue *g = el.find(kAtGraph)) {
        if (!generate(*g, id, nullptr, nullptr, nullptr, nullptr))
            return false;
    }
    // Step 6.11
    if (const JsonValue *inc = el.find(kAtIncluded)) {
        if (!generate(*inc, activeGraph, nullptr, nullptr, nullptr, nullptr))
            return false;
    }
    // Step 6.12, properties in order (blank node labels depend on it).
    for (const JsonValue::Member *m : sortedMembers(el)) {
        QString property = m->first;
        if (property == kAtId || property == kAtType || property == kAtIndex || property == kAtReverse
            || property == kAtGraph || property == kAtIncluded)
            continue;
        // Step 6.12.1
        if (isBlankId(property))
            property = m_blanks.issue(property);
        // Step 6.12.2: the property exists even if all its values turn out to be dropped.
        if (!node.contains(property))
            node.insert(property, JsonValue::array());
        // Step 6.12.3
        if (!generate(m->second, activeGraph, &id, nullptr, &property, nullptr))
            return false;
    }
    return true;
}

} // namespace Satchel::JsonLd
