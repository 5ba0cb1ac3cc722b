// Where the learner's wallet file is: the location they chose, else wallet.sqlite in the
// platform's app-data folder. The GUI and the CLI both open the wallet this says, so a script
// works on the wallet the learner sees. Core reads no settings: the caller (app/common/
// WalletLocation) passes the chosen location in.
#pragma once

#include <QString>

namespace Satchel {

class WalletPath {
public:
    // <AppDataLocation>/wallet.sqlite.
    static QString defaultPath();
    // configuredPath when it is set, else defaultPath().
    static QString resolve(const QString &configuredPath);
};

} // namespace Satchel
