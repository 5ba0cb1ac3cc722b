// The learner's holder key: one did:key Ed25519 identity, made on first use, that signs the
// presentations Satchel posts to a VerifierPlus server (and the requests to take them down).
//
// Its public part (DID, creation time, where the private part is) is in the wallet
// (Wallet::holderKey). The private part, the 32-byte seed, is in the platform keychain when
// there is one (a KeyVault, entry named by the DID), else sealed in the wallet under a passphrase
// the learner chooses (SealedFile: scrypt + AES-256-GCM, magic "SATCHKY").
//
// Backups: a backup is the wallet itself, so a sealed key travels as it is. A key in the keychain
// would not, so sealForBackup() (BackupWriter's snapshot hook) writes it into the snapshot sealed
// under the backup's passphrase; after a restore the learner unlocks it with that passphrase, and
// adoptRestoredKeys() moves it back into the keychain when there is one. The live wallet never
// holds the seed of a keychain key.
//
// Error codes: "passphrase-needed" (sealed key, or no keychain to create one in, and no
// passphrase given), "wrong-passphrase-or-damaged", "holder-key-missing" (the keychain lost the
// entry), "keychain-unavailable", "key-in-use", "crypto", "wallet-write".
#pragma once

#include "Result.h"
#include "backup/BackupWriter.h"
#include "crypto/Ed25519KeyPair.h"
#include "crypto/Scrypt.h"
#include "storage/Wallet.h"

#include <QCoreApplication>

#include <optional>

namespace Satchel {

class KeyVault;

class HolderKeyStore {
    Q_DECLARE_TR_FUNCTIONS(Satchel::HolderKeyStore)
public:
    static QByteArray sealedKeyMagic();
    static constexpr const char *kKeychain = "keychain";
    static constexpr const char *kSealed = "sealed";

    // wallet and vault are not owned; vault may be null (no keychain). Tests pass a cheap scrypt.
    HolderKeyStore(Wallet &wallet, KeyVault *vault, const ScryptParameters &scrypt = defaultScrypt());

    static ScryptParameters defaultScrypt();

    std::optional<HolderKeyRecord> current() const { return m_wallet.holderKey(); }
    // Whether obtain() (or load(did)) needs the learner's passphrase: the key is sealed, or there
    // is no key yet and no keychain to create it in. May ask the keychain whether it answers.
    bool needsPassphrase(const QString &did = {});
    // The key in use, created on first use (in the keychain when there is one, else sealed under
    // passphrase; also when the keychain fails to take it, then "passphrase-needed" without one).
    Result<Ed25519KeyPair> obtain(QByteArrayView passphrase = {});
    // The key with this DID (stopping a link an older key signed).
    Result<Ed25519KeyPair> load(const QString &did, QByteArrayView passphrase = {});

    // Removes the key with this DID: its keychain entry, then its record (and with it a sealed
    // seed). Refused ("key-in-use") while a public link it signed is still shared.
    Status retire(const QString &did);

    // BackupWriter's snapshot hook: in the snapshot at snapshotPath, every keychain key becomes a
    // key sealed under the backup passphrase. A key the keychain cannot give is left as it is (the
    // backup still succeeds; links it made can then be stopped only from this computer).
    static Status sealForBackup(const QString &snapshotPath, QByteArrayView backupPassphrase, KeyVault *vault,
                                const ScryptParameters &scrypt = defaultScrypt());
    // The same as the hook BackupWriter::write takes (vault: not owned, may be null).
    static BackupWriter::SnapshotHook backupHook(KeyVault *vault);
    // After restoring a backup into the wallet at walletPath: adoptRestoredKeys() on it.
    static int adoptRestoredKeys(const QString &walletPath, QByteArrayView backupPassphrase, KeyVault *vault);

    // After restoring a backup: sealed keys that open with the backup's passphrase move into the
    // keychain (when there is one). Returns how many moved.
    int adoptRestoredKeys(QByteArrayView backupPassphrase);

private:
    bool keychainAvailable();
    Result<Ed25519KeyPair> create(QByteArrayView passphrase);
    Result<Ed25519KeyPair> unlock(const HolderKeyRecord &record, QByteArrayView passphrase);

    Wallet &m_wallet;
    KeyVault *m_vault;
    ScryptParameters m_scrypt;
    std::optional<bool> m_keychainAvailable;
};

} // namespace Satchel
