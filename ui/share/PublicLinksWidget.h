// Public links on a VerifierPlus server, for one credential (in the Share dialog, with *Create
// public link*) or for the whole wallet (the *Shared links* window), each with *Stop sharing*.
// Creating first tells the learner plainly what is uploaded (the whole credential, with their
// name) and where (the server's host) and asks for consent; the signing and the network run on a
// worker thread with a wallet connection of its own (PublicLinkService), never on the UI thread.
// Where the key is sealed under a passphrase, the worker comes back with "passphrase-needed" and
// the learner is asked before it runs again.
#pragma once

#include "Result.h"
#include "common/BackgroundJob.h"
#include "share/PublicLinkService.h"
#include "storage/Wallet.h"

#include <QWidget>

#include <functional>
#include <memory>

namespace Satchel {

namespace Ui {
class PublicLinksWidget;
}

class NetworkMode;
class PublicLinksWidget : public QWidget {
    Q_OBJECT
public:
    // Asked before anything is uploaded; tests replace it.
    using Consent = std::function<bool(const PublicLinkPlan &plan)>;
    // Asked when the key needs a passphrase (creating: a new key is being made); empty = cancel.
    using PassphrasePrompt = std::function<QByteArray(bool creating, const QString &serverHost)>;

    // credentialRow 0: every link in the wallet, without the Create action. wallet: not owned.
    PublicLinksWidget(Wallet *wallet, qint64 credentialRow, QWidget *parent = nullptr);
    ~PublicLinksWidget() override;

    // The application's (offline: nothing is sent); null: online. Not owned; read on a worker thread.
    void setNetworkMode(NetworkMode *network) { m_network = network; }
    void setConsent(Consent consent) { m_consent = std::move(consent); }
    void setPassphrasePrompt(PassphrasePrompt prompt) { m_prompt = std::move(prompt); }

    bool startCreate();
    bool startStop(qint64 linkId);
    bool isBusy() const { return m_request.isRunning(); }
    void reload();

    QString statusText() const;
    // Whether this credential's format can be presented on a VerifierPlus server (see
    // PresentationSigner::presentable); when not, the widget shows the reason instead.
    bool canCreate() const { return m_presentable; }
    // While the credential has no link, Create public link is the first thing to do: it stands out.
    void setCreateProminent(bool prominent);
    // The newest link still shared for the credential (its view URL), or empty.
    QString activeLinkUrl() const;
    QList<PublicLinkRecord> shownLinks() const { return m_links; }

Q_SIGNALS:
    void linksChanged();

private:
    void run(bool create, qint64 id, const QByteArray &passphrase);
    void requestFinished(const Result<PublicLinkRecord> &result);
    void showStatus(const QString &text, bool error);
    void updateButtons();
    qint64 selectedLinkId() const;
    bool askConsent(const PublicLinkPlan &plan);
    QByteArray askPassphrase(bool creating, const QString &serverHost);

    Wallet *m_wallet = nullptr;
    qint64 m_credentialRow = 0;
    NetworkMode *m_network = nullptr;
    bool m_presentable = false;
    Consent m_consent;
    PassphrasePrompt m_prompt;
    QList<PublicLinkRecord> m_links;
    // Before m_request, which ends on destruction: the widgets stay reachable until then.
    std::unique_ptr<Ui::PublicLinksWidget> m_ui; // PublicLinksWidget.ui

    // The request in flight, to run it again with a passphrase.
    bool m_creating = false;
    qint64 m_requestId = 0;
    QString m_serverHost;
    BackgroundJob m_request;
};

} // namespace Satchel
