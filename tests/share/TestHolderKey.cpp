// The learner's holder key: Ed25519 known answers (RFC 8032), did:key form, creation on first use
// in the keychain (a test double; the real one is TestHolderKeyKeychain) or sealed in the wallet
// under a passphrase (for real), the sealed fallback when the keychain refuses, retiring a key, and
// the key surviving an encrypted backup and restore either way; several identities of both key
// types (labels, the default, what public links use) and all of them surviving a backup.
#include "FakeKeyVault.h"
#include "backup/BackupReader.h"
#include "RestoreFile.h"
#include "backup/BackupWriter.h"
#include "crypto/DidResolver.h"
#include "crypto/Ed25519KeyPair.h"
#include "crypto/PublicKey.h"
#include "crypto/Signature.h"
#include "share/HolderKeyFactory.h"
#include "share/HolderKeyStore.h"
#include "storage/Wallet.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Satchel;
using SatchelTest::FakeKeyVault;
using SatchelTest::adoptRestored;

namespace {

const ScryptParameters kFastScrypt{quint64(1) << 10, 8, 1};
const QByteArray kPassphrase("correct horse battery staple");
const QByteArray kBackupPassphrase("backup passphrase");

// What key signs verifies under the key its own DID resolves to, with the algorithm it names.
bool signsForItsDid(const SigningKey &key)
{
    auto resolved = DidResolver::resolveLocal(key.verificationMethod());
    const auto algorithm = Signature::fromJoseName(QString::fromLatin1(key.jwsAlgorithm()));
    const QByteArray message("eyJhbGciOiJFUzI1NiJ9.eyJub25jZSI6Im4tMCJ9");
    auto signature = key.sign(message);
    return resolved && algorithm && signature && Signature::verify(*algorithm, resolved->key, message, *signature).ok();
}

SecureBytes hexSeed(const char *hex)
{
    const QByteArray bytes = QByteArray::fromHex(hex);
    return SecureBytes(bytes.constData(), size_t(bytes.size()));
}

} // namespace

class TestHolderKey : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;

    QString newPath() { return m_dir.filePath(QStringLiteral("w%1.sqlite").arg(++m_count)); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    // RFC 8032 §7.1, test 1: seed, public key, signature of the empty message; and its did:key
    // (as @digitalbazaar/ed25519-multikey computes it from the same seed).
    void rfc8032KnownAnswer()
    {
        auto pair = Ed25519KeyPair::fromSeed(hexSeed("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"));
        QVERIFY(pair.ok());
        QCOMPARE(pair->publicKey().toHex(), QByteArray("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"));
        auto signature = pair->sign({});
        QVERIFY(signature.ok());
        QCOMPARE(signature->toHex(),
                 QByteArray("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"));
        QCOMPARE(pair->did(), QStringLiteral("did:key:z6MktwupdmLXVVqTzCw4i46r4uGyosGXRnR3XjN4Zq7oMMsw"));
        QCOMPARE(pair->verificationMethod(),
                 QStringLiteral("did:key:z6MktwupdmLXVVqTzCw4i46r4uGyosGXRnR3XjN4Zq7oMMsw#z6MktwupdmLXVVqTzCw4i46r4uGyosGXRnR3XjN4Zq7oMMsw"));
        QCOMPARE(Ed25519KeyPair::fromSeed(hexSeed("0102")).error().code, QStringLiteral("malformed"));
    }

    void generatedKeySignsVerifiably()
    {
        auto pair = Ed25519KeyPair::generate();
        QVERIFY(pair.ok());
        auto again = Ed25519KeyPair::fromSeed(pair->seed());
        QVERIFY(again.ok());
        QCOMPARE(again->did(), pair->did());
        const QByteArray message("a presentation");
        auto signature = pair->sign(message);
        QVERIFY(signature.ok());
        auto key = PublicKey::fromEd25519(pair->publicKey());
        QVERIFY(key.ok());
        QVERIFY(Signature::verify(SignatureAlgorithm::EdDSA, *key, message, *signature).ok());
        QVERIFY(!Signature::verify(SignatureAlgorithm::EdDSA, *key, QByteArray("another"), *signature).ok());
    }

    void createdInKeychainOnFirstUse()
    {
        auto wallet = Wallet::open(newPath());
        QVERIFY(wallet.ok());
        FakeKeyVault vault;
        HolderKeyStore store(**wallet, &vault, kFastScrypt);
        QVERIFY(!store.current());
        QVERIFY(!store.needsPassphrase());
        auto key = store.obtain();
        QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.error().message));
        QVERIFY(key->did().startsWith(QLatin1String("did:key:z6Mk")));

        const auto record = (*wallet)->holderKey();
        QVERIFY(record);
        QCOMPARE(record->did, key->did());
        QCOMPARE(record->storage, QStringLiteral("keychain"));
        QVERIFY(record->sealedKey.isEmpty()); // the wallet never holds a keychain key's seed
        QVERIFY(record->createdAt.secsTo(QDateTime::currentDateTimeUtc()) < 60);
        QCOMPARE(vault.entries.value(key->did()).size(), 32);

        // Second use: the same key, nothing new.
        auto again = store.obtain();
        QVERIFY(again.ok());
        QCOMPARE(again->did(), key->did());
        QCOMPARE((*wallet)->holderKeys().size(), 1);

        // The keychain lost it: said plainly.
        vault.entries.clear();
        QCOMPARE(store.obtain().error().code, QStringLiteral("holder-key-missing"));
    }

    // The keychain answers the probe but refuses the key: sealed instead, once a passphrase is given.
    void keychainRefusingFallsBackToSealed()
    {
        auto wallet = Wallet::open(newPath());
        FakeKeyVault vault;
        vault.refuseStore = true;
        HolderKeyStore store(**wallet, &vault, kFastScrypt);
        QVERIFY(!store.needsPassphrase());
        const auto none = store.obtain();
        QCOMPARE(none.error().code, QStringLiteral("passphrase-needed"));
        QVERIFY(none.error().message.contains(QLatin1String("no keychain")));
        QVERIFY(!(*wallet)->holderKey());
        QVERIFY(store.needsPassphrase());
        auto key = store.obtain(kPassphrase);
        QVERIFY(key.ok());
        QCOMPARE((*wallet)->holderKey()->storage, QStringLiteral("sealed"));
        QVERIFY(vault.entries.isEmpty());
    }

    void retireRemovesKeychainEntryAndRecord()
    {
        auto wallet = Wallet::open(newPath());
        FakeKeyVault vault;
        HolderKeyStore store(**wallet, &vault, kFastScrypt);
        const QString did = store.obtain()->did();
        QVERIFY(vault.entries.contains(did));
        QVERIFY(store.retire(did).ok());
        QVERIFY(!vault.entries.contains(did));
        QVERIFY(!(*wallet)->holderKey(did));
        QCOMPARE(store.retire(did).error().code, QStringLiteral("holder-key-missing"));

        // A sealed key goes with its record; no keychain is needed for it.
        HolderKeyStore sealedStore(**wallet, nullptr, kFastScrypt);
        const QString sealedDid = sealedStore.obtain(kPassphrase)->did();
        QVERIFY(sealedStore.retire(sealedDid).ok());
        QVERIFY((*wallet)->holderKeys().isEmpty());
    }

    void sealedInWalletWithoutKeychain()
    {
        const QString path = newPath();
        QString did;
        {
            auto wallet = Wallet::open(path);
            QVERIFY(wallet.ok());
            FakeKeyVault vault;
            vault.available = false;
            HolderKeyStore store(**wallet, &vault, kFastScrypt);
            QVERIFY(store.needsPassphrase());
            QCOMPARE(store.obtain().error().code, QStringLiteral("passphrase-needed"));
            QVERIFY(!(*wallet)->holderKey()); // nothing made without the passphrase
            auto key = store.obtain(kPassphrase);
            QVERIFY(key.ok());
            did = key->did();
            const auto record = (*wallet)->holderKey();
            QCOMPARE(record->storage, QStringLiteral("sealed"));
            QVERIFY(record->sealedKey.startsWith(HolderKeyStore::sealedKeyMagic()));
            QVERIFY(vault.entries.isEmpty());
        }
        // Reopened (no vault at all): the passphrase unlocks it, a wrong one does not.
        auto wallet = Wallet::open(path);
        QVERIFY(wallet.ok());
        HolderKeyStore store(**wallet, nullptr, kFastScrypt);
        QVERIFY(store.needsPassphrase());
        QCOMPARE(store.obtain().error().code, QStringLiteral("passphrase-needed"));
        QCOMPARE(store.obtain(QByteArray("wrong")).error().code, QStringLiteral("wrong-passphrase-or-damaged"));
        auto key = store.obtain(kPassphrase);
        QVERIFY(key.ok());
        QCOMPARE(key->did(), did);
        QCOMPARE(store.load(did, kPassphrase)->did(), did);
        QCOMPARE(store.load(QStringLiteral("did:key:zOther"), kPassphrase).error().code, QStringLiteral("holder-key-missing"));
    }

    // Several identities of both types: the first is the default, labels and the default change,
    // each signs for its own DID (sealed ones with their passphrase), public links keep to Ed25519.
    void severalIdentities()
    {
        auto wallet = Wallet::open(newPath());
        QVERIFY(wallet.ok());
        FakeKeyVault vault;
        HolderKeyStore store(**wallet, &vault, kFastScrypt);
        auto school = store.create(QStringLiteral("ed25519"), QStringLiteral(" School "));
        QVERIFY(school.ok());
        QCOMPARE(school->label, QStringLiteral("School"));
        QCOMPARE(school->storage, QStringLiteral("keychain"));
        QVERIFY(school->isDefault);
        HolderKeyStore sealedStore(**wallet, nullptr, kFastScrypt); // no keychain: sealed
        QCOMPARE(sealedStore.create(QStringLiteral("p256"), QStringLiteral("Work")).error().code,
                 QStringLiteral("passphrase-needed"));
        auto work = sealedStore.create(QStringLiteral("p256"), QStringLiteral("Work"), kPassphrase);
        QVERIFY(work.ok());
        QVERIFY(work->did.startsWith(QLatin1String("did:jwk:")));
        QCOMPARE(work->keyType, QStringLiteral("p256"));
        QCOMPARE(work->storage, QStringLiteral("sealed"));
        QVERIFY(!work->isDefault);
        QCOMPARE(store.create(QStringLiteral("rsa"), QStringLiteral("x")).error().code,
                 QStringLiteral("unsupported-key-type"));
        QCOMPARE(store.list().size(), 2);

        QVERIFY(!store.needsPassphrase(school->did));
        QVERIFY(store.needsPassphrase(work->did));
        auto schoolKey = store.signingKey(school->did);
        QVERIFY(schoolKey.ok());
        QCOMPARE((*schoolKey)->jwsAlgorithm(), QByteArray("EdDSA"));
        QVERIFY(signsForItsDid(**schoolKey));
        QCOMPARE(store.signingKey(work->did).error().code, QStringLiteral("passphrase-needed"));
        QCOMPARE(store.signingKey(work->did, "wrong").error().code, QStringLiteral("wrong-passphrase-or-damaged"));
        auto workKey = store.signingKey(work->did, kPassphrase);
        QVERIFY(workKey.ok());
        QCOMPARE((*workKey)->did(), work->did);
        QCOMPARE((*workKey)->jwsAlgorithm(), QByteArray("ES256"));
        QVERIFY(signsForItsDid(**workKey));
        QCOMPARE(store.signingKey(QStringLiteral("did:key:zNone")).error().code, QStringLiteral("holder-key-missing"));

        QVERIFY(store.rename(work->did, QStringLiteral("Day job")).ok());
        QCOMPARE(store.rename(work->did, QStringLiteral(" ")).error().code, QStringLiteral("invalid-label"));
        QVERIFY(store.setDefault(work->did).ok());
        QCOMPARE((*wallet)->holderKey()->label, QStringLiteral("Day job"));
        // Public links sign with Ed25519: with a P-256 default they keep the School key.
        QCOMPARE(store.current()->did, school->did);
        QCOMPARE(store.obtain()->did(), school->did);
        QCOMPARE(store.load(work->did, kPassphrase).error().code, QStringLiteral("wrong-key-type"));

        // Retiring the School key leaves no Ed25519 identity: the next link makes one, not the default.
        QVERIFY(store.retire(school->did).ok());
        QVERIFY(!vault.entries.contains(school->did));
        QVERIFY(!store.current());
        auto linkKey = store.obtain();
        QVERIFY(linkKey.ok());
        QCOMPARE(store.current()->did, linkKey->did());
        QCOMPARE(store.current()->label, QStringLiteral("Public links"));
        QCOMPARE((*wallet)->holderKey()->did, work->did);
        // Retiring the default makes the newest identity left the default.
        QVERIFY(store.retire(work->did).ok());
        QCOMPARE((*wallet)->holderKey()->did, linkKey->did());
        QVERIFY((*wallet)->holderKey()->isDefault);
    }

    // Two identities, one in the keychain and one sealed under the learner's passphrase: after a
    // backup and a restore into a new wallet on a computer with another keychain, both sign, with
    // their labels, types and default kept.
    void everyIdentitySurvivesBackupAndRestore()
    {
        const QString source = newPath();
        const QString backup = m_dir.filePath(QStringLiteral("identities.satchel-backup"));
        FakeKeyVault vault;
        HolderKeyRecord school;
        HolderKeyRecord work;
        {
            auto wallet = Wallet::open(source);
            QVERIFY(wallet.ok());
            auto created = HolderKeyStore(**wallet, &vault, kFastScrypt).create(QStringLiteral("ed25519"), QStringLiteral("School"));
            QVERIFY(created.ok());
            school = *created;
            created = HolderKeyStore(**wallet, nullptr, kFastScrypt).create(QStringLiteral("p256"), QStringLiteral("Work"), kPassphrase);
            QVERIFY(created.ok());
            work = *created;
        }
        QVERIFY(BackupWriter::write(source, backup, kBackupPassphrase, kFastScrypt,
                                    [&vault](Wallet &snapshot, QByteArrayView passphrase) {
                                        return HolderKeyStore::sealForBackup(snapshot, passphrase, &vault, kFastScrypt);
                                    })
                    .ok());
        const QString target = newPath();
        QVERIFY(restoreFile(backup, kBackupPassphrase, target).ok());
        FakeKeyVault newVault;
        QCOMPARE(adoptRestored(target, kBackupPassphrase, &newVault), 1); // the keychain key; the other stays sealed
        QVERIFY(newVault.entries.contains(school.did));

        auto wallet = Wallet::open(target);
        QVERIFY(wallet.ok());
        HolderKeyStore store(**wallet, &newVault, kFastScrypt);
        const QList<HolderKeyRecord> restored = store.list();
        QCOMPARE(restored.size(), 2);
        QCOMPARE((*wallet)->holderKey()->did, school.did);
        QCOMPARE((*wallet)->holderKey(work.did)->label, QStringLiteral("Work"));
        QCOMPARE((*wallet)->holderKey(work.did)->keyType, QStringLiteral("p256"));
        QCOMPARE((*wallet)->holderKey(work.did)->storage, QStringLiteral("sealed"));
        QCOMPARE((*wallet)->holderKey(school.did)->storage, QStringLiteral("keychain"));
        auto schoolKey = store.signingKey(school.did);
        QVERIFY(schoolKey.ok());
        QVERIFY(signsForItsDid(**schoolKey));
        auto workKey = store.signingKey(work.did, kPassphrase);
        QVERIFY(workKey.ok());
        QVERIFY(signsForItsDid(**workKey));

        // Into a wallet with an identity of its own: all three are there, and its default stays.
        const QString existing = newPath();
        {
            auto own = Wallet::open(existing);
            QVERIFY(own.ok());
            QVERIFY(HolderKeyStore(**own, &newVault, kFastScrypt).create(QStringLiteral("ed25519"), QStringLiteral("Home")).ok());
        }
        QVERIFY(restoreFile(backup, kBackupPassphrase, existing).ok());
        auto merged = Wallet::open(existing);
        QVERIFY(merged.ok());
        QCOMPARE((*merged)->holderKeys().size(), 3);
        QCOMPARE((*merged)->holderKey()->label, QStringLiteral("Home"));
        QVERIFY(!(*merged)->holderKey(school.did)->isDefault);
    }

    // A keychain key travels in the backup sealed under the backup passphrase: on a new computer
    // with a keychain it moves into that keychain; without one, the backup passphrase unlocks it.
    void keychainKeySurvivesBackupAndRestore()
    {
        const QString source = newPath();
        const QString backup = m_dir.filePath(QStringLiteral("keys.satchel-backup"));
        FakeKeyVault vault;
        QString did;
        {
            auto wallet = Wallet::open(source);
            QVERIFY(wallet.ok());
            HolderKeyStore store(**wallet, &vault, kFastScrypt);
            auto key = store.obtain();
            QVERIFY(key.ok());
            did = key->did();
        }
        QVERIFY(BackupWriter::write(source, backup, kBackupPassphrase, kFastScrypt,
                                    [&vault](Wallet &snapshot, QByteArrayView passphrase) {
                                        return HolderKeyStore::sealForBackup(snapshot, passphrase, &vault, kFastScrypt);
                                    })
                    .ok());
        {
            // The live wallet still has the key in the keychain only.
            auto wallet = Wallet::open(source);
            QCOMPARE((*wallet)->holderKey()->storage, QStringLiteral("keychain"));
            QVERIFY((*wallet)->holderKey()->sealedKey.isEmpty());
        }

        // A new computer with a keychain.
        const QString withKeychain = newPath();
        QVERIFY(restoreFile(backup, kBackupPassphrase, withKeychain).ok());
        FakeKeyVault newVault;
        QCOMPARE(adoptRestored(withKeychain, kBackupPassphrase, &newVault), 1);
        {
            auto wallet = Wallet::open(withKeychain);
            QCOMPARE((*wallet)->holderKey()->storage, QStringLiteral("keychain"));
            QVERIFY((*wallet)->holderKey()->sealedKey.isEmpty());
            HolderKeyStore store(**wallet, &newVault, kFastScrypt);
            auto key = store.obtain();
            QVERIFY(key.ok());
            QCOMPARE(key->did(), did);
        }

        // A new computer without one: the backup passphrase is the key's passphrase.
        const QString withoutKeychain = newPath();
        QVERIFY(restoreFile(backup, kBackupPassphrase, withoutKeychain).ok());
        QCOMPARE(adoptRestored(withoutKeychain, kBackupPassphrase, nullptr), 0);
        auto wallet = Wallet::open(withoutKeychain);
        HolderKeyStore store(**wallet, nullptr, kFastScrypt);
        QVERIFY(store.needsPassphrase());
        auto key = store.obtain(kBackupPassphrase);
        QVERIFY(key.ok());
        QCOMPARE(key->did(), did);
    }

    // A sealed key is in the wallet already: it travels as it is, under the learner's passphrase.
    void sealedKeySurvivesBackupAndRestore()
    {
        const QString source = newPath();
        const QString backup = m_dir.filePath(QStringLiteral("sealed.satchel-backup"));
        QString did;
        {
            auto wallet = Wallet::open(source);
            HolderKeyStore store(**wallet, nullptr, kFastScrypt);
            did = store.obtain(kPassphrase)->did();
        }
        QVERIFY(BackupWriter::write(source, backup, kBackupPassphrase, kFastScrypt, HolderKeyStore::backupHook(nullptr)).ok());
        const QString target = newPath();
        QVERIFY(restoreFile(backup, kBackupPassphrase, target).ok());
        FakeKeyVault vault;
        QCOMPARE(adoptRestored(target, kBackupPassphrase, &vault), 0); // not the backup's passphrase
        auto wallet = Wallet::open(target);
        HolderKeyStore store(**wallet, &vault, kFastScrypt);
        QCOMPARE(store.obtain(kPassphrase)->did(), did);
    }
};

QTEST_GUILESS_MAIN(TestHolderKey)
#include "TestHolderKey.moc"
