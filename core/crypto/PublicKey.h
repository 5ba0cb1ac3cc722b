// A verification key (Ed25519, P-256, P-384, P-521 or RSA) built from any encoding credentials use: raw Ed25519
// bytes, a public JWK, a SubjectPublicKeyInfo PEM, or a Multikey publicKeyMultibase.
// Keys are immutable and cheap to copy (the OpenSSL key is shared).
//
// Error codes: "malformed" (undecodable input), "private-key" (a JWK with "d" or a secret multikey),
// "unsupported-key" (other key types or curves), "weak-key" (RSA under 2048 bits).
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

#include <memory>

typedef struct evp_pkey_st EVP_PKEY;

namespace Satchel {

class PublicKey {
    Q_DECLARE_TR_FUNCTIONS(Satchel::PublicKey)
public:
    enum class Type { None, Ed25519, P256, P384, P521, Rsa };
    static constexpr int kMinRsaBits = 2048;
    static constexpr int kMaxRsaBits = 16384;

    PublicKey() = default;

    static Result<PublicKey> fromEd25519(QByteArrayView raw);
    // A SEC1 point, compressed (33 bytes) or uncompressed (65 bytes).
    static Result<PublicKey> fromP256Point(QByteArrayView point);
    // The same for P-384 (49 or 97 bytes).
    static Result<PublicKey> fromP384Point(QByteArrayView point);
    static Result<PublicKey> fromJwk(const QJsonObject &jwk);
    // The size of one coordinate (and of r and s) of an EC key type: 32, 48, 66; 0 for the others.
    static qsizetype coordinateBytes(Type type);
    static Result<PublicKey> fromPem(QByteArrayView pem);
    // The subject key of one DER X.509 certificate (a JOSE "x5c" entry), the certificate itself
    // not judged: whether it chains to a trusted root is the caller's question.
    static Result<PublicKey> fromCertificateDer(QByteArrayView der);
    // Multikey "z..." with multicodec 0xed (Ed25519), 0x1200 (P-256) or 0x1201 (P-384), the EC
    // points compressed.
    static Result<PublicKey> fromMultibase(QStringView publicKeyMultibase);

    bool isNull() const { return !m_key; }
    Type type() const { return m_type; }
    int bits() const;
    QString typeName() const;
    // The 32 raw bytes of an Ed25519 key (empty for other types).
    QByteArray rawEd25519() const;
    // The public JWK (kty/crv/x[/y] or kty/n/e).
    QJsonObject toJwk() const;
    bool operator==(const PublicKey &other) const;

    EVP_PKEY *evpKey() const { return m_key.get(); }

private:
    PublicKey(std::shared_ptr<EVP_PKEY> key, Type type) : m_key(std::move(key)), m_type(type) {}
    static Result<PublicKey> adopt(EVP_PKEY *key);
    static Result<PublicKey> fromEcPoint(Type type, QByteArrayView point);

    std::shared_ptr<EVP_PKEY> m_key;
    Type m_type = Type::None;
};

} // namespace Satchel
