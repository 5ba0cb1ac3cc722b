// The Pathways view: every pathway in the wallet with its owner and progress, and for the selected
// one its requirement tree (met / partly met / not met, in words and symbols, not colour alone),
// what counts and why, what is missing and what to earn next. Imports (file or URL, the URL
// fetched off the UI thread), creates, edits and removes pathways.
#pragma once

#include "Result.h"
#include "common/BackgroundJob.h"
#include "pathways/Pathway.h"
#include "pathways/PathwayEngine.h"
#include "pathways/PathwayOverview.h"
#include "pathways/PathwayProgress.h"

#include <QUrl>
#include <QWidget>
#include <memory>
#include <optional>

class QTreeWidget;
class QTreeWidgetItem;

namespace Satchel {

namespace Ui {
class PathwaysView;
}

class NetworkMode;

class CertificateOptionsStore;
class PathwayStore;
class Wallet;

class PathwaysView : public QWidget {
    Q_OBJECT
public:
    explicit PathwaysView(QWidget *parent = nullptr);
    ~PathwaysView() override;

    // Not owned; null detaches the view (before the wallet closes).
    void setWallet(Wallet *wallet);
    // Where the certificate export remembers its choices (null: not remembered). Not owned.
    void setCertificateOptionsStore(CertificateOptionsStore *store) { m_certificateOptions = store; }
    // The application's (offline: a pathway's URL is not fetched); null: online. Not owned.
    void setNetworkMode(NetworkMode *network) { m_network = network; }
    // Re-reads the pathways and evaluates them again, keeping the selection. When the credentials
    // are stale (or never read) they are read again first, on a worker thread: parsing every
    // credential of a large wallet takes about a second, which the window must not wait for.
    void reload();

    // Marks the progress stale (credentials imported, verified, tagged or removed); it is worked
    // out again when next needed, not on every change.
    void invalidate();
    // The pathways the wallet credential counts toward, for the detail view: what is known now.
    // When that was stale a new reading starts, and progressUpdated() says when it is in.
    QList<PathwayCountsToward> countsToward(qint64 credentialId);
    bool isLoading() const { return m_loader.isRunning(); } // until the reading is applied
    // For tests and the self-test: waits for a reading in progress and applies it.
    void waitForLoaded();

    int pathwayCount() const { return int(m_pathways.size()); }
    QTreeWidget *pathwayList() const;
    QTreeWidget *requirementTree() const;
    bool selectPathway(const QString &id);
    bool isImporting() const { return m_urlImport.isRunning(); }

    void importFile();
    void importUrl();
    void importFromUrl(const QUrl &url);
    void createPathway();
    void editSelected();
    void removeSelected();
    void printTranscript(); // the credentials counting toward the selected pathway, as one PDF
    QList<qint64> countingCredentials(int index) const;

Q_SIGNALS:
    void credentialActivated(qint64 credentialId);
    void linkRequested(const QUrl &url);
    void pathwaysChanged();
    void messageShown(const QString &message);
    void progressUpdated(); // a reading of the credentials finished: the detail view may refresh

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    struct Entry {
        Pathway pathway;
        PathwayProgress progress;
        QString source;
    };
    // A reading of the wallet made on a worker thread with connections of its own.
    struct Loaded {
        std::shared_ptr<const PathwayEngine> engine;
        QList<Entry> entries;
        QStringList messages;
    };
    static Loaded readWallet(Wallet &wallet);
    void startLoading();
    void applyLoaded(const Loaded &loaded);
    void evaluateStored(); // the pathways again against the credentials already read
    void retranslateUi();
    bool ensureStore();
    void fillList();
    void showPathway(int index);
    void showNodeDetails(QTreeWidgetItem *item);
    void activateNode(QTreeWidgetItem *item);
    void storeImported(const Result<QList<Pathway>> &result, const QString &source);
    int currentIndex() const;

    // First: the jobs below end on destruction, and the widgets stay reachable until they have.
    std::unique_ptr<Ui::PathwaysView> m_ui; // PathwaysView.ui
    Wallet *m_wallet = nullptr;
    CertificateOptionsStore *m_certificateOptions = nullptr;
    NetworkMode *m_network = nullptr;
    bool m_stale = true;
    bool m_reloadAgain = false; // a change came in while a reading was under way
    quint64 m_walletGeneration = 0;
    QString m_pendingSelection;
    std::unique_ptr<PathwayStore> m_store;
    std::shared_ptr<const PathwayEngine> m_engine;
    BackgroundJob m_loader;
    QList<Entry> m_pathways;
    // A fetch: closing the view does not wait for the network.
    BackgroundJob m_urlImport{nullptr, BackgroundJob::OnDestroy::CancelAndLeave};
    QString m_urlImportSource;
};

} // namespace Satchel
