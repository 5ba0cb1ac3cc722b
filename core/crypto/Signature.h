// Signature verification for the three algorithms credentials use: EdDSA (Ed25519, pure),
// RS256 (RSASSA-PKCS1-v1_5 with SHA-256) and ES256 (P-256 with SHA-256, JOSE raw r||s form).
//
// Error codes: "alg-key-mismatch" (the key type does not belong to the algorithm), "signature"
// (a malformed or non-matching signature).
#pragma once

#include "PublicKey.h"
#include "Result.h"

#include <QCoreApplication>

#include <optional>

namespace Satchel {

enum class SignatureAlgorithm { EdDSA, RS256, ES256 };

class Signature {
    Q_DECLARE_TR_FUNCTIONS(Satchel::Signature)
public:
    // The JOSE "alg" name ("EdDSA", "RS256", "ES256"); nullopt for anything else.
    static std::optional<SignatureAlgorithm> fromJoseName(QStringView alg);
    static QString joseName(SignatureAlgorithm alg);
    static PublicKey::Type keyTypeFor(SignatureAlgorithm alg);

    static Status verify(SignatureAlgorithm alg, const PublicKey &key, QByteArrayView message,
                         QByteArrayView signature);
    // ES256 converts between the JOSE raw form and the DER form OpenSSL uses.
    static QByteArray rawEcdsaToDer(QByteArrayView raw);
    static QByteArray derEcdsaToRaw(QByteArrayView der);
};

} // namespace Satchel
