#include "QtKeychainVault.h"

#ifdef SATCHEL_HAVE_QTKEYCHAIN
#include <qt6keychain/keychain.h>
#endif

#include <QEventLoop>

#include <openssl/crypto.h>

namespace Satchel {

namespace {

const QString kService = QStringLiteral("Satchel holder key");

#ifdef SATCHEL_HAVE_QTKEYCHAIN
// Runs a job to its end in a local event loop.
void runJob(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}

Error keychainError(const QKeychain::Job &job)
{
    if (job.error() == QKeychain::EntryNotFound)
        return Error{QStringLiteral("not-found"), QtKeychainVault::tr("The keychain has no such entry.")};
    return Error{QStringLiteral("keychain-unavailable"),
                 QtKeychainVault::tr("The keychain refused: %1").arg(job.errorString())};
}
#endif

} // namespace

std::unique_ptr<KeyVault> QtKeychainVault::create()
{
#ifdef SATCHEL_HAVE_QTKEYCHAIN
    if (qEnvironmentVariableIntValue("SATCHEL_NO_KEYCHAIN") != 0)
        return nullptr;
    return std::unique_ptr<KeyVault>(new QtKeychainVault());
#else
    return nullptr;
#endif
}

bool QtKeychainVault::isAvailable()
{
#ifdef SATCHEL_HAVE_QTKEYCHAIN
    if (!m_available) {
        // Reading an entry that does not exist tells a working keychain ("not found") from none.
        QKeychain::ReadPasswordJob probe(kService);
        probe.setKey(QStringLiteral("satchel-probe"));
        runJob(probe);
        m_available = probe.error() == QKeychain::NoError || probe.error() == QKeychain::EntryNotFound;
    }
    return *m_available;
#else
    return false;
#endif
}

Status QtKeychainVault::store(const QString &entry, const SecureBytes &secret)
{
#ifdef SATCHEL_HAVE_QTKEYCHAIN
    QKeychain::WritePasswordJob job(kService);
    job.setKey(entry);
    QByteArray bytes(reinterpret_cast<const char *>(secret.data()), qsizetype(secret.size()));
    job.setBinaryData(bytes);
    OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
    runJob(job);
    if (job.error() != QKeychain::NoError)
        return keychainError(job);
    return {};
#else
    Q_UNUSED(entry);
    Q_UNUSED(secret);
    return Error{QStringLiteral("keychain-unavailable"), tr("Satchel was built without keychain support.")};
#endif
}

Result<SecureBytes> QtKeychainVault::load(const QString &entry)
{
#ifdef SATCHEL_HAVE_QTKEYCHAIN
    QKeychain::ReadPasswordJob job(kService);
    job.setKey(entry);
    runJob(job);
    if (job.error() != QKeychain::NoError)
        return keychainError(job);
    QByteArray bytes = job.binaryData();
    SecureBytes secret(bytes.constData(), size_t(bytes.size()));
    OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
    return secret;
#else
    Q_UNUSED(entry);
    return Error{QStringLiteral("keychain-unavailable"), tr("Satchel was built without keychain support.")};
#endif
}

Status QtKeychainVault::remove(const QString &entry)
{
#ifdef SATCHEL_HAVE_QTKEYCHAIN
    QKeychain::DeletePasswordJob job(kService);
    job.setKey(entry);
    runJob(job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return keychainError(job);
    return {};
#else
    Q_UNUSED(entry);
    return Error{QStringLiteral("keychain-unavailable"), tr("Satchel was built without keychain support.")};
#endif
}

} // namespace Satchel
