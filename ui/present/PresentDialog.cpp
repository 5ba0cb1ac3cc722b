#include "present/PresentDialog.h"
#include "ui_PresentDialog.h"

#include "common/BusyPage.h"
#include "common/HolderIdentityText.h"
#include "common/IdentityChooser.h"
#include "common/PassphraseDialog.h"
#include "common/ProblemLabel.h"
#include "io/HtmlEscape.h"
#include "present/SdJwtPresentation.h"
#include "common/ThemeColors.h"

#include <QCloseEvent>
#include <QDesktopServices>
#include <QSet>


namespace Satchel {

namespace {

constexpr int kRowRole = Qt::UserRole;
constexpr int kQueryRole = Qt::UserRole + 1;
constexpr int kMultipleRole = Qt::UserRole + 2; // on a request: the verifier takes several credentials for it
constexpr int kOthersShown = 3; // why the nearest misses do not answer; more would drown the list

// What a requested credential is, in the learner's words: the verifier's name for it, else its type.
QString describeQuery(const RequestedCredential &query)
{
    QString text = PresentDialog::tr("A credential (%1)").arg(query.id);
    if (!query.name.isEmpty()) {
        text = query.name;
    } else {
        QList<QStringList> typeValues = query.typeValues;
        if (!query.vctValues.isEmpty())
            typeValues.append(query.vctValues); // an SD-JWT VC's type
        for (const QStringList &types : std::as_const(typeValues)) {
            if (!types.isEmpty()) {
                text = PresentDialog::tr("A credential of type %1")
                           .arg(types.last().section(QLatin1Char('#'), -1).section(QLatin1Char('/'), -1));
                break;
            }
        }
    }
    // What the verifier pins down (claims with values): the issuer it must come from, or a field's
    // value such as the achievement's name, so that two requests of one type can be told apart.
    for (const ClaimConstraint &claim : query.claims) {
        if (claim.values.isEmpty() || claim.paths.isEmpty() || claim.paths.first().isEmpty())
            continue;
        const QJsonArray &path = claim.paths.first();
        const QString written = claim.values.first().toVariant().toString();
        // A DID is long and meaningless in full: its start and end tell two apart (the tooltip has it all).
        const QString value = written.startsWith(QLatin1String("did:")) ? HolderIdentityText::shortDid(written)
                                                                        : Error::excerpt(written, 80);
        text = path.first().toString() == QLatin1String("issuer")
            ? PresentDialog::tr("%1, from %2").arg(text, value)
            : PresentDialog::tr("%1, %2 “%3”").arg(text, path.last().toVariant().toString(), value);
    }
    return text;
}

QString flagsOf(const CandidateVerdict &verdict)
{
    QStringList flags;
    if (verdict.revoked)
        flags << PresentDialog::tr("revoked");
    if (verdict.expired)
        flags << PresentDialog::tr("expired");
    if (verdict.unverified)
        flags << PresentDialog::tr("not verified");
    return flags.join(PresentDialog::tr(", "));
}

bool flagged(const CandidateVerdict &verdict)
{
    return verdict.revoked || verdict.expired || verdict.unverified;
}

} // namespace

PresentDialog::PresentDialog(const QString &walletPath, NetworkMode *network, QWidget *parent)
    : QDialog(parent), m_walletPath(walletPath), m_network(network), m_ui(std::make_unique<Ui::PresentDialog>())
    , m_job(nullptr, BackgroundJob::OnDestroy::CancelAndLeave) // a verifier may be slow: closing never waits
{
    m_ui->setupUi(this);
    ThemeColors::setTextTone(m_ui->choiceProblem, ThemeColors::Tone::Caution);
    m_identity = new IdentityChooser(tr("Signed &by:"), m_ui->consentPage);
    m_identity->setAccessibleName(tr("The identity that signs what you share"));
    m_identity->addRowTo(m_ui->consentLayout);
    // Made after the form's widgets, it would come last in the Tab chain: it belongs after the list.
    QWidget::setTabOrder(m_ui->presentChoices, m_identity);

    connect(m_ui->presentChoices, &QTreeWidget::itemChanged, this, &PresentDialog::onChoiceChanged);
    connect(m_ui->openPage, &QPushButton::clicked, this, [this] { QDesktopServices::openUrl(m_redirect); });
    connect(m_ui->presentShare, &QPushButton::clicked, this, &PresentDialog::share);
    connect(m_ui->declineButton, &QPushButton::clicked, this, &PresentDialog::decline);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::close);
    setStage(Stage::Reading);
}

PresentDialog::~PresentDialog() = default;

QTreeWidget *PresentDialog::choices() const
{
    return m_ui->presentChoices;
}

void PresentDialog::onChoiceChanged(QTreeWidgetItem *item)
{
    // One credential per request unless the verifier accepts several.
    QTreeWidgetItem *query = item->parent();
    if (query && item->checkState(0) == Qt::Checked && !query->data(0, kMultipleRole).toBool()) {
        const QSignalBlocker blocker(m_ui->presentChoices);
        for (int i = 0; i < query->childCount(); ++i) {
            if (query->child(i) != item && (query->child(i)->flags() & Qt::ItemIsUserCheckable))
                query->child(i)->setCheckState(0, Qt::Unchecked);
        }
    }
    updateShareButton();
}

void PresentDialog::setStage(Stage stage)
{
    m_stage = stage;
    m_ui->pages->setCurrentIndex(stage == Stage::Consent ? 1 : stage == Stage::Done ? 2 : 0);
    m_ui->presentShare->setVisible(stage == Stage::Consent);
    m_ui->declineButton->setVisible(stage == Stage::Consent);
    m_ui->openPage->setVisible(stage == Stage::Done && m_redirect.isValid());
    m_ui->closeButton->setText(stage == Stage::Done ? tr("Close") : tr("Cancel"));
    if (stage == Stage::Consent)
        updateShareButton();
}

void PresentDialog::showError(const QString &message)
{
    m_ui->presentError->say(message);
}

QString PresentDialog::errorText() const
{
    return m_ui->presentError->said();
}

QString PresentDialog::consentText() const
{
    return m_ui->presentConsent->text();
}

QString PresentDialog::resultText() const
{
    return m_ui->presentResult->text();
}

void PresentDialog::present(const QString &link)
{
    if (m_job.isRunning())
        return;
    showError({});
    m_prepared.reset();
    m_redirect = QUrl();
    m_ui->working->busy(tr("Reading the verifier's request…"));
    setStage(Stage::Reading);
    NetworkMode *network = m_network;
    m_job.start(
        m_walletPath,
        [link, network](Wallet &wallet, JobControl &control) { return PresentWork::prepare(wallet, control, link, network); },
        [this](Result<PreparedPresent> prepared) {
            if (!prepared) {
                finish(QStringLiteral("<p>%1</p>").arg(HtmlEscape::escape(tr("Nothing was sent."))));
                showError(prepared.error().message);
                return;
            }
            showConsent(*prepared);
        });
}

void PresentDialog::showConsent(const PreparedPresent &prepared)
{
    m_prepared = prepared;
    const PresentationRequest &request = prepared.prepared.request;
    const QString domain = HtmlEscape::escape(request.verifierDomain);
    QString html = request.verifierName.isEmpty()
        ? tr("<b>%1</b> asks for your credentials.").arg(domain)
        : tr("<b>%1</b> asks for your credentials. Your answer goes to <b>%2</b>.")
              .arg(HtmlEscape::escape(Error::excerpt(request.verifierName, 120)), domain);
    QString signedBy;
    if (!request.signedRequest)
        signedBy = tr("Its request is not signed: Satchel knows only where the answer goes.");
    else if (request.prefix == ClientIdPrefix::X509SanDns)
        signedBy = tr("Its request is signed with a certificate for %1 that this computer trusts.").arg(request.verifierDomain);
    else
        signedBy = tr("Its request is signed by %1.").arg(request.signedBy);
    html += QStringLiteral("<br>") + HtmlEscape::escape(signedBy);
    m_ui->presentConsent->setText(html);
    fillChoices(prepared);
    m_identity->setIdentities(prepared.identities, prepared.proposedDid);
    setStage(Stage::Consent);
}

void PresentDialog::fillChoices(const PreparedPresent &prepared)
{
    const QSignalBlocker blocker(m_ui->presentChoices);
    m_ui->presentChoices->clear();
    const PresentationRequest &request = prepared.prepared.request;
    for (int q = 0; q < request.credentials.size() && q < prepared.prepared.matches.size(); ++q) {
        const RequestedCredential &query = request.credentials.at(q);
        const QueryMatches &matches = prepared.prepared.matches.at(q);
        auto *item = new QTreeWidgetItem(m_ui->presentChoices);
        QString text = describeQuery(query);
        if (!query.purpose.isEmpty())
            text += QLatin1Char('\n') + tr("Why: %1").arg(query.purpose);
        item->setText(0, text);
        item->setToolTip(0, text);
        item->setFlags(Qt::ItemIsEnabled);
        item->setData(0, kMultipleRole, query.multiple);
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        bool chosen = false;
        for (const CandidateVerdict &verdict : matches.matching) {
            auto *child = new QTreeWidgetItem(item);
            QString line = tr("%1 — %2").arg(verdict.name, verdict.issuerName);
            if (flagged(verdict))
                line += QLatin1Char(' ') + tr("(%1)").arg(flagsOf(verdict));
            child->setText(0, line);
            child->setToolTip(0, line);
            child->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            child->setData(0, kRowRole, verdict.row);
            child->setData(0, kQueryRole, matches.queryId);
            // The first sound match is proposed; a flagged one only when the learner ticks it.
            const bool propose = !chosen && !flagged(verdict);
            child->setCheckState(0, propose ? Qt::Checked : Qt::Unchecked);
            chosen = chosen || propose;
            if (verdict.selective) {
                // Exactly what this credential gives away, before the learner ticks it.
                auto *shares = new QTreeWidgetItem(child);
                shares->setText(0, SdJwtPresentation::summary(verdict.disclosed));
                shares->setToolTip(0, shares->text(0));
                shares->setFlags(Qt::ItemIsEnabled);
                child->setExpanded(true);
            }
        }
        if (matches.matching.isEmpty()) {
            auto *none = new QTreeWidgetItem(item);
            none->setText(0, tr("None of your credentials answers this."));
            none->setFlags(Qt::NoItemFlags);
            for (int i = 0; i < matches.others.size() && i < kOthersShown; ++i) {
                const CandidateVerdict &other = matches.others.at(i);
                auto *why = new QTreeWidgetItem(item);
                why->setText(0, tr("%1: %2").arg(other.name, other.reason));
                why->setToolTip(0, why->text(0)); // a long reason is elided in the list
                why->setFlags(Qt::NoItemFlags);
            }
        }
        item->setExpanded(true);
    }
}

QList<ChosenCredential> PresentDialog::chosen() const
{
    QList<ChosenCredential> choice;
    for (int q = 0; q < m_ui->presentChoices->topLevelItemCount(); ++q) {
        const QTreeWidgetItem *query = m_ui->presentChoices->topLevelItem(q);
        for (int i = 0; i < query->childCount(); ++i) {
            const QTreeWidgetItem *child = query->child(i);
            if ((child->flags() & Qt::ItemIsUserCheckable) && child->checkState(0) == Qt::Checked)
                choice.append(ChosenCredential{child->data(0, kQueryRole).toString(), child->data(0, kRowRole).toLongLong()});
        }
    }
    return choice;
}

bool PresentDialog::canShare() const
{
    return m_prepared && PresentationResponder::checkChoice(m_prepared->prepared, chosen()).ok();
}

QString PresentDialog::chosenIdentity() const
{
    return m_identity->chosenDid();
}

void PresentDialog::updateShareButton()
{
    if (!m_prepared) {
        m_ui->presentShare->setEnabled(false);
        return;
    }
    const Status checked = PresentationResponder::checkChoice(m_prepared->prepared, chosen());
    m_ui->presentShare->setEnabled(checked.ok());
    m_ui->choiceProblem->setText(checked.ok() ? QString() : checked.error().message);
    m_ui->choiceProblem->setVisible(!checked.ok());
}

void PresentDialog::share()
{
    if (!canShare() || m_job.isRunning())
        return;
    send({});
}

void PresentDialog::send(QByteArray passphrase)
{
    showError({});
    m_ui->working->busy(tr("Signing and sending…"));
    setStage(Stage::Sending);
    PresentChoice choice;
    choice.prepared = m_prepared->prepared;
    choice.credentials = chosen();
    choice.holderDid = chosenIdentity();
    choice.passphrase = std::move(passphrase); // wiped by the worker when it is done (WipedOnExit)
    choice.network = m_network;
    QSet<qint64> rows; // one credential chosen for two requests is one credential shared
    for (const ChosenCredential &chosen : std::as_const(choice.credentials))
        rows.insert(chosen.row);
    const int count = int(rows.size());
    m_job.start(
        m_walletPath,
        [choice = std::move(choice)](Wallet &wallet, JobControl &control) mutable {
            return PresentWork::respond(wallet, control, std::move(choice));
        },
        [this, count](Result<PresentationOutcome> outcome) {
            if (!outcome) {
                const Error &error = outcome.error();
                if (error.code == QLatin1String("passphrase-needed") || error.code == QLatin1String("wrong-passphrase-or-damaged")) {
                    askPassphraseAndRetry(error);
                    return;
                }
                Q_EMIT presentationLogged();
                finish(QStringLiteral("<p>%1</p>").arg(HtmlEscape::escape(tr("Sharing did not succeed."))));
                showError(error.message);
                return;
            }
            m_redirect = outcome->redirectUri;
            Q_EMIT presentationLogged();
            finish(QStringLiteral("<p>%1</p>").arg(HtmlEscape::escape(
                tr("Shared %n credential(s) with %1.", nullptr, count).arg(m_prepared->prepared.request.verifierDomain))));
        });
}

void PresentDialog::askPassphraseAndRetry(const Error &error)
{
    QByteArray passphrase = PassphraseDialog::askForHolderKey(this, m_prepared->identities.isEmpty(),
                                                              m_prepared->prepared.request.verifierDomain, error,
                                                              m_passphrasePrompt);
    if (passphrase.isEmpty()) {
        setStage(Stage::Consent);
        showError(tr("Nothing was sent: your identity's key stays locked without its passphrase."));
        return;
    }
    send(std::move(passphrase));
}

void PresentDialog::decline()
{
    if (!m_prepared || m_job.isRunning())
        return;
    showError({});
    m_ui->working->busy(tr("Telling the verifier…"));
    setStage(Stage::Sending);
    const PreparedPresentation prepared = m_prepared->prepared;
    NetworkMode *network = m_network;
    m_job.start(
        m_walletPath,
        [prepared, network](Wallet &wallet, JobControl &control) { return PresentWork::decline(wallet, control, prepared, network); },
        [this](Result<PresentationOutcome> outcome) {
            Q_EMIT presentationLogged();
            const QString domain = m_prepared->prepared.request.verifierDomain;
            const bool told = outcome && outcome->verifierInformed;
            const bool vcApi = m_prepared->prepared.request.protocol == PresentationProtocol::VcApi;
            finish(QStringLiteral("<p>%1</p>").arg(HtmlEscape::escape(
                told    ? tr("You declined, and %1 was told. Nothing was shared.").arg(domain)
                : vcApi ? tr("You declined. Nothing was shared. %1 is not told (its exchange has no way to hear a "
                             "refusal); its request will expire.").arg(domain)
                        : tr("You declined. Nothing was shared; %1 could not be told.").arg(domain))));
        });
}

void PresentDialog::finish(const QString &html)
{
    m_ui->presentResult->setText(html);
    setStage(Stage::Done);
}

void PresentDialog::closeEvent(QCloseEvent *event)
{
    m_job.cancel(); // nothing is sent after Cancel; a request under way is dropped
    QDialog::closeEvent(event);
}

} // namespace Satchel
