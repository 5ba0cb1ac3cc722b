#include "VcJwtVerifier.h"

#include "SecuredCredentialChecks.h"
#include "SharedChecks.h"
#include "VerifyUtil.h"
#include "crypto/Jws.h"

#include <QJsonArray>

namespace Satchel {

namespace {

// Header members OB 3.0 allows; anything else (x5u, jku, crit…) would pull keys from elsewhere.
bool isAllowedHeaderMember(const QString &name)
{
    static const QStringList allowed = {QStringLiteral("alg"), QStringLiteral("kid"), QStringLiteral("jwk"),
                                        QStringLiteral("typ"), QStringLiteral("cty")};
    return allowed.contains(name);
}

} // namespace

VcJwtVerifier::VcJwtVerifier(DocumentFetcher *fetcher, const QDateTime &now) : FormatVerifier(fetcher, now) {}

VerificationReport VcJwtVerifier::verify(QByteArrayView compactJws)
{
    VerificationReport report = newReport();
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
    const std::optional<ResolvedKey> resolvedKey =
        SecuredCredentialChecks::issuerKey(m_fetcher, m_now, jws.header(), issuerId, report);
    if (!resolvedKey)
        return report;
    const ResolvedKey &key = *resolvedKey;

    // 3. Signature.
    if (!SharedChecks::checkJwtSignature(jws, key.key, *algorithm,
                                         {SignatureAlgorithm::EdDSA, SignatureAlgorithm::RS256, SignatureAlgorithm::ES256,
                                          SignatureAlgorithm::ES384, SignatureAlgorithm::ES512},
                                         report))
        return report;

    // 4. Claims, then the key's standing, conformance, dates and status.
    checkClaims(payload, m_credential, report);
    checkDates(payload, m_credential, key, report);
    return report;
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
        const QDateTime validFrom = VerifyUtil::parseDateTime(VerifyUtil::validFromText(credential));
        if (!nbf.isValid())
            problems << tr("\"nbf\" is not a date.");
        else if (validFrom.isValid() && nbf.toSecsSinceEpoch() != validFrom.toSecsSinceEpoch())
            problems << tr("\"nbf\" is not the credential's start of validity.");
    }
    if (payload.contains(QLatin1String("exp"))) {
        const QDateTime exp = VerifyUtil::fromNumericDate(payload.value(QLatin1String("exp")));
        const QDateTime validUntil = VerifyUtil::parseDateTime(VerifyUtil::validUntilText(credential));
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

void VcJwtVerifier::checkDates(const QJsonObject &payload, const QJsonObject &credential, const ResolvedKey &key,
                               VerificationReport &report) const
{
    QDateTime from = VerifyUtil::fromNumericDate(payload.value(QLatin1String("nbf")));
    if (!from.isValid())
        from = VerifyUtil::parseDateTime(VerifyUtil::validFromText(credential));
    QDateTime until = VerifyUtil::fromNumericDate(payload.value(QLatin1String("exp")));
    if (!until.isValid())
        until = VerifyUtil::parseDateTime(VerifyUtil::validUntilText(credential));
    SecuredCredentialChecks::checkContent(m_fetcher, m_now, credential, key, from, until, report);
}

} // namespace Satchel
