#include "EcdsaSd2023Suite.h"

#include "EcdsaSdStatements.h"
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

QString EcdsaSd2023Suite::name() const
{
    return m_isBase ? tr("ecdsa-sd-2023 base proof") : QStringLiteral("ecdsa-sd-2023");
}

Status EcdsaSd2023Suite::prepare(const JsonValue &document, const JsonValue &proof)
{
    const QString proofValue = proof.value(QStringLiteral("proofValue")).toString();
    auto parsed = EcdsaSdProofValue::parseDerived(proofValue);
    const bool base = !parsed && parsed.error().code == QLatin1String("base-proof");
    if (base && !m_acceptBaseProof)
        return Error{QStringLiteral("unsupported-cryptosuite"), parsed.error().message};
    if (!parsed && !base)
        return Error{QStringLiteral("signature"), parsed.error().message};

    auto proofCanonical = JsonLdCanonicalizer::canonicalize(JsonLdCanonicalizer::proofConfig(proof, document));
    if (!proofCanonical)
        return proofCanonical.error();
    m_proofHash = Hash::sha256(*proofCanonical);
    if (base)
        return prepareBase(JsonLdCanonicalizer::withoutProof(document), proofValue);
    m_proof = std::move(*parsed);

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

Status EcdsaSd2023Suite::prepareBase(const JsonValue &document, const QString &proofValue)
{
    m_isBase = true;
    auto base = EcdsaSdProofValue::parseBase(proofValue);
    if (!base)
        return badSignature(base.error().message);
    auto statements = EcdsaSdStatements::make(document, base->hmacKey);
    if (!statements)
        return statements.error();
    auto mandatory = statements->group(base->mandatoryPointers);
    if (!mandatory)
        return badSignature(tr("The base proof's mandatory fields do not match the credential: %1")
                                .arg(mandatory.error().message));
    QByteArray mandatoryStatements;
    m_nonMandatory.clear();
    for (qsizetype i = 0; i < statements->statements().size(); ++i) {
        const QByteArray line = statements->statements().at(i).toUtf8();
        if (mandatory->matching.contains(i))
            mandatoryStatements += line;
        else
            m_nonMandatory.append(line);
    }
    m_mandatoryHash = Hash::sha256(mandatoryStatements);
    m_proof.baseSignature = base->baseSignature;
    m_proof.publicKey = base->publicKey;
    m_proof.signatures = base->signatures;
    return {};
}

Status EcdsaSd2023Suite::verify(const PublicKey &key)
{
    if (m_proof.signatures.size() != m_nonMandatory.size())
        return badSignature(tr("The proof signs %1 statements, but the credential has %2 that are not mandatory.")
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
            return badSignature(tr("The signature of statement %1 is not valid.").arg(i + 1));
    }
    return {};
}

} // namespace Satchel
