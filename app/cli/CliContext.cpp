#include "CliContext.h"

#include "common/WalletLocation.h"

#include <QDir>
#include <QFileInfo>

namespace Satchel::Cli {

QString CliContext::resolvedWalletPath() const
{
    const QString path = WalletLocation::resolve(walletPath);
    // The GUI creates its wallet's folder on start; a script may run before the GUI ever has.
    if (walletPath.isEmpty())
        QDir().mkpath(QFileInfo(path).absolutePath());
    return path;
}

QDateTime CliContext::verificationTime() const
{
    return now.isValid() ? now : QDateTime::currentDateTimeUtc();
}

} // namespace Satchel::Cli
