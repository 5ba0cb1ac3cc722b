// Recipient matching (OB 3.0 verification step 5, OB 2.0 IdentityObject): does the credential name
// one of the learner's own identities? Done locally, so the learner's identifiers never leave the
// wallet. Understands OB 2.0 recipients (plain, or "sha256$…"/"sha512$…"/"md5$…" hashes of
// identity + salt), OB 3.0 identifier entries (IdentityObject with identityHash) and
// credentialSubject.id (a DID, a URL, or a mailto:/tel: URI). E-mail addresses compare without
// regard to case, and hashes are tried over the address as written and lower-cased, since issuers
// differ on whether they lower-case before hashing.
#pragma once

#include "VerificationCheck.h"
#include "model/Credential.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <utility>

namespace Satchel {

class RecipientMatcher {
    Q_DECLARE_TR_FUNCTIONS(Satchel::RecipientMatcher)
public:
    using Identity = QPair<QString, QString>; // (type, value), as Wallet::identities() gives them

    explicit RecipientMatcher(QList<Identity> identities)
        : m_identities(std::move(identities))
    {
    }

    // The "recipient-mismatch" check: pass (names the learner), skip (no identities to compare, or
    // the credential names no recipient), or warn (names someone else).
    VerificationCheck check(const QList<RecipientIdentity> &recipients) const;

    // Whether one recipient entry names this identity; false when their kinds cannot be compared.
    static bool matches(const RecipientIdentity &recipient, const Identity &identity);
    // Whether the entry and the identity are of kinds that can be compared at all.
    static bool comparable(const RecipientIdentity &recipient, const Identity &identity);

private:
    QList<Identity> m_identities;
};

} // namespace Satchel
