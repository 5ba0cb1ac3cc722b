#include "VerifierCertificate.h"

#include "crypto/CertificateChain.h"

namespace Satchel {

Result<PublicKey> VerifierCertificate::leafKey(const QJsonArray &x5c, const QString &dnsName,
                                               const QByteArray &extraAnchorsPem, const QDateTime &now)
{
    if (x5c.isEmpty())
        return Error{QStringLiteral("bad-request"),
                     tr("The verifier's request does not carry the certificates its client id needs.")};
    auto chain = CertificateChain::fromX5c(x5c);
    if (!chain)
        return Error{QStringLiteral("bad-request"),
                     tr("The verifier's certificates cannot be read: %1").arg(chain.error().message)};
    const Status trusted = chain->verify(extraAnchorsPem, now);
    if (!trusted)
        return Error{QStringLiteral("certificate-untrusted"),
                     tr("The verifier's certificate is not one Satchel can trust (%1): Satchel cannot tell who sent the "
                        "request.")
                         .arg(trusted.error().message)};
    if (!chain->leafNamesHost(dnsName))
        return Error{QStringLiteral("certificate-name-mismatch"),
                     tr("The verifier's certificate is not for %1, the name its client id gives.")
                         .arg(Error::excerpt(dnsName, 80))};
    return chain->leafKey();
}

} // namespace Satchel
