// The reminders of a wallet, as the GUI asks for them at start-up and after an import: those due
// now (ExpiryReminderPlanner), each with its renewal link, remembered in the wallet as shown before
// they are returned, so that the next start does not show them again.
#pragma once

#include "Result.h"
#include "reminders/ExpiryReminder.h"

#include <QDateTime>
#include <QList>

namespace Satchel {

class Wallet;

class ExpiryReminders {
public:
    static Result<QList<ExpiryReminder>> takeDue(Wallet &wallet, const QDateTime &now);
};

} // namespace Satchel
