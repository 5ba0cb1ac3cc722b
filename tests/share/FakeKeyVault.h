// An in-memory KeyVault for unit tests: a keychain that answers (or not, with available = false),
// so that the holder key's keychain path is tested without D-Bus.
#pragma once

#include "share/HolderKeyStore.h"
#include "share/KeyVault.h"
#include "storage/Wallet.h"

#include <QHash>

namespace SatchelTest {

class FakeKeyVault : public Satchel::KeyVault {
public:
    bool available = true;
    bool refuseStore = false; // answers, but will not keep a secret (a locked or stuck keychain)
    QHash<QString, QByteArray> entries;

    bool isAvailable() override { return available; }
    Satchel::Status store(const QString &entry, const Satchel::SecureBytes &secret) override
    {
        if (!available || refuseStore)
            return Satchel::Error{QStringLiteral("keychain-unavailable"), QStringLiteral("no keychain")};
        entries.insert(entry, QByteArray(reinterpret_cast<const char *>(secret.data()), qsizetype(secret.size())));
        return {};
    }
    Satchel::Result<Satchel::SecureBytes> load(const QString &entry) override
    {
        if (!available)
            return Satchel::Error{QStringLiteral("keychain-unavailable"), QStringLiteral("no keychain")};
        if (!entries.contains(entry))
            return Satchel::Error{QStringLiteral("not-found"), QStringLiteral("no entry")};
        const QByteArray &bytes = entries[entry];
        return Satchel::SecureBytes(bytes.constData(), size_t(bytes.size()));
    }
    Satchel::Status remove(const QString &entry) override
    {
        entries.remove(entry);
        return {};
    }
};

// HolderKeyStore::adoptRestoredKeys on the wallet at walletPath, as a restore runs it on the wallet
// it wrote into.
inline int adoptRestored(const QString &walletPath, QByteArrayView backupPassphrase, Satchel::KeyVault *vault)
{
    auto wallet = Satchel::Wallet::open(walletPath);
    if (!wallet)
        return -1;
    return Satchel::HolderKeyStore(**wallet, vault).adoptRestoredKeys(backupPassphrase);
}

} // namespace SatchelTest
