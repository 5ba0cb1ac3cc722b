#include "QtKeychainVault.h"

#include "share/Logging.h"

#ifdef SATCHEL_HAVE_QTKEYCHAIN
#include <qt6keychain/keychain.h>
#endif

#include <QThread>

#include <openssl/crypto.h>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>

namespace Satchel {

namespace {

#ifdef SATCHEL_HAVE_QTKEYCHAIN
// What a finished job said.
struct JobOutcome {
    QKeychain::Error error = QKeychain::OtherError;
    QString errorString;
    QByteArray data;
};

// One call's meeting point between the caller, who waits at most the timeout, and the keychain
// thread, where the job ends whenever it ends.
struct JobCall {
    std::mutex mutex;
    std::condition_variable done;
    bool finished = false;
    bool abandoned = false;
    JobOutcome outcome;
};

// Jobs whose caller gave up waiting and that have not finished yet: QtKeychain runs one job at a
// time, so while there is one every new job would only wait behind it.
std::atomic<int> s_abandonedJobs{0};

// Every QtKeychain job runs on this one long-lived thread. QtKeychain queues jobs in a process-wide
// executor that lives in the thread of the first job and learns that a job ended through that
// thread's event loop: jobs started from short-lived worker threads (QtConcurrent) could wait
// behind a finished one forever. Here the loop always runs, and callers need none of their own.
QObject *keychainThreadContext()
{
    static QObject *context = [] {
        auto *thread = new QThread;
        thread->setObjectName(QStringLiteral("satchel-keychain"));
        auto *object = new QObject;
        object->moveToThread(thread);
        thread->start();
        qAddPostRoutine([] {
            QThread *running = keychainThreadContext()->thread();
            running->quit();
            running->wait(2000); // a job stuck in D-Bus must not hold the application's exit
        });
        return object;
    }();
    return context;
}

// A job on one entry of service; setUp adds what a write carries.
template <class JobType>
std::function<QKeychain::Job *()> entryJob(const QString &service, const QString &key,
                                           std::function<void(JobType *)> setUp = {})
{
    return [service, key, setUp] {
        auto *job = new JobType(service);
        job->setKey(key);
        if (setUp)
            setUp(job);
        return job;
    };
}

// Starts the job makeJob builds on the keychain thread and waits for it up to timeout. A job that
// times out is left there to finish and delete itself: its backend (libsecret) still points to it.
std::optional<JobOutcome> runJob(std::function<QKeychain::Job *()> makeJob, std::chrono::milliseconds timeout)
{
    auto call = std::make_shared<JobCall>();
    QMetaObject::invokeMethod(keychainThreadContext(), [call, makeJob = std::move(makeJob)] {
        QKeychain::Job *job = makeJob();
        job->setAutoDelete(true);
        QObject::connect(job, &QKeychain::Job::finished, job, [call](QKeychain::Job *finished) {
            std::lock_guard<std::mutex> lock(call->mutex);
            call->outcome.error = finished->error();
            call->outcome.errorString = finished->errorString();
            if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(finished))
                call->outcome.data = read->binaryData();
            call->finished = true;
            if (call->abandoned)
                --s_abandonedJobs;
            call->done.notify_all();
        });
        job->start();
    }, Qt::QueuedConnection);

    std::unique_lock<std::mutex> lock(call->mutex);
    if (!call->done.wait_for(lock, timeout, [&call] { return call->finished; })) {
        call->abandoned = true;
        ++s_abandonedJobs;
        return std::nullopt;
    }
    JobOutcome outcome = std::move(call->outcome);
    OPENSSL_cleanse(call->outcome.data.data(), size_t(call->outcome.data.size()));
    return outcome;
}

Error keychainError(const JobOutcome &outcome)
{
    if (outcome.error == QKeychain::EntryNotFound)
        return Error{QStringLiteral("not-found"), QtKeychainVault::tr("The keychain has no such entry.")};
    return Error{QStringLiteral("keychain-unavailable"),
                 QtKeychainVault::tr("The keychain refused: %1").arg(outcome.errorString)};
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

Error QtKeychainVault::timedOut()
{
    m_available = false;
    const int seconds = int((m_timeout.count() + 999) / 1000);
    qCWarning(lcShare, "the keychain did not answer within %d s; holder keys will be sealed under a passphrase",
              seconds);
    return Error{QStringLiteral("keychain-unavailable"),
                 tr("The keychain did not answer within %n second(s).", nullptr, seconds)};
}

// Once the keychain has failed to answer in time, later calls fail at once: waiting again would
// only block again, behind the job that is still stuck.
std::optional<Error> QtKeychainVault::unreachable() const
{
#ifdef SATCHEL_HAVE_QTKEYCHAIN
    if (m_available == false || s_abandonedJobs > 0)
        return Error{QStringLiteral("keychain-unavailable"), tr("The keychain cannot be reached.")};
#endif
    return std::nullopt;
}

bool QtKeychainVault::isAvailable()
{
#ifdef SATCHEL_HAVE_QTKEYCHAIN
    if (!m_available && s_abandonedJobs > 0)
        m_available = false;
    if (!m_available) {
        // Reading an entry that does not exist tells a working keychain ("not found") from none.
        auto probe = runJob(entryJob<QKeychain::ReadPasswordJob>(m_service, QStringLiteral("satchel-probe")), m_timeout);
        if (!probe) {
            (void)timedOut();
            return false;
        }
        m_available = probe->error == QKeychain::NoError || probe->error == QKeychain::EntryNotFound;
        if (!*m_available)
            qCInfo(lcShare, "no keychain: %s", qPrintable(probe->errorString));
    }
    return *m_available;
#else
    return false;
#endif
}

Status QtKeychainVault::store(const QString &entry, const SecureBytes &secret)
{
#ifdef SATCHEL_HAVE_QTKEYCHAIN
    if (auto error = unreachable())
        return *error;
    auto bytes = std::make_shared<QByteArray>(reinterpret_cast<const char *>(secret.data()), qsizetype(secret.size()));
    auto outcome = runJob(entryJob<QKeychain::WritePasswordJob>(m_service, entry,
                                                               [bytes](QKeychain::WritePasswordJob *job) {
                                                                   job->setBinaryData(*bytes);
                                                                   OPENSSL_cleanse(bytes->data(), size_t(bytes->size()));
                                                               }),
                          m_timeout);
    if (!outcome)
        return timedOut();
    if (outcome->error != QKeychain::NoError)
        return keychainError(*outcome);
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
    if (auto error = unreachable())
        return *error;
    auto outcome = runJob(entryJob<QKeychain::ReadPasswordJob>(m_service, entry), m_timeout);
    if (!outcome)
        return timedOut();
    if (outcome->error != QKeychain::NoError)
        return keychainError(*outcome);
    SecureBytes secret(outcome->data.constData(), size_t(outcome->data.size()));
    OPENSSL_cleanse(outcome->data.data(), size_t(outcome->data.size()));
    return secret;
#else
    Q_UNUSED(entry);
    return builtWithout();
#endif
}

Status QtKeychainVault::remove(const QString &entry)
{
#ifdef SATCHEL_HAVE_QTKEYCHAIN
    if (auto error = unreachable())
        return *error;
    auto outcome = runJob(entryJob<QKeychain::DeletePasswordJob>(m_service, entry), m_timeout);
    if (!outcome)
        return timedOut();
    if (outcome->error != QKeychain::NoError && outcome->error != QKeychain::EntryNotFound)
        return keychainError(*outcome);
    return {};
#else
    Q_UNUSED(entry);
    return builtWithout();
#endif
}

} // namespace Satchel
