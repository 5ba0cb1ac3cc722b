// An OpenID Federation 1.0 entity statement (section 3): a compact JWS with typ
// "entity-statement+jwt" whose payload names its issuer (iss), its subject (sub), when it was made
// and until when it holds (iat, exp, both required), the subject's keys (jwks) and metadata. An
// entity configuration is the statement an entity makes about itself (iss = sub, signed with a key
// of its own jwks); a subordinate statement is a superior's statement about an entity below it.
//
// parse() reads and checks the shape only; verifyWith() checks the signature against a key set the
// caller trusts (never the statement's own, except for a configuration, and then only once the
// caller has decided it trusts that entity's address).
//
// Error codes: "too-large", "malformed" (not a JWS, not JSON, a member missing or of the wrong
// type), "wrong-type" (typ is not entity-statement+jwt), "signature" (no trusted key verifies it).
#pragma once

#include "Result.h"
#include "crypto/Jws.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace Satchel {

class EntityStatement {
    Q_DECLARE_TR_FUNCTIONS(Satchel::EntityStatement)
public:
    static constexpr qsizetype kMaxBytes = 256 * 1024;
    static constexpr int kMaxKeys = 16; // keys tried per signature: a statement cannot make us try thousands

    static Result<EntityStatement> parse(QByteArrayView jwt);

    const QString &issuer() const { return m_issuer; }
    const QString &subject() const { return m_subject; }
    const QDateTime &issuedAt() const { return m_issuedAt; }
    const QDateTime &expiresAt() const { return m_expiresAt; }
    bool isConfiguration() const { return m_issuer == m_subject; }
    // The subject's keys ("jwks"."keys"); empty when the statement carries none.
    const QJsonArray &keys() const { return m_keys; }
    const QJsonObject &metadata() const { return m_metadata; }
    // metadata.federation_entity.<member> as a string (organization_name, federation_fetch_endpoint...).
    QString federationEntity(QLatin1String member) const;

    // The signature checked with one of keys (JWKs; ES256, EdDSA or RS256; a key whose "kid" differs
    // from the header's is not tried).
    Status verifyWith(const QJsonArray &keys) const;

private:
    Jws m_jws;
    QString m_issuer;
    QString m_subject;
    QDateTime m_issuedAt;
    QDateTime m_expiresAt;
    QJsonArray m_keys;
    QJsonObject m_metadata;
};

} // namespace Satchel
