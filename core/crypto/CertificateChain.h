// An X.509 certificate chain as a JOSE "x5c" header carries it (RFC 7515 §4.1.6: base64, not
// base64url, DER certificates, the leaf first), and the two questions asked of one: does it lead to
// a root this computer trusts, and whom does its leaf name. Used for a verifier's request object
// (OpenID4VP's x509_san_dns client id) and an SD-JWT VC issuer's certificate.
//
// The roots are OpenSSL's default verify paths (the system's CA bundle; SSL_CERT_FILE and
// SSL_CERT_DIR override it, as for every OpenSSL program) plus any extra PEM anchors the caller
// gives. Names come only from the leaf's subjectAltName, never from the subject's common name.
//
// Error codes: "malformed" (no, too many or unreadable certificates), "certificate-untrusted" (the
// chain does not verify: unknown root, expired, not a CA, ...; the message carries OpenSSL's reason).
#pragma once

#include "PublicKey.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

#include <memory>
#include <vector>

typedef struct x509_st X509;

namespace Satchel {

class CertificateChain {
    Q_DECLARE_TR_FUNCTIONS(Satchel::CertificateChain)
public:
    static constexpr int kMaxLength = 8;
    static constexpr qsizetype kMaxCertificateBytes = 16 * 1024;

    static Result<CertificateChain> fromX5c(const QJsonArray &x5c);

    // Whether the chain leads to a trusted root and every certificate in it is valid at `at`.
    Status verify(const QByteArray &extraAnchorsPem, const QDateTime &at) const;
    // Whether the leaf names host as a subjectAltName dNSName (exactly: no wildcards).
    bool leafNamesHost(const QString &host) const;
    Result<PublicKey> leafKey() const;
    // The organisation (else common name) of whoever issued the leaf, for messages.
    QString leafIssuerName() const;

private:
    // Shared so that a chain can be copied into a Result; the certificates are never changed.
    std::vector<std::shared_ptr<X509>> m_certificates;
};

} // namespace Satchel
