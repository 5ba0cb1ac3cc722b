// The trust module's logging category, "satchel.trust": registry copies that could not be read or
// kept, passed over without failing the caller (a card still shows, its trust line says unknown).
#pragma once

#include <QLoggingCategory>

namespace Satchel {
Q_DECLARE_LOGGING_CATEGORY(lcTrust)
} // namespace Satchel
