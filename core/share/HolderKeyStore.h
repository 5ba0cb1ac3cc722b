// The learner's holder identities: keys that are theirs, each a DID with a label ("School",
// "Work"), of a key type (did:key Ed25519 by default, did:jwk P-256 for issuers that need ES256),
// one of them the default. They bind received credentials to the learner and sign presentations;
// public links (PublicLinkService) sign with the default identity when it is Ed25519, else with
// the newest Ed25519 one, made on first use.
//
// The public part of each (DID, label, type, creation time, where the private part is) is in the
// wallet (Wallet::holderKeys). The private part, 32 secret bytes (an Ed25519 seed, a P-256 scalar),
// is in the platform keychain when there is one (a KeyVault, entry named by the DID), else sealed
// in the wallet under a passphrase the learner chooses (SealedFile: scrypt + AES-256-GCM, magic
// "SATCHKY"). One store for every identity, rather than one per protocol, so that the keychain,
// the sealed fallback, backups and retiring work the same for all of them.
//
// Backups: a backup is the wallet itself, so a sealed key travels as it is. A key in the keychain
// would not, so sealForBackup() (BackupWriter's snapshot hook) writes it into the snapshot sealed
// under the backup's passphrase; after a restore, adoptRestoredKeys() moves it back into the
// keychain when there is one (else it stays sealed and the backup's passphrase unlocks it). The
// live wallet never holds the secret of a keychain key.
//
// Calls that reach the keychain block: run them off the UI thread (ui/common/BackgroundJob).
//
// Error codes: "passphrase-needed" (sealed key, or no keychain to create one in, and no
// passphrase given), "wrong-passphrase-or-damaged", "holder-key-missing" (no such identity, or the
// keychain lost the entry), "keychain-unavailable", "key-in-use", "wrong-key-type" (an identity
// public links cannot use), "unsupported-key-type", "invalid-label", "crypto", "wallet-write", "not-found".
#pragma once

#include "Result.h"
#include "backup/BackupWriter.h"
#include "crypto/Ed25519KeyPair.h"
#include "crypto/Scrypt.h"
#include "crypto/SigningKey.h"
#include "storage/Wallet.h"

#include <QCoreApplication>

#include <memory>
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

    // Every identity, newest first.
    QList<HolderKeyRecord> list() const { return m_wallet.holderKeys(); }
    // A new identity of keyType (HolderKeyFactory::kEd25519, kP256), in the keychain when there is
    // one, else sealed under passphrase (also when the keychain fails to take it; then
    // "passphrase-needed" without one). The wallet's first identity becomes its default.
    Result<HolderKeyRecord> create(const QString &keyType, const QString &label, QByteArrayView passphrase = {});
    Status rename(const QString &did, const QString &label);
    Status setDefault(const QString &did);
    // Removes the identity with this DID: its keychain entry, then its record (and with it a sealed
    // secret). Refused ("key-in-use") while a public link it signed is still shared.
    Status retire(const QString &did);
    // The key of the identity with this DID, for the protocols that sign with it.
    Result<std::unique_ptr<SigningKey>> signingKey(const QString &did, QByteArrayView passphrase = {});
    // The same, or with an empty did the learner's first identity (Ed25519), made now: what
    // receiving and presenting use when the learner has none yet.
    Result<std::unique_ptr<SigningKey>> signingKeyOrFirst(const QString &did, QByteArrayView passphrase = {});
    // Whether signingKey(did) (or, with no DID, obtain()) needs the learner's passphrase: the key is
    // sealed, or there is none yet and no keychain to create it in. May ask the keychain whether it answers.
    bool needsPassphrase(const QString &did = {});

    // Public links: the identity they sign with (see above), if there is one yet.
    std::optional<HolderKeyRecord> current() const;
    // That identity's key, created on first use (labelled for public links).
    Result<Ed25519KeyPair> obtain(QByteArrayView passphrase = {});
    // The Ed25519 key with this DID (stopping a link an older key signed).
    Result<Ed25519KeyPair> load(const QString &did, QByteArrayView passphrase = {});

    // BackupWriter's snapshot hook: in the snapshot, every keychain key becomes a key sealed under
    // the backup passphrase. A key the keychain cannot give is left as it is (the backup still
    // succeeds; links it made can then be stopped only from this computer).
    static Status sealForBackup(Wallet &snapshot, QByteArrayView backupPassphrase, KeyVault *vault,
                                const ScryptParameters &scrypt = defaultScrypt());
    // The same as the hook BackupWriter::write takes (vault: not owned, may be null).
    static BackupWriter::SnapshotHook backupHook(KeyVault *vault);

    // After restoring a backup into this store's wallet: sealed keys that open with the backup's
    // passphrase move into the keychain (when there is one). Returns how many moved.
    int adoptRestoredKeys(QByteArrayView backupPassphrase);

private:
    struct Created {
        HolderKeyRecord record;
        std::unique_ptr<SigningKey> key;
    };
    bool keychainAvailable();
    Result<Created> createIdentity(const QString &keyType, const QString &label, QByteArrayView passphrase);
    Status keepSecret(HolderKeyRecord &record, const SecureBytes &secret, QByteArrayView passphrase);
    Result<SecureBytes> secretOf(const HolderKeyRecord &record, QByteArrayView passphrase);
    Result<std::unique_ptr<SigningKey>> unlock(const HolderKeyRecord &record, QByteArrayView passphrase);
    static Result<Ed25519KeyPair> ed25519Of(const Result<std::unique_ptr<SigningKey>> &key);

    Wallet &m_wallet;
    KeyVault *m_vault;
    ScryptParameters m_scrypt;
    std::optional<bool> m_keychainAvailable;
};

} // namespace Satchel
