#include "print/CertificateBatchExporter.h"

#include "common/BackgroundJob.h"
#include "export/CertificateWriter.h"
#include "io/AtomicFile.h"
#include "io/UniqueFileName.h"
#include "export/TranscriptWriter.h"
#include "print/CertificateRenderer.h"
#include "storage/Wallet.h"

#include <QDir>
#include <QTimer>

namespace Satchel {

CertificateBatchExporter::CertificateBatchExporter(Wallet *wallet, QObject *parent)
    : QObject(parent)
    , m_wallet(wallet)
    , m_renderer(new CertificateRenderer(this))
{
    connect(m_renderer, &CertificateRenderer::rendered, this, &CertificateBatchExporter::onRendered);
    // Queued: render() reports some failures at once, and next() must not recurse per credential.
    connect(
        m_renderer, &CertificateRenderer::renderFailed, this,
        [this](const QString &, const QString &message) {
            recordFailure(message);
            next();
        },
        Qt::QueuedConnection);
}

bool CertificateBatchExporter::start(const QList<qint64> &credentialIds, const CertificateOptions &options,
    const QString &folder, Output output, const QString &transcriptTitle)
{
    if (m_running || !QDir().mkpath(folder))
        return false;
    m_ids = credentialIds;
    m_options = options;
    m_options.printedAt = QDateTime::currentDateTimeUtc(); // one print time for the whole batch
    m_folder = folder;
    m_output = output;
    m_transcriptTitle = transcriptTitle;
    m_done = 0;
    m_cancelled = false;
    // Two badges with the same name must not overwrite each other, nor files already there.
    m_fileNames = UniqueFileName(UniqueFileName::Style::Parenthesised, folder);
    m_job = {};
    m_written.clear();
    m_failures.clear();
    m_running = true;
    // Started from the event loop, so a caller connects to progressed() before the first report.
    QTimer::singleShot(0, this, &CertificateBatchExporter::next);
    return true;
}

void CertificateBatchExporter::cancel()
{
    m_cancelled = true;
}

void CertificateBatchExporter::recordFailure(const QString &message)
{
    m_failures << (m_job.credentialId > 0 ? tr("Credential %1: %2").arg(m_job.credentialId).arg(message) : message);
}

void CertificateBatchExporter::render(const CertificateJob &job)
{
    m_job = job;
    m_renderer->render(m_job.html, CertificateRenderer::pageLayout(m_options.paper, m_options.landscape, m_job.marginMillimetres));
}

void CertificateBatchExporter::prepareTranscript()
{
    // Reading every credential is bulk work; it cannot stop half-way, and nothing waits for it
    // if the batch goes meanwhile.
    auto *reading = new BackgroundJob(this, BackgroundJob::OnDestroy::CancelAndLeave);
    reading->start(
        m_wallet->path(),
        [ids = m_ids, options = m_options, title = m_transcriptTitle](Wallet &wallet, JobControl &) {
            return TranscriptWriter::prepare(wallet, ids, options, title);
        },
        [this, reading](const Result<CertificateJob> &job) {
            reading->deleteLater();
            if (!job || m_cancelled) {
                if (!job)
                    recordFailure(job.error().message);
                next();
                return;
            }
            render(*job);
        });
}

void CertificateBatchExporter::next()
{
    // Each credential is one turn of the event loop at least, so Cancel and repaints get through.
    while (m_running) {
        const int total = m_output == Output::Transcript ? 1 : int(m_ids.size());
        Q_EMIT progressed(m_done, total);
        if (m_cancelled || m_done >= total) {
            m_running = false;
            Q_EMIT finished(m_cancelled);
            return;
        }
        if (m_output == Output::Transcript) {
            m_done = 1;
            prepareTranscript();
            return;
        }
        const qint64 id = m_ids.at(m_done++);
        auto job = CertificateWriter::prepare(*m_wallet, id, m_options);
        if (!job) {
            m_job = {};
            m_job.credentialId = id;
            recordFailure(job.error().message);
            continue;
        }
        render(*job);
        return;
    }
}

void CertificateBatchExporter::onRendered(const QByteArray &pdf)
{
    auto finished = CertificateWriter::finish(m_job, pdf);
    if (!finished) {
        recordFailure(finished.error().message);
    } else {
        const QString path = QDir(m_folder).filePath(m_fileNames.take(m_job.fileName));
        if (const Status written = AtomicFile::write(path, *finished))
            m_written << path;
        else
            recordFailure(written.error().message);
    }
    next();
}

} // namespace Satchel
