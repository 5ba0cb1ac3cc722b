// Signature verification for the algorithms credentials use: EdDSA (Ed25519, pure), RS256
// (RSASSA-PKCS1-v1_5 with SHA-256), ES256 (P-256 with SHA-256), ES384 (P-384 with SHA-384) and
// ES512 (P-521 with SHA-512, which VC-JOSE-COSE's test suite uses), the
// ECDSA signatures in the raw r||s form JOSE and Data Integrity use.
//
// Error codes: "alg-key-mismatch" (the key type does not belong to the algorithm), "signature"
// (a malformed or non-matching signature).
#pragma once

#include "PublicKey.h"
#include "Result.h"

#include <QCoreApplication>

#include <optional>

namespace Satchel {

enum class SignatureAlgorithm { EdDSA, RS256, ES256, ES384, ES512 };

class Signature {
    Q_DECLARE_TR_FUNCTIONS(Satchel::Signature)
public:
    // The JOSE "alg" name ("EdDSA", "RS256", "ES256", "ES384", "ES512"); nullopt for anything else.
    static std::optional<SignatureAlgorithm> fromJoseName(QStringView alg);
    static QString joseName(SignatureAlgorithm alg);
    static PublicKey::Type keyTypeFor(SignatureAlgorithm alg);

    static Status verify(SignatureAlgorithm alg, const PublicKey &key, QByteArrayView message,
                         QByteArrayView signature);
    // ECDSA converts between the raw form (r||s, each half the signature) and the DER form OpenSSL uses.
    static QByteArray rawEcdsaToDer(QByteArrayView raw);
    // width: the size of r (and s) in bytes, 32 for P-256, 48 for P-384, 66 for P-521.
    static QByteArray derEcdsaToRaw(QByteArrayView der, int width = 32);
};

} // namespace Satchel
