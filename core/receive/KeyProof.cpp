#include "KeyProof.h"

#include "crypto/Jws.h"
#include "crypto/SigningKey.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Satchel {

Result<QByteArray> KeyProof::jwt(const SigningKey &key, const QString &audience, const QString &nonce,
                                 const QString &clientId, const QDateTime &issuedAt)
{
    const QJsonObject header{{QStringLiteral("alg"), QString::fromLatin1(key.jwsAlgorithm())},
                             {QStringLiteral("typ"), QStringLiteral("openid4vci-proof+jwt")},
                             {QStringLiteral("kid"), key.verificationMethod()}};
    QJsonObject claims{{QStringLiteral("aud"), audience}, {QStringLiteral("iat"), issuedAt.toSecsSinceEpoch()}};
    if (!nonce.isEmpty())
        claims.insert(QStringLiteral("nonce"), nonce);
    if (!clientId.isEmpty())
        claims.insert(QStringLiteral("iss"), clientId);
    auto jwt = Jws::sign(header, QJsonDocument(claims).toJson(QJsonDocument::Compact), key);
    if (!jwt)
        return Error{QStringLiteral("key-refused"),
                     tr("Your key could not sign the proof the issuer asks for: %1").arg(jwt.error().message)};
    return jwt;
}

} // namespace Satchel
