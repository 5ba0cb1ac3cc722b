#include "CoreInfo.h"

namespace Satchel {

QString CoreInfo::version() { return QStringLiteral(SATCHEL_VERSION); }
QString CoreInfo::applicationName() { return QStringLiteral("Satchel"); }

} // namespace Satchel
