// The learner's per-user preferences, kept with QSettings: the one place the executables read and
// write them (WalletLocation keeps the remembered wallet; the settings dialog writes the language).
// main() reads them here and hands plain values, objects or small interfaces to core and ui, which
// never open QSettings themselves. The keys are those earlier versions wrote, so settings survive.
#pragma once

#include "export/CertificateOptionsStore.h"

#include <QString>

namespace Satchel {

class AppSettings : public CertificateOptionsStore {
public:
    // Tools → Work offline (also for reviews and sharing).
    bool workOffline() const;
    void setWorkOffline(bool offline);

    // The interface language chosen in the settings dialog; empty: follow the system.
    QString language() const;

    // Settings → General → Appearance: "system" (or nothing), "light" or "dark"; the settings
    // dialog writes it under ColorScheme::kSettingKey, which kColorSchemeKey repeats.
    static constexpr const char *kColorSchemeKey = "appearance/colorScheme";
    QString colorScheme() const;

    CertificateOptions rememberedCertificateOptions() const override;
    void rememberCertificateOptions(const CertificateOptions &options) override;
};

} // namespace Satchel
