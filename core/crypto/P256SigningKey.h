// The SigningKey of a did:jwk P-256 holder identity (for issuers that need ES256).
#pragma once

#include "crypto/P256KeyPair.h"
#include "crypto/SigningKey.h"

namespace Satchel {

class P256SigningKey final : public SigningKey {
public:
    explicit P256SigningKey(P256KeyPair key) : m_key(std::move(key)) {}

    const P256KeyPair &keyPair() const { return m_key; }

    QString did() const override { return m_key.did(); }
    QString verificationMethod() const override { return m_key.verificationMethod(); }
    QByteArray jwsAlgorithm() const override { return QByteArrayLiteral("ES256"); }
    QString dataIntegrityCryptosuite() const override { return QStringLiteral("ecdsa-rdfc-2019"); }
    QByteArray publicJwk() const override { return m_key.publicJwk(); }
    Result<QByteArray> sign(QByteArrayView message) const override { return m_key.sign(message); }

private:
    P256KeyPair m_key;
};

} // namespace Satchel
