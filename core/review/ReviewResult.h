// What a review found, as plain values: each credential re-verified by Satchel next to the
// learner's receipt, the skills roll-up, pathway progress, the timeline and credits. The review
// window, the report PDF and `satchel-cli review open --json` all show this one structure.
#pragma once

#include "pathways/PathwayOverview.h"
#include "skills/SkillsSummary.h"
#include "verify/PresentationVerifier.h"
#include "trust/IssuerTrust.h"
#include "verify/VerificationReport.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Satchel {

class IssuerTrustChecker;

struct ReviewedCredential {
    QString entryId;
    qint64 walletId = 0;         // row in the review's temporary wallet (0 when it could not be read)
    QString name;
    QString issuer;
    QString issuerId;            // the issuer's id (DID or URL), what trust registries list
    // Who stands behind the issuer in the advisor's trust registries (applyIssuerTrust()); beside
    // the verdict, never part of it. Unset: not asked.
    std::optional<IssuerTrust> issuerTrust;
    QString format;              // "OB 3.0", ...
    QDateTime issued;
    QDateTime validUntil;
    std::optional<double> credits;
    QStringList skills;          // the achievement's alignments (skills, competencies) by name
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

// The review at a glance: valid, not valid (invalid, revoked, expired, not yet valid) and could
// not be checked (no key or status list reachable, or not verified because the review was cancelled).
struct ReviewCounts {
    Q_DECLARE_TR_FUNCTIONS(Satchel::ReviewCounts)
public:
    int valid = 0;
    int notValid = 0;
    int notChecked = 0;

    void add(const QString &status);
    // "3 valid · 1 not valid · 2 could not be checked"
    QString text() const;
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
    // The review's own wallet (credentials, Satchel's reports) when the caller asked to keep it
    // (ReviewOptions::workspace), for showing a credential in full; empty otherwise.
    QString walletPath;
    // A verifiable presentation reviewed instead of a packet (ReviewSession::reviewPresentation):
    // who presented it, whether they signed it, and for which challenge.
    std::optional<PresentationCheck> presentation;

    int differing() const;
    ReviewCounts counts() const;
    // Credentials ordered by date issued (undated last).
    QList<const ReviewedCredential *> timeline() const;
    QJsonObject toJson() const;
    // Each credential's issuer as the reviewer's registries see it (their wallet's checker).
    void applyIssuerTrust(const IssuerTrustChecker &checker);
};

} // namespace Satchel
