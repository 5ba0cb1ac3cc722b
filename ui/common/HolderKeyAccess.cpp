#include "common/HolderKeyAccess.h"

#include "common/WipedOnExit.h"
#include "share/HolderKeyStore.h"
#include "share/QtKeychainVault.h"

namespace Satchel {

HolderIdentities HolderKeyAccess::list(Wallet &wallet)
{
    // Listing reads the wallet only: no vault, so no keychain prompt before consent.
    const std::unique_ptr<KeyVault> vault;
    HolderKeyStore keys(wallet, vault.get());
    HolderIdentities listed;
    listed.identities = keys.list();
    if (const auto current = keys.current())
        listed.defaultDid = current->did;
    return listed;
}

Result<std::unique_ptr<SigningKey>> HolderKeyAccess::unlock(Wallet &wallet, const QString &did, QByteArray &passphrase)
{
    const WipedOnExit wipe{passphrase};
    const std::unique_ptr<KeyVault> vault = QtKeychainVault::create();
    HolderKeyStore keys(wallet, vault.get());
    return keys.signingKeyOrFirst(did, passphrase);
}

} // namespace Satchel
