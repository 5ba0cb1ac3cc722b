// The importer module's logging category, "satchel.import", for what the module passes over without
// telling its caller: a linked document or a search index update that the import could not store.
// Debug and info messages are off by default; QT_LOGGING_RULES="satchel.*=true" turns them on for a
// bug report.
#pragma once

#include <QLoggingCategory>

namespace Satchel {
Q_DECLARE_LOGGING_CATEGORY(lcImport)
} // namespace Satchel
