#include "SdJwtVcVerifier.h"

#include "JwtVcIssuerKeys.h"
#include "SharedChecks.h"
#include "TokenStatusListChecker.h"
#include "VerifyUtil.h"
#include "crypto/Jws.h"
#include "formats/SdJwt.h"
#include "i18n/LocaleText.h"

namespace Satchel {

namespace {

const QList<SignatureAlgorithm> kAllowedAlgorithms{SignatureAlgorithm::ES256, SignatureAlgorithm::ES384,
                                                   SignatureAlgorithm::ES512, SignatureAlgorithm::EdDSA,
                                                   SignatureAlgorithm::RS256};

} // namespace

SdJwtVcVerifier::SdJwtVcVerifier(DocumentFetcher *fetcher, const QDateTime &now) : FormatVerifier(fetcher, now) {}

VerificationReport SdJwtVcVerifier::verify(QByteArrayView serialization)
{
    VerificationReport report = newReport();
    m_claims = {};
    m_issuerKey.reset();

    auto sdJwt = SdJwt::parse(serialization);
    if (!sdJwt) {
        report.add(QStringLiteral("malformed"), CheckOutcome::Fail, sdJwt.error().message);
        return report;
    }
    report.credentialId = sdJwt->payload().value(QLatin1String("jti")).toString();
    if (m_requireVcType && !sdJwt->isVcType()) {
        report.add(QStringLiteral("malformed"), CheckOutcome::Fail,
                   tr("The token's type \"%1\" is not that of an SD-JWT VC (dc+sd-jwt).")
                       .arg(Error::excerpt(sdJwt->header().value(QLatin1String("typ")).toString())));
        return report;
    }
    m_vcdm2 = isVcdm2Credential(*sdJwt);
    // A key that could not be looked up (offline) leaves the signature unknown; the checks after it
    // need no network and still say whether the credential is broken or lapsed.
    if (checkSignature(*sdJwt, report) == SignatureCheck::Failed)
        return report;

    auto claims = sdJwt->processedClaims();
    if (!claims) {
        report.add(QStringLiteral("disclosures"), CheckOutcome::Fail, claims.error().message);
        return report;
    }
    m_claims = *claims;
    report.add(QStringLiteral("disclosures"), CheckOutcome::Pass,
               tr("All %n disclosed claim(s) match digests the issuer signed.", nullptr,
                  int(sdJwt->disclosures().size())));
    checkClaims(*sdJwt, report);
    QDateTime from = VerifyUtil::fromNumericDate(m_claims.value(QLatin1String("nbf")));
    QDateTime until = VerifyUtil::fromNumericDate(m_claims.value(QLatin1String("exp")));
    if (m_vcdm2 && !from.isValid())
        from = VerifyUtil::parseDateTime(m_claims.value(QLatin1String("validFrom")).toString());
    if (m_vcdm2 && !until.isValid())
        until = VerifyUtil::parseDateTime(m_claims.value(QLatin1String("validUntil")).toString());
    SharedChecks::checkValidityWindow(from, until, m_now, report);
    checkKeyBinding(*sdJwt, report);
    const QJsonObject status = m_claims.value(QLatin1String("status")).toObject();
    if (status.contains(QLatin1String("status_list")))
        report.add(checkStatus(status.value(QLatin1String("status_list")).toObject(),
                               sdJwt->payload().value(QLatin1String("iss")).toString()));
    return report;
}

SdJwtVcVerifier::SignatureCheck SdJwtVcVerifier::checkSignature(const SdJwt &sdJwt, VerificationReport &report)
{
    auto jws = Jws::parse(sdJwt.issuerJwt());
    if (!jws) {
        report.add(QStringLiteral("malformed"), CheckOutcome::Fail, jws.error().message);
        return SignatureCheck::Failed;
    }
    const auto algorithm = SharedChecks::checkJwtAlgorithm(*jws, report, kAllowedAlgorithms);
    if (!algorithm)
        return SignatureCheck::Failed;
    const QString issuer = sdJwt.payload().value(QLatin1String("iss")).toString();
    auto key = JwtVcIssuerKeys(m_fetcher, m_now).resolve(jws->header(), issuer);
    if (!key) {
        SharedChecks::reportKeyError(key.error(), report);
        return key.error().code == QLatin1String("lookup-failed") ? SignatureCheck::Unknown : SignatureCheck::Failed;
    }
    if (!SharedChecks::checkJwtSignature(*jws, key->key, *algorithm, kAllowedAlgorithms, report))
        return SignatureCheck::Failed;
    m_issuerKey = key->key; // a status list token signed with a key of its own must use this one
    SharedChecks::reportKeyStanding(*key, tr("The issuer's key was found where the issuer publishes it."), report);
    return SignatureCheck::Verified;
}

VerificationCheck SdJwtVcVerifier::checkStatus(const QJsonObject &reference, const QString &issuer) const
{
    TokenStatusListChecker checker(m_fetcher, m_now, [this, &issuer](const Jws &token) -> Status {
        auto key = JwtVcIssuerKeys(m_fetcher, m_now).resolve(token.header(), issuer);
        if (!key)
            return key.error();
        // A key the token brings along (x5c, jwk) proves nothing by itself: anyone can sign a list
        // with a certificate of their own. Only the key that signed the credential will do.
        if (key->selfCertified && (!m_issuerKey || !(key->key == *m_issuerKey)))
            return Error{QStringLiteral("key-unresolvable"),
                         tr("It is signed with a key it carries itself, not the key that signed the credential.")};
        return token.verify(key->key, kAllowedAlgorithms);
    });
    return checker.check(reference, issuer);
}

bool SdJwtVcVerifier::isVcdm2Credential(const SdJwt &sdJwt)
{
    const QJsonObject &payload = sdJwt.payload();
    return sdJwt.header().value(QLatin1String("typ")).toString() == QLatin1String("vc+sd-jwt")
        && !payload.contains(QLatin1String("vct"))
        && VerifyUtil::asArray(payload.value(QLatin1String("@context")))
               .contains(QJsonValue(QStringLiteral("https://www.w3.org/ns/credentials/v2")));
}

void SdJwtVcVerifier::checkClaims(const SdJwt &sdJwt, VerificationReport &report) const
{
    QStringList problems;
    if (m_requireVcType && !m_vcdm2 && !m_claims.value(QLatin1String("vct")).isString())
        problems << tr("The credential has no type (\"vct\").");
    if (sdJwt.payload().contains(QLatin1String("iss")) && !sdJwt.payload().value(QLatin1String("iss")).isString())
        problems << tr("\"iss\" is not a string.");
    if (m_vcdm2)
        problems << vcdm2Problems();
    // A VCDM 2.0 credential is dated by validFrom/validUntil; its iat decides nothing here, and the
    // VC-JOSE-COSE test suite's own credentials put an RFC 3339 string in it, so it is not judged.
    for (const char *name : {"iat", "nbf", "exp"}) {
        if (m_vcdm2 && qstrcmp(name, "iat") == 0)
            continue;
        const QJsonValue value = m_claims.value(QLatin1String(name));
        if (!value.isUndefined() && !VerifyUtil::fromNumericDate(value).isValid())
            problems << tr("\"%1\" is not a date.").arg(QLatin1String(name));
    }
    if (problems.isEmpty())
        report.add(QStringLiteral("claims-mismatch"), CheckOutcome::Pass, tr("The SD-JWT VC's claims are well formed."));
    else
        report.add(QStringLiteral("claims-mismatch"), CheckOutcome::Fail, problems.join(QLatin1Char(' ')));
}

QStringList SdJwtVcVerifier::vcdm2Problems() const
{
    QStringList problems;
    // VC-JOSE-COSE §3.2: iss, when present, is the issuer; the claims set is the credential, with no
    // VCDM 1.1 "vc" or "vp" claim beside it.
    const QString issuer = VerifyUtil::idOf(m_claims.value(QLatin1String("issuer")));
    const QJsonValue iss = m_claims.value(QLatin1String("iss"));
    if (iss.isString() && iss.toString() != issuer)
        problems << tr("\"iss\" (%1) is not the issuer (%2).").arg(Error::excerpt(iss.toString(), 100),
                                                                  Error::excerpt(issuer, 100));
    for (const char *name : {"vc", "vp"}) {
        if (m_claims.contains(QLatin1String(name)))
            problems << tr("The SD-JWT has a \"%1\" claim, which a VC Data Model 2.0 credential must not have.")
                            .arg(QLatin1String(name));
    }
    return problems;
}

void SdJwtVcVerifier::checkKeyBinding(const SdJwt &sdJwt, VerificationReport &report) const
{
    const QJsonObject cnf = m_claims.value(QLatin1String("cnf")).toObject();
    if (sdJwt.keyBindingJwt().isEmpty()) {
        if (!cnf.isEmpty())
            report.add(QStringLiteral("key-binding"), CheckOutcome::Skip,
                       tr("The credential is bound to its holder's key; it carries no holder proof, as issued "
                          "credentials do not."));
        return;
    }
    const auto fail = [&report](const QString &message) {
        report.add(QStringLiteral("key-binding"), CheckOutcome::Fail, message);
    };
    auto kb = Jws::parse(sdJwt.keyBindingJwt());
    if (!kb)
        return fail(kb.error().message);
    auto payload = kb->payloadObject();
    if (!payload)
        return fail(payload.error().message);
    if (kb->header().value(QLatin1String("typ")).toString() != QLatin1String("kb+jwt"))
        return fail(tr("The Key Binding JWT's type is not \"kb+jwt\"."));
    if (!cnf.value(QLatin1String("jwk")).isObject())
        return fail(tr("A Key Binding JWT is attached, but the issuer bound no key (\"cnf\" \"jwk\") to the credential."));
    auto holderKey = PublicKey::fromJwk(cnf.value(QLatin1String("jwk")).toObject());
    if (!holderKey)
        return fail(tr("The holder key the issuer bound is unusable: %1").arg(holderKey.error().message));
    if (!kb->verify(*holderKey, kAllowedAlgorithms))
        return fail(tr("The Key Binding JWT is not signed by the holder key the issuer bound."));
    const auto expected = SdJwt::digest(sdJwt.hashAlgorithm(), sdJwt.presentedPart());
    if (!expected || payload->value(QLatin1String("sd_hash")).toString() != QString::fromLatin1(*expected))
        return fail(tr("The Key Binding JWT's sd_hash does not cover this SD-JWT and its disclosures."));
    const QDateTime iat = VerifyUtil::fromNumericDate(payload->value(QLatin1String("iat")));
    if (!iat.isValid() || iat > m_now.addSecs(kClockSkewSeconds))
        return fail(tr("The Key Binding JWT's time (iat) is missing or in the future."));
    const QString aud = payload->value(QLatin1String("aud")).toString();
    const QString nonce = payload->value(QLatin1String("nonce")).toString();
    if (aud.isEmpty() || nonce.isEmpty())
        return fail(tr("The Key Binding JWT names no audience (aud) or nonce."));
    report.add(QStringLiteral("key-binding"), CheckOutcome::Pass,
               tr("The holder's key signed this presentation for %1 (nonce %2) on %3.")
                   .arg(Error::excerpt(aud, 100), Error::excerpt(nonce, 40), LocaleText::date(iat)));
}

} // namespace Satchel
