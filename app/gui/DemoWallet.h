// The demo wallet: the embedded demo credentials (:/demo/manifest.json lists them) imported once
// into a wallet of their own, so trying Satchel never touches the learner's real wallet.
#pragma once

#include <QCoreApplication>

#include "Result.h"

#include <QString>

namespace Satchel {

class DemoWallet {
    Q_DECLARE_TR_FUNCTIONS(Satchel::DemoWallet)
public:
    static QString defaultPath(); // <AppData>/demo-wallet.sqlite
    static bool available();      // the demo credentials are embedded in this build
    // Imports the demo credentials into the wallet at path when it holds none yet.
    // Returns how many credentials the wallet holds afterwards.
    static Result<int> prepare(const QString &path);
};

} // namespace Satchel
