// The legacy Ed25519Signature2018 suite (w3c-ccg lds-ed25519-2018, as jsonld-signatures makes it):
// the same two SHA-256 hashes of URDNA2015 canonical forms as the newer suites, but signed as a
// JWS with a detached, unencoded payload (RFC 7797): the proof's "jws" is "header..signature",
// the header must be {"alg":"EdDSA","b64":false,"crit":["b64"]}, and the Ed25519 signature covers
// the ASCII "base64url(header)." followed by the 64 raw hash bytes.
#pragma once

#include "ProofSuite.h"
#include "jsonld/JsonLdCanonicalizer.h"

namespace Satchel {

class Ed25519Signature2018Suite : public ProofSuite {
    Q_DECLARE_TR_FUNCTIONS(Satchel::Ed25519Signature2018Suite)
public:
    static constexpr qsizetype kMaxJwsBytes = 4096;

    QString name() const override { return QStringLiteral("Ed25519Signature2018"); }
    Status prepare(const JsonValue &document, const JsonValue &proof) override;
    bool acceptsKey(PublicKey::Type type) const override { return type == PublicKey::Type::Ed25519; }
    Status verify(const PublicKey &key) override;

private:
    QByteArray m_hashData;
    QByteArray m_jws;
};

} // namespace Satchel
