// The share module's logging category, "satchel.share", for what the module passes over without
// telling its caller: the keychain (absent or slow) and holder keys left in the keychain, out of a
// backup or sealed. Debug and info messages are off by default; QT_LOGGING_RULES="satchel.*=true"
// turns them on for a bug report.
#pragma once

#include <QLoggingCategory>

namespace Satchel {
Q_DECLARE_LOGGING_CATEGORY(lcShare)
} // namespace Satchel
