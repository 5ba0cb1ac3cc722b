// The present module's logging category, "satchel.present": what a verifier sent oddly but that did
// not stop the flow. Never logs nonces, states, credentials or the learner's DID.
#pragma once

#include <QLoggingCategory>

namespace Satchel {
Q_DECLARE_LOGGING_CATEGORY(lcPresent)
} // namespace Satchel
