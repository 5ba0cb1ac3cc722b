// The x509_san_dns client identifier (OpenID4VP 1.0 §5.9.3): the request object carries the
// verifier's certificate chain in its "x5c" header, leaf first. The chain must lead to a root the
// system trusts (OpenSSL's default verify paths, plus any extra anchors the caller gives: a test's
// own root, a deployment's private CA), be valid now, and the leaf must name the client id's DNS
// name in a subjectAltName dNSName (the subject's CN is never looked at). What comes back is the
// leaf's public key, which must then verify the request's signature.
//
// Error codes: "bad-request" (no or malformed x5c), "certificate-untrusted" (the chain does not
// verify: unknown root, expired, not a CA...), "certificate-name-mismatch" (the leaf does not name
// the DNS name).
#pragma once

#include "Result.h"
#include "crypto/PublicKey.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

namespace Satchel {

class VerifierCertificate {
    Q_DECLARE_TR_FUNCTIONS(Satchel::VerifierCertificate)
public:
    // x5c: the header's array of base64 (not base64url) DER certificates. extraAnchorsPem: PEM
    // certificates trusted besides the system's, may be empty.
    static Result<PublicKey> leafKey(const QJsonArray &x5c, const QString &dnsName, const QByteArray &extraAnchorsPem,
                                     const QDateTime &now = QDateTime::currentDateTimeUtc());
};

} // namespace Satchel
