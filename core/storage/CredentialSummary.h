// One row of the gallery: everything a card or list row shows, without the raw bytes.
#pragma once

#include "model/CredentialFormat.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Satchel {

struct CredentialSummary {
    qint64 id = 0;
    QString credentialId;      // the credential's own id (may be empty)
    QString name;
    QString issuerId;
    QString issuerName;
    QString achievementType;
    QString achievementId;
    CredentialFormat format = CredentialFormat::Unknown;
    QDateTime issued;
    QDateTime validUntil;
    QDateTime addedAt;
    QString status;            // verification status ("valid", "revoked", ...; empty = not verified)
    QDateTime verifiedAt;
    // The outcome name of the last verification's "recipient-mismatch" check: "pass" (names one of
    // the learner's identities), "warn" (names someone else), "skip" (could not tell); "" = none.
    QString recipientCheck;
    qint64 parentId = 0;       // the CLR that holds it, 0 for a top-level credential
    QStringList tags;
    bool hasImage = false;
};

} // namespace Satchel
