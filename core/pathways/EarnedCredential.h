// What the pathway engine needs to know about one credential in the wallet: a flat, cheap copy of
// the fields pathways match on plus the outcome of its last verification.
#pragma once

#include "model/Credential.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Satchel {

struct EarnedResult {
    QString resultDescription;  // id of the ResultDescription
    QString value;
    QString achievedLevel;
    QString status;
};

struct EarnedCredential {
    QString key;                  // how callers identify it (wallet row id, credential id...)
    QString name;
    QString achievementId;
    QStringList alternativeIds;   // Achievement.related ids and otherIdentifier values
    QStringList alignmentUrls;
    QString issuerId;
    QStringList tags;             // achievement tags and the learner's own tags
    QString achievementType;
    std::optional<double> creditsEarned;
    std::optional<double> creditsAvailable;
    QDateTime issued;
    QDateTime validUntil;
    // From verification (VerificationReport): "valid", "revoked", "invalid", "expired",
    // "not-yet-valid", "unknown", or "" (not verified yet). "revoked", "invalid" and "not-yet-valid"
    // never count; "expired" counts only where the pathway allows it; "unknown" and "" count.
    QString status;
    QList<EarnedResult> results;

    // The fields of a parsed credential (not its nested CLR credentials: see withNested()).
    static EarnedCredential fromCredential(const Credential &credential, const QString &key,
                                           const QString &status = {});
    // The credential and, for a CLR, each nested credential (keys "<key>#<n>", same status).
    static QList<EarnedCredential> withNested(const Credential &credential, const QString &key,
                                              const QString &status = {});
};

} // namespace Satchel
