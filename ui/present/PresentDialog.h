// Answering a verifier (OpenID4VP): the learner opened a verifier's link or QR code. Satchel reads
// the request and shows, before anything is sent, who asks (the domain the answer goes to, the name
// it gives, whether its request is signed), what for, and for each thing asked which of the
// learner's credentials answer it (expired, revoked or unverified ones flagged) and which identity
// signs. Share sends the chosen credentials; Decline tells the verifier no; either is logged.
#pragma once

#include "common/BackgroundJob.h"
#include "present/PresentWork.h"

#include <QDialog>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QTreeWidget;
class QTreeWidgetItem;

namespace Satchel {

namespace Ui {
class PresentDialog;
}

class IdentityChooser;
class NetworkMode;

class PresentDialog : public QDialog {
    Q_OBJECT
public:
    enum class Stage { Reading, Consent, Sending, Done };

    PresentDialog(const QString &walletPath, NetworkMode *network, QWidget *parent = nullptr);
    ~PresentDialog() override;

    // Reads the verifier's request (a link, or a QR code's text) and shows consent.
    void present(const QString &link);

    Stage stage() const { return m_stage; }
    QString errorText() const;
    QString consentText() const;   // the consent page's header, for tests and screen readers
    QString resultText() const;
    QTreeWidget *choices() const;
    // The credentials ticked now, as the responder takes them.
    QList<ChosenCredential> chosen() const;
    bool canShare() const;
    QString chosenIdentity() const;
    QUrl verifierPage() const { return m_redirect; }
    void share();
    void decline();
    // Tests: the answer to a passphrase question (default: PassphraseDialog).
    void setPassphrasePrompt(std::function<QByteArray(bool creating, const QString &problem)> prompt)
    {
        m_passphrasePrompt = std::move(prompt);
    }

Q_SIGNALS:
    // Something was sent or declined: the presentation log changed.
    void presentationLogged();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void onChoiceChanged(QTreeWidgetItem *item);
    void setStage(Stage stage);
    void showError(const QString &message);
    void showConsent(const PreparedPresent &prepared);
    void fillChoices(const PreparedPresent &prepared);
    void updateShareButton();
    void send(QByteArray passphrase);
    void askPassphraseAndRetry(const Error &error);
    void finish(const QString &html);

    QString m_walletPath;
    NetworkMode *m_network = nullptr;
    Stage m_stage = Stage::Reading;
    // Before m_job, whose end (on destruction) may still reach the widgets.
    std::unique_ptr<Ui::PresentDialog> m_ui; // PresentDialog.ui
    // Needs its label's text to be made: added to the consent page in code.
    IdentityChooser *m_identity = nullptr;
    BackgroundJob m_job;
    std::optional<PreparedPresent> m_prepared;
    QUrl m_redirect;
    std::function<QByteArray(bool, const QString &)> m_passphrasePrompt;
};

} // namespace Satchel
