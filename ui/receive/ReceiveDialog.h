// File → Receive…: a credential straight from its issuer. The learner gives the issuer's link
// (pasted, dropped, a QR code in a picture or on the screen); Satchel reads the offer and shows,
// before anything is sent, who the issuer is, which domain it contacts, what will be issued and
// which of the learner's identities it will be bound to (consent). Receive runs the protocol
// (OpenID4VCI or a VC-API exchange) in the background; the credentials go through the normal
// import pipeline and the dialog shows them, or the one step that failed and why.
#pragma once

#include "common/BackgroundJob.h"
#include "receive/ReceiveWork.h"

#include <QDialog>

#include <functional>
#include <memory>
#include <optional>

namespace Satchel {

namespace Ui {
class ReceiveDialog;
}

class IdentityChooser;
class NetworkMode;
class PendingCredentialsList;

class ReceiveDialog : public QDialog {
    Q_OBJECT
public:
    enum class Stage { Link, Preparing, Consent, Receiving, Done };

    ReceiveDialog(const QString &walletPath, NetworkMode *network, QWidget *parent = nullptr);
    ~ReceiveDialog() override;

    // Puts a link in the field and reads the offer at once (Ctrl+V, a dropped link, `satchel URL`).
    void receiveLink(const QString &link);
    void retryPending();

    Stage stage() const { return m_stage; }
    QString errorText() const;
    QString consentText() const;   // what the consent page says, for tests and screen readers
    QString resultText() const;    // what the last page says
    // The identity consent proposes or the learner picked (a DID; empty: one will be made).
    QString chosenIdentity() const;
    bool chooseIdentity(const QString &did);
    QList<qint64> receivedIds() const { return m_receivedIds; }
    // The credentials still promised, listed on the last page with Stop waiting.
    PendingCredentialsList *pendingList() const;
    void setTransactionCode(const QString &code);
    // Continue / Receive / Show, whichever the page offers.
    void activatePrimary();

    // Tests: how the authorization code flow's sign-in reaches "the browser" (default: the system
    // browser), and the answer to a passphrase question (default: PassphraseDialog).
    void setBrowserOpener(std::function<bool(const QUrl &)> opener) { m_browserOpener = std::move(opener); }
    void setPassphrasePrompt(std::function<QByteArray(bool creating, const QString &problem)> prompt)
    {
        m_passphrasePrompt = std::move(prompt);
    }

Q_SIGNALS:
    // Credentials were stored; ids are the wallet's rows (duplicates included).
    void credentialsReceived(const QList<qint64> &ids);
    void showCredential(qint64 id);
    // The link given is a verifier's request (OpenID4VP), which the present dialog answers.
    void presentationLinkGiven(const QString &link);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void setStage(Stage stage);
    void showError(const QString &message);
    void prepare();
    void showConsent(const PreparedReceive &prepared);
    void receive(QByteArray passphrase = {});
    void onReceived(const Result<ReceiveReport> &report);
    void askPassphraseAndRetry(const Error &error);
    void readPicture(const QImage &image);
    void forgetPending(qint64 id);
    void pasteLink();
    void openPicture();
    void readScreen();
    QString describeOffer(const PreparedReceive &prepared) const;

    QString m_walletPath;
    NetworkMode *m_network = nullptr;
    Stage m_stage = Stage::Link;
    // Before m_job, which is cancelled on destruction: the widgets outlive it.
    std::unique_ptr<Ui::ReceiveDialog> m_ui; // ReceiveDialog.ui
    BackgroundJob m_job;
    std::optional<PreparedReceive> m_prepared;
    QList<qint64> m_receivedIds;
    std::function<bool(const QUrl &)> m_browserOpener;
    std::function<QByteArray(bool, const QString &)> m_passphrasePrompt;

    // Needs its label text at construction, so it is made here and put in the form's identityRow.
    IdentityChooser *m_identity = nullptr;
};

} // namespace Satchel
