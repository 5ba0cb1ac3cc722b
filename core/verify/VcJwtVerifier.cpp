#include "VcJwtVerifier.h"

#include "CredentialSchemaCheck.h"
#include "DataIntegrityVerifier.h"
#include "JwtVcIssuerKeys.h"
#include "KeyResolver.h"
#include "SharedChecks.h"
#include "StatusListChecker.h"
#include "VerifyUtil.h"
#include "crypto/Jws.h"
#include "i18n/LocaleText.h"

#include <QJsonArray>
#include <QUrl>

namespace Satchel {

namespace {

// Header members OB 3.0 allows; anything else (x5u, jku, crit…) would pull keys from elsewhere.
bool isAllowedHeaderMember(const QString &name)
{
    static const QStringList allowed = {QStringLiteral("alg"), QStringLiteral("kid"), QStringLiteral("jwk"),
                                        QStringLiteral("typ"), QStringLiteral("cty")};
    return allowed.contains(name);
}

QString didOf(const QString &keyId)
{
    const qsizetype hash = keyId.indexOf(QLatin1Char('#'));
    return hash < 0 ? keyId : keyId.left(hash);
}

} // namespace

VcJwtVerifier::VcJwtVerifier(DocumentFetcher *fetcher, const QDateTime &now) : m_fetcher(fetcher), m_now(now) {}

VerificationReport VcJwtVerifier::verify(QByteArrayView compactJws)
{
    VerificationReport report;
    report.checkedAt = m_now;
    m_credential = {};

    auto read = SharedChecks::readJws(compactJws, report);
    if (!read)
        return report;
    const Jws &jws = read->first;
    const QJsonObject &payload = read->second;
    const bool legacy = payload.value(QLatin1String("vc")).isObject();
    m_credential = legacy ? payload.value(QLatin1String("vc")).toObject() : payload;
    report.credentialId = m_credential.value(QLatin1String("id")).toString();
    if (report.credentialId.isEmpty())
        report.credentialId = payload.value(QLatin1String("jti")).toString();

    // 1. Algorithm; which ones the key may use is judged with the signature.
    const auto algorithm = SharedChecks::checkJwtAlgorithm(jws, report);
    if (!algorithm)
        return report;
    for (auto it = jws.header().constBegin(); it != jws.header().constEnd(); ++it) {
        if (!isAllowedHeaderMember(it.key())) {
            report.add(QStringLiteral("malformed"), CheckOutcome::Fail,
                       tr("The JWT header member \"%1\" is not allowed.").arg(it.key()));
            return report;
        }
    }
    // A presentation (vp+jwt), an SD-JWT or any other typed token is not a credential JWT, however
    // it is signed (VC-JOSE-COSE §3.1.1: typ vc+jwt, cty vc; OB 3.0 and VCDM 1.1: JWT or nothing).
    if (!SharedChecks::hasJwtMediaType(jws.header(), QStringLiteral("vc"))) {
        report.add(QStringLiteral("malformed"), CheckOutcome::Fail,
                   tr("The JWT's media type (typ \"%1\", cty \"%2\") is not that of a verifiable credential (vc+jwt).")
                       .arg(Error::excerpt(jws.header().value(QLatin1String("typ")).toString()),
                            Error::excerpt(jws.header().value(QLatin1String("cty")).toString())));
        return report;
    }

    // 2. Key: an embedded public JWK, or a kid to resolve.
    const QString issuerId = VerifyUtil::idOf(
        m_credential.value(QLatin1String("issuer")).isUndefined() ? payload.value(QLatin1String("iss"))
                                                                   : m_credential.value(QLatin1String("issuer")));
    const std::optional<ResolvedKey> resolvedKey = resolveKey(jws, issuerId, report);
    if (!resolvedKey)
        return report;
    const ResolvedKey &key = *resolvedKey;

    // 3. Signature.
    if (!SharedChecks::checkJwtSignature(jws, key.key, *algorithm,
                                         {SignatureAlgorithm::EdDSA, SignatureAlgorithm::RS256, SignatureAlgorithm::ES256,
                                          SignatureAlgorithm::ES384, SignatureAlgorithm::ES512},
                                         report))
        return report;
    if (key.selfCertified)
        report.add(QStringLiteral("key-unresolvable"), CheckOutcome::Warn,
                   tr("The signing key was supplied by the credential itself; it is not confirmed by the issuer."));

    // 4. Conformance, claims and dates, then status.
    report.add(CredentialSchemaCheck::check(m_credential));
    checkClaims(payload, m_credential, report);
    checkDates(payload, m_credential, report);
    StatusListChecker status(m_fetcher, m_now);
    // Status list credentials carry Data Integrity proofs; an unproven list decides nothing.
    status.setListProofCheck([this](const QJsonObject &list) -> Status {
        const VerificationCheck check = DataIntegrityVerifier(m_fetcher, m_now).verifyProofs(JsonValue::fromQJson(list));
        if (check.outcome == CheckOutcome::Pass)
            return {};
        return Error{check.code, check.message};
    });
    report.append(status.checkCredential(m_credential));
    return report;
}

std::optional<ResolvedKey> VcJwtVerifier::resolveKey(const Jws &jws, const QString &issuerId,
                                                     VerificationReport &report) const
{
    if (jws.header().value(QLatin1String("jwk")).isObject()) {
        auto fromJwk = PublicKey::fromJwk(jws.header().value(QLatin1String("jwk")).toObject());
        if (!fromJwk) {
            report.add(QStringLiteral("key-unresolvable"), CheckOutcome::Fail,
                       tr("The key in the JWT header is unusable: %1").arg(fromJwk.error().message));
            return std::nullopt;
        }
        return ResolvedKey{*fromJwk, {}, {}, true};
    }
    const QString kid = jws.keyId();
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
        auto published = JwtVcIssuerKeys(m_fetcher).resolve(jws.header(), issuerId);
        if (!published) {
            SharedChecks::reportKeyError(published.error(), report);
            return std::nullopt;
        }
        return *published;
    }
    if (!didKey && !VerifyUtil::sameOrigin(kid, issuerId))
        return notOwned();
    auto resolved = KeyResolver(m_fetcher).resolve(kid);
    if (!resolved) {
        SharedChecks::reportKeyError(resolved.error(), report);
        return std::nullopt;
    }
    if (didKey && didOf(kid) != issuerId)
        return notOwned();
    return *resolved;
}

void VcJwtVerifier::checkClaims(const QJsonObject &payload, const QJsonObject &credential,
                                VerificationReport &report) const
{
    QStringList problems;
    // VC-JOSE-COSE §3.1.1: a VCDM 2.0 credential is the claims set itself, so it must not also
    // carry the VCDM 1.1 "vc" or "vp" claims (a "vc" object is a 1.1 JWT, read as such).
    if (payload.contains(QLatin1String("vp")))
        problems << tr("The JWT has a \"vp\" claim, which a secured credential must not have.");
    if (payload.contains(QLatin1String("vc")) && !payload.value(QLatin1String("vc")).isObject())
        problems << tr("The JWT has a \"vc\" claim, which a VC Data Model 2.0 credential must not have.");
    const QString issuerId = VerifyUtil::idOf(credential.value(QLatin1String("issuer")));
    const QString iss = payload.value(QLatin1String("iss")).toString();
    if (payload.contains(QLatin1String("iss")) || !issuerId.isEmpty()) {
        if (iss != issuerId)
            problems << tr("\"iss\" (%1) is not the issuer (%2).").arg(iss, issuerId);
    }
    if (payload.contains(QLatin1String("jti"))) {
        const QString id = credential.value(QLatin1String("id")).toString();
        if (!id.isEmpty() && payload.value(QLatin1String("jti")).toString() != id)
            problems << tr("\"jti\" is not the credential id.");
    }
    // OB 3.0 requires sub, but 1EdTech's own baked fixtures omit it: only a present sub is checked.
    if (payload.contains(QLatin1String("sub"))) {
        QStringList subjectIds;
        for (const auto &s : VerifyUtil::asArray(credential.value(QLatin1String("credentialSubject"))))
            subjectIds << s.toObject().value(QLatin1String("id")).toString();
        if (!subjectIds.contains(payload.value(QLatin1String("sub")).toString()))
            problems << tr("\"sub\" is not the credential subject.");
    }
    if (payload.contains(QLatin1String("nbf"))) {
        const QDateTime nbf = VerifyUtil::fromNumericDate(payload.value(QLatin1String("nbf")));
        const QDateTime validFrom = VerifyUtil::parseDateTime(
            credential.value(QLatin1String("validFrom")).toString(credential.value(QLatin1String("issuanceDate")).toString()));
        if (!nbf.isValid())
            problems << tr("\"nbf\" is not a date.");
        else if (validFrom.isValid() && nbf.toSecsSinceEpoch() != validFrom.toSecsSinceEpoch())
            problems << tr("\"nbf\" is not the credential's start of validity.");
    }
    if (payload.contains(QLatin1String("exp"))) {
        const QDateTime exp = VerifyUtil::fromNumericDate(payload.value(QLatin1String("exp")));
        const QDateTime validUntil = VerifyUtil::parseDateTime(
            credential.value(QLatin1String("validUntil")).toString(credential.value(QLatin1String("expirationDate")).toString()));
        if (!exp.isValid())
            problems << tr("\"exp\" is not a date.");
        else if (validUntil.isValid() && exp.toSecsSinceEpoch() != validUntil.toSecsSinceEpoch())
            problems << tr("\"exp\" is not the credential's end of validity.");
    }
    if (problems.isEmpty())
        report.add(QStringLiteral("claims-mismatch"), CheckOutcome::Pass, tr("The JWT claims match the credential."));
    else
        report.add(QStringLiteral("claims-mismatch"), CheckOutcome::Fail, problems.join(QLatin1Char(' ')));
}

void VcJwtVerifier::checkDates(const QJsonObject &payload, const QJsonObject &credential,
                               VerificationReport &report) const
{
    QDateTime from = VerifyUtil::fromNumericDate(payload.value(QLatin1String("nbf")));
    if (!from.isValid())
        from = VerifyUtil::parseDateTime(credential.value(QLatin1String("validFrom"))
                                             .toString(credential.value(QLatin1String("issuanceDate")).toString()));
    QDateTime until = VerifyUtil::fromNumericDate(payload.value(QLatin1String("exp")));
    if (!until.isValid())
        until = VerifyUtil::parseDateTime(credential.value(QLatin1String("validUntil"))
                                              .toString(credential.value(QLatin1String("expirationDate")).toString()));
    SharedChecks::checkValidityWindow(from, until, m_now, report);
}

} // namespace Satchel
