// The reminders module's logging category, "satchel.reminders", for what it passes over without
// telling its caller (a reminder state that does not read). Warnings and above by default.
#pragma once

#include <QLoggingCategory>

namespace Satchel {
Q_DECLARE_LOGGING_CATEGORY(lcReminders)
} // namespace Satchel
