// ecdsa-sd-2023 (VC-DI-ECDSA §3.5): verifies a derived proof, the selective disclosure a holder
// made from the issuer's base proof. The disclosed document is canonicalized, each canonical blank
// node is given back the label it had when the issuer signed (the proof's label map), and the
// sorted statements are split into mandatory ones (covered, through their hash, by the issuer's
// base signature together with the proof configuration's hash and the ephemeral key) and the
// others, each signed on its own by the ephemeral P-256 key. A base proof is refused plainly: it
// is for the holder, not for a verifier.
#pragma once

#include "EcdsaSdProofValue.h"
#include "ProofSuite.h"

#include <QStringList>

namespace Satchel {

class EcdsaSd2023Suite : public ProofSuite {
    Q_DECLARE_TR_FUNCTIONS(Satchel::EcdsaSd2023Suite)
public:
    QString name() const override { return QStringLiteral("ecdsa-sd-2023"); }
    Status prepare(const JsonValue &document, const JsonValue &proof) override;
    bool acceptsKey(PublicKey::Type type) const override { return type == PublicKey::Type::P256; }
    Status verify(const PublicKey &key) override;

private:
    EcdsaSdDerivedProof m_proof;
    QByteArray m_proofHash;
    QByteArray m_mandatoryHash;
    QList<QByteArray> m_nonMandatory;
};

} // namespace Satchel
