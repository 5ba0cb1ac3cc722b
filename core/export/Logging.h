// The export module's logging category, "satchel.export", for what the module passes over without
// telling its caller: credentials left out of a transcript because they do not read. Debug and info
// messages are off by default; QT_LOGGING_RULES="satchel.*=true" turns them on for a bug report.
#pragma once

#include <QLoggingCategory>

namespace Satchel {
Q_DECLARE_LOGGING_CATEGORY(lcExport)
} // namespace Satchel
