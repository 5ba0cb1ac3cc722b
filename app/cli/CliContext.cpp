#include "CliContext.h"

#include "common/WalletLocation.h"
#include "net/NetworkMode.h"
#include "reminders/Clock.h"
#include "storage/WalletFile.h"

namespace Satchel::Cli {

QList<QCommandLineOption> CliContext::globalOptions()
{
    return { QCommandLineOption(QStringLiteral("wallet"), QString(), QStringLiteral("PATH")),
             QCommandLineOption(QStringLiteral("json")),
             QCommandLineOption(QStringLiteral("offline")),
             QCommandLineOption(QStringLiteral("now"), QString(), QStringLiteral("ISO")) };
}

bool CliContext::applyGlobalOptions(const QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("wallet")))
        walletPath = parser.value(QStringLiteral("wallet"));
    json = json || parser.isSet(QStringLiteral("json"));
    if (parser.isSet(QStringLiteral("offline")) && network)
        network->setOfflineByChoice(true);
    if (!parser.isSet(QStringLiteral("now")))
        return true;
    const QString value = parser.value(QStringLiteral("now"));
    const auto instant = Clock::parseInstant(value);
    if (!instant) {
        err << tr("Not an ISO 8601 date and time: %1").arg(value) << '\n';
        return false;
    }
    now = *instant;
    return true;
}

QString CliContext::resolvedWalletPath() const
{
    // Its folder is made when the wallet is opened (WalletFile), so a script may run before the GUI ever has.
    return WalletLocation::resolve(walletPath);
}

QDateTime CliContext::verificationTime() const
{
    return now.isValid() ? now : QDateTime::currentDateTimeUtc();
}

Wallet *CliContext::wallet()
{
    if (m_wallet)
        return m_wallet.get();
    auto opened = WalletFile::open(resolvedWalletPath());
    if (!opened) {
        err << opened.error().message << '\n'; // names the wallet file
        return nullptr;
    }
    m_wallet = std::move(opened.value());
    return m_wallet.get();
}

std::optional<StoredCredential> CliContext::credential(qint64 id)
{
    Wallet *opened = wallet();
    if (!opened)
        return std::nullopt;
    auto stored = opened->credential(id);
    if (!stored) {
        err << tr("No credential %1: %2").arg(id).arg(stored.error().message) << '\n';
        return std::nullopt;
    }
    return std::move(stored.value());
}

} // namespace Satchel::Cli
