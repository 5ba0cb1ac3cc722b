#include "trust/Logging.h"

namespace Satchel {
// Warnings and above by default, like every module.
Q_LOGGING_CATEGORY(lcTrust, "satchel.trust", QtWarningMsg)
} // namespace Satchel
