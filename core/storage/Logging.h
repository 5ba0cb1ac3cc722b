// The storage module's logging category, "satchel.storage", for what the module passes over without
// telling its caller: SQL that failed (a statement that does not prepare is a warning), a search
// index flush or a rollback that failed where no caller can be told. Debug and info messages are
// off by default; QT_LOGGING_RULES="satchel.*=true" turns them on for a bug report.
#pragma once

#include <QLoggingCategory>

namespace Satchel {
Q_DECLARE_LOGGING_CATEGORY(lcStorage)
} // namespace Satchel
