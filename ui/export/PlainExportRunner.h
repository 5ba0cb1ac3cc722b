// File → Export → Everything as a zip…: every credential as plain files (PlainExporter), with a
// printable PDF certificate of each when asked. The certificates are drawn one after the other by
// CertificateBatchExporter (QtWebEngine, through the event loop) into a temporary folder; the zip
// is then built on a worker thread with a wallet connection of its own. Both stages report
// progress and stop on cancel; a cancelled or failed export leaves no zip behind.
#pragma once

#include "Result.h"
#include "common/BackgroundJob.h"
#include "export/PlainExporter.h"

#include <QObject>
#include <QTemporaryDir>

#include <memory>

namespace Satchel {

class CertificateBatchExporter;
class Wallet;

class PlainExportRunner : public QObject {
    Q_OBJECT
public:
    explicit PlainExportRunner(Wallet *wallet, QObject *parent = nullptr);
    ~PlainExportRunner() override;

    // False (nothing started) while an export runs.
    bool start(const QString &outPath, bool withCertificates);
    void cancel();
    bool isRunning() const { return m_running; }
    // After finished(true): what went into the zip.
    const PlainExporter::Summary &summary() const { return m_summary; }

Q_SIGNALS:
    void progressed(int done, int total, const QString &stage);
    void finished(bool ok, const QString &message);

private:
    void startArchive();
    void archiveWritten(const Result<PlainExporter::Summary> &written);
    void finish(bool ok, const QString &message);

    Wallet *m_wallet;
    CertificateBatchExporter *m_certificates = nullptr;
    std::unique_ptr<QTemporaryDir> m_certificateDir;
    bool m_cancelled = false;
    BackgroundJob m_archive; // the zip, written with the job's own wallet connection
    PlainExporter::Summary m_summary;
    QString m_outPath;
    bool m_running = false;
};

} // namespace Satchel
