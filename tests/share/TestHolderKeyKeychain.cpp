// The holder key in a real keychain: a Secret Service (gnome-keyring) on a private session bus,
// started by run-in-keyring-session.sh. The seed is read back through QtKeychain itself and looked
// for in the wallet's bytes; it signs, survives reopening, travels in a backup into a fresh
// keychain, and leaves the keychain when the key is retired; the vault's own store, load and
// remove, and a P-256 identity kept there beside the Ed25519 one. A stopped keychain service and no
// session bus at all ("--no-bus") end in a timeout or an error, then the sealed fallback.
#include "backup/BackupReader.h"
#include "RestoreFile.h"
#include "backup/BackupWriter.h"
#include "crypto/DidResolver.h"
#include "crypto/Ed25519KeyPair.h"
#include "crypto/Multibase.h"
#include "crypto/PublicKey.h"
#include "crypto/Signature.h"
#include "jsonld/JsonLdCanonicalizer.h"
#include "jsonld/JsonValue.h"
#include "share/HolderKeyStore.h"
#include "share/PresentationSigner.h"
#include "share/QtKeychainVault.h"
#include "FakeKeyVault.h"
#include "storage/Wallet.h"

#include <qt6keychain/keychain.h>

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <cstdio>
#include <cstring>

#include <signal.h>

using namespace Satchel;
using namespace std::chrono_literals;
using SatchelTest::adoptRestored;

namespace {

const ScryptParameters kFastScrypt{quint64(1) << 10, 8, 1};
const QByteArray kPassphrase("correct horse battery staple");
const QByteArray kBackupPassphrase("backup passphrase");

QString testMode()
{
    return qEnvironmentVariable("SATCHEL_KEYCHAIN_TEST");
}

// What QtKeychain itself holds under service/entry: the seed, or nothing (with the error). Read by
// this binary run again as "--read-keychain SERVICE ENTRY": another client of the keychain service,
// and QtKeychain jobs stay on one thread in each process (QtKeychainVault's, here).
struct KeychainEntry {
    int error = QKeychain::OtherError;
    QByteArray bytes;
};

KeychainEntry readKeychain(const QString &service, const QString &entry)
{
    QProcess reader;
    reader.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--read-keychain"), service, entry});
    if (!reader.waitForFinished(30000) || reader.exitCode() != 0)
        return {};
    const QList<QByteArray> answer = reader.readAllStandardOutput().trimmed().split(' ');
    KeychainEntry result;
    result.error = answer.value(0).toInt();
    result.bytes = QByteArray::fromHex(answer.value(1));
    return result;
}

int readKeychainMain(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QKeychain::ReadPasswordJob job(QString::fromUtf8(argv[2]));
    job.setAutoDelete(false);
    job.setKey(QString::fromUtf8(argv[3]));
    QObject::connect(&job, &QKeychain::Job::finished, &app, &QCoreApplication::quit);
    job.start();
    app.exec();
    std::printf("%d %s\n", int(job.error()), job.binaryData().toHex().constData());
    return 0;
}

// Every file SQLite may have written the wallet to.
QByteArray walletBytes(const QString &path)
{
    QByteArray all;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        const QString file = path + suffix;
        QFile f(file);
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

bool containsSeed(const QByteArray &haystack, const QByteArray &seed)
{
    return haystack.contains(seed) || haystack.contains(seed.toHex()) || haystack.contains(seed.toBase64());
}

QByteArray fixture(const QString &relative)
{
    QFile f(QStringLiteral(SATCHEL_FIXTURES_DIR "/") + relative);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool presentationVerifies(const Ed25519KeyPair &key)
{
    auto vp = PresentationSigner::sign(fixture(QStringLiteral("refvc/ob3/di-minimal.json")), key);
    if (!vp)
        return false;
    auto document = JsonValue::parse(*vp);
    if (!document || document->value(QStringLiteral("holder")).toString() != key.did())
        return false;
    const JsonValue proof = document->value(QStringLiteral("proof"));
    auto input = JsonLdCanonicalizer::dataIntegrityInput(*document, proof);
    auto signature = Multibase::decode(proof.value(QStringLiteral("proofValue")).toString().toLatin1());
    auto publicKey = PublicKey::fromEd25519(key.publicKey());
    return input && signature && publicKey
        && Signature::verify(SignatureAlgorithm::EdDSA, *publicKey, input->hashData, *signature).ok();
}

} // namespace

class TestHolderKeyKeychain : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;
    // Unique per run: two runs (or a real Satchel) never see each other's entries.
    const QString m_service = QStringLiteral("Satchel test %1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    const QString m_otherComputer = m_service + QStringLiteral(" (restored)");

    QString newPath() { return m_dir.filePath(QStringLiteral("w%1.sqlite").arg(++m_count)); }
    std::unique_ptr<KeyVault> vault(const QString &service, std::chrono::milliseconds timeout = 20s)
    {
        return QtKeychainVault::create(service, timeout);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        if (testMode().isEmpty())
            QSKIP("run through tests/share/run-in-keyring-session.sh");
        QVERIFY(qEnvironmentVariableIsEmpty("SATCHEL_NO_KEYCHAIN"));
        auto keychain = vault(m_service);
        QVERIFY(keychain);
        if (testMode() == QLatin1String("session"))
            QVERIFY2(keychain->isAvailable(), "the Secret Service of the test session does not answer");
    }

    void keyInKeychainNotInWallet()
    {
        if (testMode() != QLatin1String("session"))
            QSKIP("needs the keyring session");
        const QString path = newPath();
        QString did;
        QByteArray seed;
        {
            auto wallet = Wallet::open(path);
            QVERIFY(wallet.ok());
            auto keychain = vault(m_service);
            QVERIFY2(keychain->isAvailable(), "the Secret Service of the test session does not answer");
            HolderKeyStore store(**wallet, keychain.get(), kFastScrypt);
            QVERIFY(!store.needsPassphrase());
            auto key = store.obtain();
            QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.error().message));
            did = key->did();
            QCOMPARE((*wallet)->holderKey()->storage, QStringLiteral("keychain"));
            QVERIFY((*wallet)->holderKey()->sealedKey.isEmpty());

            const KeychainEntry entry = readKeychain(m_service, did);
            QCOMPARE(entry.error, int(QKeychain::NoError));
            QCOMPARE(entry.bytes.size(), 32);
            seed = entry.bytes;
            QCOMPARE(QByteArray(reinterpret_cast<const char *>(key->seed().data()), 32), seed);
            QVERIFY(!containsSeed(walletBytes(path), seed)); // open, WAL and all
            QVERIFY(presentationVerifies(*key));
        }
        QVERIFY(!containsSeed(walletBytes(path), seed)); // closed and checkpointed

        // Reopened, with a new vault (as the next run of Satchel would): the same key, from the keychain.
        auto wallet = Wallet::open(path);
        QVERIFY(wallet.ok());
        auto keychain = vault(m_service);
        HolderKeyStore store(**wallet, keychain.get(), kFastScrypt);
        QVERIFY(!store.needsPassphrase());
        auto key = store.obtain();
        QVERIFY(key.ok());
        QCOMPARE(key->did(), did);
        QVERIFY(presentationVerifies(*key));
        QCOMPARE((*wallet)->holderKeys().size(), 1);
    }

    // The backup carries the key sealed under the backup passphrase; restored on "another
    // computer" (another keychain service), it moves into that keychain and signs there.
    // The vault itself: a secret stored, read back by QtKeychain in another process and by the
    // vault, then removed (removing again is not an error; reading then says "not-found").
    void vaultStoresLoadsRemoves()
    {
        if (testMode() != QLatin1String("session"))
            QSKIP("needs the keyring session");
        auto keychain = vault(m_service);
        const QString entry = QStringLiteral("raw-entry");
        const SecureBytes secret = SecureBytes::random(32);
        QVERIFY(keychain->store(entry, secret).ok());
        const KeychainEntry stored = readKeychain(m_service, entry);
        QCOMPARE(stored.error, int(QKeychain::NoError));
        QCOMPARE(stored.bytes, QByteArray(reinterpret_cast<const char *>(secret.data()), 32));
        auto loaded = keychain->load(entry);
        QVERIFY(loaded.ok());
        QVERIFY(*loaded == secret);
        QVERIFY(keychain->remove(entry).ok());
        QVERIFY(keychain->remove(entry).ok());
        QCOMPARE(keychain->load(entry).error().code, QStringLiteral("not-found"));
        QCOMPARE(readKeychain(m_service, entry).error, int(QKeychain::EntryNotFound));
    }

    // A second identity, did:jwk P-256, made in the real keychain beside the Ed25519 one: its
    // scalar is there (and not in the wallet), it signs ES256 for its DID after a reopen, and
    // retiring it removes the entry.
    void p256IdentityInKeychain()
    {
        if (testMode() != QLatin1String("session"))
            QSKIP("needs the keyring session");
        const QString path = newPath();
        QString did;
        {
            auto wallet = Wallet::open(path);
            QVERIFY(wallet.ok());
            auto keychain = vault(m_service);
            HolderKeyStore store(**wallet, keychain.get(), kFastScrypt);
            QVERIFY(store.create(QStringLiteral("ed25519"), QStringLiteral("School")).ok());
            auto work = store.create(QStringLiteral("p256"), QStringLiteral("Work"));
            QVERIFY2(work.ok(), qPrintable(work.ok() ? QString() : work.error().message));
            QCOMPARE(work->storage, QStringLiteral("keychain"));
            did = work->did;
        }
        const KeychainEntry entry = readKeychain(m_service, did);
        QCOMPARE(entry.error, int(QKeychain::NoError));
        QCOMPARE(entry.bytes.size(), 32);
        QVERIFY(!containsSeed(walletBytes(path), entry.bytes));

        auto wallet = Wallet::open(path);
        QVERIFY(wallet.ok());
        auto keychain = vault(m_service);
        HolderKeyStore store(**wallet, keychain.get(), kFastScrypt);
        QVERIFY(!store.needsPassphrase(did));
        auto key = store.signingKey(did);
        QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.error().message));
        QCOMPARE((*key)->jwsAlgorithm(), QByteArray("ES256"));
        auto resolved = DidResolver::resolveLocal((*key)->verificationMethod());
        QVERIFY(resolved.ok());
        const QByteArray message("eyJhbGciOiJFUzI1NiJ9.eyJub25jZSI6ImsifQ");
        auto signature = (*key)->sign(message);
        QVERIFY(signature.ok());
        QVERIFY(Signature::verify(SignatureAlgorithm::ES256, resolved->key, message, *signature).ok());

        QVERIFY(store.retire(did).ok());
        QCOMPARE(readKeychain(m_service, did).error, int(QKeychain::EntryNotFound));
        QCOMPARE(store.list().size(), 1);
    }

    void backupRestoresIntoFreshKeychain()
    {
        if (testMode() != QLatin1String("session"))
            QSKIP("needs the keyring session");
        const QString source = newPath();
        const QString backup = m_dir.filePath(QStringLiteral("keychain.satchel-backup"));
        auto keychain = vault(m_service);
        QString did;
        {
            auto wallet = Wallet::open(source);
            HolderKeyStore store(**wallet, keychain.get(), kFastScrypt);
            auto key = store.obtain();
            QVERIFY(key.ok());
            did = key->did();
        }
        const QByteArray seed = readKeychain(m_service, did).bytes;
        QCOMPARE(seed.size(), 32);
        QVERIFY(BackupWriter::write(source, backup, kBackupPassphrase, kFastScrypt,
                                    [&keychain](Wallet &snapshot, QByteArrayView passphrase) {
                                        return HolderKeyStore::sealForBackup(snapshot, passphrase, keychain.get(),
                                                                             kFastScrypt);
                                    })
                    .ok());
        QVERIFY(!containsSeed(walletBytes(source), seed)); // the live wallet still never holds it
        QFile backupFile(backup);
        QVERIFY(backupFile.open(QIODevice::ReadOnly));
        QVERIFY(!containsSeed(backupFile.readAll(), seed));

        const QString restored = newPath();
        QVERIFY(restoreFile(backup, kBackupPassphrase, restored).ok());
        QCOMPARE(readKeychain(m_otherComputer, did).error, int(QKeychain::EntryNotFound));
        auto otherKeychain = vault(m_otherComputer);
        QCOMPARE(adoptRestored(restored, kBackupPassphrase, otherKeychain.get()), 1);
        QCOMPARE(readKeychain(m_otherComputer, did).bytes, seed);
        QVERIFY(!containsSeed(walletBytes(restored), seed));

        auto wallet = Wallet::open(restored);
        QCOMPARE((*wallet)->holderKey()->storage, QStringLiteral("keychain"));
        QVERIFY((*wallet)->holderKey()->sealedKey.isEmpty());
        HolderKeyStore store(**wallet, otherKeychain.get(), kFastScrypt);
        QVERIFY(!store.needsPassphrase());
        auto key = store.obtain();
        QVERIFY(key.ok());
        QCOMPARE(key->did(), did);
        QVERIFY(presentationVerifies(*key));
    }

    void retiringRemovesFromKeychain()
    {
        if (testMode() != QLatin1String("session"))
            QSKIP("needs the keyring session");
        auto wallet = Wallet::open(newPath());
        auto keychain = vault(m_service);
        HolderKeyStore store(**wallet, keychain.get(), kFastScrypt);
        auto key = store.obtain();
        QVERIFY(key.ok());
        const QString did = key->did();
        QCOMPARE(readKeychain(m_service, did).error, int(QKeychain::NoError));

        // Not while a link it signed is still shared: only this key can stop it.
        PublicLinkRecord link;
        link.credentialId = QStringLiteral("urn:uuid:test");
        link.credentialName = QStringLiteral("Test");
        link.server = QStringLiteral("http://127.0.0.1:1");
        link.viewUrl = link.server + QStringLiteral("/view");
        link.getUrl = link.server + QStringLiteral("/get");
        link.unshareUrl = link.server + QStringLiteral("/unshare");
        link.holderDid = did;
        link.createdAt = QDateTime::currentDateTimeUtc();
        auto linkId = (*wallet)->addPublicLink(link);
        QVERIFY2(linkId.ok(), qPrintable(linkId.ok() ? QString() : linkId.error().message));
        QCOMPARE(store.retire(did).error().code, QStringLiteral("key-in-use"));
        QCOMPARE(readKeychain(m_service, did).error, int(QKeychain::NoError));

        QVERIFY((*wallet)->markPublicLinkStopped(*linkId, QDateTime::currentDateTimeUtc()).ok());
        QVERIFY(store.retire(did).ok());
        QCOMPARE(readKeychain(m_service, did).error, int(QKeychain::EntryNotFound));
        QVERIFY(!(*wallet)->holderKey(did));
        QCOMPARE(store.retire(did).error().code, QStringLiteral("holder-key-missing"));

        // The next use makes a new key, in the keychain again.
        auto next = store.obtain();
        QVERIFY(next.ok());
        QVERIFY(next->did() != did);
        QCOMPARE(readKeychain(m_service, next->did()).error, int(QKeychain::NoError));
    }

    // The GUI's way: each request on a worker thread that then goes idle or ends. Every call must
    // still be answered (QtKeychain's job queue once lived in the first caller's thread).
    void callsFromShortLivedThreads()
    {
        if (testMode() != QLatin1String("session"))
            QSKIP("needs the keyring session");
        const QString path = newPath();
        QString dids[3];
        QElapsedTimer clock;
        clock.start();
        for (QString &did : dids) {
            std::unique_ptr<QThread> worker(QThread::create([this, &path, &did] {
                auto wallet = Wallet::open(path);
                auto keychain = vault(m_service, 10s);
                HolderKeyStore store(**wallet, keychain.get(), kFastScrypt);
                if (auto key = store.obtain())
                    did = key->did();
            }));
            worker->start();
            QVERIFY(worker->wait(30000));
        }
        QVERIFY(!dids[0].isEmpty());
        QCOMPARE(dids[1], dids[0]);
        QCOMPARE(dids[2], dids[0]);
        QVERIFY(clock.elapsed() < 10000); // no call waited for a timeout
    }

    // Last: a keychain service that stops answering (SIGSTOP) makes calls time out, not hang, and
    // the key is sealed under a passphrase instead.
    void stuckKeychainTimesOutToSealed()
    {
        if (testMode() != QLatin1String("session"))
            QSKIP("needs the keyring session");
        const auto pid = QDBusConnection::sessionBus().interface()->servicePid(QStringLiteral("org.freedesktop.secrets"));
        QVERIFY2(pid.isValid() && pid.value() > 1, "no Secret Service on the session bus");
        QCOMPARE(::kill(pid_t(pid.value()), SIGSTOP), 0);
        struct Resume {
            pid_t pid;
            ~Resume() { ::kill(pid, SIGCONT); }
        } resume{pid_t(pid.value())};

        auto wallet = Wallet::open(newPath());
        auto keychain = vault(m_service, 2s);
        HolderKeyStore store(**wallet, keychain.get(), kFastScrypt);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(store.needsPassphrase()); // the probe timed out
        QVERIFY(clock.elapsed() < 10000);
        auto none = store.obtain();
        QCOMPARE(none.error().code, QStringLiteral("passphrase-needed"));
        auto key = store.obtain(kPassphrase);
        QVERIFY(key.ok());
        QCOMPARE((*wallet)->holderKey()->storage, QStringLiteral("sealed"));
        QVERIFY(clock.elapsed() < 10000); // one timeout, not one per call
        QVERIFY(presentationVerifies(*key));
    }

    // No session bus at all (a server, a container): the keychain says so at once, the key is sealed.
    void noSessionBusFallsBackToSealed()
    {
        if (testMode() != QLatin1String("no-bus"))
            QSKIP("run with --no-bus");
        QVERIFY(qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"));
        auto wallet = Wallet::open(newPath());
        auto keychain = vault(m_service, 5s);
        HolderKeyStore store(**wallet, keychain.get(), kFastScrypt);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(!keychain->isAvailable());
        QVERIFY(store.needsPassphrase());
        const auto none = store.obtain();
        QCOMPARE(none.error().code, QStringLiteral("passphrase-needed"));
        QVERIFY(!none.error().message.isEmpty());
        auto key = store.obtain(kPassphrase);
        QVERIFY(key.ok());
        QCOMPARE((*wallet)->holderKey()->storage, QStringLiteral("sealed"));
        QVERIFY(clock.elapsed() < 10000);
        QVERIFY(presentationVerifies(*key));
    }
};

int main(int argc, char **argv)
{
    if (argc == 4 && std::strcmp(argv[1], "--read-keychain") == 0)
        return readKeychainMain(argc, argv);
    QCoreApplication app(argc, argv);
    TestHolderKeyKeychain test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "TestHolderKeyKeychain.moc"
