// The result of verifying one credential: the checks that ran, and an overall status derived from
// them (never stored separately, so it cannot disagree with the checks).
//
// Derivation order: invalid (any failed check other than revoked/expired/not-yet-valid) > revoked >
// expired > not-yet-valid > unknown (a lookup could not be made) > valid.
#pragma once

#include "VerificationCheck.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace Satchel {

enum class VerificationStatus { Valid, Unknown, NotYetValid, Expired, Revoked, Invalid };

class VerificationReport {
    Q_DECLARE_TR_FUNCTIONS(Satchel::VerificationReport)
public:
    QString credentialId;
    QDateTime checkedAt;
    QList<VerificationCheck> checks;

    void add(const QString &code, CheckOutcome outcome, const QString &message);
    void add(const VerificationCheck &check) { checks.append(check); }
    void append(const QList<VerificationCheck> &more) { checks.append(more); }

    VerificationStatus status() const;
    // The code of the check that decided a non-valid status (e.g. "signature"); empty when valid.
    QString reasonCode() const;
    bool has(const QString &code, CheckOutcome outcome) const;
    bool hasFailure() const;

    // Whether the credential names the learner, from the "recipient-mismatch" check (RecipientMatcher):
    // true when it passed, false when it warned (names someone else), nullopt when it could not
    // tell (no identities set, no recipient named, kinds not comparable, or no such check).
    // Presentation only: it never changes status().
    std::optional<bool> issuedToYou() const { return issuedToYou(checks); }
    static std::optional<bool> issuedToYou(const QList<VerificationCheck> &checks);
    // The outcome name of the "recipient-mismatch" check ("pass", "warn", "skip"), "" when none.
    QString recipientOutcome() const { return recipientOutcome(checks); }
    static QString recipientOutcome(const QList<VerificationCheck> &checks);

    static QString statusName(VerificationStatus status);
    // A translated one-line summary ("Valid", "Revoked", ...).
    static QString statusLabel(VerificationStatus status);
    // {id, status, checkedAt, checks: [{code, outcome, message}]}
    QJsonObject toJson() const;
};

} // namespace Satchel
