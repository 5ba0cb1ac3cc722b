#include "Ed25519SigningKey.h"

#include "crypto/Base64Url.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Satchel {

QByteArray Ed25519SigningKey::publicJwk() const
{
    // RFC 8037: an OKP key, members in the lexicographic order a JWK thumbprint (RFC 7638) uses.
    const QJsonObject jwk{{QStringLiteral("crv"), QStringLiteral("Ed25519")},
                          {QStringLiteral("kty"), QStringLiteral("OKP")},
                          {QStringLiteral("x"), QString::fromLatin1(Base64Url::encode(m_key.publicKey()))}};
    return QJsonDocument(jwk).toJson(QJsonDocument::Compact);
}

} // namespace Satchel
