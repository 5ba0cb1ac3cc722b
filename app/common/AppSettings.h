// The learner's per-user preferences, kept with QSettings: the one place Satchel reads and writes
// them (besides WalletLocation's remembered wallet, and the settings dialog). The executables read
// them here at start-up and hand plain values, objects or small interfaces to core and ui, which
// never open QSettings themselves. The keys are those earlier versions wrote, so settings survive.
#pragma once

namespace Satchel {

class AppSettings {
public:
    // Tools → Work offline (also for reviews and sharing).
    static bool workOffline();
    static void setWorkOffline(bool offline);
};

} // namespace Satchel
