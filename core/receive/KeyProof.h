// The OpenID4VCI 1.0 key proof (Appendix F.1): a JWT signed with the holder key that proves the
// wallet holds the key the credential will be bound to. Header typ "openid4vci-proof+jwt", alg the
// key's, kid its DID URL (so the issuer resolves the DID, and credentialSubject.id is the DID);
// claims aud (the credential issuer), iat, nonce (the issuer's c_nonce, when it gave one) and iss
// (the client id, only when the wallet authenticated as a client: not in the pre-authorized flow).
//
// Error code: "key-refused".
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>

namespace Satchel {

class SigningKey;

class KeyProof {
    Q_DECLARE_TR_FUNCTIONS(Satchel::KeyProof)
public:
    static Result<QByteArray> jwt(const SigningKey &key, const QString &audience, const QString &nonce,
                                  const QString &clientId = {},
                                  const QDateTime &issuedAt = QDateTime::currentDateTimeUtc());
};

} // namespace Satchel
