// A jwt_vp_json presentation (OpenID4VP 1.0 Appendix B.1.3.1): VC-JWT credentials, as the issuer
// signed them, inside a VCDM 1.1 presentation in the "vp" claim of a JWT signed by the holder key.
// What binds it to one request: aud (the verifier's client_id) and nonce (the request's nonce).
// Header: alg the key's, typ "JWT", kid its DID URL (so the verifier resolves the holder's DID).
//
// Error code: "key-refused" (the key could not sign).
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace Satchel {

class SigningKey;

class JwtPresentation {
    Q_DECLARE_TR_FUNCTIONS(Satchel::JwtPresentation)
public:
    // How long the verifier may take to check it.
    static constexpr int kLifetimeSeconds = 10 * 60;

    static Result<QByteArray> sign(const QList<QByteArray> &credentialJwts, const SigningKey &key,
                                   const QString &audience, const QString &nonce,
                                   const QDateTime &issuedAt = QDateTime::currentDateTimeUtc());
};

} // namespace Satchel
