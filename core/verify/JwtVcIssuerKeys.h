// Finds the key an SD-JWT VC's issuer signed with (draft-ietf-oauth-sd-jwt-vc §3.5 "Issuer-signed
// JWT Verification Key Validation"), by the means the specification lists, in this order:
//   - an "x5c" header: the leaf certificate's key. It is the issuer's when the chain leads to a
//     root this computer trusts (CertificateChain: the system's CA bundle) and, for an https issuer,
//     the leaf names the issuer's host as a subjectAltName dNSName (§3.5's rule for https "iss");
//     a trusted leaf for another host is an "issuer-mismatch". A chain that leads nowhere trusted,
//     or a trusted one with no https issuer to compare, leaves the key self-certified (a warning,
//     never silently trusted), saying why in ResolvedKey::provenance;
//   - a DID issuer ("iss" did:…): the header "kid" (or the DID alone) through KeyResolver;
//   - an https issuer: its JWT VC Issuer Metadata at /.well-known/jwt-vc-issuer<path>, whose
//     "jwks" or "jwks_uri" holds the key named by "kid" (or its only key). Online only: offline
//     the lookup is reported as not made ("lookup-failed"), never as a failure;
//   - otherwise a "jwk" header, self-certified.
//
// Error codes: "key-unresolvable" (no usable key: a definite failure), "lookup-failed" (the
// metadata, a JWKS or a DID document could not be fetched: unknown), "issuer-mismatch" (the key
// or metadata belongs to someone other than "iss").
#pragma once

#include "DocumentFetcher.h"
#include "KeyResolver.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

namespace Satchel {

class JwtVcIssuerKeys {
    Q_DECLARE_TR_FUNCTIONS(Satchel::JwtVcIssuerKeys)
public:
    // now: when certificates must be valid.
    JwtVcIssuerKeys(DocumentFetcher *fetcher, const QDateTime &now) : m_fetcher(fetcher), m_now(now) {}

    Result<ResolvedKey> resolve(const QJsonObject &header, const QString &issuer) const;
    // https://host/.well-known/jwt-vc-issuer/<path of issuer> (the well-known segment goes between
    // host and path, as RFC 8414 does it). Empty when issuer is no https URL.
    static QString metadataUrl(const QString &issuer);

private:
    Result<ResolvedKey> fromCertificate(const QJsonObject &header, const QString &issuer) const;
    Result<ResolvedKey> fromDid(const QString &kid, const QString &issuer) const;
    Result<ResolvedKey> fromMetadata(const QString &kid, const QString &issuer) const;
    DocumentFetcher *m_fetcher;
    QDateTime m_now;
};

} // namespace Satchel
