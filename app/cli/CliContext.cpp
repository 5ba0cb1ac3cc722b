#include "CliContext.h"

#include <QDir>
#include <QStandardPaths>

namespace Satchel::Cli {

QString CliContext::resolvedWalletPath() const
{
    if (!walletPath.isEmpty())
        return walletPath;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir + QStringLiteral("/wallet.sqlite");
}

QDateTime CliContext::verificationTime() const
{
    return now.isValid() ? now : QDateTime::currentDateTimeUtc();
}

} // namespace Satchel::Cli
