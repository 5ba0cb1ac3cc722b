// API §7.2.2 Node Map Generation: the expanded document flattened to graphs of nodes, each node
// with all its properties, blank nodes relabelled. Internal to core/jsonld.
#pragma once

#include "JsonValue.h"

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>

#include <map>

namespace Satchel::JsonLd {

class BlankNodeIssuer;
class ProcessingState;

class NodeMapGenerator {
public:
    using Graph = std::map<QString, JsonValue>; // subject -> node object
    using NodeMap = std::map<QString, Graph>;   // graph name ("@default" or an IRI) -> graph

    NodeMapGenerator(ProcessingState &state, BlankNodeIssuer &blanks) : m_state(state), m_blanks(blanks) {}

    // The algorithm with the spec's arguments (null pointers for null). 'activeSubjectNode' is
    // the spec's active subject when it is a map (a reverse property); 'list' the list object
    // being filled. False on error.
    bool generate(const JsonValue &element, const QString &activeGraph, const QString *activeSubject,
                  const JsonValue *activeSubjectNode, const QString *activeProperty, JsonValue *list);

    const NodeMap &nodeMap() const { return m_graphs; }

private:
    bool addList(const JsonValue &items, Graph &graph, const QString &activeGraph, const QString *activeSubject,
                 const JsonValue *activeSubjectNode, const QString *activeProperty, JsonValue *list);
    bool addNode(const JsonValue &el, Graph &graph, const QString &activeGraph, const QString *activeSubject,
                 const JsonValue *activeSubjectNode, const QString *activeProperty, JsonValue *list);
    // 'node' is id's node in activeGraph.
    bool addNodeEntries(const JsonValue &el, const QString &id, JsonValue &node, const QString &activeGraph);
    void addValueUnique(const QString &graphName, JsonValue &node, const QString &property, const JsonValue &value);
    static void appendToList(JsonValue &list, const JsonValue &item);

    ProcessingState &m_state;
    BlankNodeIssuer &m_blanks;
    NodeMap m_graphs;

    // Values already present per (graph, subject, property), for properties with many values, so
    // that adding stays linear (a property with 20,000 values would otherwise cost 200 million
    // comparisons). Short lists, nearly all of them, are compared directly: serializing every
    // value to build a key cost a tenth of a credential's verification.
    static constexpr size_t kLinearScanLimit = 16;
    QHash<QString, QSet<QByteArray>> m_seenValues;
};

} // namespace Satchel::JsonLd
