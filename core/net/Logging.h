// The net module's logging category, "satchel.net", for what the module passes over without telling
// its caller: a cache write that failed, a transient failure answered with the last good copy.
// Debug and info messages are off by default; QT_LOGGING_RULES="satchel.*=true" turns them on for a
// bug report.
#pragma once

#include <QLoggingCategory>

namespace Satchel {
Q_DECLARE_LOGGING_CATEGORY(lcNet)
} // namespace Satchel
