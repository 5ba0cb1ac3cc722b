#include "IssuerMetadata.h"

#include "jsonld/SafeJson.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Satchel {

namespace {

constexpr qint64 kMaxMetadataBytes = 2 * 1024 * 1024;
constexpr int kMaxJsonDepth = 32;

Error badMetadata(const QString &why)
{
    return Error{QStringLiteral("bad-metadata"), IssuerMetadata::tr("The issuer's metadata cannot be used: %1").arg(why)};
}

QUrl urlMember(const QJsonObject &object, const char *name)
{
    const QUrl url(object.value(QLatin1String(name)).toString(), QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty() ? url : QUrl();
}

QList<LocalizedDisplay> displayList(const QJsonValue &value)
{
    QList<LocalizedDisplay> list;
    for (const QJsonValue &entry : value.toArray()) {
        const QJsonObject o = entry.toObject();
        const QJsonObject logo = o.value(QLatin1String("logo")).toObject();
        LocalizedDisplay d;
        d.name = o.value(QLatin1String("name")).toString().left(200);
        d.locale = o.value(QLatin1String("locale")).toString();
        d.description = o.value(QLatin1String("description")).toString().left(1000);
        // "uri" in 1.0, "url" in older drafts.
        d.logo = QUrl(logo.value(QLatin1String("uri")).toString(logo.value(QLatin1String("url")).toString()));
        d.logoAltText = logo.value(QLatin1String("alt_text")).toString().left(200);
        list.append(d);
    }
    return list;
}

CredentialConfiguration configurationFrom(const QString &id, const QJsonObject &o)
{
    CredentialConfiguration c;
    c.id = id;
    c.format = o.value(QLatin1String("format")).toString();
    c.scope = o.value(QLatin1String("scope")).toString();
    c.display = displayList(o.value(QLatin1String("credential_metadata")).toObject().value(QLatin1String("display")));
    if (c.display.isEmpty())
        c.display = displayList(o.value(QLatin1String("display")));
    const QJsonObject jwtProof = o.value(QLatin1String("proof_types_supported")).toObject().value(QLatin1String("jwt")).toObject();
    for (const QJsonValue &alg : jwtProof.value(QLatin1String("proof_signing_alg_values_supported")).toArray())
        c.proofAlgorithms.append(alg.toString());
    c.proofRequired = !jwtProof.isEmpty() || !o.value(QLatin1String("cryptographic_binding_methods_supported")).toArray().isEmpty();
    return c;
}

} // namespace

Result<IssuerMetadata> IssuerMetadata::parse(const QByteArray &json)
{
    auto object = SafeJson::parseObject(json, kMaxJsonDepth, kMaxMetadataBytes);
    if (!object)
        return badMetadata(tr("it is not a JSON object (%1)").arg(object.error().message));
    IssuerMetadata m;
    m.credentialIssuer = object->value(QLatin1String("credential_issuer")).toString();
    if (m.credentialIssuer.isEmpty())
        return badMetadata(tr("it does not name its credential issuer"));
    for (const QJsonValue &server : object->value(QLatin1String("authorization_servers")).toArray()) {
        if (server.isString() && !server.toString().isEmpty())
            m.authorizationServers.append(server.toString());
    }
    m.credentialEndpoint = urlMember(*object, "credential_endpoint");
    if (m.credentialEndpoint.isEmpty())
        return badMetadata(tr("it has no credential endpoint"));
    m.nonceEndpoint = urlMember(*object, "nonce_endpoint");
    m.deferredCredentialEndpoint = urlMember(*object, "deferred_credential_endpoint");
    m.display = displayList(object->value(QLatin1String("display")));
    m.batchSize = std::clamp(object->value(QLatin1String("batch_credential_issuance")).toObject()
                                 .value(QLatin1String("batch_size")).toInt(1), 1, 100);
    const QJsonObject configurations = object->value(QLatin1String("credential_configurations_supported")).toObject();
    for (auto it = configurations.begin(); it != configurations.end(); ++it)
        m.configurations.insert(it.key(), configurationFrom(it.key(), it.value().toObject()));
    return m;
}

QUrl IssuerMetadata::wellKnownUrl(const QString &identifier, const QString &wellKnown)
{
    QUrl url(identifier);
    QString path = url.path();
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(QStringLiteral("/.well-known/") + wellKnown + path);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

const LocalizedDisplay *IssuerMetadata::pickDisplay(const QList<LocalizedDisplay> &display, const QStringList &languages)
{
    if (display.isEmpty())
        return nullptr;
    for (const QString &language : languages) {
        for (const LocalizedDisplay &d : display) {
            if (d.locale.compare(language, Qt::CaseInsensitive) == 0)
                return &d;
        }
        const QString primary = language.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0);
        for (const LocalizedDisplay &d : display) {
            if (d.locale.section(QLatin1Char('-'), 0, 0).compare(primary, Qt::CaseInsensitive) == 0)
                return &d;
        }
    }
    for (const LocalizedDisplay &d : display) {
        if (d.locale.isEmpty())
            return &d;
    }
    return &display.first();
}

Result<AuthorizationServerMetadata> AuthorizationServerMetadata::parse(const QByteArray &json)
{
    auto object = SafeJson::parseObject(json, kMaxJsonDepth, kMaxMetadataBytes);
    if (!object)
        return badMetadata(IssuerMetadata::tr("the authorization server's metadata is not a JSON object"));
    AuthorizationServerMetadata m;
    m.issuer = object->value(QLatin1String("issuer")).toString();
    m.authorizationEndpoint = urlMember(*object, "authorization_endpoint");
    m.tokenEndpoint = urlMember(*object, "token_endpoint");
    m.pushedAuthorizationRequestEndpoint = urlMember(*object, "pushed_authorization_request_endpoint");
    m.requirePushedAuthorizationRequests = object->value(QLatin1String("require_pushed_authorization_requests")).toBool();
    if (m.tokenEndpoint.isEmpty())
        return badMetadata(IssuerMetadata::tr("the authorization server has no token endpoint"));
    return m;
}

} // namespace Satchel
