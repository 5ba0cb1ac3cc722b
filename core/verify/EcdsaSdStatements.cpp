#include "EcdsaSdStatements.h"

#include "crypto/Base64Url.h"
#include "crypto/Hash.h"
#include "jsonld/BundledContextLoader.h"
#include "jsonld/JsonLdProcessor.h"
#include "jsonld/JsonPointerSelection.h"
#include "jsonld/NQuads.h"
#include "jsonld/Rdfc10.h"

#include <QUuid>

#include <algorithm>

namespace Satchel {

namespace {

const QString kSkolemPrefix = QStringLiteral("urn:bnid:");

// Every node object gets a name, so that selections of it keep pointing at the same node: blank
// ones "urn:bnid:_<random>_<n>", and "_:x" ids "urn:bnid:x". Value objects and @context are data.
JsonValue skolemize(const JsonValue &value, const QString &random, int &count)
{
    if (value.isArray()) {
        JsonValue out = JsonValue::array();
        for (const JsonValue &item : value.toArray())
            out.append(skolemize(item, random, count));
        return out;
    }
    if (!value.isObject() || value.contains(QStringLiteral("@value")))
        return value;
    JsonValue out = JsonValue::object();
    for (const auto &[key, member] : value.toObject())
        out.insert(key, key == QLatin1String("@context") ? member : skolemize(member, random, count));
    if (value.contains(QStringLiteral("@list")))
        return out;
    const JsonValue id = out.value(QStringLiteral("id"));
    if (!id.isString())
        out.insert(QStringLiteral("id"), QString(kSkolemPrefix + QLatin1Char('_') + random + QLatin1Char('_')
                                                 + QString::number(count++)));
    else if (id.toString().startsWith(QLatin1String("_:")))
        out.insert(QStringLiteral("id"), QString(kSkolemPrefix + id.toString().mid(2)));
    return out;
}

// The statements of a (skolemized) document with the skolem names back as blank nodes.
Result<RdfDataset> deskolemizedQuads(const JsonValue &document)
{
    JsonLdProcessor::Options options;
    options.safeMode = true;
    auto dataset = JsonLdProcessor::toRdf(document, BundledContextLoader::instance(), options);
    if (!dataset)
        return dataset.error();
    for (RdfQuad &quad : *dataset) {
        for (RdfTerm *term : {&quad.subject, &quad.object, &quad.graph}) {
            if (term->kind == RdfTerm::Iri && term->value.startsWith(kSkolemPrefix))
                *term = RdfTerm::blank(term->value.mid(kSkolemPrefix.size()));
        }
    }
    return dataset;
}

// One N-Quads line with blank nodes renamed through labels (every blank node must be in it).
Result<QString> relabelled(RdfQuad quad, const QHash<QString, QString> &labels)
{
    for (RdfTerm *term : {&quad.subject, &quad.object, &quad.graph}) {
        if (!term->isBlank())
            continue;
        const auto label = labels.constFind(term->value);
        if (label == labels.cend())
            return Error{QStringLiteral("malformed"),
                         EcdsaSdStatements::tr("A selected statement names a blank node the credential does not have.")};
        term->value = *label;
    }
    QByteArray line;
    NQuads::writeQuad(line, quad);
    return QString::fromUtf8(line);
}

} // namespace

Result<EcdsaSdStatements> EcdsaSdStatements::make(const JsonValue &document, QByteArrayView hmacKey)
{
    EcdsaSdStatements out;
    int count = 0;
    out.m_skolemized = skolemize(document, QUuid::createUuid().toString(QUuid::Id128), count);
    auto all = deskolemizedQuads(out.m_skolemized);
    if (!all)
        return all.error();
    Rdfc10::Options withQuads;
    withQuads.keepQuads = true;
    auto canonical = Rdfc10::canonicalize(*all, withQuads);
    if (!canonical)
        return canonical.error();
    QHash<QString, QString> byCanonical; // canonical label -> HMAC name
    for (auto it = canonical->issued.cbegin(); it != canonical->issued.cend(); ++it) {
        const QString label = QLatin1Char('u')
            + QString::fromLatin1(Base64Url::encode(Hash::hmacSha256(hmacKey, it.value().toUtf8())));
        out.m_hmacLabels.insert(it.key(), label);
        byCanonical.insert(it.value(), label);
    }
    for (const RdfQuad &quad : canonical->quads) {
        auto line = relabelled(quad, byCanonical);
        if (!line)
            return line.error();
        out.m_statements.append(*line);
    }
    // Sorted as the issuer's JavaScript sorts strings: by UTF-16 code units, as QString compares.
    std::sort(out.m_statements.begin(), out.m_statements.end());
    for (qsizetype i = 0; i < out.m_statements.size(); ++i)
        out.m_position.insert(out.m_statements.at(i), i);
    return out;
}

Result<EcdsaSdStatements::Group> EcdsaSdStatements::group(const QStringList &pointers) const
{
    Group out;
    if (pointers.isEmpty())
        return out;
    auto selection = JsonPointerSelection::select(m_skolemized, pointers);
    if (!selection)
        return selection.error();
    auto quads = deskolemizedQuads(*selection);
    if (!quads)
        return quads.error();
    for (const RdfQuad &quad : *quads) {
        auto line = relabelled(quad, m_hmacLabels);
        if (!line)
            return line.error();
        if (const auto it = m_position.constFind(*line); it != m_position.cend())
            out.matching.insert(*it);
    }
    out.quads = std::move(*quads);
    return out;
}

} // namespace Satchel
