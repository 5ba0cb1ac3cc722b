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

    static QString statusName(VerificationStatus status);
    // A translated one-line summary ("Valid", "Revoked", ...).
    static QString statusLabel(VerificationStatus status);
    // {id, status, checkedAt, checks: [{code, outcome, message}]}
    QJsonObject toJson() const;
};

} // namespace Satchel
