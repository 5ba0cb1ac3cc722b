// Turns a key reference (a JWS kid, a Data Integrity verificationMethod, an OB 2.0 key URL) into a
// public key and the controller it belongs to. did:key and did:jwk resolve locally; did:web and
// http(s) URLs go through the DocumentFetcher (JWK, JWKS, Multikey, controller/DID documents).
//
// Error codes: "key-unresolvable" (the reference or the document is unusable: a definite failure),
// "lookup-failed" (the network lookup did not happen or failed: the result is unknown).
#pragma once

#include "DocumentFetcher.h"
#include "Result.h"
#include "crypto/PublicKey.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Satchel {

struct ResolvedKey {
    PublicKey key;
    QString verificationMethodId;
    QString controller;    // who controls the key (DID, issuer URL); empty when the source does not say
    // True when nothing but the reference itself vouches for the key (a JWS "jwk" header, or the
    // 1EdTech "<issuer>#z6Mk…" (or zDn…, z82…) convention when the issuer document could not confirm it).
    bool selfCertified = false;
    // How the key was vouched for, in a sentence for the report, where the source has more to say
    // than the verifier's usual wording (a certificate chain: by which authority, or why not).
    QString provenance{};
};

class KeyResolver {
    Q_DECLARE_TR_FUNCTIONS(Satchel::KeyResolver)
public:
    // fetcher may be null: only local resolution then.
    explicit KeyResolver(DocumentFetcher *fetcher) : m_fetcher(fetcher) {}

    Result<ResolvedKey> resolve(const QString &keyId) const;
    // Finds keyId in an already fetched document (JWK, JWKS, Multikey, controller or DID document).
    static Result<ResolvedKey> fromDocument(const QJsonObject &document, const QString &keyId);
    // A verification method object (Multikey, JsonWebKey, Ed25519VerificationKey2018/2020).
    static Result<PublicKey> keyFromVerificationMethod(const QJsonObject &method);

private:
    Result<QJsonObject> fetchJson(const QString &url) const;
    DocumentFetcher *m_fetcher;
};

} // namespace Satchel
