#include "QtKeychainVault.h"

#ifdef SATCHEL_HAVE_QTKEYCHAIN
#include <qt6keychain/keychain.h>
#endif

#include <QEventLoop>
#include <QLoggingCategory>
#include <QTimer>

#include <openssl/crypto.h>

namespace Satchel {

namespace {

Q_LOGGING_CATEGORY(lcKeychain, "satchel.core.share.keychain")

#ifdef SATCHEL_HAVE_QTKEYCHAIN
// Runs a job to its end in a local event loop, or until the timeout (then false). A job that timed
// out is not deleted here: its backend (libsecret, D-Bus) still holds a pointer to it, so it is
// left to delete itself whenever it finishes.
template <typename JobType>
bool runJob(std::unique_ptr<JobType> &job, std::chrono::milliseconds timeout)
{
    job->setAutoDelete(false);
    bool finished = false;
    QEventLoop loop;
    QObject::connect(job.get(), &QKeychain::Job::finished, &loop, [&finished, &loop] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(timeout, &loop, &QEventLoop::quit);
    job->start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (finished)
        return true;
    job->setAutoDelete(true);
    (void)job.release();
    return false;
}

Error keychainError(const QKeychain::Job &job)
{
    if (job.error() == QKeychain::EntryNotFound)
        return Error{QStringLiteral("not-found"), QtKeychainVault::tr("The keychain has no such entry.")};
    return Error{QStringLiteral("keychain-unavailable"),
                 QtKeychainVault::tr("The keychain refused: %1").arg(job.errorString())};
}
#else
Error builtWithout()
{
    return Error{QStringLiteral("keychain-unavailable"),
                 QtKeychainVault::tr("Satchel was built without keychain support.")};
}
#endif

} // namespace

QString QtKeychainVault::defaultService()
{
    return QStringLiteral("Satchel holder key");
}

QtKeychainVault::QtKeychainVault(const QString &service, std::chrono::milliseconds timeout)
    : m_service(service), m_timeout(timeout)
{
}

std::unique_ptr<KeyVault> QtKeychainVault::create(const QString &service, std::chrono::milliseconds timeout)
{
#ifdef SATCHEL_HAVE_QTKEYCHAIN
    if (qEnvironmentVariableIntValue("SATCHEL_NO_KEYCHAIN") != 0)
        return nullptr;
    return std::unique_ptr<KeyVault>(new QtKeychainVault(service, timeout));
#else
    Q_UNUSED(service);
    Q_UNUSED(timeout);
    return nullptr;
#endif
}

// Once the keychain has failed to answer in time, every later call fails at once: waiting again
// would only block again (QtKeychain runs one job at a time, behind the stuck one).
Error QtKeychainVault::timedOut()
{
    m_available = false;
    const int seconds = int((m_timeout.count() + 999) / 1000);
    qCWarning(lcKeychain, "the keychain did not answer within %d s; holder keys will be sealed under a passphrase",
              seconds);
    return Error{QStringLiteral("keychain-unavailable"),
                 tr("The keychain did not answer within %n second(s).", nullptr, seconds)};
}

bool QtKeychainVault::isAvailable()
{
#ifdef SATCHEL_HAVE_QTKEYCHAIN
    if (!m_available) {
        // Reading an entry that does not exist tells a working keychain ("not found") from none.
        auto probe = std::make_unique<QKeychain::ReadPasswordJob>(m_service);
        probe->setKey(QStringLiteral("satchel-probe"));
        if (!runJob(probe, m_timeout)) {
            (void)timedOut();
            return false;
        }
        m_available = probe->error() == QKeychain::NoError || probe->error() == QKeychain::EntryNotFound;
        if (!*m_available)
            qCInfo(lcKeychain, "no keychain: %s", qPrintable(probe->errorString()));
    }
    return *m_available;
#else
    return false;
#endif
}

Status QtKeychainVault::store(const QString &entry, const SecureBytes &secret)
{
#ifdef SATCHEL_HAVE_QTKEYCHAIN
    if (m_available == false)
        return Error{QStringLiteral("keychain-unavailable"), tr("The keychain cannot be reached.")};
    auto job = std::make_unique<QKeychain::WritePasswordJob>(m_service);
    job->setKey(entry);
    QByteArray bytes(reinterpret_cast<const char *>(secret.data()), qsizetype(secret.size()));
    job->setBinaryData(bytes);
    OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
    if (!runJob(job, m_timeout))
        return timedOut();
    if (job->error() != QKeychain::NoError)
        return keychainError(*job);
    return {};
#else
    Q_UNUSED(entry);
    Q_UNUSED(secret);
    return builtWithout();
#endif
}

Result<SecureBytes> QtKeychainVault::load(const QString &entry)
{
#ifdef SATCHEL_HAVE_QTKEYCHAIN
    if (m_available == false)
        return Error{QStringLiteral("keychain-unavailable"), tr("The keychain cannot be reached.")};
    auto job = std::make_unique<QKeychain::ReadPasswordJob>(m_service);
    job->setKey(entry);
    if (!runJob(job, m_timeout))
        return timedOut();
    if (job->error() != QKeychain::NoError)
        return keychainError(*job);
    QByteArray bytes = job->binaryData();
    SecureBytes secret(bytes.constData(), size_t(bytes.size()));
    OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
    return secret;
#else
    Q_UNUSED(entry);
    return builtWithout();
#endif
}

Status QtKeychainVault::remove(const QString &entry)
{
#ifdef SATCHEL_HAVE_QTKEYCHAIN
    if (m_available == false)
        return Error{QStringLiteral("keychain-unavailable"), tr("The keychain cannot be reached.")};
    auto job = std::make_unique<QKeychain::DeletePasswordJob>(m_service);
    job->setKey(entry);
    if (!runJob(job, m_timeout))
        return timedOut();
    if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound)
        return keychainError(*job);
    return {};
#else
    Q_UNUSED(entry);
    return builtWithout();
#endif
}

} // namespace Satchel
