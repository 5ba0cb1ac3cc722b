// The Data Integrity suites that sign the two RDFC-1.0 hashes directly (VC-DI-EDDSA §3.3,
// VC-DI-ECDSA §3.3): hash(canonical proof configuration) || hash(canonical document), signed
// as a whole and given as a base58btc multibase proofValue.
//   - eddsa-rdfc-2022 (and its pre-standard name eddsa-2022), Ed25519Signature2020: Ed25519,
//     SHA-256 hashes, a 64-byte signature.
//   - ecdsa-rdfc-2019: ECDSA with the hash of the key's curve (P-256: SHA-256, P-384: SHA-384) for
//     both the two hashes and the signature, given raw as r||s (64 or 96 bytes).
#pragma once

#include "ProofSuite.h"
#include "jsonld/JsonLdCanonicalizer.h"

namespace Satchel {

class RdfcProofSuite : public ProofSuite {
    Q_DECLARE_TR_FUNCTIONS(Satchel::RdfcProofSuite)
public:
    enum class Family { EdDsa, Ecdsa };
    RdfcProofSuite(Family family, const QString &name) : m_family(family), m_name(name) {}

    QString name() const override { return m_name; }
    Status prepare(const JsonValue &document, const JsonValue &proof) override;
    bool acceptsKey(PublicKey::Type type) const override;
    Status verify(const PublicKey &key) override;

private:
    Family m_family;
    QString m_name;
    JsonLdCanonicalizer::DataIntegrityInput m_input;
    QByteArray m_proofValue;
};

} // namespace Satchel
