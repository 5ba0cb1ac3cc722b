// The wallet the executables open, in the order the design gives: an explicit path (--wallet),
// else the wallet the learner last opened in the GUI (kept in QSettings), else the default file
// (WalletPath). Settings are read here, in app/, and nowhere in core.
#pragma once

#include <QString>

namespace Satchel {

class WalletLocation {
public:
    // The QSettings key under which the GUI remembers the open wallet.
    static constexpr const char *kSettingsKey = "wallet/path";

    // The wallet the GUI remembered; empty when none.
    static QString configured();
    // Remembers path as the wallet to open next time (GUI and CLI).
    static void remember(const QString &path);
    // explicitPath when set, else configured(), else WalletPath::defaultPath().
    static QString resolve(const QString &explicitPath = QString());
};

} // namespace Satchel
