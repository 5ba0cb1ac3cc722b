// The "Verification" section of the detail page: the last report's status, when it ran, and each
// check in plain language (what was checked, what it means, what was found), with a "Verify now"
// link the detail view handles itself (kVerifyUrl). Report messages are escaped like all content.
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Satchel {

class VerificationHtml {
    Q_DECLARE_TR_FUNCTIONS(Satchel::VerificationHtml)
public:
    static constexpr const char *kVerifyUrl = "satchel:verify-now";

    // status: the stored status code ("" = never verified); reportJson: the stored report.
    // offerVerify: false where the page is read-only (an advisor's review has no "Verify now").
    static QString render(const QString &status, const QDateTime &verifiedAt, const QString &reportJson,
                          bool offerVerify = true);

    // The plain-language name of a check code, and what passing it means.
    static QString checkTitle(const QString &code);
    static QString checkMeaning(const QString &code);
};

} // namespace Satchel
