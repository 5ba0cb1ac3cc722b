#include "AppSettings.h"

#include <QSettings>

namespace Satchel {

namespace {
const char kWorkOfflineKey[] = "verify/offline";
} // namespace

bool AppSettings::workOffline()
{
    return QSettings().value(QLatin1String(kWorkOfflineKey), false).toBool();
}

void AppSettings::setWorkOffline(bool offline)
{
    QSettings().setValue(QLatin1String(kWorkOfflineKey), offline);
}

} // namespace Satchel
