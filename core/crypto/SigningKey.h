// A private key that speaks for one of the learner's holder identities: what the protocols that
// bind a credential or a presentation to the learner need from it (OpenID4VCI key proofs, VC-API
// DIDAuthentication presentations, VerifierPlus links), whatever the key type and wherever its
// private part is kept. Ed25519SigningKey wraps an Ed25519KeyPair (did:key); other key types
// (did:jwk P-256) implement the same interface.
//
// Error codes of sign(): "crypto" (the key refused to sign).
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace Satchel {

class SigningKey {
public:
    virtual ~SigningKey() = default;

    // The DID this key controls (did:key:z6Mk..., did:jwk:eyJ...).
    virtual QString did() const = 0;
    // The DID URL of its verification method: a JWS "kid" and a Data Integrity
    // "verificationMethod" (did:key:z…#z…, did:jwk:…#0).
    virtual QString verificationMethod() const = 0;
    // The JOSE "alg" of sign()'s output: "EdDSA" or "ES256".
    virtual QByteArray jwsAlgorithm() const = 0;
    // The Data Integrity cryptosuite a presentation signed with this key uses ("eddsa-rdfc-2022",
    // "ecdsa-rdfc-2019").
    virtual QString dataIntegrityCryptosuite() const = 0;
    // The public key as a JWK object's JSON (for a JWS header's "jwk" when a verifier wants it).
    virtual QByteArray publicJwk() const = 0;
    // A signature over message in the form JWS and Data Integrity use: 64 raw bytes for Ed25519,
    // r||s (64 bytes) over SHA-256 for ES256.
    virtual Result<QByteArray> sign(QByteArrayView message) const = 0;
};

} // namespace Satchel
