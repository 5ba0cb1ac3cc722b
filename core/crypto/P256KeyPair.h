// A P-256 (secp256r1) private key for signing: the key of a did:jwk holder identity, for issuers
// and verifiers that accept ES256 but not EdDSA. Built from its 32-byte private scalar or freshly
// generated; the scalar lives in SecureBytes and is wiped with the object, and callers store it
// (keychain, sealed file) as they store an Ed25519 seed. Verification stays in Signature.
//
// did:jwk (https://github.com/quartzjer/did-jwk): "did:jwk:" + base64url of the public JWK's JSON
// with no whitespace. Resolvers read any member order; we write crv, kty, x, y (the lexicographic
// order RFC 7638 thumbprints use), so the same key always gives the same DID.
//
// Error codes: "malformed" (a scalar that is not 32 bytes or not in 1..n-1), "crypto" (OpenSSL refused).
#pragma once

#include "Result.h"
#include "crypto/OpenSslPtr.h"
#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

namespace Satchel {

class P256KeyPair {
    Q_DECLARE_TR_FUNCTIONS(Satchel::P256KeyPair)
public:
    static constexpr int kScalarBytes = 32;

    static Result<P256KeyPair> generate();
    static Result<P256KeyPair> fromPrivateScalar(const SecureBytes &scalar);

    P256KeyPair(P256KeyPair &&) noexcept = default;
    P256KeyPair &operator=(P256KeyPair &&) noexcept = default;

    const SecureBytes &privateScalar() const { return m_scalar; }
    QByteArray x() const { return m_x; } // 32 bytes, big-endian
    QByteArray y() const { return m_y; }
    // {"crv":"P-256","kty":"EC","x":"…","y":"…"}, compact.
    QByteArray publicJwk() const;
    // did:jwk:eyJ… and its one verification method did:jwk:eyJ…#0
    QString did() const;
    QString verificationMethod() const;

    // ES256: ECDSA over SHA-256, as JOSE writes it (r||s, 64 bytes).
    Result<QByteArray> sign(QByteArrayView message) const;

private:
    P256KeyPair() = default;

    std::shared_ptr<EVP_PKEY> m_key;
    SecureBytes m_scalar;
    QByteArray m_x;
    QByteArray m_y;
};

} // namespace Satchel
