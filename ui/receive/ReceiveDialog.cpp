#include "receive/ReceiveDialog.h"
#include "ui_ReceiveDialog.h"

#include "common/BusyPage.h"
#include "common/IdentityChooser.h"
#include "common/PassphraseDialog.h"
#include "common/ProblemLabel.h"
#include "io/HtmlEscape.h"
#include "receive/PendingCredentialsList.h"
#include "present/PresentationResponder.h"
#include "receive/QrPicture.h"
#include "common/ThemeColors.h"
#include "common/ClearButtonName.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTimer>
#include <QUrl>


namespace Satchel {

namespace {

constexpr qint64 kMaxPictureBytes = 32 * 1024 * 1024;
constexpr int kMaxLinkChars = 64 * 1024; // an offer by value with its JSON; far more than any real one

// The authorization code flow's sign-in, from the worker thread: the system browser is opened on
// the UI thread (QDesktopServices belongs to it). The UI thread never waits for this job, so the
// blocking call cannot deadlock.
bool openInSystemBrowser(const QUrl &url)
{
    bool opened = false;
    QMetaObject::invokeMethod(
        qApp, [&opened, url] { opened = QDesktopServices::openUrl(url); }, Qt::BlockingQueuedConnection);
    return opened;
}

QString stepText(int step)
{
    switch (ReceiveStep(step - 1)) {
    case ReceiveStep::Metadata: return ReceiveDialog::tr("Reading the issuer's description…");
    case ReceiveStep::Authorizing: return ReceiveDialog::tr("Asking the issuer for permission…");
    case ReceiveStep::Proving: return ReceiveDialog::tr("Proving that the identity is yours…");
    case ReceiveStep::Requesting: return ReceiveDialog::tr("Asking for the credentials…");
    case ReceiveStep::Storing: return ReceiveDialog::tr("Checking and storing the credentials…");
    }
    return {};
}

} // namespace

ReceiveDialog::ReceiveDialog(const QString &walletPath, NetworkMode *network, QWidget *parent)
    : QDialog(parent), m_walletPath(walletPath), m_network(network)
    , m_ui(std::make_unique<Ui::ReceiveDialog>())
    , m_job(nullptr, BackgroundJob::OnDestroy::CancelAndLeave) // an issuer may be slow: closing never waits
{
    m_ui->setupUi(this);
    // The same limit as a pasted or dropped link's, which are checked against it.
    m_ui->receiveLink->setMaxLength(kMaxLinkChars);
    ClearButtonName::apply(m_ui->receiveLink);
    m_identity = new IdentityChooser(tr("Issued &to:"), m_ui->consentPage);
    m_identity->setObjectName(QStringLiteral("receiveIdentity"));
    m_identity->setAccessibleName(tr("The identity the credentials are issued to"));
    m_identity->addRowTo(m_ui->identityRow);
    // Made after the form, it would come last in the Tab chain: it goes where it is shown, before the PIN.
    QWidget::setTabOrder(m_ui->screenButton, m_identity);

    connect(m_ui->receiveLink, &QLineEdit::textChanged, this, [this] {
        m_ui->receivePrimary->setEnabled(!m_ui->receiveLink->text().trimmed().isEmpty());
        m_ui->receiveError->say({});
    });
    connect(m_ui->receiveLink, &QLineEdit::returnPressed, this, &ReceiveDialog::activatePrimary);
    connect(m_ui->pasteButton, &QPushButton::clicked, this, &ReceiveDialog::pasteLink);
    connect(m_ui->pictureButton, &QPushButton::clicked, this, &ReceiveDialog::openPicture);
    connect(m_ui->screenButton, &QPushButton::clicked, this, &ReceiveDialog::readScreen);
    connect(m_ui->receivePin, &QLineEdit::textChanged, this, [this] { setStage(m_stage); });
    connect(m_ui->pendingList, &PendingCredentialsList::forgetRequested, this, &ReceiveDialog::forgetPending);
    connect(m_ui->receivePrimary, &QPushButton::clicked, this, &ReceiveDialog::activatePrimary);
    connect(m_ui->receiveClose, &QPushButton::clicked, this, &QDialog::close);
    connect(&m_job, &BackgroundJob::progressed, this, [this](int done, int, const QString &) {
        m_ui->working->step(stepText(done), done, int(ReceiveStep::Storing) + 1);
    });
    setStage(Stage::Link);
}

ReceiveDialog::~ReceiveDialog() = default;

PendingCredentialsList *ReceiveDialog::pendingList() const
{
    return m_ui->pendingList;
}

void ReceiveDialog::setStage(Stage stage)
{
    m_stage = stage;
    switch (stage) {
    case Stage::Link:
        m_ui->pages->setCurrentIndex(0);
        m_ui->receivePrimary->setText(tr("Continue"));
        m_ui->receivePrimary->setEnabled(!m_ui->receiveLink->text().trimmed().isEmpty());
        m_ui->receiveClose->setText(tr("Close"));
        break;
    case Stage::Preparing:
    case Stage::Receiving:
        m_ui->pages->setCurrentIndex(2);
        m_ui->receivePrimary->setEnabled(false);
        m_ui->receiveClose->setText(tr("Cancel"));
        break;
    case Stage::Consent: {
        m_ui->pages->setCurrentIndex(1);
        m_ui->receivePrimary->setText(tr("&Receive"));
        const TransactionCodeRequest &pin = m_prepared->offer.transactionCode;
        const QString code = m_ui->receivePin->text();
        m_ui->receivePrimary->setEnabled(
            !pin.required || (!code.isEmpty() && (pin.length <= 0 || code.size() == pin.length)));
        m_ui->receiveClose->setText(tr("Cancel"));
        break;
    }
    case Stage::Done:
        m_ui->pages->setCurrentIndex(3);
        m_ui->receivePrimary->setText(m_receivedIds.isEmpty() ? tr("Try again") : tr("&Show"));
        m_ui->receivePrimary->setEnabled(true);
        m_ui->receiveClose->setText(tr("Close"));
        break;
    }
    m_ui->receivePrimary->setVisible(stage != Stage::Preparing && stage != Stage::Receiving);
}

void ReceiveDialog::activatePrimary()
{
    if (!m_ui->receivePrimary->isEnabled())
        return;
    switch (m_stage) {
    case Stage::Link:
        prepare();
        break;
    case Stage::Consent:
        receive();
        break;
    case Stage::Done:
        if (m_receivedIds.isEmpty()) {
            setStage(Stage::Link); // the link is still there: read the offer again
        } else {
            Q_EMIT showCredential(m_receivedIds.first());
            accept();
        }
        break;
    case Stage::Preparing:
    case Stage::Receiving:
        break;
    }
}

QString ReceiveDialog::errorText() const
{
    return m_ui->receiveError->said();
}

QString ReceiveDialog::consentText() const
{
    return m_ui->receiveConsent->text();
}

QString ReceiveDialog::chosenIdentity() const
{
    return m_identity->chosenDid();
}

bool ReceiveDialog::chooseIdentity(const QString &did)
{
    return m_identity->choose(did);
}

QString ReceiveDialog::resultText() const
{
    return m_ui->receiveResult->text();
}

void ReceiveDialog::setTransactionCode(const QString &code)
{
    m_ui->receivePin->setText(code);
}

void ReceiveDialog::showError(const QString &message)
{
    m_ui->receiveError->say(message);
}

void ReceiveDialog::receiveLink(const QString &link)
{
    if (m_job.isRunning())
        return;
    m_ui->receiveLink->setText(link.trimmed());
    setStage(Stage::Link);
    prepare();
}

void ReceiveDialog::prepare()
{
    const QString link = m_ui->receiveLink->text().trimmed();
    if (link.isEmpty() || m_job.isRunning())
        return;
    // One box for both directions: a verifier's request given here is answered, not received.
    if (PresentationResponder::isPresentationLink(link)) {
        m_ui->receiveLink->clear();
        close();
        Q_EMIT presentationLinkGiven(link);
        return;
    }
    showError({});
    m_prepared.reset();
    m_receivedIds.clear();
    m_ui->receivePin->clear();
    m_ui->working->busy(tr("Reading the offer…"));
    setStage(Stage::Preparing);
    const QStringList languages = QLocale().uiLanguages();
    NetworkMode *network = m_network;
    m_job.start(
        m_walletPath,
        [link, languages, network](Wallet &wallet, JobControl &control) {
            return ReceiveWork::prepare(wallet, control, link, languages, network);
        },
        [this, link](Result<PreparedReceive> prepared) {
            // A VC-API exchange is known to be a verifier's only once started: handed on, as above.
            if (!prepared && prepared.error().code == QLatin1String("presentation-requested")) {
                m_ui->receiveLink->clear();
                setStage(Stage::Link);
                close();
                Q_EMIT presentationLinkGiven(link);
                return;
            }
            if (!prepared) {
                setStage(Stage::Link);
                showError(prepared.error().code == QLatin1String("cancelled") ? QString() : prepared.error().message);
                return;
            }
            showConsent(*prepared);
        });
}

QString ReceiveDialog::describeOffer(const PreparedReceive &prepared) const
{
    const ReceiveOffer &offer = prepared.offer;
    const QString issuer = offer.issuerName.isEmpty() ? offer.issuerDomain : offer.issuerName;
    QString html = QStringLiteral("<h3>%1</h3>").arg(HtmlEscape::escape(issuer));
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Satchel will contact <b>%1</b> (%2).")
                         .arg(HtmlEscape::escape(offer.issuerDomain), HtmlEscape::escape(offer.protocolName())));
    if (offer.credentials.isEmpty()) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(HtmlEscape::escape(tr("The issuer says what it issues once Satchel has shown that the identity below "
                                               "is yours.")));
    } else {
        html += QStringLiteral("<p>%1</p><ul>").arg(HtmlEscape::escape(tr("You will receive:")));
        for (const OfferedCredential &credential : offer.credentials)
            html += QStringLiteral("<li><b>%1</b>%2</li>")
                        .arg(HtmlEscape::escape(credential.name),
                             credential.description.isEmpty()
                                 ? QString()
                                 : QStringLiteral("<br>") + HtmlEscape::escape(credential.description.left(300)));
        html += QStringLiteral("</ul>");
    }
    if (!offer.notReceivable.isEmpty())
        html += QStringLiteral("<p style=\"color:%2\">%1</p>")
                    .arg(HtmlEscape::escape(tr("Also offered, but not asked for: %1 (Satchel cannot store these yet).")
                                                .arg(offer.notReceivable.join(QStringLiteral(", ")))),
                         ThemeColors::text(ThemeColors::Tone::Caution, palette()).name());
    if (prepared.identities.isEmpty())
        html += QStringLiteral("<p>%1</p>")
                    .arg(HtmlEscape::escape(tr("Satchel will make your holder identity (a did:key, its private key kept in "
                                               "your keychain) and the issuer will issue the credentials to it.")));
    if (offer.needsBrowser)
        html += QStringLiteral("<p>%1</p>")
                    .arg(HtmlEscape::escape(tr("You will sign in with the issuer in your web browser, then come back here.")));
    return html;
}

void ReceiveDialog::showConsent(const PreparedReceive &prepared)
{
    m_prepared = prepared;
    QPixmap logo;
    if (!prepared.logo.isEmpty() && logo.loadFromData(prepared.logo))
        m_ui->logo->setPixmap(logo.scaled(m_ui->logo->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
    else
        m_ui->logo->setPixmap(QIcon(QStringLiteral(":/icons/receive.svg")).pixmap(48, 48));
    m_ui->logo->setAccessibleName(prepared.offer.logoAltText.isEmpty() ? tr("Issuer's logo") : prepared.offer.logoAltText);
    m_ui->receiveConsent->setText(describeOffer(prepared));
    m_identity->setIdentities(prepared.identities, prepared.defaultDid);
    // A wrapped label inside a stacked widget does not ask for its height by itself: say it, so
    // the identity and the sign-in note at the end are never cut off.
    const int textWidth = qMax(360, width() - m_ui->logo->width() - 60);
    m_ui->receiveConsent->setMinimumHeight(m_ui->receiveConsent->heightForWidth(textWidth));
    const TransactionCodeRequest &pin = prepared.offer.transactionCode;
    m_ui->pinLabel->setVisible(pin.required);
    m_ui->receivePin->setVisible(pin.required);
    if (pin.required) {
        QString label = pin.description.isEmpty()
            ? tr("The issuer sent you a PIN by other means (e-mail or text message). Enter it to receive the credentials.")
            : pin.description.left(200);
        if (pin.length > 0)
            label += QLatin1Char(' ')
                + (pin.numeric ? tr("(%n digit(s))", nullptr, pin.length) : tr("(%n character(s))", nullptr, pin.length));
        m_ui->pinLabel->setText(label);
        m_ui->receivePin->setMaxLength(pin.length > 0 ? pin.length : 64);
        m_ui->receivePin->setValidator(pin.numeric
                ? new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]*")), m_ui->receivePin)
                : nullptr);
        m_ui->receivePin->setEchoMode(QLineEdit::Normal);
        m_ui->receivePin->setFocus();
    }
    setStage(Stage::Consent);
    adjustSize();
}

void ReceiveDialog::receive(QByteArray passphrase)
{
    if (!m_prepared || m_job.isRunning())
        return;
    showError({});
    ReceiveRequest request;
    request.offer = m_prepared->offer;
    request.holderDid = m_identity->chosenDid();
    request.transactionCode = m_ui->receivePin->isVisible() || m_prepared->offer.transactionCode.required
        ? m_ui->receivePin->text()
        : QString();
    request.passphrase = std::move(passphrase); // wiped by the worker when it is done (WipedOnExit)
    request.openBrowser = m_browserOpener ? m_browserOpener : std::function<bool(const QUrl &)>(openInSystemBrowser);
    request.languages = QLocale().uiLanguages();
    request.network = m_network;
    m_ui->working->busy(
        m_prepared->offer.needsBrowser ? tr("Sign in with the issuer in your web browser…") : tr("Receiving…"));
    setStage(Stage::Receiving);
    m_job.start(
        m_walletPath,
        [request](Wallet &wallet, JobControl &control) mutable {
            return ReceiveWork::complete(wallet, control, std::move(request));
        },
        [this](Result<ReceiveReport> report) { onReceived(report); });
}

void ReceiveDialog::askPassphraseAndRetry(const Error &error)
{
    QByteArray passphrase = PassphraseDialog::askForHolderKey(this, m_prepared->identities.isEmpty(),
                                                              m_prepared->offer.issuerDomain, error, m_passphrasePrompt);
    if (passphrase.isEmpty()) {
        setStage(Stage::Consent);
        showError(tr("Nothing was sent: your identity's key stays locked without its passphrase."));
        return;
    }
    receive(std::move(passphrase));
}

void ReceiveDialog::onReceived(const Result<ReceiveReport> &report)
{
    if (!report) {
        const Error &error = report.error();
        if (error.code == QLatin1String("passphrase-needed") || error.code == QLatin1String("wrong-passphrase-or-damaged")) {
            askPassphraseAndRetry(error);
            return;
        }
        m_receivedIds.clear();
        m_ui->pendingList->setPending({});
        m_ui->receiveResult->setText(
            QStringLiteral("<p>%1</p>")
                .arg(HtmlEscape::escape(tr("Nothing was received, and your wallet is unchanged."))));
        setStage(Stage::Done);
        showError(error.code == QLatin1String("cancelled") ? tr("You cancelled.") : error.message);
        return;
    }
    QStringList names;
    for (const ImportItemReport &item : report->imported.items) {
        if (item.credentialId > 0 && item.outcome != ImportItemReport::Failed) {
            m_receivedIds << item.credentialId;
            names << HtmlEscape::escape(item.name.isEmpty() ? tr("(unnamed credential)") : item.name);
        }
    }
    QString issuer = m_prepared->offer.issuerName.isEmpty() ? m_prepared->offer.issuerDomain : m_prepared->offer.issuerName;
    if (issuer.isEmpty() && !report->imported.items.isEmpty()) // pending ones asked for again: no offer at hand
        issuer = report->imported.items.first().issuer;
    QString html;
    if (!m_receivedIds.isEmpty())
        html += QStringLiteral("<p>%1</p><ul><li>%2</li></ul>")
                    .arg(HtmlEscape::escape(tr("Received %n credential(s) from %1:", nullptr, int(m_receivedIds.size())).arg(issuer)),
                         names.join(QStringLiteral("</li><li>")));
    const bool retried = m_prepared->offer.issuerUrl.isEmpty(); // pending ones asked for again, not an offer
    if (!report->pending.isEmpty())
        html += QStringLiteral("<p>%1</p>")
                    .arg(HtmlEscape::escape(
                        retried ? tr("%n credential(s) are still being prepared by their issuers.", nullptr,
                                     int(report->pending.size()))
                                : tr("%n credential(s) will be ready later: Satchel asks %1 again when you start it, "
                                     "or choose Check pending credentials.",
                                     nullptr, int(report->pending.size()))
                                      .arg(issuer)));
    for (const PendingCredentialRecord &gone : report->abandoned)
        html += QStringLiteral("<p>%1</p>")
                    .arg(HtmlEscape::escape(tr("Satchel stopped waiting for %1 from %2: %3")
                                                .arg(gone.credentialName.isEmpty() ? tr("(unnamed credential)") : gone.credentialName,
                                                     gone.issuerName.isEmpty() ? QUrl(gone.issuerUrl).host() : gone.issuerName,
                                                     gone.lastMessage)));
    m_ui->receiveResult->setText(html);
    m_ui->pendingList->setPending(report->pending);
    setStage(Stage::Done);
    if (!m_receivedIds.isEmpty())
        Q_EMIT credentialsReceived(m_receivedIds);
    // A quiet retry at start runs with the dialog hidden; a credential the learner was promised and
    // will now never get must not vanish without a word.
    if (!report->abandoned.isEmpty() && !isVisible())
        show();
}

void ReceiveDialog::retryPending()
{
    if (m_job.isRunning())
        return;
    showError({});
    m_ui->working->busy(tr("Asking issuers for the credentials they promised…"));
    setStage(Stage::Receiving);
    m_prepared.reset();
    NetworkMode *network = m_network;
    m_job.start(
        m_walletPath,
        [network](Wallet &wallet, JobControl &control) { return ReceiveWork::retryPending(wallet, control, network); },
        [this](Result<ReceiveReport> report) {
            m_prepared = PreparedReceive{};
            onReceived(report);
            if (report && m_receivedIds.isEmpty() && report->pending.isEmpty() && report->abandoned.isEmpty())
                m_ui->receiveResult->setText(
                    QStringLiteral("<p>%1</p>").arg(HtmlEscape::escape(tr("No credential is waiting."))));
        });
}

void ReceiveDialog::forgetPending(qint64 id)
{
    if (m_job.isRunning())
        return;
    showError({});
    m_job.start(
        m_walletPath, [id](Wallet &wallet, JobControl &) { return CredentialReceiver::forgetPending(wallet, id); },
        [this, id](Status forgotten) {
            if (!forgotten) {
                showError(forgotten.error().message);
                return;
            }
            m_ui->pendingList->remove(id);
        });
}

void ReceiveDialog::readPicture(const QImage &image)
{
    auto link = QrPicture::offerIn(image);
    if (!link) {
        showError(link.error().message);
        return;
    }
    receiveLink(*link);
}

void ReceiveDialog::pasteLink()
{
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    if (mime && mime->hasImage()) {
        readPicture(qvariant_cast<QImage>(mime->imageData()));
        return;
    }
    const QString text = QApplication::clipboard()->text().trimmed();
    if (text.isEmpty() || text.size() > kMaxLinkChars) {
        showError(tr("The clipboard holds no link."));
        return;
    }
    receiveLink(text);
}

void ReceiveDialog::openPicture()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Picture of a QR code"),
                                                      QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
                                                      tr("Pictures (*.png *.jpg *.jpeg *.gif *.bmp *.webp);;All files (*)"));
    if (file.isEmpty())
        return;
    QImageReader reader(file);
    reader.setAllocationLimit(int(kMaxPictureBytes / (1024 * 1024)) * 4);
    readPicture(reader.read());
}

void ReceiveDialog::readScreen()
{
    // Out of the way while the screen is read, so the dialog does not hide the code it looks for.
    hide();
    QTimer::singleShot(350, this, [this] {
        const QImage screen = QrPicture::captureScreens();
        show();
        raise();
        if (screen.isNull()) {
            showError(tr("Satchel cannot read this screen. Take a screenshot of the QR code and drop it here."));
            return;
        }
        readPicture(screen);
    });
}

void ReceiveDialog::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_stage == Stage::Link && (event->mimeData()->hasUrls() || event->mimeData()->hasText() || event->mimeData()->hasImage()))
        event->acceptProposedAction();
}

void ReceiveDialog::dropEvent(QDropEvent *event)
{
    const QMimeData *mime = event->mimeData();
    event->acceptProposedAction();
    if (mime->hasImage()) {
        readPicture(qvariant_cast<QImage>(mime->imageData()));
    } else if (mime->hasUrls() && mime->urls().first().isLocalFile()) {
        QImageReader reader(mime->urls().first().toLocalFile());
        reader.setAllocationLimit(int(kMaxPictureBytes / (1024 * 1024)) * 4);
        readPicture(reader.read());
    } else if (mime->hasUrls()) {
        receiveLink(mime->urls().first().toString());
    } else if (mime->text().size() <= kMaxLinkChars) {
        receiveLink(mime->text());
    }
}

void ReceiveDialog::closeEvent(QCloseEvent *event)
{
    m_job.cancel(); // the worker stops at its next step; a request already sent is not waited for
    QDialog::closeEvent(event);
}

} // namespace Satchel
