// The backup module's logging category, "satchel.backup", for what the module passes over without
// telling its caller: the clean-up after a failed restore, when it fails too. Debug and info
// messages are off by default; QT_LOGGING_RULES="satchel.*=true" turns them on for a bug report.
#pragma once

#include <QLoggingCategory>

namespace Satchel {
Q_DECLARE_LOGGING_CATEGORY(lcBackup)
} // namespace Satchel
