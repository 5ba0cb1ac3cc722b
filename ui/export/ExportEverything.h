// File → Export → Everything as zip: asks where, and whether to add a PDF certificate of each badge,
// then runs PlainExportRunner behind a progress dialog that can cancel it; the outcome goes to the
// window's status bar, or a warning when it failed.
#pragma once

#include <QCoreApplication>

class QMainWindow;

namespace Satchel {

class Wallet;

class ExportEverything {
    Q_DECLARE_TR_FUNCTIONS(Satchel::ExportEverything)
public:
    // credentialCount: how many badges the wallet holds (certificates are offered by default up to 200).
    static void start(QMainWindow *window, Wallet *wallet, int credentialCount);
};

} // namespace Satchel
