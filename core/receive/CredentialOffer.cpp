#include "CredentialOffer.h"

#include "jsonld/SafeJson.h"
#include "net/Fetcher.h"

#include <QJsonArray>

namespace Satchel {

namespace {

constexpr qint64 kMaxOfferBytes = 256 * 1024;
constexpr int kMaxJsonDepth = 16;

Error badOffer(const QString &why)
{
    return Error{QStringLiteral("bad-offer"), CredentialOffer::tr("The credential offer cannot be used: %1").arg(why)};
}

} // namespace

Result<CredentialOffer> CredentialOffer::parse(const QByteArray &json)
{
    auto object = SafeJson::parseObject(json, kMaxJsonDepth, kMaxOfferBytes);
    if (!object)
        return badOffer(tr("it is not a JSON object (%1)").arg(object.error().message));
    CredentialOffer offer;
    offer.credentialIssuer = object->value(QLatin1String("credential_issuer")).toString();
    const QUrl issuer(offer.credentialIssuer, QUrl::StrictMode);
    if (offer.credentialIssuer.isEmpty() || !Fetcher::isFetchableUrl(issuer) || issuer.hasQuery()
        || issuer.hasFragment())
        return badOffer(tr("it names no valid credential issuer"));
    if (!Fetcher::isSecureOrLoopback(issuer))
        return Error{QStringLiteral("insecure-url"),
                     tr("The credential issuer %1 is not a secure (https) address.").arg(Error::excerpt(offer.credentialIssuer))};
    for (const QJsonValue &id : object->value(QLatin1String("credential_configuration_ids")).toArray()) {
        if (id.isString() && !id.toString().isEmpty() && !offer.configurationIds.contains(id.toString()))
            offer.configurationIds.append(id.toString());
    }
    if (offer.configurationIds.isEmpty())
        return badOffer(tr("it offers no credential"));

    const QJsonObject grants = object->value(QLatin1String("grants")).toObject();
    const QJsonObject pre = grants.value(QLatin1String(kPreAuthorizedGrant)).toObject();
    if (grants.contains(QLatin1String(kPreAuthorizedGrant))) {
        offer.preAuthorized = true;
        offer.preAuthorizedCode = pre.value(QLatin1String("pre-authorized_code")).toString();
        if (offer.preAuthorizedCode.isEmpty())
            return badOffer(tr("its pre-authorized grant has no code"));
        offer.authorizationServer = pre.value(QLatin1String("authorization_server")).toString();
        // tx_code present, even as {}, means the issuer sent a code by another channel.
        if (pre.contains(QLatin1String("tx_code"))) {
            const QJsonObject tx = pre.value(QLatin1String("tx_code")).toObject();
            offer.transactionCode.required = true;
            offer.transactionCode.description = tx.value(QLatin1String("description")).toString().left(300);
            offer.transactionCode.length = std::clamp(tx.value(QLatin1String("length")).toInt(), 0, 64);
            offer.transactionCode.numeric = tx.value(QLatin1String("input_mode")).toString() != QLatin1String("text");
        }
    }
    const QJsonValue authValue = grants.value(QLatin1String("authorization_code"));
    if (authValue.isObject()) {
        const QJsonObject auth = authValue.toObject();
        offer.authorizationCode = true;
        offer.issuerState = auth.value(QLatin1String("issuer_state")).toString();
        if (offer.authorizationServer.isEmpty())
            offer.authorizationServer = auth.value(QLatin1String("authorization_server")).toString();
    }
    // No grants: the wallet finds the grant types in the authorization server's metadata (§4.1.1);
    // Satchel then starts the authorization code flow.
    if (!grants.contains(QLatin1String(kPreAuthorizedGrant)) && !authValue.isObject())
        offer.authorizationCode = true;
    return offer;
}

} // namespace Satchel
