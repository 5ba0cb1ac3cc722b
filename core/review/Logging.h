// The review module's logging category, "satchel.review", for what the module passes over without
// telling its caller: what a review leaves out: identities, pathways, the learner's earned
// credentials. Debug and info messages are off by default; QT_LOGGING_RULES="satchel.*=true" turns
// them on for a bug report.
#pragma once

#include <QLoggingCategory>

namespace Satchel {
Q_DECLARE_LOGGING_CATEGORY(lcReview)
} // namespace Satchel
