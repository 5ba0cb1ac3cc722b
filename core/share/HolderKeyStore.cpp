#include "HolderKeyStore.h"

#include "KeyVault.h"
#include "backup/SealedFile.h"
#include "share/Logging.h"


#include <openssl/crypto.h>

namespace Satchel {

namespace {

QByteArrayView seedView(const SecureBytes &seed)
{
    return QByteArrayView(reinterpret_cast<const char *>(seed.data()), qsizetype(seed.size()));
}

} // namespace

QByteArray HolderKeyStore::sealedKeyMagic()
{
    return QByteArray("SATCHKY\x1a", 8);
}

ScryptParameters HolderKeyStore::defaultScrypt()
{
    return SealedFile::defaultScrypt();
}

HolderKeyStore::HolderKeyStore(Wallet &wallet, KeyVault *vault, const ScryptParameters &scrypt)
    : m_wallet(wallet), m_vault(vault), m_scrypt(scrypt)
{
}

bool HolderKeyStore::keychainAvailable()
{
    if (!m_keychainAvailable)
        m_keychainAvailable = m_vault && m_vault->isAvailable();
    return *m_keychainAvailable;
}

bool HolderKeyStore::needsPassphrase(const QString &did)
{
    const auto record = did.isEmpty() ? m_wallet.holderKey() : m_wallet.holderKey(did);
    if (!record)
        return !keychainAvailable();
    return record->storage == QLatin1String(kSealed);
}

Result<Ed25519KeyPair> HolderKeyStore::obtain(QByteArrayView passphrase)
{
    const auto record = m_wallet.holderKey();
    if (!record)
        return create(passphrase);
    return unlock(*record, passphrase);
}

Result<Ed25519KeyPair> HolderKeyStore::load(const QString &did, QByteArrayView passphrase)
{
    const auto record = m_wallet.holderKey(did);
    if (!record)
        return Error{QStringLiteral("holder-key-missing"),
                     tr("The key %1 is not in this wallet, so it cannot sign for it.").arg(did)};
    return unlock(*record, passphrase);
}

Result<Ed25519KeyPair> HolderKeyStore::create(QByteArrayView passphrase)
{
    const bool inKeychain = keychainAvailable();
    if (!inKeychain && passphrase.isEmpty())
        return Error{QStringLiteral("passphrase-needed"),
                     tr("There is no keychain on this computer: choose a passphrase to protect your key.")};
    auto pair = Ed25519KeyPair::generate();
    if (!pair)
        return pair.error();
    HolderKeyRecord record;
    record.did = pair->did();
    record.createdAt = QDateTime::currentDateTimeUtc();
    bool stored = false;
    if (inKeychain) {
        auto put = m_vault->store(record.did, pair->seed());
        if (!put && put.error().code != QLatin1String("keychain-unavailable"))
            return put.error();
        if (!put) {
            // The keychain answered the probe but not this (locked, stuck, gone): seal instead.
            m_keychainAvailable = false;
            if (passphrase.isEmpty())
                return Error{QStringLiteral("passphrase-needed"),
                             tr("The keychain cannot keep your key (%1): choose a passphrase to protect it instead.")
                                 .arg(put.error().message)};
        }
        stored = put.ok();
    }
    if (stored) {
        record.storage = QLatin1String(kKeychain);
    } else {
        auto sealed = SealedFile::seal(seedView(pair->seed()), passphrase, sealedKeyMagic(), m_scrypt);
        if (!sealed)
            return sealed.error();
        record.storage = QLatin1String(kSealed);
        record.sealedKey = *sealed;
    }
    if (auto saved = m_wallet.putHolderKey(record); !saved) {
        // No orphan secret for a key the wallet does not know.
        if (stored) {
            if (const Status removed = m_vault->remove(record.did); !removed)
                qCInfo(lcShare) << "the keychain entry of" << record.did
                                << "stays behind after the wallet refused the key:" << removed.error().message;
        }
        return saved.error();
    }
    return pair;
}

Result<Ed25519KeyPair> HolderKeyStore::unlock(const HolderKeyRecord &record, QByteArrayView passphrase)
{
    if (record.storage == QLatin1String(kKeychain)) {
        if (!m_vault)
            return Error{QStringLiteral("keychain-unavailable"),
                         tr("Your key is kept in the keychain, which cannot be reached now.")};
        auto seed = m_vault->load(record.did);
        if (!seed) {
            if (seed.error().code == QLatin1String("not-found"))
                return Error{QStringLiteral("holder-key-missing"),
                             tr("Your key is no longer in the keychain of this computer.")};
            return seed.error();
        }
        return Ed25519KeyPair::fromSeed(*seed);
    }
    if (passphrase.isEmpty())
        return Error{QStringLiteral("passphrase-needed"), tr("Your key is protected by a passphrase: enter it.")};
    auto plain = SealedFile::open(record.sealedKey, passphrase, sealedKeyMagic());
    if (!plain) {
        if (plain.error().code == QLatin1String("wrong-passphrase-or-damaged"))
            return Error{plain.error().code, tr("The passphrase does not unlock your key.")};
        return plain.error();
    }
    const SecureBytes seed(plain->constData(), size_t(plain->size()));
    OPENSSL_cleanse(plain->data(), size_t(plain->size()));
    auto pair = Ed25519KeyPair::fromSeed(seed);
    if (pair && pair->did() != record.did)
        return Error{QStringLiteral("crypto"), tr("The stored key does not match its DID %1.").arg(record.did)};
    return pair;
}

Status HolderKeyStore::retire(const QString &did)
{
    const auto record = m_wallet.holderKey(did);
    if (!record)
        return Error{QStringLiteral("holder-key-missing"), tr("The key %1 is not in this wallet.").arg(did)};
    for (const PublicLinkRecord &link : m_wallet.publicLinks()) {
        if (link.isActive() && link.holderDid == did)
            return Error{QStringLiteral("key-in-use"),
                         tr("Stop the public links this key signed before removing it: only it can stop them.")};
    }
    // Keychain first: a key the wallet forgot but the keychain kept would be an orphan secret.
    if (record->storage == QLatin1String(kKeychain)) {
        if (!m_vault)
            return Error{QStringLiteral("keychain-unavailable"),
                         tr("Your key is kept in the keychain, which cannot be reached now.")};
        if (auto removed = m_vault->remove(did); !removed)
            return removed.error();
    }
    return m_wallet.removeHolderKey(did);
}

Status HolderKeyStore::sealForBackup(const QString &snapshotPath, QByteArrayView backupPassphrase, KeyVault *vault,
                                     const ScryptParameters &scrypt)
{
    auto snapshot = Wallet::open(snapshotPath);
    if (!snapshot)
        return snapshot.error();
    for (HolderKeyRecord record : (*snapshot)->holderKeys()) {
        if (record.storage != QLatin1String(kKeychain) || !vault)
            continue;
        auto seed = vault->load(record.did);
        if (!seed) {
            qCInfo(lcShare) << "the backup carries the holder key" << record.did
                            << "without its secret: the keychain did not give it:" << seed.error().message;
            continue;
        }
        auto sealed = SealedFile::seal(seedView(*seed), backupPassphrase, sealedKeyMagic(), scrypt);
        if (!sealed)
            return sealed.error();
        record.storage = QLatin1String(kSealed);
        record.sealedKey = *sealed;
        if (auto saved = (*snapshot)->putHolderKey(record); !saved)
            return saved.error();
    }
    return {};
}

BackupWriter::SnapshotHook HolderKeyStore::backupHook(KeyVault *vault)
{
    return [vault](const QString &snapshotPath, QByteArrayView passphrase) {
        return sealForBackup(snapshotPath, passphrase, vault);
    };
}

int HolderKeyStore::adoptRestoredKeys(const QString &walletPath, QByteArrayView backupPassphrase, KeyVault *vault)
{
    if (!vault)
        return 0;
    auto wallet = Wallet::open(walletPath);
    if (!wallet) {
        qCInfo(lcShare) << "restored holder keys stay sealed: the wallet did not open:" << wallet.error().message;
        return 0;
    }
    HolderKeyStore store(**wallet, vault);
    return store.adoptRestoredKeys(backupPassphrase);
}

int HolderKeyStore::adoptRestoredKeys(QByteArrayView backupPassphrase)
{
    if (backupPassphrase.isEmpty() || !keychainAvailable())
        return 0;
    int moved = 0;
    for (HolderKeyRecord record : m_wallet.holderKeys()) {
        if (record.storage != QLatin1String(kSealed))
            continue;
        // Keys sealed under another passphrase (the learner's own, from a computer without a
        // keychain) simply do not open here and stay sealed.
        auto pair = unlock(record, backupPassphrase);
        if (!pair)
            continue;
        if (const Status stored = m_vault->store(record.did, pair->seed()); !stored) {
            qCInfo(lcShare) << "the restored holder key" << record.did << "stays sealed: the keychain did not take it:"
                            << stored.error().message;
            continue;
        }
        record.storage = QLatin1String(kKeychain);
        record.sealedKey.clear();
        if (const Status saved = m_wallet.putHolderKey(record); !saved) {
            qCInfo(lcShare) << "the restored holder key" << record.did
                            << "is in the keychain but the wallet still says sealed:" << saved.error().message;
            continue;
        }
        ++moved;
    }
    return moved;
}

} // namespace Satchel
