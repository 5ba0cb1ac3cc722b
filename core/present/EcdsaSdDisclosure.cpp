#include "EcdsaSdDisclosure.h"

#include "JsonPointerSelection.h"
#include "crypto/Base64Url.h"
#include "crypto/Hash.h"
#include "jsonld/BundledContextLoader.h"
#include "jsonld/JsonLdCanonicalizer.h"
#include "jsonld/JsonLdProcessor.h"
#include "jsonld/NQuads.h"
#include "jsonld/Rdfc10.h"
#include "verify/EcdsaSdProofValue.h"

#include <QHash>
#include <QSet>
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
                         EcdsaSdDisclosure::tr("A selected statement names a blank node the credential does not have.")};
        term->value = *label;
    }
    QByteArray line;
    NQuads::writeQuad(line, quad);
    return QString::fromUtf8(line);
}

struct Group {
    QSet<qsizetype> matching; // positions in the whole credential's relabelled statements
    RdfDataset quads;         // the selection's statements, skolem names as blank nodes
};

} // namespace

Result<QByteArray> EcdsaSdDisclosure::derive(const QByteArray &credentialJson, const QStringList &selectivePointers)
{
    auto credential = JsonValue::parse(credentialJson);
    if (!credential || !credential->isObject())
        return Error{QStringLiteral("malformed"), tr("The credential is not a JSON object.")};
    JsonValue baseProof;
    const JsonValue proofs = credential->value(QStringLiteral("proof"));
    for (const JsonValue &proof : proofs.isArray() ? proofs.toArray() : JsonValue::Array{proofs}) {
        if (proof.value(QStringLiteral("cryptosuite")).toString() == QLatin1String("ecdsa-sd-2023"))
            baseProof = proof;
    }
    auto base = EcdsaSdProofValue::parseBase(baseProof.value(QStringLiteral("proofValue")).toString());
    if (!baseProof.isObject() || !base)
        return Error{QStringLiteral("not-derivable"),
                     tr("The credential has no ecdsa-sd-2023 base proof to disclose from.")};
    const JsonValue document = JsonLdCanonicalizer::withoutProof(*credential);

    // The whole credential as the issuer signed it: canonical statements, HMAC blank node names.
    int count = 0;
    const JsonValue skolemized =
        skolemize(document, QUuid::createUuid().toString(QUuid::Id128), count);
    auto all = deskolemizedQuads(skolemized);
    if (!all)
        return all.error();
    auto canonical = Rdfc10::canonicalize(*all);
    if (!canonical)
        return canonical.error();
    QHash<QString, QString> hmacLabels;     // skolem name -> HMAC name
    QHash<QString, QString> byCanonical;    // canonical label -> HMAC name
    for (auto it = canonical->issued.cbegin(); it != canonical->issued.cend(); ++it) {
        const QString label = QLatin1Char('u') + QString::fromLatin1(Base64Url::encode(
                                                   Hash::hmacSha256(base->hmacKey, it.value().toUtf8())));
        hmacLabels.insert(it.key(), label);
        byCanonical.insert(it.value(), label);
    }
    QStringList statements;
    for (const RdfQuad &quad : canonical->quads) {
        auto line = relabelled(quad, byCanonical);
        if (!line)
            return line.error();
        statements.append(*line);
    }
    std::sort(statements.begin(), statements.end());
    QHash<QString, qsizetype> position;
    for (qsizetype i = 0; i < statements.size(); ++i)
        position.insert(statements.at(i), i);

    const auto group = [&](const QStringList &pointers) -> Result<Group> {
        Group out;
        if (pointers.isEmpty())
            return out;
        auto selection = JsonPointerSelection::select(skolemized, pointers);
        if (!selection)
            return selection.error();
        auto quads = deskolemizedQuads(*selection);
        if (!quads)
            return quads.error();
        for (const RdfQuad &quad : *quads) {
            auto line = relabelled(quad, hmacLabels);
            if (!line)
                return line.error();
            if (const auto it = position.constFind(*line); it != position.cend())
                out.matching.insert(*it);
        }
        out.quads = std::move(*quads);
        return out;
    };
    auto mandatory = group(base->mandatoryPointers);
    auto selective = group(selectivePointers);
    auto combined = group(base->mandatoryPointers + selectivePointers);
    if (!mandatory || !selective || !combined)
        return !mandatory ? mandatory.error() : !selective ? selective.error() : combined.error();

    EcdsaSdDerivedProof derived;
    derived.baseSignature = base->baseSignature;
    derived.publicKey = base->publicKey;
    QList<qsizetype> disclosed(combined->matching.cbegin(), combined->matching.cend());
    std::sort(disclosed.begin(), disclosed.end());
    for (qsizetype i = 0; i < disclosed.size(); ++i) {
        if (mandatory->matching.contains(disclosed.at(i)))
            derived.mandatoryIndexes.append(int(i));
    }
    // The base signatures follow the non-mandatory statements in order; keep the disclosed ones.
    qsizetype index = 0;
    for (const QByteArray &signature : base->signatures) {
        while (mandatory->matching.contains(index))
            ++index;
        if (selective->matching.contains(index++))
            derived.signatures.append(signature);
    }
    // The verifier will canonicalize what it receives: map those labels to the issuer's names.
    auto revealed = Rdfc10::canonicalize(combined->quads);
    if (!revealed)
        return revealed.error();
    for (auto it = revealed->issued.cbegin(); it != revealed->issued.cend(); ++it)
        derived.labelMap.insert(it.value(), hmacLabels.value(it.key()));

    auto reveal = JsonPointerSelection::select(document, base->mandatoryPointers + selectivePointers);
    if (!reveal)
        return reveal.error();
    JsonValue proof = baseProof;
    proof.remove(QStringLiteral("@context"));
    proof.insert(QStringLiteral("proofValue"), EcdsaSdProofValue::serializeDerived(derived));
    reveal->insert(QStringLiteral("proof"), proof);
    return reveal->toCanonicalJson();
}

} // namespace Satchel
