#include "receive/ReceiveDialog.h"

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
#include <QHBoxLayout>
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
#include <QVBoxLayout>


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
    , m_job(nullptr, BackgroundJob::OnDestroy::CancelAndLeave) // an issuer may be slow: closing never waits
{
    setWindowTitle(tr("Receive a credential"));
    setAcceptDrops(true);
    setMinimumWidth(560);
    auto *layout = new QVBoxLayout(this);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(buildLinkPage());
    m_pages->addWidget(buildConsentPage());
    m_working = new BusyPage(this);
    m_pages->addWidget(m_working);
    m_pages->addWidget(buildDonePage());
    layout->addWidget(m_pages, 1);

    m_error = new ProblemLabel(this);
    m_error->setObjectName(QStringLiteral("receiveError"));
    layout->addWidget(m_error);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_primary = new QPushButton(this);
    m_primary->setObjectName(QStringLiteral("receivePrimary"));
    m_primary->setDefault(true);
    m_close = new QPushButton(this);
    m_close->setObjectName(QStringLiteral("receiveClose"));
    buttons->addWidget(m_primary);
    buttons->addWidget(m_close);
    layout->addLayout(buttons);
    connect(m_primary, &QPushButton::clicked, this, &ReceiveDialog::activatePrimary);
    connect(m_close, &QPushButton::clicked, this, &QDialog::close);
    connect(&m_job, &BackgroundJob::progressed, this, [this](int done, int, const QString &) {
        m_working->step(stepText(done), done, int(ReceiveStep::Storing) + 1);
    });
    setStage(Stage::Link);
}

ReceiveDialog::~ReceiveDialog() = default;

QWidget *ReceiveDialog::buildLinkPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *intro = new QLabel(tr("Give Satchel the link your school or issuer shows to send a credential to your wallet. "
                                "Paste it, drop it or a picture of its QR code here, or let Satchel read the QR code "
                                "on your screen."),
                             page);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_link = new QLineEdit(page);
    m_link->setObjectName(QStringLiteral("receiveLink"));
    m_link->setPlaceholderText(tr("openid-credential-offer://…, dccrequest://… or https://…"));
    m_link->setAccessibleName(tr("Credential offer link"));
    m_link->setMaxLength(kMaxLinkChars);
    m_link->setClearButtonEnabled(true);
    ClearButtonName::apply(m_link);
    connect(m_link, &QLineEdit::textChanged, this, [this] {
        m_primary->setEnabled(!m_link->text().trimmed().isEmpty());
        m_error->say({});
    });
    connect(m_link, &QLineEdit::returnPressed, this, &ReceiveDialog::activatePrimary);
    auto *linkLabel = new QLabel(tr("&Link:"), page);
    linkLabel->setBuddy(m_link);
    auto *row = new QHBoxLayout;
    row->addWidget(linkLabel);
    row->addWidget(m_link, 1);
    layout->addLayout(row);
    auto *sources = new QHBoxLayout;
    auto *paste = new QPushButton(tr("&Paste"), page);
    auto *picture = new QPushButton(tr("QR code from a &picture…"), page);
    auto *screen = new QPushButton(tr("QR code on the &screen"), page);
    screen->setToolTip(tr("Show the issuer's QR code on your screen, then click here: Satchel looks for it."));
    connect(paste, &QPushButton::clicked, this, &ReceiveDialog::pasteLink);
    connect(picture, &QPushButton::clicked, this, &ReceiveDialog::openPicture);
    connect(screen, &QPushButton::clicked, this, &ReceiveDialog::readScreen);
    sources->addWidget(paste);
    sources->addWidget(picture);
    sources->addWidget(screen);
    sources->addStretch(1);
    layout->addLayout(sources);
    auto *privacy = new QLabel(tr("Nothing is sent to the issuer until you have seen what it offers and chosen Receive."), page);
    privacy->setWordWrap(true);
    layout->addWidget(privacy);
    layout->addStretch(1);
    return page;
}

QWidget *ReceiveDialog::buildConsentPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QHBoxLayout(page);
    m_logo = new QLabel(page);
    m_logo->setFixedSize(72, 72);
    m_logo->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    layout->addWidget(m_logo, 0, Qt::AlignTop);
    auto *column = new QVBoxLayout;
    m_consent = new QLabel(page);
    m_consent->setObjectName(QStringLiteral("receiveConsent"));
    m_consent->setWordWrap(true);
    m_consent->setTextFormat(Qt::RichText);
    m_consent->setTextInteractionFlags(Qt::TextSelectableByMouse);
    column->addWidget(m_consent);
    m_identity = new IdentityChooser(tr("Issued &to:"), page);
    m_identity->setObjectName(QStringLiteral("receiveIdentity"));
    m_identity->setAccessibleName(tr("The identity the credentials are issued to"));
    m_identity->addRowTo(column);
    m_pinLabel = new QLabel(page);
    m_pinLabel->setWordWrap(true);
    m_pin = new QLineEdit(page);
    m_pin->setObjectName(QStringLiteral("receivePin"));
    m_pin->setAccessibleName(tr("PIN from the issuer"));
    m_pinLabel->setBuddy(m_pin);
    connect(m_pin, &QLineEdit::textChanged, this, [this] { setStage(m_stage); });
    column->addWidget(m_pinLabel);
    column->addWidget(m_pin);
    column->addStretch(1);
    layout->addLayout(column, 1);
    return page;
}

QWidget *ReceiveDialog::buildDonePage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_result = new QLabel(page);
    m_result->setObjectName(QStringLiteral("receiveResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::RichText);
    layout->addWidget(m_result);
    m_pendingList = new PendingCredentialsList(page);
    connect(m_pendingList, &PendingCredentialsList::forgetRequested, this, &ReceiveDialog::forgetPending);
    layout->addWidget(m_pendingList, 1);
    layout->addStretch(1);
    return page;
}

void ReceiveDialog::setStage(Stage stage)
{
    m_stage = stage;
    switch (stage) {
    case Stage::Link:
        m_pages->setCurrentIndex(0);
        m_primary->setText(tr("Continue"));
        m_primary->setEnabled(!m_link->text().trimmed().isEmpty());
        m_close->setText(tr("Close"));
        break;
    case Stage::Preparing:
    case Stage::Receiving:
        m_pages->setCurrentIndex(2);
        m_primary->setEnabled(false);
        m_close->setText(tr("Cancel"));
        break;
    case Stage::Consent: {
        m_pages->setCurrentIndex(1);
        m_primary->setText(tr("&Receive"));
        const TransactionCodeRequest &pin = m_prepared->offer.transactionCode;
        const QString code = m_pin->text();
        m_primary->setEnabled(!pin.required || (!code.isEmpty() && (pin.length <= 0 || code.size() == pin.length)));
        m_close->setText(tr("Cancel"));
        break;
    }
    case Stage::Done:
        m_pages->setCurrentIndex(3);
        m_primary->setText(m_receivedIds.isEmpty() ? tr("Try again") : tr("&Show"));
        m_primary->setEnabled(true);
        m_close->setText(tr("Close"));
        break;
    }
    m_primary->setVisible(stage != Stage::Preparing && stage != Stage::Receiving);
}

void ReceiveDialog::activatePrimary()
{
    if (!m_primary->isEnabled())
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
    return m_error->said();
}

QString ReceiveDialog::consentText() const
{
    return m_consent->text();
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
    return m_result->text();
}

void ReceiveDialog::setTransactionCode(const QString &code)
{
    m_pin->setText(code);
}

void ReceiveDialog::showError(const QString &message)
{
    m_error->say(message);
}

void ReceiveDialog::receiveLink(const QString &link)
{
    if (m_job.isRunning())
        return;
    m_link->setText(link.trimmed());
    setStage(Stage::Link);
    prepare();
}

void ReceiveDialog::prepare()
{
    const QString link = m_link->text().trimmed();
    if (link.isEmpty() || m_job.isRunning())
        return;
    // One box for both directions: a verifier's request given here is answered, not received.
    if (PresentationResponder::isPresentationLink(link)) {
        m_link->clear();
        close();
        Q_EMIT presentationLinkGiven(link);
        return;
    }
    showError({});
    m_prepared.reset();
    m_receivedIds.clear();
    m_pin->clear();
    m_working->busy(tr("Reading the offer…"));
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
                m_link->clear();
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
        m_logo->setPixmap(logo.scaled(m_logo->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
    else
        m_logo->setPixmap(QIcon(QStringLiteral(":/icons/receive.svg")).pixmap(48, 48));
    m_logo->setAccessibleName(prepared.offer.logoAltText.isEmpty() ? tr("Issuer's logo") : prepared.offer.logoAltText);
    m_consent->setText(describeOffer(prepared));
    m_identity->setIdentities(prepared.identities, prepared.defaultDid);
    // A wrapped label inside a stacked widget does not ask for its height by itself: say it, so
    // the identity and the sign-in note at the end are never cut off.
    const int textWidth = qMax(360, width() - m_logo->width() - 60);
    m_consent->setMinimumHeight(m_consent->heightForWidth(textWidth));
    const TransactionCodeRequest &pin = prepared.offer.transactionCode;
    m_pinLabel->setVisible(pin.required);
    m_pin->setVisible(pin.required);
    if (pin.required) {
        QString label = pin.description.isEmpty()
            ? tr("The issuer sent you a PIN by other means (e-mail or text message). Enter it to receive the credentials.")
            : pin.description.left(200);
        if (pin.length > 0)
            label += QLatin1Char(' ')
                + (pin.numeric ? tr("(%n digit(s))", nullptr, pin.length) : tr("(%n character(s))", nullptr, pin.length));
        m_pinLabel->setText(label);
        m_pin->setMaxLength(pin.length > 0 ? pin.length : 64);
        m_pin->setValidator(pin.numeric ? new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]*")), m_pin)
                                        : nullptr);
        m_pin->setEchoMode(QLineEdit::Normal);
        m_pin->setFocus();
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
    request.transactionCode = m_pin->isVisible() || m_prepared->offer.transactionCode.required ? m_pin->text() : QString();
    request.passphrase = std::move(passphrase); // wiped by the worker when it is done (WipedOnExit)
    request.openBrowser = m_browserOpener ? m_browserOpener : std::function<bool(const QUrl &)>(openInSystemBrowser);
    request.languages = QLocale().uiLanguages();
    request.network = m_network;
    m_working->busy(m_prepared->offer.needsBrowser ? tr("Sign in with the issuer in your web browser…")
                                                   : tr("Receiving…"));
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
        m_pendingList->setPending({});
        m_result->setText(QStringLiteral("<p>%1</p>").arg(HtmlEscape::escape(tr("Nothing was received, and your wallet is unchanged."))));
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
    m_result->setText(html);
    m_pendingList->setPending(report->pending);
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
    m_working->busy(tr("Asking issuers for the credentials they promised…"));
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
                m_result->setText(QStringLiteral("<p>%1</p>").arg(HtmlEscape::escape(tr("No credential is waiting."))));
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
            m_pendingList->remove(id);
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
