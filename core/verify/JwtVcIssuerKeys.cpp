#include "JwtVcIssuerKeys.h"

#include "SharedChecks.h"
#include "crypto/CertificateChain.h"

#include <QJsonArray>
#include <QUrl>

namespace Satchel {

namespace {

Error unresolvable(const QString &message)
{
    return Error{QStringLiteral("key-unresolvable"), message};
}

} // namespace

QString JwtVcIssuerKeys::metadataUrl(const QString &issuer)
{
    const QUrl url(issuer);
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty() || url.hasQuery()
        || url.hasFragment())
        return {};
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    QUrl metadata = url;
    metadata.setPath(QStringLiteral("/.well-known/jwt-vc-issuer") + path);
    return metadata.toString();
}

Result<ResolvedKey> JwtVcIssuerKeys::resolve(const QJsonObject &header, const QString &issuer) const
{
    if (header.contains(QLatin1String("x5c")))
        return fromCertificate(header, issuer);
    const QString kid = header.value(QLatin1String("kid")).toString();
    if (issuer.startsWith(QLatin1String("did:")))
        return fromDid(kid, issuer);
    if (!metadataUrl(issuer).isEmpty())
        return fromMetadata(kid, issuer);
    if (header.value(QLatin1String("jwk")).isObject()) {
        auto key = PublicKey::fromJwk(header.value(QLatin1String("jwk")).toObject());
        if (!key)
            return unresolvable(tr("The key in the JWT header is unusable: %1").arg(key.error().message));
        return ResolvedKey{*key, {}, {}, true};
    }
    return unresolvable(tr("Neither the issuer (%1) nor the JWT header says where the issuer's key is.")
                            .arg(Error::excerpt(issuer, 100)));
}

Result<ResolvedKey> JwtVcIssuerKeys::fromCertificate(const QJsonObject &header, const QString &issuer) const
{
    auto chain = CertificateChain::fromX5c(header.value(QLatin1String("x5c")).toArray());
    if (!chain)
        return unresolvable(tr("The issuer's certificates cannot be read: %1").arg(chain.error().message));
    auto key = chain->leafKey();
    if (!key)
        return unresolvable(tr("The issuer's certificate is unusable: %1").arg(key.error().message));
    ResolvedKey resolved{*key, {}, issuer, true, {}};
    const Status trusted = chain->verify({}, m_now);
    if (!trusted) {
        resolved.provenance = tr("The signing key comes from the certificate in the credential, which does not lead to "
                                 "a certificate authority this computer trusts (%1).")
                                  .arg(trusted.error().message);
        return resolved;
    }
    const QUrl url(issuer);
    if (url.scheme() != QLatin1String("https") || url.host().isEmpty()) {
        resolved.provenance = tr("The credential's certificate is vouched for by %1, but the issuer is not named by a "
                                 "web address the certificate could be compared with.")
                                  .arg(chain->leafIssuerName());
        return resolved;
    }
    if (!chain->leafNamesHost(url.host()))
        return Error{QStringLiteral("issuer-mismatch"),
                     tr("The credential's certificate is not for %1, the issuer's site.").arg(url.host())};
    resolved.selfCertified = false;
    resolved.provenance = tr("The issuer's certificate for %1 is vouched for by %2, a certificate authority this "
                             "computer trusts.")
                              .arg(url.host(), chain->leafIssuerName());
    return resolved;
}

Result<ResolvedKey> JwtVcIssuerKeys::fromDid(const QString &kid, const QString &issuer) const
{
    QString keyId = kid;
    if (kid.isEmpty())
        keyId = issuer;
    else if (kid.startsWith(QLatin1Char('#')))
        keyId = issuer + kid;
    if (keyId.section(QLatin1Char('#'), 0, 0) != issuer)
        return Error{QStringLiteral("issuer-mismatch"),
                     tr("The signing key %1 does not belong to the issuer %2.").arg(Error::excerpt(keyId, 100), issuer)};
    return KeyResolver(m_fetcher).resolve(keyId);
}

Result<ResolvedKey> JwtVcIssuerKeys::fromMetadata(const QString &kid, const QString &issuer) const
{
    const QString url = metadataUrl(issuer);
    if (!m_fetcher)
        return Error{QStringLiteral("lookup-failed"),
                     tr("The issuer's key is published at %1; it was not checked offline.").arg(url)};
    auto metadata = SharedChecks::fetchObject(m_fetcher, url);
    if (!metadata)
        return metadata.error();
    if (metadata->value(QLatin1String("issuer")).toString() != issuer)
        return Error{QStringLiteral("issuer-mismatch"),
                     tr("The issuer metadata at %1 is for another issuer.").arg(url)};
    QJsonObject jwks = metadata->value(QLatin1String("jwks")).toObject();
    if (jwks.isEmpty()) {
        const QString jwksUri = metadata->value(QLatin1String("jwks_uri")).toString();
        if (!jwksUri.startsWith(QLatin1String("https://")))
            return unresolvable(tr("The issuer metadata at %1 lists no keys.").arg(url));
        auto fetched = SharedChecks::fetchObject(m_fetcher, jwksUri);
        if (!fetched)
            return fetched.error();
        jwks = *fetched;
    }
    const QJsonArray keys = jwks.value(QLatin1String("keys")).toArray();
    QJsonObject chosen;
    for (const QJsonValue &k : keys) {
        const QJsonObject jwk = k.toObject();
        if ((kid.isEmpty() && keys.size() == 1) || (!kid.isEmpty() && jwk.value(QLatin1String("kid")).toString() == kid))
            chosen = jwk;
    }
    if (chosen.isEmpty())
        return unresolvable(kid.isEmpty() ? tr("The JWT names no key and the issuer publishes several.")
                                          : tr("The issuer publishes no key \"%1\".").arg(Error::excerpt(kid)));
    auto key = PublicKey::fromJwk(chosen);
    if (!key)
        return unresolvable(tr("The issuer's key is unusable: %1").arg(key.error().message));
    return ResolvedKey{*key, kid, issuer, false};
}

} // namespace Satchel
