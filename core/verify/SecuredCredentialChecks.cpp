#include "SecuredCredentialChecks.h"

#include "CredentialSchemaCheck.h"
#include "DataIntegrityVerifier.h"
#include "JwtVcIssuerKeys.h"
#include "SharedChecks.h"
#include "StatusListChecker.h"
#include "VerifyUtil.h"
#include "jsonld/JsonValue.h"

#include <QUrl>

namespace Satchel {

namespace {

QString didOf(const QString &keyId)
{
    const qsizetype hash = keyId.indexOf(QLatin1Char('#'));
    return hash < 0 ? keyId : keyId.left(hash);
}

} // namespace

std::optional<ResolvedKey> SecuredCredentialChecks::issuerKey(DocumentFetcher *fetcher, const QDateTime &now,
                                                              const QJsonObject &header, const QString &issuerId,
                                                              VerificationReport &report)
{
    if (header.value(QLatin1String("jwk")).isObject()) {
        auto fromJwk = PublicKey::fromJwk(header.value(QLatin1String("jwk")).toObject());
        if (!fromJwk) {
            report.add(QStringLiteral("key-unresolvable"), CheckOutcome::Fail,
                       tr("The key in the JWT header is unusable: %1").arg(fromJwk.error().message));
            return std::nullopt;
        }
        return ResolvedKey{*fromJwk, {}, {}, true};
    }
    const QString kid = header.value(QLatin1String("kid")).toString();
    if (kid.isEmpty()) {
        report.add(QStringLiteral("key-unresolvable"), CheckOutcome::Fail,
                   tr("The JWT names no key (neither \"kid\" nor \"jwk\")."));
        return std::nullopt;
    }
    // A DID key speaks for its DID only; a key URL only for an issuer on the same origin.
    // Otherwise anyone could sign in an issuer's name with a key they host themselves. A key
    // URL is judged before the lookup: a credential must not make Satchel fetch from any host
    // it names (a DID is resolved by its method first, as its owner publishes it).
    const bool didKey = kid.startsWith(QLatin1String("did:"));
    const auto notOwned = [&]() -> std::optional<ResolvedKey> {
        report.add(QStringLiteral("issuer-mismatch"), CheckOutcome::Fail,
                   tr("The signing key %1 does not belong to the issuer %2.").arg(kid, issuerId));
        return std::nullopt;
    };
    // A kid that is no URL (a JWK thumbprint as VC-JOSE-COSE's test suite uses, "#key-1") names
    // one of the keys the issuer itself publishes: in its DID document, or in its JWT VC Issuer
    // Metadata, found as for an SD-JWT VC (JwtVcIssuerKeys).
    if (!didKey && QUrl(kid).isRelative()) {
        auto published = JwtVcIssuerKeys(fetcher, now).resolve(header, issuerId);
        if (!published) {
            SharedChecks::reportKeyError(published.error(), report);
            return std::nullopt;
        }
        return *published;
    }
    if (!didKey && !VerifyUtil::sameOrigin(kid, issuerId))
        return notOwned();
    auto resolved = KeyResolver(fetcher).resolve(kid);
    if (!resolved) {
        SharedChecks::reportKeyError(resolved.error(), report);
        return std::nullopt;
    }
    if (didKey && didOf(kid) != issuerId)
        return notOwned();
    return *resolved;
}

void SecuredCredentialChecks::checkContent(DocumentFetcher *fetcher, const QDateTime &now,
                                           const QJsonObject &credential, const ResolvedKey &key,
                                           const QDateTime &from, const QDateTime &until, VerificationReport &report)
{
    SharedChecks::reportKeyStanding(key, {}, report);
    report.add(CredentialSchemaCheck::check(credential));
    SharedChecks::checkValidityWindow(from, until, now, report);
    StatusListChecker status(fetcher, now);
    // Status list credentials carry Data Integrity proofs; an unproven list decides nothing.
    status.setListProofCheck([fetcher, now](const QJsonObject &list) -> Status {
        const VerificationCheck check = DataIntegrityVerifier(fetcher, now).verifyProofs(JsonValue::fromQJson(list));
        if (check.outcome == CheckOutcome::Pass)
            return {};
        return Error{check.code, check.message};
    });
    report.append(status.checkCredential(credential));
}

} // namespace Satchel
