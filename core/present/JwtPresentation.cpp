#include "JwtPresentation.h"

#include "crypto/Jws.h"
#include "crypto/SigningKey.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace Satchel {

Result<QByteArray> JwtPresentation::sign(const QList<QByteArray> &credentialJwts, const SigningKey &key,
                                         const QString &audience, const QString &nonce, const QDateTime &issuedAt)
{
    QJsonArray credentials;
    for (const QByteArray &jwt : credentialJwts)
        credentials.append(QString::fromLatin1(jwt.trimmed()));
    const QJsonObject vp{{QStringLiteral("@context"), QJsonArray{QStringLiteral("https://www.w3.org/2018/credentials/v1")}},
                         {QStringLiteral("type"), QJsonArray{QStringLiteral("VerifiablePresentation")}},
                         {QStringLiteral("holder"), key.did()},
                         {QStringLiteral("verifiableCredential"), credentials}};
    const qint64 iat = issuedAt.toSecsSinceEpoch();
    const QString jti = QStringLiteral("urn:uuid:") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QJsonObject claims{{QStringLiteral("iss"), key.did()},
                             {QStringLiteral("aud"), audience},
                             {QStringLiteral("nonce"), nonce},
                             {QStringLiteral("iat"), iat},
                             {QStringLiteral("nbf"), iat},
                             {QStringLiteral("exp"), iat + kLifetimeSeconds},
                             {QStringLiteral("jti"), jti},
                             {QStringLiteral("vp"), vp}};
    const QJsonObject header{{QStringLiteral("alg"), QString::fromLatin1(key.jwsAlgorithm())},
                             {QStringLiteral("typ"), QStringLiteral("JWT")},
                             {QStringLiteral("kid"), key.verificationMethod()}};
    auto jwt = Jws::sign(header, QJsonDocument(claims).toJson(QJsonDocument::Compact), key);
    if (!jwt)
        return Error{QStringLiteral("key-refused"),
                     tr("Your key could not sign the presentation the verifier asks for: %1").arg(jwt.error().message)};
    return jwt;
}

} // namespace Satchel
