// Which expiry reminders are due: a pure function of the wallet's credentials, the time, the
// warning window and the reminders already shown, so that it is tested with any "now".
//
// A badge gets at most two reminders, each once: "expiring" when its validUntil comes within the
// warning window, "expired" when it has lapsed (within the last year: a badge that lapsed long
// before Satchel had reminders is old news). A reminder is remembered by the credential's stable
// id (its issuer and own id, which survive a re-import or a restore), its expiry date and the
// stage: a renewed badge with a later date is reminded about again. Revoked badges and a window
// of 0 days get none.
#pragma once

#include "reminders/ExpiryReminder.h"
#include "storage/CredentialSummary.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace Satchel {

class ExpiryReminderPlanner {
public:
    static constexpr int kDefaultWarnDays = 30;
    static constexpr int kMaxWarnDays = 365;
    static constexpr int kExpiredLookBackDays = 365;

    struct Plan {
        QList<ExpiryReminder> due;  // to show now, in the order of the credentials given
        QSet<QString> remembered;   // the keys to keep: the due ones and those shown before that
                                    // still apply (keys of deleted or renewed badges drop out)
    };

    static Plan plan(const QList<CredentialSummary> &credentials, const QDateTime &now, int warnDays,
                     const QSet<QString> &alreadyShown);

    // Expired when validUntil is not after now, Expiring when it is within days of now; nothing
    // for a credential without an expiry date or expiring later.
    static std::optional<ReminderStage> stageAt(const CredentialSummary &credential, const QDateTime &now, int days);

    // The credential's identity across wallets and imports: its issuer and own id (its issuer,
    // name and issue date when it has no id).
    static QString stableId(const CredentialSummary &credential);
    // The remembered form of a reminder: a digest of the stable id (no identifier kept in clear),
    // the expiry date and the stage.
    static QString reminderKey(const CredentialSummary &credential, ReminderStage stage);
};

} // namespace Satchel
