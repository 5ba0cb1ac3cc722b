#include "PresentationVerifier.h"

#include "DataIntegrityVerifier.h"
#include "KeyResolver.h"
#include "SharedChecks.h"
#include "crypto/CoseSign1.h"
#include "crypto/Jws.h"
#include "formats/CredentialReader.h"
#include "jsonld/JsonValue.h"

namespace Satchel {

VerificationCheck PresentationVerifier::jwtHolderProof(QByteArrayView text, const QString &holder)
{
    auto jws = Jws::parse(text);
    if (!jws)
        return {QStringLiteral("malformed"), CheckOutcome::Fail, jws.error().message};
    // VC-JOSE-COSE §3.1.2: typ vp+jwt, cty vp (a JWT VP of VC-JWT 1.1 says JWT or nothing).
    if (!SharedChecks::hasJwtMediaType(jws->header(), QStringLiteral("vp")))
        return {QStringLiteral("malformed"), CheckOutcome::Fail,
                tr("The presentation's media type (typ \"%1\", cty \"%2\") is not that of a verifiable "
                   "presentation (vp+jwt).")
                    .arg(Error::excerpt(jws->header().value(QLatin1String("typ")).toString()),
                         Error::excerpt(jws->header().value(QLatin1String("cty")).toString()))};
    return holderKeyProof(jws->keyId(), holder, jws->algorithm(),
                          [&jws](const PublicKey &key, const QList<SignatureAlgorithm> &allowed) {
                              return jws->verify(key, allowed);
                          });
}

VerificationCheck PresentationVerifier::coseHolderProof(QByteArrayView bytes, const QString &holder)
{
    auto cose = CoseSign1::parse(bytes);
    if (!cose)
        return {QStringLiteral("malformed"), CheckOutcome::Fail, cose.error().message};
    // VC-JOSE-COSE §3.3.2: typ application/vp+cose, content type application/vp.
    if (!SharedChecks::hasMediaType(cose->type(), cose->contentType(), QStringLiteral("vp"), QStringLiteral("cose")))
        return {QStringLiteral("malformed"), CheckOutcome::Fail,
                tr("The presentation's media type (typ \"%1\", content type \"%2\") is not that of a verifiable "
                   "presentation (vp+cose).")
                    .arg(Error::excerpt(cose->type()), Error::excerpt(cose->contentType()))};
    return holderKeyProof(cose->keyId(), holder, cose->algorithmName(),
                          [&cose](const PublicKey &key, const QList<SignatureAlgorithm> &allowed) {
                              return cose->verify(key, allowed);
                          });
}

VerificationCheck PresentationVerifier::holderKeyProof(const QString &keyId, const QString &holder,
                                                       const QString &algorithm, const SignatureCheck &verify)
{
    auto key = KeyResolver(m_fetcher).resolve(keyId);
    if (!key)
        return {QStringLiteral("key-unresolvable"),
                key.error().code == QLatin1String("lookup-failed") ? CheckOutcome::Unknown : CheckOutcome::Fail,
                key.error().message};
    if (key->controller != holder)
        return {QStringLiteral("issuer-mismatch"), CheckOutcome::Fail,
                tr("The signing key is controlled by %1, not by the holder %2.").arg(key->controller, holder)};
    if (const Status valid = verify(key->key, {SignatureAlgorithm::EdDSA, SignatureAlgorithm::ES256}); !valid)
        return {QStringLiteral("signature"), CheckOutcome::Fail, valid.error().message};
    return {QStringLiteral("signature"), CheckOutcome::Pass, tr("The holder's %1 signature is valid.").arg(algorithm)};
}

Result<PresentationCheck> PresentationVerifier::check(const QByteArray &bytes, const QString &expectedChallenge,
                                                      const QString &expectedDomain)
{
    const QByteArray text = CredentialReader::payloadText(bytes);
    auto content = PresentationReader::read(text);
    if (!content)
        return content.error();
    PresentationCheck result;
    result.content = *content;
    if (content->jwt) {
        result.holderSignature = jwtHolderProof(text, content->holder);
    } else if (content->cose) {
        result.holderSignature = coseHolderProof(text, content->holder);
    } else {
        auto document = JsonValue::parse(text);
        if (!document)
            return document.error();
        result.holderSignature = DataIntegrityVerifier(m_fetcher).verifyHolderProof(*document);
    }

    if (expectedChallenge.isEmpty() && expectedDomain.isEmpty()) {
        result.binding = {QStringLiteral("challenge"), CheckOutcome::Skip,
                          content->challenge.isEmpty()
                              ? tr("The presentation is bound to no challenge.")
                              : tr("The presentation is bound to the challenge \"%1\"; none was given to compare it with.")
                                    .arg(Error::excerpt(content->challenge, 120))};
    } else if (content->challenge != expectedChallenge) {
        result.binding = {QStringLiteral("challenge"), CheckOutcome::Fail,
                          tr("The presentation was made for the challenge \"%1\", not \"%2\": it answers another "
                             "request, or was made again from an earlier one.")
                              .arg(Error::excerpt(content->challenge, 120), Error::excerpt(expectedChallenge, 120))};
    } else if (!expectedDomain.isEmpty() && content->domain != expectedDomain) {
        result.binding = {QStringLiteral("challenge"), CheckOutcome::Fail,
                          tr("The presentation was made for \"%1\", not for \"%2\".")
                              .arg(Error::excerpt(content->domain, 120), Error::excerpt(expectedDomain, 120))};
    } else {
        result.binding = {QStringLiteral("challenge"), CheckOutcome::Pass,
                          tr("The presentation answers the challenge \"%1\".").arg(Error::excerpt(expectedChallenge, 120))};
    }
    return result;
}

Status PresentationVerifier::holderCheck(const QByteArray &bytes)
{
    auto checked = PresentationVerifier(nullptr).check(bytes);
    if (!checked)
        return checked.error();
    if (checked->holderSignature.outcome != CheckOutcome::Pass)
        return Error{checked->holderSignature.code, checked->holderSignature.message};
    return {};
}

} // namespace Satchel
