// Shared by the presentation tests: verifier links and request objects as verifiers make them,
// fixed keys for the verifier and the holder, and DCQL queries of one credential.
#pragma once

#include "crypto/Base64Url.h"
#include "crypto/Ed25519KeyPair.h"
#include "crypto/Ed25519SigningKey.h"
#include "crypto/Jws.h"
#include "crypto/SecureBytes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QUrl>

namespace PresentTest {

using Parameters = QList<QPair<QString, QString>>;

inline const QString kResponsePath = QStringLiteral("/verifier/response");

// A link with every parameter percent-encoded, as a verifier's QR code holds it.
inline QString link(const Parameters &parameters, const QString &base = QStringLiteral("openid4vp://"))
{
    QString query;
    for (const auto &[name, value] : parameters)
        query += (query.isEmpty() ? QString() : QStringLiteral("&")) + name + QLatin1Char('=')
            + QString::fromLatin1(QUrl::toPercentEncoding(value));
    return base + QLatin1Char('?') + query;
}

inline QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// An array whose one element is inner. Not QJsonArray{inner}: with a single element of its own type,
// brace initialisation copies (CWG 1467; clang does, GCC 12 does not), so the nesting is lost.
inline QJsonArray nested(const QJsonArray &inner)
{
    QJsonArray outer;
    outer.append(inner);
    return outer;
}

// One credential query: a format, the expanded OB 3.0 type (as OpenID4VP writes type_values), claims.
inline QJsonObject dcql(const QString &format, const QJsonArray &claims = {}, const QString &id = QStringLiteral("badge"),
                        const QString &type = QStringLiteral("https://purl.imsglobal.org/spec/vc/ob/vocab.html#OpenBadgeCredential"))
{
    QJsonObject query{{QStringLiteral("id"), id},
                      {QStringLiteral("format"), format},
                      {QStringLiteral("meta"),
                       QJsonObject{{QStringLiteral("type_values"), nested(QJsonArray{type})}}}};
    if (!claims.isEmpty())
        query.insert(QStringLiteral("claims"), claims);
    return QJsonObject{{QStringLiteral("credentials"), QJsonArray{query}}};
}

inline QJsonObject claim(const QJsonArray &path, const QJsonArray &values = {})
{
    QJsonObject c{{QStringLiteral("path"), path}};
    if (!values.isEmpty())
        c.insert(QStringLiteral("values"), values);
    return c;
}

// A request by value under the redirect_uri prefix, answered at responseUri.
inline Parameters byValue(const QString &responseUri, const QJsonObject &query,
                          const QString &queryName = QStringLiteral("dcql_query"))
{
    return {{QStringLiteral("client_id"), QStringLiteral("redirect_uri:") + responseUri},
            {QStringLiteral("response_type"), QStringLiteral("vp_token")},
            {QStringLiteral("response_mode"), QStringLiteral("direct_post")},
            {QStringLiteral("response_uri"), responseUri},
            {QStringLiteral("nonce"), QStringLiteral("n-0S6_WzA2Mj")},
            {QStringLiteral("state"), QStringLiteral("st-42")},
            {QStringLiteral("client_metadata"), json(QJsonObject{{QStringLiteral("client_name"), QStringLiteral("Hiring Co")}})},
            {queryName, json(query)}};
}

inline Satchel::Ed25519KeyPair keyFromSeed(char fill)
{
    const QByteArray seed(32, fill);
    return std::move(Satchel::Ed25519KeyPair::fromSeed(Satchel::SecureBytes(seed.constData(), size_t(seed.size()))).value());
}

// A request object's claims (the by-value parameters, JSON ones as JSON) for a client id.
inline QJsonObject requestClaims(const QString &clientId, const QString &responseUri, const QJsonObject &query)
{
    return QJsonObject{{QStringLiteral("client_id"), clientId},
                       {QStringLiteral("response_type"), QStringLiteral("vp_token")},
                       {QStringLiteral("response_mode"), QStringLiteral("direct_post")},
                       {QStringLiteral("response_uri"), responseUri},
                       {QStringLiteral("nonce"), QStringLiteral("n-by-ref")},
                       {QStringLiteral("state"), QStringLiteral("st-ref")},
                       {QStringLiteral("aud"), QStringLiteral("https://self-issued.me/v2")},
                       {QStringLiteral("dcql_query"), query}};
}

// A request object signed by key under kid, or unsecured (alg "none") when key is null.
inline QByteArray requestObject(const QJsonObject &claims, const Satchel::SigningKey *key, const QString &kid = {})
{
    const QByteArray payload = QJsonDocument(claims).toJson(QJsonDocument::Compact);
    if (!key)
        return Satchel::Jws::assemble(QJsonObject{{QStringLiteral("alg"), QStringLiteral("none")},
                                                  {QStringLiteral("typ"), QStringLiteral("oauth-authz-req+jwt")}},
                                      payload, {});
    const QJsonObject header{{QStringLiteral("alg"), QString::fromLatin1(key->jwsAlgorithm())},
                             {QStringLiteral("typ"), QStringLiteral("oauth-authz-req+jwt")},
                             {QStringLiteral("kid"), kid.isEmpty() ? key->verificationMethod() : kid}};
    return Satchel::Jws::sign(header, payload, *key).value();
}

} // namespace PresentTest
