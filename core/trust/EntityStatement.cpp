#include "trust/EntityStatement.h"

#include "MalformedInput.h"
#include "crypto/PublicKey.h"

namespace Satchel {

Result<EntityStatement> EntityStatement::parse(QByteArrayView jwt)
{
    const QByteArrayView trimmed = jwt.trimmed();
    if (trimmed.size() > kMaxBytes)
        return Error{QStringLiteral("too-large"), tr("The entity statement is larger than %1 KB.").arg(kMaxBytes >> 10)};
    auto jws = Jws::parse(trimmed);
    if (!jws)
        return malformed(tr("The entity statement is not a JWS: %1").arg(jws.error().message));
    // Section 3.1: the typ header is what keeps an entity statement from being taken for another JWT
    // signed with the same key.
    if (jws->header().value(QLatin1String("typ")).toString() != QLatin1String("entity-statement+jwt")) {
        return Error{QStringLiteral("wrong-type"),
                     tr("The JWT is not an entity statement (its typ is \"%1\").")
                         .arg(Error::excerpt(jws->header().value(QLatin1String("typ")).toString()))};
    }
    auto claims = jws->payloadObject();
    if (!claims)
        return malformed(tr("The entity statement's payload is not a JSON object."));
    EntityStatement out;
    out.m_issuer = claims->value(QLatin1String("iss")).toString();
    out.m_subject = claims->value(QLatin1String("sub")).toString();
    const QJsonValue iat = claims->value(QLatin1String("iat"));
    const QJsonValue exp = claims->value(QLatin1String("exp"));
    if (out.m_issuer.isEmpty() || out.m_subject.isEmpty() || !iat.isDouble() || !exp.isDouble())
        return malformed(tr("The entity statement lacks iss, sub, iat or exp."));
    out.m_issuedAt = QDateTime::fromSecsSinceEpoch(qint64(iat.toDouble()), Qt::UTC);
    out.m_expiresAt = QDateTime::fromSecsSinceEpoch(qint64(exp.toDouble()), Qt::UTC);
    const QJsonValue jwks = claims->value(QLatin1String("jwks"));
    if (!jwks.isUndefined()) {
        if (!jwks.isObject() || !jwks.toObject().value(QLatin1String("keys")).isArray())
            return malformed(tr("The entity statement's jwks has no keys array."));
        out.m_keys = jwks.toObject().value(QLatin1String("keys")).toArray();
    }
    const QJsonValue metadata = claims->value(QLatin1String("metadata"));
    if (!metadata.isUndefined() && !metadata.isObject())
        return malformed(tr("The entity statement's metadata is not an object."));
    out.m_metadata = metadata.toObject();
    out.m_jws = std::move(jws.value());
    return out;
}

QString EntityStatement::federationEntity(QLatin1String member) const
{
    return m_metadata.value(QLatin1String("federation_entity")).toObject().value(member).toString();
}

Status EntityStatement::verifyWith(const QJsonArray &keys) const
{
    const QString kid = m_jws.keyId();
    int tried = 0;
    for (const QJsonValue &value : keys) {
        if (tried >= kMaxKeys)
            break;
        const QJsonObject jwk = value.toObject();
        const QString keyKid = jwk.value(QLatin1String("kid")).toString();
        if (!kid.isEmpty() && !keyKid.isEmpty() && keyKid != kid)
            continue;
        ++tried;
        auto key = PublicKey::fromJwk(jwk);
        if (!key)
            continue;
        if (m_jws.verify(*key, {SignatureAlgorithm::ES256, SignatureAlgorithm::EdDSA, SignatureAlgorithm::RS256}))
            return {};
    }
    return Error{QStringLiteral("signature"),
                 tr("The entity statement about %1 is not signed by a key of %2 that Satchel trusts.")
                     .arg(Error::excerpt(m_subject), Error::excerpt(m_issuer))};
}

} // namespace Satchel
