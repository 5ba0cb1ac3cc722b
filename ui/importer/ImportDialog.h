// Import from files, a folder, a URL or the clipboard. ImportService runs on a worker thread with
// its own wallet connection; the dialog shows progress, can cancel, and lists what happened to
// each input. The UI thread never waits on an import.
#pragma once

#include "common/BackgroundJob.h"
#include "importer/ImportReport.h"

#include <QDialog>
#include <QUrl>

#include <memory>

namespace Satchel {

namespace Ui {
class ImportDialog;
}

class NetworkMode;
class ProgressStrip;

class ImportDialog : public QDialog {
    Q_OBJECT
public:
    // The most pasted text taken as a credential (a credential file is capped at 16 MB too).
    static constexpr qsizetype kMaxPasteBytes = 16 * 1024 * 1024;
    // Dropped or pasted URLs as import inputs: local files as paths, the rest as URLs.
    static QStringList inputsOf(const QList<QUrl> &urls);

    explicit ImportDialog(const QString &walletPath, QWidget *parent = nullptr);
    ~ImportDialog() override;

    void setWalletPath(const QString &walletPath);
    // The application's (offline: URLs and linked documents are not fetched); null: online. Not owned.
    void setNetworkMode(NetworkMode *network) { m_network = network; }
    // Queue an import; it starts at once unless another one is running.
    void importPaths(const QStringList &inputs);
    void importText(const QByteArray &text, const QString &sourceName = QStringLiteral("clipboard"));
    bool isRunning() const;
    void cancel();
    const ImportReport &lastReport() const { return m_lastReport; }

Q_SIGNALS:
    // versionCount: copies kept as another version of a credential already in the wallet (its
    // verification is stale until it is verified again).
    void importFinished(int importedCount, int versionCount);

protected:
    void reject() override;
    void changeEvent(QEvent *event) override;

private:
    struct Job {
        QStringList paths;
        QByteArray text;
        QString sourceName;
        bool isText = false;
    };
    void retranslateUi();
    void startNext();
    void onProgress(int done, int total, const QString &lastInput);
    void onFinished(const ImportReport &report);
    void chooseFiles();
    void chooseFolder();
    void importUrl();
    void pasteClipboard();
    void appendReport(const ImportReport &report);
    static QString outcomeText(const ImportItemReport &item);

    QString m_walletPath;
    NetworkMode *m_network = nullptr;
    // Before m_job, which ends the import on destruction: the widgets stay reachable until then.
    std::unique_ptr<Ui::ImportDialog> m_ui; // ImportDialog.ui
    ProgressStrip *m_progress = nullptr;
    QList<Job> m_queue;
    BackgroundJob m_job;
    ImportReport m_lastReport;
    bool m_closeWhenDone = false;

};

} // namespace Satchel
