#include "verify/Logging.h"

namespace Satchel {
// Warnings and above by default: what was already reported stays visible, the rest is asked for.
Q_LOGGING_CATEGORY(lcVerify, "satchel.verify", QtWarningMsg)
} // namespace Satchel
