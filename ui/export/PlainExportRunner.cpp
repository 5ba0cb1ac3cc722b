#include "export/PlainExportRunner.h"

#include "export/CertificateOptions.h"
#include "print/CertificateBatchExporter.h"
#include "storage/Wallet.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Satchel {

PlainExportRunner::PlainExportRunner(Wallet *wallet, QObject *parent)
    : QObject(parent)
    , m_wallet(wallet)
{
    m_archive.setProgressInterval(40); // 25 updates a second are plenty for a progress bar
    connect(&m_archive, &BackgroundJob::progressed, this,
            [this](int done, int total) { Q_EMIT progressed(done, total, tr("Writing the zip…")); });
}

// m_archive cancels and waits: a cancelled export leaves no zip behind.
PlainExportRunner::~PlainExportRunner() = default;

void PlainExportRunner::archiveWritten(const Result<PlainExporter::Summary> &written)
{
    if (!written) {
        finish(false, written.error().message);
        return;
    }
    m_summary = *written;
    finish(true, tr("%n credential(s) exported to %1.", nullptr, m_summary.credentials)
                     .arg(QDir::toNativeSeparators(m_outPath)));
}

bool PlainExportRunner::start(const QString &outPath, bool withCertificates)
{
    if (m_running || !m_wallet)
        return false;
    m_running = true;
    m_outPath = outPath;
    m_summary = {};
    m_cancelled = false;
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
        if (cancelled || m_cancelled) {
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
    const QString outPath = m_outPath;
    m_archive.start(
        m_wallet->path(),
        [outPath, certificates](Wallet &wallet, JobControl &control) {
            return PlainExporter::write(
                wallet, outPath, certificates, [&control](int done, int total) { control.reportProgress(done, total); },
                control.cancelFlag());
        },
        [this](const Result<PlainExporter::Summary> &written) { archiveWritten(written); });
}

void PlainExportRunner::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    m_archive.cancel();
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
