// What a review found, as plain values: each credential re-verified by Satchel next to the
// learner's receipt, the skills roll-up, pathway progress, the timeline and credits. The review
// window, the report PDF and `satchel-cli review open --json` all show this one structure.
#pragma once

#include "pathways/PathwayOverview.h"
#include "skills/SkillsSummary.h"
#include "verify/VerificationReport.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Satchel {

struct ReviewedCredential {
    QString entryId;
    qint64 walletId = 0;         // row in the review's temporary wallet (0 when it could not be read)
    QString name;
    QString issuer;
    QString format;              // "OB 3.0", ...
    QDateTime issued;
    QDateTime validUntil;
    std::optional<double> credits;
    QByteArray image;
    QString imageType;
    QString status;              // Satchel's own verdict: "valid", "invalid", ...
    QString reasonCode;          // the check that decided a status other than valid
    QString reason;              // its translated message
    QList<VerificationCheck> checks;
    QString receiptStatus;       // what the learner's wallet said ("" = never verified)
    QDateTime receiptVerifiedAt;
    // The learner's receipt disagrees with Satchel's verdict (or claims a result for a credential
    // that cannot even be read).
    bool differs() const { return !receiptStatus.isEmpty() && receiptStatus != status; }
};

struct ReviewedPathway {
    QString id;
    QString name;
    double percent = 0;
    bool satisfied = false;
    QList<PathwayNodeRow> rows;  // the requirement tree, pre-order
};

struct ReviewResult {
    Q_DECLARE_TR_FUNCTIONS(Satchel::ReviewResult)
public:
    QString learnerName;
    QDateTime created;
    QString manifestSha256;
    bool encrypted = false;
    QDateTime reviewedAt;
    QList<ReviewedCredential> credentials;   // packet order
    SkillsSummary skills;
    QList<ReviewedPathway> pathways;
    double totalCredits = 0;                 // creditsEarned over credentials that are not invalid or revoked
    bool cancelled = false;

    int differing() const;
    // Credentials ordered by date issued (undated last).
    QList<const ReviewedCredential *> timeline() const;
    QJsonObject toJson() const;
};

} // namespace Satchel
