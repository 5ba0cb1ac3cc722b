// RDF terms and quads as produced by toRdf and consumed by RDFC-1.0 and the N-Quads writer.
#pragma once

#include <QString>

#include <vector>

namespace Satchel {

struct RdfTerm {
    enum Kind : quint8 { None, Iri, Blank, Literal }; // None = the default graph
    Kind kind = None;
    QString value;    // IRI, blank node label without "_:", or the literal's lexical form
    QString datatype; // literals only; xsd:string or rdf:langString are written implicitly
    QString language; // literals only; non-empty means rdf:langString

    static RdfTerm iri(const QString &v) { return RdfTerm{Iri, v, {}, {}}; }
    static RdfTerm blank(const QString &v) { return RdfTerm{Blank, v, {}, {}}; }
    static RdfTerm literal(const QString &v, const QString &dt, const QString &lang = {})
    {
        return RdfTerm{Literal, v, dt, lang};
    }
    bool isBlank() const { return kind == Blank; }
    bool operator==(const RdfTerm &o) const
    {
        return kind == o.kind && value == o.value && datatype == o.datatype && language == o.language;
    }
};

struct RdfQuad {
    RdfTerm subject;
    RdfTerm predicate;
    RdfTerm object;
    RdfTerm graph; // kind None for the default graph
    bool operator==(const RdfQuad &o) const
    {
        return subject == o.subject && predicate == o.predicate && object == o.object && graph == o.graph;
    }
};

using RdfDataset = std::vector<RdfQuad>;

} // namespace Satchel
