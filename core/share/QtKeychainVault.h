// KeyVault over the platform keychain through QtKeychain (Secret Service or KWallet on Linux, the
// macOS Keychain, the Windows Credential Manager). Each call blocks until its QtKeychain job, run
// on one keychain thread Satchel starts for them all, ends: use it from a worker thread or the
// command line tool (any thread will do; none needs an event loop). QtKeychain's job queue is not
// thread-safe: nothing else in a process that uses this class may start QtKeychain jobs.
//
// No call waits longer than the timeout: a keychain service that is missing, stopped, or stuck
// behind an unlock prompt nobody can answer makes the call fail with "keychain-unavailable" (and
// the vault report itself unavailable from then on), so HolderKeyStore falls back to a key sealed
// under a passphrase instead of hanging. While a job that timed out is still pending, every vault
// fails at once: QtKeychain would only queue new jobs behind it. The timeout is long enough to
// type a keyring password into an unlock prompt.
//
// create() gives none (every key is then sealed under a passphrase) when Satchel was built without
// QtKeychain or SATCHEL_NO_KEYCHAIN=1 is set (headless runs and tests, where probing a session bus
// that is not there would only cost time).
#pragma once

#include "KeyVault.h"

#include <QCoreApplication>

#include <chrono>
#include <memory>
#include <optional>

namespace Satchel {

class QtKeychainVault : public KeyVault {
    Q_DECLARE_TR_FUNCTIONS(Satchel::QtKeychainVault)
public:
    static constexpr std::chrono::milliseconds kDefaultTimeout{60000};
    // The keychain "service" every entry is filed under; tests pass their own so runs never meet.
    static QString defaultService();

    static std::unique_ptr<KeyVault> create(const QString &service = defaultService(),
                                            std::chrono::milliseconds timeout = kDefaultTimeout);

    bool isAvailable() override;
    Status store(const QString &entry, const SecureBytes &secret) override;
    Result<SecureBytes> load(const QString &entry) override;
    Status remove(const QString &entry) override;

private:
    QtKeychainVault(const QString &service, std::chrono::milliseconds timeout);
    Error timedOut();
    std::optional<Error> unreachable() const;

    QString m_service;
    std::chrono::milliseconds m_timeout;
    std::optional<bool> m_available;
};

} // namespace Satchel
