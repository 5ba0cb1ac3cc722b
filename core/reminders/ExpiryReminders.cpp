#include "reminders/ExpiryReminders.h"

#include "reminders/ExpiryReminderPlanner.h"
#include "reminders/RenewalLink.h"
#include "reminders/ReminderSettings.h"
#include "storage/Wallet.h"

namespace Satchel {

Result<QList<ExpiryReminder>> ExpiryReminders::takeDue(Wallet &wallet, const QDateTime &now)
{
    const int warnDays = ReminderSettings::warnDays(wallet);
    if (warnDays <= 0)
        return QList<ExpiryReminder>();
    // Credentials inside a CLR expire with their own dates; the copies of those the learner also
    // holds on their own are listed once.
    auto credentials = wallet.list(CredentialQuery());
    if (!credentials)
        return credentials.error();
    const QSet<QString> shown = ReminderSettings::shown(wallet);
    ExpiryReminderPlanner::Plan plan = ExpiryReminderPlanner::plan(*credentials, now, warnDays, shown);
    if (plan.remembered != shown) {
        if (const Status saved = ReminderSettings::setShown(wallet, plan.remembered); !saved)
            return saved.error();
    }
    for (ExpiryReminder &reminder : plan.due) {
        if (auto parsed = wallet.parsed(reminder.credentialId))
            reminder.renewalUrl = RenewalLink::find(*parsed);
    }
    return plan.due;
}

} // namespace Satchel
