#include "WalletPath.h"

#include <QStandardPaths>

namespace Satchel {

QString WalletPath::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/wallet.sqlite");
}

QString WalletPath::resolve(const QString &configuredPath)
{
    return configuredPath.isEmpty() ? defaultPath() : configuredPath;
}

} // namespace Satchel
