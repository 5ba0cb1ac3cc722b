// KeyVault over the platform keychain through QtKeychain (Secret Service or KWallet on Linux, the
// macOS Keychain, the Windows Credential Manager). Each call waits for its QtKeychain job in a
// local event loop, so use it from a worker thread or the command line tool.
//
// create() gives none (every key is then sealed under a passphrase) when Satchel was built without
// QtKeychain or SATCHEL_NO_KEYCHAIN=1 is set (headless runs and tests, where probing a session bus
// that is not there would only cost time).
#pragma once

#include "KeyVault.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

namespace Satchel {

class QtKeychainVault : public KeyVault {
    Q_DECLARE_TR_FUNCTIONS(Satchel::QtKeychainVault)
public:
    static std::unique_ptr<KeyVault> create();

    bool isAvailable() override;
    Status store(const QString &entry, const SecureBytes &secret) override;
    Result<SecureBytes> load(const QString &entry) override;
    Status remove(const QString &entry) override;

private:
    QtKeychainVault() = default;
    std::optional<bool> m_available;
};

} // namespace Satchel
