#include "common/WalletLocation.h"

#include "storage/WalletPath.h"

#include <QSettings>

namespace Satchel {

QString WalletLocation::configured()
{
    return QSettings().value(QLatin1String(kSettingsKey)).toString();
}

void WalletLocation::remember(const QString &path)
{
    QSettings().setValue(QLatin1String(kSettingsKey), path);
}

QString WalletLocation::resolve(const QString &explicitPath)
{
    if (!explicitPath.isEmpty())
        return explicitPath;
    return WalletPath::resolve(configured());
}

} // namespace Satchel
