#include "PresentationVerifier.h"

#include "DataIntegrityVerifier.h"
#include "KeyResolver.h"
#include "SharedChecks.h"
#include "crypto/Jws.h"
#include "jsonld/JsonValue.h"

namespace Satchel {

namespace {

QByteArrayView trimmed(const QByteArray &bytes)
{
    QByteArrayView view(bytes);
    if (view.startsWith("\xEF\xBB\xBF"))
        view = view.sliced(3);
    return view.trimmed();
}

} // namespace

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
    auto key = KeyResolver(m_fetcher).resolve(jws->keyId());
    if (!key)
        return {QStringLiteral("key-unresolvable"),
                key.error().code == QLatin1String("lookup-failed") ? CheckOutcome::Unknown : CheckOutcome::Fail,
                key.error().message};
    if (key->controller != holder)
        return {QStringLiteral("issuer-mismatch"), CheckOutcome::Fail,
                tr("The signing key is controlled by %1, not by the holder %2.").arg(key->controller, holder)};
    if (const Status valid = jws->verify(key->key, {SignatureAlgorithm::EdDSA, SignatureAlgorithm::ES256}); !valid)
        return {QStringLiteral("signature"), CheckOutcome::Fail, valid.error().message};
    return {QStringLiteral("signature"), CheckOutcome::Pass,
            tr("The holder's %1 signature is valid.").arg(jws->algorithm())};
}

Result<PresentationCheck> PresentationVerifier::check(const QByteArray &bytes, const QString &expectedChallenge,
                                                      const QString &expectedDomain)
{
    const QByteArrayView text = trimmed(bytes);
    auto content = PresentationReader::read(text);
    if (!content)
        return content.error();
    PresentationCheck result;
    result.content = *content;
    if (content->jwt) {
        result.holderSignature = jwtHolderProof(text, content->holder);
    } else {
        auto document = JsonValue::parse(text.toByteArray());
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
