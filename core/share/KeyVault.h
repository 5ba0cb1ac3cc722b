// Where the private part of the learner's holder key can live outside the wallet: the platform
// keychain (QtKeychainVault, linked by the applications only) or, in tests, an in-memory double.
// Behind this small interface the core never talks to D-Bus, the macOS Keychain or the Windows
// Credential Manager itself, and stays testable without them.
//
// Calls block (implementations run their own event loop), so they belong on worker threads or in
// the command line tool. Error codes: "keychain-unavailable" (no keychain on this system, or it
// refused), "not-found" (no entry under that name).
#pragma once

#include "Result.h"
#include "crypto/SecureBytes.h"

#include <QString>

namespace Satchel {

class KeyVault {
public:
    virtual ~KeyVault() = default;
    // Whether secrets can be kept here at all (a keychain service answers).
    virtual bool isAvailable() = 0;
    virtual Status store(const QString &entry, const SecureBytes &secret) = 0;
    virtual Result<SecureBytes> load(const QString &entry) = 0;
    virtual Status remove(const QString &entry) = 0;
};

} // namespace Satchel
