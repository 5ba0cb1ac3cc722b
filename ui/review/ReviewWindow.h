// The advisor's read-only review of a learner's packet, in a window of its own: Satchel verifies
// every credential again on a worker thread (progress, Cancel, a live count of valid / not valid /
// could not be checked), then shows each one with its verdict and the reason in words next to the
// learner's receipt (differences stand out), the skills roll-up, pathway progress, a timeline and
// total credits. Enter or a double-click on a credential shows it in full with every check. The
// packet lives in a temporary wallet for the review (kept while the window is open, for the
// drill-down); the advisor's own wallet keeps just their private notes (keyed by the packet's
// manifest).
#pragma once

#include "Result.h"
#include "common/BackgroundJob.h"
#include "review/ReviewResult.h"
#include "review/ReviewSession.h"

#include <QMainWindow>

#include <functional>
#include <memory>

class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QTemporaryDir;
class QTimer;
class QTreeWidget;

namespace Satchel {

namespace Ui {
class ReviewWindow;
}

class NetworkMode;
class ProgressStrip;
class ReviewDetailDialog;
class SkillsWidget;
class Wallet;

class ReviewWindow : public QMainWindow {
    Q_OBJECT
public:
    // advisorWalletPath: the advisor's own wallet, where notes are kept through a connection of
    // this window's own (so a wallet swapped in the main window cannot leave it dangling); empty:
    // no notes. network: the application's (Tools → Work offline holds for reviews too); not owned.
    ReviewWindow(const QString &advisorWalletPath, NetworkMode *network, QWidget *parent = nullptr);
    ~ReviewWindow() override;

    // Asks for the passphrase when the packet is sealed (again after a wrong one), then starts the
    // review. False when the learner cancelled the passphrase prompt.
    bool openPacket(const QString &path);
    // Starts reading and re-verifying in the background (tests and the prompt above).
    void startReview(const QString &path, const QByteArray &passphrase);
    // A signed presentation file (issue 15) instead of a packet: its credentials verified like a
    // packet's, the holder's signature checked and its challenge compared with expectedChallenge
    // (the code the advisor gave the learner; empty: the file's is shown). openPacket() asks for it.
    void startPresentationReview(const QString &path, const QString &expectedChallenge);
    bool isReviewing() const { return m_job.isRunning(); }
    const ReviewResult &result() const { return m_result; }
    QTabWidget *tabs() const;
    QTreeWidget *credentialTree() const;
    SkillsWidget *skillsWidget() const;
    QPlainTextEdit *notesEdit() const;
    // "N valid · N not valid · N could not be checked", live while verifying.
    QLabel *countsLabel() const;
    // Who and what is reviewed; for a presentation, the holder's signature and the challenge.
    QLabel *headerLabel() const;
    // The credential at row (packet order) in full, with every check (Enter or double-click on a row).
    void showDetail(int row);
    ReviewDetailDialog *detailDialog() const { return m_detail; }
    Status exportReport(const QString &pdfPath);

Q_SIGNALS:
    // The review ended: shown, failed (error set) or cancelled.
    void reviewFinished(bool ok, const QString &errorCode);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void onFinished(const Result<ReviewResult> &reviewed);
    void onProgress(int done, int total, const QString &status);
    // Clears the window for a new review of path; the options its worker reviews with.
    ReviewOptions beginReview(const QString &path);
    // review (on a worker, with the options' progress and cancel wired to the job) of path.
    void runReview(const QString &path, std::function<Result<ReviewResult>(const ReviewOptions &)> review);
    void showResult();
    QString presentationHeader() const;
    void fillCredentials();
    void fillPathways();
    void fillTimeline();
    void saveNotes();
    void chooseReportFile();

    void closeReviewWallet();

    std::unique_ptr<Wallet> m_advisorWallet;
    // The review's own wallet, kept for the drill-down until the next review or the window goes;
    // the folder is declared first so that the wallet closes before it is removed.
    std::unique_ptr<QTemporaryDir> m_workspace;
    std::unique_ptr<Wallet> m_reviewWallet;
    ReviewCounts m_liveCounts;
    QString m_path;
    ReviewResult m_result;
    NetworkMode *m_network;
    // Before m_job, whose end on destruction may still reach the widgets.
    std::unique_ptr<Ui::ReviewWindow> m_ui; // ReviewWindow.ui
    ProgressStrip *m_progress = nullptr; // needs its Cancel button at construction
    BackgroundJob m_job; // reads the packet and verifies it again; waited for, it writes into m_workspace
    ReviewDetailDialog *m_detail = nullptr;
    QTimer *m_notesTimer = nullptr;
};

} // namespace Satchel
