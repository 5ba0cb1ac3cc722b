// The verify module's logging category, "satchel.verify", for what the module passes over without
// telling its caller: a verification that could not be saved, a fetched document the cache did not
// keep. Debug and info messages are off by default; QT_LOGGING_RULES="satchel.*=true" turns them on
// for a bug report.
#pragma once

#include <QLoggingCategory>

namespace Satchel {
Q_DECLARE_LOGGING_CATEGORY(lcVerify)
} // namespace Satchel
