// Writes one certificate PDF per credential into a folder, one after the other, or one transcript
// of them all, without blocking the UI thread: each page is laid out by QtWebEngine in its own
// process and reported back through the event loop; between two of them the UI thread only fills
// a template and appends to a PDF. A transcript's page is filled on a worker thread (it reads and
// parses every credential).
#pragma once

#include "export/CertificateJob.h"
#include "export/CertificateOptions.h"
#include "io/UniqueFileName.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

namespace Satchel {

class CertificateRenderer;
class Wallet;

class CertificateBatchExporter : public QObject {
    Q_OBJECT
public:
    CertificateBatchExporter(Wallet *wallet, QObject *parent = nullptr);

    enum class Output { OnePerCredential, Transcript };

    // Starts exporting; false (and nothing started) while a batch runs. transcriptTitle names what
    // a transcript covers (a collection, a pathway); empty for a plain selection.
    bool start(const QList<qint64> &credentialIds, const CertificateOptions &options, const QString &folder,
        Output output = Output::OnePerCredential, const QString &transcriptTitle = {});
    void cancel(); // the file being written is finished, nothing after it
    bool isRunning() const { return m_running; }
    QStringList writtenFiles() const { return m_written; }
    QStringList failures() const { return m_failures; }

Q_SIGNALS:
    void progressed(int done, int total);
    void finished(bool cancelled);

private:
    void next();
    void prepareTranscript();
    void render(const CertificateJob &job);
    void onRendered(const QByteArray &pdf);
    void recordFailure(const QString &message);

    Wallet *m_wallet;
    CertificateRenderer *m_renderer = nullptr;
    QList<qint64> m_ids;
    CertificateOptions m_options;
    QString m_folder;
    Output m_output = Output::OnePerCredential;
    QString m_transcriptTitle;
    CertificateJob m_job;
    int m_done = 0;
    bool m_running = false;
    bool m_cancelled = false;
    UniqueFileName m_fileNames;
    QStringList m_written;
    QStringList m_failures;
};

} // namespace Satchel
