// The SigningKey of a did:key Ed25519 holder identity (the learner's default kind of key).
#pragma once

#include "crypto/Ed25519KeyPair.h"
#include "crypto/SigningKey.h"

namespace Satchel {

class Ed25519SigningKey final : public SigningKey {
public:
    explicit Ed25519SigningKey(Ed25519KeyPair key) : m_key(std::move(key)) {}

    const Ed25519KeyPair &keyPair() const { return m_key; }

    QString did() const override { return m_key.did(); }
    QString verificationMethod() const override { return m_key.verificationMethod(); }
    QByteArray jwsAlgorithm() const override { return QByteArrayLiteral("EdDSA"); }
    QString dataIntegrityCryptosuite() const override { return QStringLiteral("eddsa-rdfc-2022"); }
    QByteArray publicJwk() const override;
    Result<QByteArray> sign(QByteArrayView message) const override { return m_key.sign(message); }

private:
    Ed25519KeyPair m_key;
};

} // namespace Satchel
