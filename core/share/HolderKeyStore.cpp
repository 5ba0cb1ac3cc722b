#include "HolderKeyStore.h"

#include "HolderKeyFactory.h"
#include "KeyVault.h"
#include "backup/SealedFile.h"
#include "crypto/Ed25519SigningKey.h"
#include "share/Logging.h"

#include <openssl/crypto.h>

namespace Satchel {

namespace {

QByteArrayView secretView(const SecureBytes &secret)
{
    return QByteArrayView(reinterpret_cast<const char *>(secret.data()), qsizetype(secret.size()));
}

Error notInWallet(const QString &did)
{
    return Error{QStringLiteral("holder-key-missing"), HolderKeyStore::tr("The key %1 is not in this wallet.").arg(did)};
}

// The key rebuilt from its secret, refused when it is not the identity's own.
Result<std::unique_ptr<SigningKey>> keyOf(const HolderKeyRecord &record, const SecureBytes &secret)
{
    auto key = HolderKeyFactory::fromSecret(record.keyType, secret);
    if (key && (*key)->did() != record.did)
        return Error{QStringLiteral("crypto"), HolderKeyStore::tr("The stored key does not match its DID %1.").arg(record.did)};
    return key;
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

std::optional<HolderKeyRecord> HolderKeyStore::current() const
{
    const QList<HolderKeyRecord> identities = m_wallet.holderKeys(); // newest first
    for (const HolderKeyRecord &record : identities) {
        if (record.isDefault && record.keyType == QLatin1String(HolderKeyFactory::kEd25519))
            return record;
    }
    for (const HolderKeyRecord &record : identities) {
        if (record.keyType == QLatin1String(HolderKeyFactory::kEd25519))
            return record;
    }
    return std::nullopt;
}

bool HolderKeyStore::needsPassphrase(const QString &did)
{
    const auto record = did.isEmpty() ? current() : m_wallet.holderKey(did);
    if (!record)
        return !keychainAvailable();
    return record->storage == QLatin1String(kSealed);
}

Result<HolderKeyRecord> HolderKeyStore::create(const QString &keyType, const QString &label, QByteArrayView passphrase)
{
    auto created = createIdentity(keyType, label, passphrase);
    if (!created)
        return created.error();
    return created->record;
}

Result<Ed25519KeyPair> HolderKeyStore::obtain(QByteArrayView passphrase)
{
    if (const auto record = current())
        return ed25519Of(unlock(*record, passphrase));
    auto created = createIdentity(QLatin1String(HolderKeyFactory::kEd25519), tr("Public links"), passphrase);
    if (!created)
        return created.error();
    return ed25519Of(std::move(created->key));
}

Result<Ed25519KeyPair> HolderKeyStore::load(const QString &did, QByteArrayView passphrase)
{
    const auto record = m_wallet.holderKey(did);
    if (!record)
        return Error{QStringLiteral("holder-key-missing"),
                     tr("The key %1 is not in this wallet, so it cannot sign for it.").arg(did)};
    return ed25519Of(unlock(*record, passphrase));
}

Result<std::unique_ptr<SigningKey>> HolderKeyStore::signingKeyOrFirst(const QString &did, QByteArrayView passphrase)
{
    if (!did.isEmpty())
        return signingKey(did, passphrase);
    auto created = create(QStringLiteral("ed25519"), QString(), passphrase);
    if (!created)
        return created.error();
    return signingKey(created->did, passphrase);
}

Result<std::unique_ptr<SigningKey>> HolderKeyStore::signingKey(const QString &did, QByteArrayView passphrase)
{
    const auto record = m_wallet.holderKey(did);
    if (!record)
        return notInWallet(did);
    return unlock(*record, passphrase);
}

Result<Ed25519KeyPair> HolderKeyStore::ed25519Of(const Result<std::unique_ptr<SigningKey>> &key)
{
    if (!key)
        return key.error();
    const auto *ed25519 = dynamic_cast<const Ed25519SigningKey *>(key->get());
    if (!ed25519)
        return Error{QStringLiteral("wrong-key-type"),
                     tr("Public links are signed with an Ed25519 key; %1 is another kind.").arg((*key)->did())};
    return Ed25519KeyPair::fromSeed(ed25519->keyPair().seed());
}

Result<HolderKeyStore::Created> HolderKeyStore::createIdentity(const QString &keyType, const QString &label,
                                                               QByteArrayView passphrase)
{
    if (!keychainAvailable() && passphrase.isEmpty())
        return Error{QStringLiteral("passphrase-needed"),
                     tr("There is no keychain on this computer: choose a passphrase to protect your key.")};
    auto made = HolderKeyFactory::generate(keyType);
    if (!made)
        return made.error();
    HolderKeyRecord record;
    record.did = made->key->did();
    record.createdAt = QDateTime::currentDateTimeUtc();
    record.keyType = keyType;
    record.label = label.trimmed().isEmpty() ? tr("My identity") : label.trimmed();
    if (const Status kept = keepSecret(record, made->secret, passphrase); !kept)
        return kept.error();
    if (auto saved = m_wallet.putHolderKey(record); !saved) {
        // No orphan secret for a key the wallet does not know.
        if (record.storage == QLatin1String(kKeychain)) {
            if (const Status removed = m_vault->remove(record.did); !removed)
                qCInfo(lcShare) << "the keychain entry of a new holder key stays behind after the wallet refused it:"
                                << removed.error().message;
        }
        return saved.error();
    }
    Created created;
    created.record = m_wallet.holderKey(record.did).value_or(record);
    created.key = std::move(made->key);
    return created;
}

// Puts the secret in the keychain, or seals it into the record when there is none (or it refuses).
Status HolderKeyStore::keepSecret(HolderKeyRecord &record, const SecureBytes &secret, QByteArrayView passphrase)
{
    if (keychainAvailable()) {
        const Status put = m_vault->store(record.did, secret);
        if (put) {
            record.storage = QLatin1String(kKeychain);
            record.sealedKey.clear();
            return {};
        }
        if (put.error().code != QLatin1String("keychain-unavailable"))
            return put.error();
        // The keychain answered the probe but not this (locked, stuck, gone): seal instead.
        m_keychainAvailable = false;
        if (passphrase.isEmpty())
            return Error{QStringLiteral("passphrase-needed"),
                         tr("The keychain cannot keep your key (%1): choose a passphrase to protect it instead.")
                             .arg(put.error().message)};
    }
    auto sealed = SealedFile::seal(secretView(secret), passphrase, sealedKeyMagic(), m_scrypt);
    if (!sealed)
        return sealed.error();
    record.storage = QLatin1String(kSealed);
    record.sealedKey = *sealed;
    return {};
}

Result<SecureBytes> HolderKeyStore::secretOf(const HolderKeyRecord &record, QByteArrayView passphrase)
{
    if (record.storage == QLatin1String(kKeychain)) {
        if (!m_vault)
            return Error{QStringLiteral("keychain-unavailable"),
                         tr("Your key is kept in the keychain, which cannot be reached now.")};
        auto secret = m_vault->load(record.did);
        if (!secret && secret.error().code == QLatin1String("not-found"))
            return Error{QStringLiteral("holder-key-missing"),
                         tr("Your key is no longer in the keychain of this computer.")};
        return secret;
    }
    if (passphrase.isEmpty())
        return Error{QStringLiteral("passphrase-needed"), tr("Your key is protected by a passphrase: enter it.")};
    auto plain = SealedFile::open(record.sealedKey, passphrase, sealedKeyMagic());
    if (!plain) {
        if (plain.error().code == QLatin1String("wrong-passphrase-or-damaged"))
            return Error{plain.error().code, tr("The passphrase does not unlock your key.")};
        return plain.error();
    }
    SecureBytes secret(plain->constData(), size_t(plain->size()));
    OPENSSL_cleanse(plain->data(), size_t(plain->size()));
    return secret;
}

Result<std::unique_ptr<SigningKey>> HolderKeyStore::unlock(const HolderKeyRecord &record, QByteArrayView passphrase)
{
    auto secret = secretOf(record, passphrase);
    if (!secret)
        return secret.error();
    return keyOf(record, *secret);
}

Status HolderKeyStore::rename(const QString &did, const QString &label)
{
    if (label.trimmed().isEmpty())
        return Error{QStringLiteral("invalid-label"), tr("Give the key a name.")};
    if (!m_wallet.holderKey(did))
        return notInWallet(did);
    return m_wallet.renameHolderKey(did, label.trimmed());
}

Status HolderKeyStore::setDefault(const QString &did)
{
    if (!m_wallet.holderKey(did))
        return notInWallet(did);
    return m_wallet.setDefaultHolderKey(did);
}

Status HolderKeyStore::retire(const QString &did)
{
    const auto record = m_wallet.holderKey(did);
    if (!record)
        return notInWallet(did);
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

Status HolderKeyStore::sealForBackup(Wallet &snapshot, QByteArrayView backupPassphrase, KeyVault *vault,
                                     const ScryptParameters &scrypt)
{
    for (HolderKeyRecord record : snapshot.holderKeys()) {
        if (record.storage != QLatin1String(kKeychain) || !vault)
            continue;
        auto secret = vault->load(record.did);
        if (!secret) {
            qCInfo(lcShare) << "the backup carries a holder key without its secret: the keychain did not give it:"
                            << secret.error().message;
            continue;
        }
        auto sealed = SealedFile::seal(secretView(*secret), backupPassphrase, sealedKeyMagic(), scrypt);
        if (!sealed)
            return sealed.error();
        record.storage = QLatin1String(kSealed);
        record.sealedKey = *sealed;
        if (auto saved = snapshot.putHolderKey(record); !saved)
            return saved.error();
    }
    return {};
}

BackupWriter::SnapshotHook HolderKeyStore::backupHook(KeyVault *vault)
{
    return [vault](Wallet &snapshot, QByteArrayView passphrase) { return sealForBackup(snapshot, passphrase, vault); };
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
        auto secret = secretOf(record, backupPassphrase);
        if (!secret || !keyOf(record, *secret))
            continue;
        if (const Status stored = m_vault->store(record.did, *secret); !stored) {
            qCInfo(lcShare) << "a restored holder key stays sealed: the keychain did not take it:"
                            << stored.error().message;
            continue;
        }
        record.storage = QLatin1String(kKeychain);
        record.sealedKey.clear();
        if (const Status saved = m_wallet.putHolderKey(record); !saved) {
            qCInfo(lcShare) << "a restored holder key is in the keychain but the wallet still says sealed:"
                            << saved.error().message;
            continue;
        }
        ++moved;
    }
    return moved;
}

} // namespace Satchel
