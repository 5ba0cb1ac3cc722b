#include "reminders/Logging.h"

namespace Satchel {
Q_LOGGING_CATEGORY(lcReminders, "satchel.reminders", QtWarningMsg)
} // namespace Satchel
