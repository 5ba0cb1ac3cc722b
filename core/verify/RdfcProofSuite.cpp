#include "RdfcProofSuite.h"

#include "crypto/Hash.h"
#include "crypto/Multibase.h"
#include "crypto/Signature.h"

namespace Satchel {

Status RdfcProofSuite::prepare(const JsonValue &document, const JsonValue &proof)
{
    m_proofValue = proof.value(QStringLiteral("proofValue")).toString().toLatin1();
    auto input = JsonLdCanonicalizer::dataIntegrityInput(document, proof);
    if (!input)
        return input.error();
    m_input = std::move(*input);
    return {};
}

bool RdfcProofSuite::acceptsKey(PublicKey::Type type) const
{
    if (m_family == Family::EdDsa)
        return type == PublicKey::Type::Ed25519;
    return type == PublicKey::Type::P256 || type == PublicKey::Type::P384;
}

Status RdfcProofSuite::verify(const PublicKey &key)
{
    if (!m_proofValue.startsWith('z'))
        return Error{QStringLiteral("signature"), tr("The proof value is not base58btc multibase.")};
    auto signature = Multibase::decode(m_proofValue);
    const bool p384 = key.type() == PublicKey::Type::P384;
    const qsizetype size = p384 ? 96 : 64;
    if (!signature || signature->size() != size)
        return Error{QStringLiteral("signature"), tr("The proof value is not a %1-byte signature.").arg(size)};

    SignatureAlgorithm algorithm = SignatureAlgorithm::EdDSA;
    QByteArray hashData = m_input.hashData;
    if (m_family == Family::Ecdsa) {
        algorithm = p384 ? SignatureAlgorithm::ES384 : SignatureAlgorithm::ES256;
        // The curve decides the hash of the canonical forms too, not only of the signature.
        if (p384)
            hashData = Hash::sha384(m_input.proofCanonical) + Hash::sha384(m_input.documentCanonical);
    }
    if (!Signature::verify(algorithm, key, hashData, *signature))
        return Error{QStringLiteral("signature"), tr("The signature is not valid.")};
    return {};
}

} // namespace Satchel
