#include "EcdsaSd2023Suite.h"

#include "crypto/Hash.h"
#include "crypto/Multicodec.h"
#include "crypto/Signature.h"
#include "jsonld/JsonLdCanonicalizer.h"
#include "jsonld/NQuads.h"

#include <algorithm>

namespace Satchel {

namespace {

Error badSignature(const QString &message)
{
    return Error{QStringLiteral("signature"), message};
}

} // namespace

Status EcdsaSd2023Suite::prepare(const JsonValue &document, const JsonValue &proof)
{
    auto parsed = EcdsaSdProofValue::parseDerived(proof.value(QStringLiteral("proofValue")).toString());
    if (!parsed)
        return Error{parsed.error().code == QLatin1String("base-proof") ? QStringLiteral("unsupported-cryptosuite")
                                                                        : QStringLiteral("signature"),
                     parsed.error().message};
    m_proof = std::move(*parsed);

    auto proofCanonical = JsonLdCanonicalizer::canonicalize(JsonLdCanonicalizer::proofConfig(proof, document));
    if (!proofCanonical)
        return proofCanonical.error();
    m_proofHash = Hash::sha256(*proofCanonical);

    auto dataset = JsonLdCanonicalizer::canonicalDataset(JsonLdCanonicalizer::withoutProof(document));
    if (!dataset)
        return dataset.error();
    // Each canonical label back to the issuer's; the statements then sort as they did when signed
    // (as JavaScript strings: UTF-16 code units, which QString compares).
    QStringList statements;
    statements.reserve(qsizetype(dataset->quads.size()));
    for (RdfQuad quad : dataset->quads) {
        for (RdfTerm *term : {&quad.subject, &quad.object, &quad.graph}) {
            if (!term->isBlank())
                continue;
            const auto label = m_proof.labelMap.constFind(term->value);
            if (label == m_proof.labelMap.cend())
                return badSignature(tr("The derived proof's label map does not name the blank node %1.").arg(term->value));
            term->value = *label;
        }
        QByteArray line;
        NQuads::writeQuad(line, quad);
        statements.append(QString::fromUtf8(line));
    }
    std::sort(statements.begin(), statements.end());

    QByteArray mandatory;
    m_nonMandatory.clear();
    qsizetype next = 0;
    for (qsizetype i = 0; i < statements.size(); ++i) {
        if (next < m_proof.mandatoryIndexes.size() && m_proof.mandatoryIndexes.at(next) == i) {
            mandatory += statements.at(i).toUtf8();
            ++next;
        } else {
            m_nonMandatory.append(statements.at(i).toUtf8());
        }
    }
    if (next != m_proof.mandatoryIndexes.size())
        return badSignature(tr("The derived proof names mandatory statements the document does not have."));
    m_mandatoryHash = Hash::sha256(mandatory);
    return {};
}

Status EcdsaSd2023Suite::verify(const PublicKey &key)
{
    if (m_proof.signatures.size() != m_nonMandatory.size())
        return badSignature(tr("The derived proof signs %1 statements, but the document discloses %2 that are not "
                               "mandatory.")
                                .arg(m_proof.signatures.size())
                                .arg(m_nonMandatory.size()));
    auto codec = Multicodec::decode(m_proof.publicKey);
    auto ephemeral = codec && codec->codec == Multicodec::kP256Pub ? PublicKey::fromP256Point(codec->data)
                                                                   : Result<PublicKey>(badSignature(QString()));
    if (!ephemeral)
        return badSignature(tr("The derived proof's ephemeral key is not a P-256 multikey."));

    // The issuer vouches for the proof configuration, the ephemeral key and the mandatory statements.
    const QByteArray signedByIssuer = m_proofHash + m_proof.publicKey + m_mandatoryHash;
    if (!Signature::verify(SignatureAlgorithm::ES256, key, signedByIssuer, m_proof.baseSignature))
        return badSignature(tr("The issuer's base signature is not valid for the disclosed mandatory statements."));
    for (qsizetype i = 0; i < m_nonMandatory.size(); ++i) {
        if (!Signature::verify(SignatureAlgorithm::ES256, *ephemeral, m_nonMandatory.at(i), m_proof.signatures.at(i)))
            return badSignature(tr("The signature of disclosed statement %1 is not valid.").arg(i + 1));
    }
    return {};
}

} // namespace Satchel
