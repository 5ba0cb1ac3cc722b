#include "export/PlainExportRunner.h"

#include "export/CertificateOptions.h"
#include "print/CertificateBatchExporter.h"
#include "storage/Wallet.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

namespace Satchel {

PlainExportRunner::PlainExportRunner(Wallet *wallet, QObject *parent)
    : QObject(parent)
    , m_wallet(wallet)
{
    connect(&m_archive, &QFutureWatcher<Result<PlainExporter::Summary>>::progressValueChanged, this,
            [this](int value) { Q_EMIT progressed(value, m_archive.progressMaximum(), tr("Writing the zip…")); });
    connect(&m_archive, &QFutureWatcher<Result<PlainExporter::Summary>>::finished, this, [this] {
        const Result<PlainExporter::Summary> written = m_archive.result();
        if (!written) {
            finish(false, written.error().message);
            return;
        }
        m_summary = *written;
        finish(true, tr("%n credential(s) exported to %1.", nullptr, m_summary.credentials)
                         .arg(QDir::toNativeSeparators(m_outPath)));
    });
}

PlainExportRunner::~PlainExportRunner()
{
    if (m_cancelled)
        m_cancelled->store(true);
    m_archive.waitForFinished();
}

bool PlainExportRunner::start(const QString &outPath, bool withCertificates)
{
    if (m_running || !m_wallet)
        return false;
    m_running = true;
    m_outPath = outPath;
    m_summary = {};
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    if (!withCertificates) {
        startArchive();
        return true;
    }
    CredentialQuery topLevel;
    topLevel.includeNested = false;
    auto ids = m_wallet->matchingIds(topLevel);
    m_certificateDir = std::make_unique<QTemporaryDir>();
    if (!ids || !m_certificateDir->isValid()) {
        finish(false, ids ? tr("Could not create a temporary folder.") : ids.error().message);
        return true;
    }
    m_certificates = new CertificateBatchExporter(m_wallet, this);
    connect(m_certificates, &CertificateBatchExporter::progressed, this, [this](int done, int total) {
        Q_EMIT progressed(done, total, tr("Drawing the certificates…"));
    });
    connect(m_certificates, &CertificateBatchExporter::finished, this, [this](bool cancelled) {
        m_certificates->deleteLater();
        if (cancelled || m_cancelled->load()) {
            m_certificates = nullptr;
            finish(false, tr("The export was cancelled."));
            return;
        }
        startArchive();
    });
    if (!m_certificates->start(*ids, CertificateOptions{}, m_certificateDir->path()))
        finish(false, tr("The certificates could not be started."));
    return true;
}

void PlainExportRunner::startArchive()
{
    QList<QPair<QString, QByteArray>> certificates;
    if (m_certificates) {
        for (const QString &path : m_certificates->writtenFiles()) {
            QFile file(path);
            if (file.open(QIODevice::ReadOnly))
                certificates.append({QFileInfo(path).fileName(), file.readAll()});
        }
        m_certificates = nullptr;
    }
    const QString walletPath = m_wallet->path();
    const QString outPath = m_outPath;
    const std::shared_ptr<std::atomic_bool> cancelled = m_cancelled;
    m_archive.setFuture(QtConcurrent::run(
        [walletPath, outPath, certificates, cancelled](QPromise<Result<PlainExporter::Summary>> &promise) {
            auto wallet = Wallet::open(walletPath); // a connection of this thread's own
            if (!wallet) {
                promise.addResult(Result<PlainExporter::Summary>(wallet.error()));
                return;
            }
            promise.setProgressRange(0, 1);
            promise.addResult(PlainExporter::write(
                **wallet, outPath, certificates,
                [&promise](int done, int total) {
                    promise.setProgressRange(0, total);
                    promise.setProgressValue(done);
                },
                cancelled.get()));
        }));
}

void PlainExportRunner::cancel()
{
    if (!m_running)
        return;
    m_cancelled->store(true);
    if (m_certificates)
        m_certificates->cancel();
}

void PlainExportRunner::finish(bool ok, const QString &message)
{
    m_running = false;
    m_certificateDir.reset(); // the temporary PDFs are in the zip now, or not wanted
    Q_EMIT finished(ok, message);
}

} // namespace Satchel
