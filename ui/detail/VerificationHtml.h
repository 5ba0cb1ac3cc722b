// The "Verification" section of the detail page: the last report's status, when it ran, and each
// check in plain language (CheckText: one sentence per outcome, the verifier's detail under it, and
// what to do when something is wrong), with a "Verify now" link the detail view handles itself
// (kVerifyUrl); and the banner under the page header for a credential that is not plainly valid.
// Report messages are escaped like all content.
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Satchel {

class VerificationHtml {
    Q_DECLARE_TR_FUNCTIONS(Satchel::VerificationHtml)
public:
    static constexpr const char *kVerifyUrl = "satchel:verify-now";

    // status: the state shown (StatusStyle::presentation(); "" = never verified); reportJson: the
    // stored report. offerVerify: false where the page is read-only (an advisor's review has no
    // "Verify now").
    static QString render(const QString &status, const QDateTime &verifiedAt, const QString &reportJson,
                          bool offerVerify = true);

    // The banner for an invalid, revoked or expired credential (red), one that is valid but not
    // issued to the learner, or one that could not be checked: what happened, when, and what to do.
    // Empty for a valid or never-verified credential. validUntil: the credential's end of validity.
    static QString banner(const QString &status, const QDateTime &verifiedAt, const QString &reportJson,
                          const QDateTime &validUntil);
};

} // namespace Satchel
