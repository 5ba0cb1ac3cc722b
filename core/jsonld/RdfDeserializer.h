// API §8.1.2 Deserialize JSON-LD to RDF, with §8.2.2 Object to RDF Conversion and §8.3.2 List to
// RDF Conversion: an expanded document (through API §7.2.2 Node Map Generation) to an RDF
// dataset. Internal to core/jsonld.
#pragma once

#include "BlankNodeIssuer.h"
#include "JsonValue.h"
#include "NodeMapGenerator.h"
#include "RdfQuad.h"

#include <QString>

namespace Satchel::JsonLd {

class ProcessingState;

class RdfDeserializer {
public:
    explicit RdfDeserializer(ProcessingState &state) : m_state(state), m_nodeMap(state, m_blanks) {}

    // JsonLdProcessor.toRdf() (API §9.2) from an expanded document: the node map, then the
    // algorithm. False on error.
    bool toRdf(const JsonValue &expanded, RdfDataset &out);

private:
    bool graphToRdf(const QString &graphName, const NodeMapGenerator::Graph &nodes, RdfDataset &out);
    bool propertyToRdf(const RdfTerm &subject, const QString &property, const JsonValue &values,
                       const RdfTerm &graph, RdfDataset &out);
    bool objectToRdf(const JsonValue &item, RdfTerm &out, RdfDataset &listTriples, const RdfTerm &graphName);
    bool valueToRdf(const JsonValue &item, RdfTerm &out, RdfDataset &listTriples, const RdfTerm &graphName);
    bool listToRdf(const JsonValue &list, RdfTerm &out, RdfDataset &triples, const RdfTerm &graphName);
    static QString lexicalForm(const JsonValue &value, bool hasLanguage, QString &datatype);
    static QString canonicalDouble(double d);
    static RdfTerm termFor(const QString &id);

    ProcessingState &m_state;
    BlankNodeIssuer m_blanks; // declared before m_nodeMap, which holds a reference to it
    NodeMapGenerator m_nodeMap;
};

} // namespace Satchel::JsonLd
