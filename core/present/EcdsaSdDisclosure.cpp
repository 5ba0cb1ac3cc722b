#include "EcdsaSdDisclosure.h"

#include "jsonld/JsonLdCanonicalizer.h"
#include "jsonld/JsonPointerSelection.h"
#include "jsonld/Rdfc10.h"
#include "verify/EcdsaSdProofValue.h"
#include "verify/EcdsaSdStatements.h"

#include <algorithm>

namespace Satchel {

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
    auto statements = EcdsaSdStatements::make(document, base->hmacKey);
    if (!statements)
        return statements.error();
    auto mandatory = statements->group(base->mandatoryPointers);
    auto selective = statements->group(selectivePointers);
    auto combined = statements->group(base->mandatoryPointers + selectivePointers);
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
        derived.labelMap.insert(it.value(), statements->hmacLabels().value(it.key()));

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
