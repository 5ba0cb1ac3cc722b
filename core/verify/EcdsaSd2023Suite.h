// ecdsa-sd-2023 (VC-DI-ECDSA §3.5): verifies a derived proof, the selective disclosure a holder
// made from the issuer's base proof. The disclosed document is canonicalized, each canonical blank
// node is given back the label it had when the issuer signed (the proof's label map), and the
// sorted statements are split into mandatory ones (covered, through their hash, by the issuer's
// base signature together with the proof configuration's hash and the ephemeral key) and the
// others, each signed on its own by the ephemeral P-256 key.
// A base proof is the holder's copy: with acceptBaseProof (the wallet checking what it holds) it
// is checked the same way over the whole credential, its statements found with the proof's HMAC
// key and mandatory pointers (EcdsaSdStatements); otherwise (a verifier) it is refused plainly.
#pragma once

#include "EcdsaSdProofValue.h"
#include "ProofSuite.h"

#include <QStringList>

namespace Satchel {

class EcdsaSd2023Suite : public ProofSuite {
    Q_DECLARE_TR_FUNCTIONS(Satchel::EcdsaSd2023Suite)
public:
    explicit EcdsaSd2023Suite(bool acceptBaseProof = false) : m_acceptBaseProof(acceptBaseProof) {}

    QString name() const override;
    Status prepare(const JsonValue &document, const JsonValue &proof) override;
    bool acceptsKey(PublicKey::Type type) const override { return type == PublicKey::Type::P256; }
    Status verify(const PublicKey &key) override;

private:
    Status prepareBase(const JsonValue &document, const QString &proofValue);

    bool m_acceptBaseProof;
    bool m_isBase = false;
    EcdsaSdDerivedProof m_proof; // of a base proof: its signature, key and statement signatures
    QByteArray m_proofHash;
    QByteArray m_mandatoryHash;
    QList<QByteArray> m_nonMandatory;
};

} // namespace Satchel
