#include "present/Logging.h"

namespace Satchel {
// Warnings and above by default: what was already reported stays visible, the rest is asked for.
Q_LOGGING_CATEGORY(lcPresent, "satchel.present", QtWarningMsg)
} // namespace Satchel
