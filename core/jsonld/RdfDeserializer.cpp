#include "RdfDeserializer.h"

#include "JsonLdSyntax.h"
#include "NQuads.h"
#include "ProcessingState.h"

#include <cmath>
#include <cstdio>

namespace Satchel::JsonLd {

RdfTerm RdfDeserializer::termFor(const QString &id)
{
    return isBlankId(id) ? RdfTerm::blank(id.mid(2)) : RdfTerm::iri(id);
}

// API §8.1.2. What is not well-formed is skipped, as the spec says; in safe mode that is an error.
bool RdfDeserializer::toRdf(const JsonValue &expanded, RdfDataset &out)
{
    const QString def = kAtDefault;
    if (!m_nodeMap.generate(expanded, def, nullptr, nullptr, nullptr, nullptr))
        return false;
    // Room for a quad per value (lists add a few more): growing the dataset one doubling at a
    // time moved every quad again and again, in allocations of kilobytes.
    size_t values = 0;
    for (const auto &[graphName, nodes] : m_nodeMap.nodeMap())
        for (const auto &[subject, node] : nodes)
            for (const JsonValue::Member &m : node.toObject())
                values += m.second.toArray().size();
    out.reserve(out.size() + values);
    // Step 1, graphs in order of their names.
    for (const auto &[graphName, nodes] : m_nodeMap.nodeMap()) {
        if (!graphToRdf(graphName, nodes, out))
            return false;
    }
    return true;
}

// Steps 1.1 to 1.5 for one graph.
bool RdfDeserializer::graphToRdf(const QString &graphName, const NodeMapGenerator::Graph &nodes, RdfDataset &out)
{
    // Step 1.1 (and 1.4: the default graph has no name).
    RdfTerm g;
    if (graphName != kAtDefault) {
        if (!isWellFormedIri(graphName))
            return m_state.dataLoss(JsonLdProcessor::tr("the graph named by the relative IRI \"%1\"").arg(graphName));
        g = termFor(graphName);
    }
    // Step 1.3, subjects in order.
    for (const auto &[subject, node] : nodes) {
        // Step 1.3.1
        if (!isWellFormedIri(subject)) {
            if (!m_state.dataLoss(JsonLdProcessor::tr("the node with the relative IRI \"%1\"").arg(subject)))
                return false;
            continue;
        }
        const RdfTerm s = termFor(subject);
        // Step 1.3.2, properties in order.
        for (const JsonValue::Member *m : sortedMembers(node)) {
            if (!propertyToRdf(s, m->first, m->second, g, out))
                return false;
        }
    }
    return true;
}

// Steps 1.3.2.1 to 1.3.2.5 for one property of a node.
bool RdfDeserializer::propertyToRdf(const RdfTerm &s, const QString &property, const JsonValue &values,
                                    const RdfTerm &g, RdfDataset &out)
{
    // Step 1.3.2.1
    if (property == kAtType) {
        for (const JsonValue &t : values.toArray()) {
            const QString type = t.toString();
            if (!isWellFormedIri(type)) {
                if (!m_state.dataLoss(JsonLdProcessor::tr("the type \"%1\"").arg(type)))
                    return false;
                continue;
            }
            out.push_back({s, RdfTerm::iri(kRdfType), termFor(type), g});
        }
        return true;
    }
    // Step 1.3.2.2
    if (isKeyword(property))
        return true;
    // Step 1.3.2.3: blank node predicates only in generalized RDF.
    if (isBlankId(property) && !m_state.options.produceGeneralizedRdf)
        return m_state.dataLoss(JsonLdProcessor::tr("the blank node property \"%1\"").arg(property));
    // Step 1.3.2.4
    if (!isWellFormedIri(property))
        return m_state.dataLoss(JsonLdProcessor::tr("the property \"%1\"").arg(property));
    // Step 1.3.2.5
    const RdfTerm p = termFor(property);
    for (const JsonValue &item : values.toArray()) {
        RdfDataset listTriples;
        RdfTerm o;
        if (!objectToRdf(item, o, listTriples, g))
            return false;
        if (o.kind != RdfTerm::None)
            out.push_back({s, p, std::move(o), g});
        out.insert(out.end(), std::make_move_iterator(listTriples.begin()), std::make_move_iterator(listTriples.end()));
    }
    return true;
}

// API §8.2.2. 'out' stays None when the object is dropped; 'listTriples' receives the triples
// of lists and compound literals.
bool RdfDeserializer::objectToRdf(const JsonValue &item, RdfTerm &out, RdfDataset &listTriples,
                                  const RdfTerm &graphName)
{
    out = RdfTerm();
    // Steps 1 and 2: a node object (a node reference here).
    if (!item.contains(kAtValue) && !item.contains(kAtList)) {
        const QString id = item.value(kAtId).toString();
        if (!isWellFormedIri(id))
            return m_state.dataLoss(JsonLdProcessor::tr("the relative IRI \"%1\"").arg(id));
        out = termFor(id);
        return true;
    }
    // Step 3
    if (const JsonValue *l = item.find(kAtList))
        return listToRdf(*l, out, listTriples, graphName);
    return valueToRdf(item, out, listTriples, graphName);
}

// API §8.2.2 steps 4 to 15: a value object.
bool RdfDeserializer::valueToRdf(const JsonValue &item, RdfTerm &out, RdfDataset &listTriples,
                                 const RdfTerm &graphName)
{
    // Steps 4 to 7
    const JsonValue value = item.value(kAtValue);
    QString datatype = item.value(kAtType).toString();
    const bool hasType = item.contains(kAtType);
    if (hasType && datatype != kAtJson && (!isAbsoluteIri(datatype) || isBlankId(datatype)))
        return m_state.dataLoss(JsonLdProcessor::tr("the datatype \"%1\"").arg(datatype));
    const QString language = item.value(kAtLanguage).toString();
    if (item.contains(kAtLanguage) && !isWellFormedLanguage(language))
        return m_state.dataLoss(JsonLdProcessor::tr("the language tag \"%1\"").arg(language));
    // Steps 8 to 12
    const QString lexical = lexicalForm(value, item.contains(kAtLanguage), datatype);
    // Step 13: the base direction, as the rdfDirection option asks.
    const QString direction = item.value(kAtDirection).toString();
    const QString &rdfDirection = m_state.options.rdfDirection;
    if (item.contains(kAtDirection) && !rdfDirection.isEmpty()) {
        const QString lang = language.toLower();
        if (rdfDirection == QLatin1String("i18n-datatype")) {
            out = RdfTerm::literal(lexical, QStringLiteral("https://www.w3.org/ns/i18n#") + lang
                                                + QLatin1Char('_') + direction);
            return true;
        }
        if (rdfDirection == QLatin1String("compound-literal")) {
            out = termFor(m_blanks.issue());
            listTriples.push_back({out, RdfTerm::iri(kRdfValue), RdfTerm::literal(lexical, NQuads::xsdString()), graphName});
            if (item.contains(kAtLanguage))
                listTriples.push_back({out, RdfTerm::iri(kRdfLanguage), RdfTerm::literal(lang, NQuads::xsdString()), graphName});
            listTriples.push_back({out, RdfTerm::iri(kRdfDirection), RdfTerm::literal(direction, NQuads::xsdString()), graphName});
            return true;
        }
    }
    // Steps 14 and 15
    out = RdfTerm::literal(lexical, datatype, item.contains(kAtLanguage) ? language : QString());
    if (!out.language.isEmpty())
        out.datatype = NQuads::rdfLangString();
    return true;
}

// API §8.2.2 steps 8 to 12: the lexical form, and the datatype when there was none.
QString RdfDeserializer::lexicalForm(const JsonValue &value, bool hasLanguage, QString &datatype)
{
    QString lexical;
    if (datatype == kAtJson) {
        // Step 8: JCS, RFC 8785.
        lexical = QString::fromUtf8(value.toCanonicalJson());
        datatype = kRdfJson;
    } else if (value.isBool()) {
        // Step 9
        lexical = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        if (datatype.isEmpty())
            datatype = kXsdBoolean;
    } else if (value.isNumber()) {
        // Steps 10 and 11: integral numbers below 10^21 are integers, unless typed xsd:double.
        const double d = value.toNumber();
        const bool integral = std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 1e21;
        if (!integral || datatype == kXsdDouble) {
            lexical = canonicalDouble(d);
            if (datatype.isEmpty())
                datatype = kXsdDouble;
        } else {
            char buf[64];
            std::snprintf(buf, sizeof buf, "%.0f", d);
            lexical = QString::fromLatin1(buf);
            if (lexical == QLatin1String("-0"))
                lexical = QStringLiteral("0");
            if (datatype.isEmpty())
                datatype = kXsdInteger;
        }
    } else {
        // Step 12
        lexical = value.toString();
        if (datatype.isEmpty())
            datatype = hasLanguage ? NQuads::rdfLangString() : NQuads::xsdString();
    }
    return lexical;
}

// The canonical lexical form of xsd:double (XML Schema 1.1 §3.3.5.2) that step 10 requires:
// one digit before the point, no trailing zeros but one, and an "E" exponent.
QString RdfDeserializer::canonicalDouble(double d)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.15e", d);
    // buf: [-]D.DDDDDDDDDDDDDDDe[+-]XX -> strip trailing zeros of the mantissa (keep one).
    QString s = QString::fromLatin1(buf);
    const qsizetype e = s.indexOf(QLatin1Char('e'));
    QString mant = s.left(e);
    const int exp = s.mid(e + 1).toInt();
    while (mant.endsWith(QLatin1Char('0')) && !mant.endsWith(QLatin1String(".0")))
        mant.chop(1);
    return mant + QLatin1Char('E') + QString::number(exp);
}

// API §8.3.2. The embedded triples of an item follow its rdf:first triple and precede rdf:rest.
bool RdfDeserializer::listToRdf(const JsonValue &list, RdfTerm &out, RdfDataset &triples, const RdfTerm &graphName)
{
    const auto &items = list.toArray();
    // Step 1
    if (items.empty()) {
        out = RdfTerm::iri(kRdfNil);
        return true;
    }
    // Step 2: all the list's nodes first, so that labels do not depend on the items' content.
    std::vector<RdfTerm> bnodes;
    for (size_t i = 0; i < items.size(); ++i)
        bnodes.push_back(termFor(m_blanks.issue()));
    // Step 3
    for (size_t i = 0; i < items.size(); ++i) {
        RdfTerm obj;
        RdfDataset embedded;
        if (!objectToRdf(items[i], obj, embedded, graphName))
            return false;
        if (obj.kind != RdfTerm::None)
            triples.push_back({bnodes[i], RdfTerm::iri(kRdfFirst), obj, graphName});
        triples.insert(triples.end(), embedded.begin(), embedded.end());
        triples.push_back({bnodes[i], RdfTerm::iri(kRdfRest),
                           i + 1 < items.size() ? bnodes[i + 1] : RdfTerm::iri(kRdfNil), graphName});
    }
    // Step 4
    out = bnodes.front();
    return true;
}

} // namespace Satchel::JsonLd
