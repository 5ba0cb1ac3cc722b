// The receive module's logging category, "satchel.receive": protocol steps an issuer answered
// oddly but that did not stop the flow. Never logs tokens, codes, PINs, nonces or the learner's DID.
#pragma once

#include <QLoggingCategory>

namespace Satchel {
Q_DECLARE_LOGGING_CATEGORY(lcReceive)
} // namespace Satchel
