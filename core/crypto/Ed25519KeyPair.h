// An Ed25519 private key for signing (the learner's holder key), built from its 32-byte seed or
// freshly generated. The seed lives in SecureBytes and is wiped with the object; callers store it
// (keychain, sealed file) and rebuild the pair with fromSeed(). Verification stays in Signature.
//
// Error codes: "malformed" (a seed that is not 32 bytes), "crypto" (OpenSSL refused).
#pragma once

#include "Result.h"
#include "crypto/OpenSslPtr.h"
#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

namespace Satchel {

class Ed25519KeyPair {
    Q_DECLARE_TR_FUNCTIONS(Satchel::Ed25519KeyPair)
public:
    static constexpr int kSeedBytes = 32;

    static Result<Ed25519KeyPair> generate();
    static Result<Ed25519KeyPair> fromSeed(const SecureBytes &seed);

    Ed25519KeyPair(Ed25519KeyPair &&) noexcept = default;
    Ed25519KeyPair &operator=(Ed25519KeyPair &&) noexcept = default;

    const SecureBytes &seed() const { return m_seed; }
    QByteArray publicKey() const { return m_public; } // 32 raw bytes
    // "z6Mk...": the Multikey form (multicodec 0xed, base58btc) did:key uses.
    QString publicKeyMultibase() const;
    // did:key:z6Mk... and its one verification method did:key:z6Mk...#z6Mk...
    QString did() const;
    QString verificationMethod() const;

    Result<QByteArray> sign(QByteArrayView message) const; // 64 bytes, pure Ed25519

private:
    Ed25519KeyPair() = default;
    static Result<Ed25519KeyPair> adopt(EVP_PKEY *key);

    std::shared_ptr<EVP_PKEY> m_key;
    SecureBytes m_seed;
    QByteArray m_public;
};

} // namespace Satchel
