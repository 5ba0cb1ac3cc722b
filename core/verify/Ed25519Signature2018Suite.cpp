#include "Ed25519Signature2018Suite.h"

#include "crypto/Base64Url.h"
#include "crypto/Signature.h"
#include "jsonld/SafeJson.h"

#include <QJsonArray>

namespace Satchel {

Status Ed25519Signature2018Suite::prepare(const JsonValue &document, const JsonValue &proof)
{
    m_jws = proof.value(QStringLiteral("jws")).toString().toLatin1();
    auto input = JsonLdCanonicalizer::dataIntegrityInput(document, proof);
    if (!input)
        return input.error();
    m_hashData = input->hashData;
    return {};
}

Status Ed25519Signature2018Suite::verify(const PublicKey &key)
{
    auto refuse = [](const QString &message) { return Error{QStringLiteral("signature"), message}; };
    if (m_jws.isEmpty() || m_jws.size() > kMaxJwsBytes)
        return refuse(tr("The proof has no usable \"jws\" value."));
    const QList<QByteArray> parts = m_jws.split('.');
    if (parts.size() != 3 || !parts.at(1).isEmpty())
        return refuse(tr("The proof's \"jws\" is not a JWS with a detached payload (header..signature)."));
    auto headerJson = Base64Url::decode(parts.at(0));
    auto header = headerJson ? SafeJson::parseObject(*headerJson) : Result<QJsonObject>(headerJson.error());
    if (!header)
        return refuse(tr("The proof's JWS header is not a base64url JSON object."));
    // Only the unencoded form is this suite; anything else would sign other bytes than the hashes.
    const QJsonArray crit = header->value(QLatin1String("crit")).toArray();
    if (header->value(QLatin1String("alg")).toString() != QLatin1String("EdDSA")
        || header->value(QLatin1String("b64")) != QJsonValue(false) || crit.size() != 1
        || crit.at(0).toString() != QLatin1String("b64"))
        return refuse(tr("The proof's JWS header must be {\"alg\":\"EdDSA\",\"b64\":false,\"crit\":[\"b64\"]}."));
    auto signature = Base64Url::decode(parts.at(2));
    if (!signature || signature->size() != 64)
        return refuse(tr("The proof's JWS signature is not a 64-byte Ed25519 signature."));
    const QByteArray signingInput = parts.at(0) + '.' + m_hashData;
    if (!Signature::verify(SignatureAlgorithm::EdDSA, key, signingInput, *signature))
        return refuse(tr("The signature is not valid."));
    return {};
}

} // namespace Satchel
