#include "CredentialVerifier.h"

#include "DataIntegrityVerifier.h"
#include "Ob2HostedVerifier.h"
#include "Ob2SignedVerifier.h"
#include "SdJwtVcVerifier.h"
#include "VcCoseVerifier.h"
#include "VcJwtVerifier.h"
#include "formats/CredentialReader.h"

namespace Satchel {

VerificationReport CredentialVerifier::verify(CredentialFormat format, const QByteArray &original, const QDateTime &now)
{
    // The wallet keeps files exactly as received; a byte order mark or a final newline around
    // the JSON or the compact JWS is not part of what was signed.
    const QByteArray bytes = CredentialReader::payloadText(original);
    switch (format) {
    case CredentialFormat::Ob2Json:
        return Ob2HostedVerifier(m_fetcher, now).verify(bytes);
    case CredentialFormat::Ob2Jws:
        return Ob2SignedVerifier(m_fetcher, now).verify(bytes);
    case CredentialFormat::Ob3Json:
    case CredentialFormat::ClrJson:
        return DataIntegrityVerifier(m_fetcher, now).verify(bytes);
    case CredentialFormat::Ob3Jwt:
    case CredentialFormat::ClrJwt:
        return VcJwtVerifier(m_fetcher, now).verify(bytes);
    case CredentialFormat::SdJwtVc:
        return SdJwtVcVerifier(m_fetcher, now).verify(bytes);
    case CredentialFormat::Ob3Cose:
    case CredentialFormat::ClrCose:
        return VcCoseVerifier(m_fetcher, now).verify(bytes);
    case CredentialFormat::Unknown:
        break;
    }
    VerificationReport report;
    report.checkedAt = now;
    report.add(QStringLiteral("malformed"), CheckOutcome::Fail, tr("The credential format is not recognised."));
    return report;
}

} // namespace Satchel
