#include "VcCoseVerifier.h"

#include "SecuredCredentialChecks.h"
#include "SharedChecks.h"
#include "VerifyUtil.h"
#include "crypto/CoseSign1.h"

namespace Satchel {

VcCoseVerifier::VcCoseVerifier(DocumentFetcher *fetcher, const QDateTime &now) : FormatVerifier(fetcher, now) {}

VerificationReport VcCoseVerifier::verify(QByteArrayView bytes)
{
    VerificationReport report = newReport();
    m_credential = {};

    auto cose = CoseSign1::parse(bytes);
    if (!cose) {
        report.add(QStringLiteral("malformed"), CheckOutcome::Fail, cose.error().message);
        return report;
    }
    auto payload = VerifyUtil::parseObject(cose->payload());
    if (!payload) {
        report.add(QStringLiteral("malformed"), CheckOutcome::Fail, payload.error().message);
        return report;
    }
    m_credential = *payload;
    report.credentialId = m_credential.value(QLatin1String("id")).toString();

    // 1. Algorithm and media type (§3.3.1: typ application/vc+cose, content type application/vc).
    const auto algorithm = cose->signatureAlgorithm();
    if (!algorithm) {
        report.add(QStringLiteral("signature"), CheckOutcome::Fail,
                   tr("The COSE algorithm %1 is not supported.").arg(cose->algorithmName()));
        return report;
    }
    if (!SharedChecks::hasMediaType(cose->type(), cose->contentType(), QStringLiteral("vc"), QStringLiteral("cose"))) {
        report.add(QStringLiteral("malformed"), CheckOutcome::Fail,
                   tr("The COSE message's media type (typ \"%1\", content type \"%2\") is not that of a verifiable "
                      "credential (vc+cose).")
                       .arg(Error::excerpt(cose->type()), Error::excerpt(cose->contentType())));
        return report;
    }

    // 2. Key: COSE carries no JWK here, so "kid" names it.
    if (cose->keyId().isEmpty()) {
        report.add(QStringLiteral("key-unresolvable"), CheckOutcome::Fail, tr("The COSE message names no key (no \"kid\")."));
        return report;
    }
    const QString issuerId = VerifyUtil::idOf(m_credential.value(QLatin1String("issuer")));
    const auto key = SecuredCredentialChecks::issuerKey(m_fetcher, m_now, cose->joseHeader(), issuerId, report);
    if (!key)
        return report;

    // 3. Signature, then 4. the key's standing, conformance, dates and status.
    if (!SharedChecks::reportSignature(cose->verify(key->key, {SignatureAlgorithm::EdDSA, SignatureAlgorithm::ES256,
                                                               SignatureAlgorithm::ES384, SignatureAlgorithm::ES512}),
                                       *algorithm, report))
        return report;
    SecuredCredentialChecks::checkContent(m_fetcher, m_now, m_credential, *key,
                                          VerifyUtil::parseDateTime(VerifyUtil::validFromText(m_credential)),
                                          VerifyUtil::parseDateTime(VerifyUtil::validUntilText(m_credential)), report);
    return report;
}

} // namespace Satchel
