// What the reminders keep in the wallet's own settings (they travel with backups, and the GUI and
// satchel-cli read the same): how many days before expiry to warn, and which reminders were shown
// already, so that a badge is reminded about once and not again on the next start.
#pragma once

#include "Result.h"

#include <QSet>
#include <QString>

namespace Satchel {

class Wallet;

class ReminderSettings {
public:
    // 0 turns reminders off; ExpiryReminderPlanner::kDefaultWarnDays until the learner chooses.
    static int warnDays(const Wallet &wallet);
    static Status setWarnDays(Wallet &wallet, int days);

    static QSet<QString> shown(const Wallet &wallet);
    static Status setShown(Wallet &wallet, const QSet<QString> &keys);
};

} // namespace Satchel
