#include "ReviewWindow.h"
#include "ui_ReviewWindow.h"

#include "ReviewActions.h"
#include "ReviewDetailDialog.h"
#include "common/ProgressStrip.h"
#include "common/StatusStyle.h"
#include "detail/DetailView.h"
#include "io/HtmlEscape.h"
#include "review/ReviewHtml.h"
#include "review/ReviewNotes.h"
#include "review/ReviewPacketReader.h"
#include "review/ReviewReportPdf.h"
#include "review/ReviewSession.h"
#include "formats/CredentialReader.h"
#include "skills/SkillsWidget.h"
#include "storage/Wallet.h"
#include "storage/WalletFile.h"
#include "trust/IssuerTrustChecker.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QIcon>
#include <QInputDialog>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>

#include <openssl/crypto.h>

#include <algorithm>

namespace Satchel {

namespace {

QString dateText(const QDateTime &when)
{
    return when.isValid() ? QLocale().toString(when.toLocalTime().date(), QLocale::ShortFormat) : QString();
}

QIcon badgeIcon(const ReviewedCredential &c)
{
    QPixmap pixmap;
    if (!c.image.isEmpty() && pixmap.loadFromData(c.image))
        return QIcon(pixmap.scaled(48, 48, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    return QIcon(QStringLiteral(":/icons/badge-placeholder.svg"));
}

} // namespace

ReviewWindow::ReviewWindow(const QString &advisorWalletPath, NetworkMode *network, QWidget *parent)
    : QMainWindow(parent, Qt::Window)
    , m_network(network)
    , m_ui(std::make_unique<Ui::ReviewWindow>())
{
    m_advisorWallet = WalletFile::openIfPossible(advisorWalletPath);
    Wallet *advisorWallet = m_advisorWallet.get();
    setAttribute(Qt::WA_DeleteOnClose, false);
    // Before the form, so that its Cancel comes before the tabs in the focus chain (creation order).
    m_progress = new ProgressStrip(ProgressStrip::Idle::Hidden, new QPushButton(tr("Cancel")), this);
    m_progress->bar()->setFormat(tr("Verifying %v of %m…"));
    connect(m_progress, &ProgressStrip::cancelRequested, &m_job, &BackgroundJob::cancel);

    m_ui->setupUi(this);
    m_ui->layout->insertWidget(m_ui->layout->indexOf(m_ui->tabs), m_progress);
    ThemeColors::follow(m_ui->banner, [this] {
        m_ui->banner->setStyleSheet(QStringLiteral("QLabel{%1;border:1px solid;padding:6px;}")
                                        .arg(ThemeColors::bannerCss(ThemeColors::Tone::Negative, QApplication::palette())));
    });

    connect(m_ui->credentials, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { showDetail(item->data(0, Qt::UserRole).toInt()); });
    connect(m_ui->timeline, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { showDetail(item->data(0, Qt::UserRole).toInt()); });
    m_ui->notesHint->setText(advisorWallet ? tr("Private notes: kept in your own wallet for this packet, never sent "
                                                "to the learner and never put in a packet.")
                                           : tr("Notes cannot be kept: no wallet is open."));
    m_ui->notes->setEnabled(advisorWallet != nullptr);
    m_notesTimer = new QTimer(this);
    m_notesTimer->setSingleShot(true);
    m_notesTimer->setInterval(800);
    connect(m_notesTimer, &QTimer::timeout, this, &ReviewWindow::saveNotes);
    connect(m_ui->notes, &QPlainTextEdit::textChanged, m_notesTimer, qOverload<>(&QTimer::start));

    connect(m_ui->reportButton, &QPushButton::clicked, this, &ReviewWindow::chooseReportFile);
    connect(m_ui->details, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem *item = m_ui->credentials->currentItem())
            showDetail(item->data(0, Qt::UserRole).toInt());
    });
    connect(m_ui->credentials, &QTreeWidget::currentItemChanged, m_ui->details,
            [details = m_ui->details](QTreeWidgetItem *current) { details->setEnabled(current != nullptr); });
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QWidget::close);
    connect(&m_job, &BackgroundJob::progressed, this, &ReviewWindow::onProgress);
}

ReviewWindow::~ReviewWindow()
{
    m_job.abandon(); // before the workspace it writes into goes
    closeReviewWallet();
}

QTabWidget *ReviewWindow::tabs() const
{
    return m_ui->tabs;
}

QTreeWidget *ReviewWindow::credentialTree() const
{
    return m_ui->credentials;
}

SkillsWidget *ReviewWindow::skillsWidget() const
{
    return m_ui->skills;
}

QPlainTextEdit *ReviewWindow::notesEdit() const
{
    return m_ui->notes;
}

QLabel *ReviewWindow::countsLabel() const
{
    return m_ui->counts;
}

QLabel *ReviewWindow::headerLabel() const
{
    return m_ui->header;
}

void ReviewWindow::closeReviewWallet()
{
    if (m_detail) {
        m_detail->hide();
        m_detail->detailView()->clear(); // it points into the wallet about to close
    }
    m_reviewWallet.reset();
    m_workspace.reset();
}

bool ReviewWindow::openPacket(const QString &path)
{
    if (!ReviewActions::isReviewPacket(path)) {
        bool ok = false;
        const QString challenge = QInputDialog::getText(
            this, tr("Signed presentation"),
            tr("The code you gave the learner (the challenge), to check this presentation was made for you. "
               "Leave it empty to see the code in the file."),
            QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return false;
        startPresentationReview(path, challenge.trimmed());
        return true;
    }
    QByteArray passphrase;
    if (ReviewPacketReader::isEncrypted(path)) {
        bool ok = false;
        const QString text = QInputDialog::getText(this, tr("Review packet"),
                                                   tr("This review packet is protected. Passphrase:"),
                                                   QLineEdit::Password, QString(), &ok);
        if (!ok)
            return false;
        passphrase = text.toUtf8();
    }
    startReview(path, passphrase);
    OPENSSL_cleanse(passphrase.data(), size_t(passphrase.size()));
    return true;
}

ReviewOptions ReviewWindow::beginReview(const QString &path)
{
    m_path = path;
    setWindowTitle(tr("Review of %1").arg(QFileInfo(path).fileName()));
    m_ui->header->setText(tr("Opening %1…").arg(HtmlEscape::escape(QFileInfo(path).fileName())));
    m_progress->start();
    m_ui->tabs->setEnabled(false);
    m_ui->credentials->clear();
    m_liveCounts = {};
    m_ui->counts->setText(m_liveCounts.text());
    m_ui->counts->show();
    closeReviewWallet();
    m_workspace = std::make_unique<QTemporaryDir>(); // 0700, removed with the window or the next review
    ReviewOptions options;
    options.network = m_network; // offline: keys and status lists are then not fetched
    if (m_workspace->isValid())
        options.workspace = m_workspace->path(); // else only the drill-down is lost: review() makes its own
    return options;
}

void ReviewWindow::startReview(const QString &path, const QByteArray &passphrase)
{
    QByteArray secret(passphrase.constData(), passphrase.size()); // a copy of its own, wiped by the worker
    // The review makes a wallet of its own from the packet: no connection to the advisor's wallet.
    runReview(path, [path, secret](const ReviewOptions &options) mutable -> Result<ReviewResult> {
        auto packet = ReviewPacketReader::read(path, secret);
        OPENSSL_cleanse(secret.data(), size_t(secret.size()));
        if (!packet)
            return packet.error();
        return ReviewSession::review(*packet, options);
    });
}

void ReviewWindow::startPresentationReview(const QString &path, const QString &expectedChallenge)
{
    runReview(path, [path, expectedChallenge](const ReviewOptions &options) -> Result<ReviewResult> {
        QFile file(path);
        if (file.size() > CredentialReader::kMaxFileBytes)
            return Error{QStringLiteral("too-large"), tr("The file is too large to be a presentation.")};
        if (!file.open(QIODevice::ReadOnly))
            return Error{QStringLiteral("review-read"), tr("Cannot read %1: %2").arg(path, file.errorString())};
        return ReviewSession::reviewPresentation(file.readAll(), expectedChallenge, options);
    });
}

void ReviewWindow::runReview(const QString &path, std::function<Result<ReviewResult>(const ReviewOptions &)> review)
{
    if (m_job.isRunning())
        return;
    ReviewOptions options = beginReview(path);
    m_job.startWithoutWallet(
        [options, review = std::move(review)](JobControl &control) mutable -> Result<ReviewResult> {
            options.cancel = control.cancelFlag();
            options.progress = [&control](int done, int total, const QString &status) {
                control.reportProgress(done, total, status);
            };
            return review(options);
        },
        [this](const Result<ReviewResult> &reviewed) { onFinished(reviewed); });
}

QString ReviewWindow::presentationHeader() const
{
    const PresentationCheck &check = *m_result.presentation;
    const bool signedByHolder = check.holderSignature.outcome == CheckOutcome::Pass;
    const QString signature = signedByHolder
        ? tr("Signed by its holder: the signature is valid.")
        : tr("The holder's signature does not hold: %1").arg(check.holderSignature.message);
    const bool challengeFailed = check.binding.outcome == CheckOutcome::Fail;
    return QStringLiteral("<br><span style=\"color:%1\">%2</span><br><span style=\"color:%3\">%4</span>")
        .arg(StatusStyle::textColor(signedByHolder ? QStringLiteral("valid") : QStringLiteral("invalid"), palette()).name(),
             HtmlEscape::escape(signature),
             StatusStyle::textColor(challengeFailed ? QStringLiteral("invalid") : check.binding.outcome == CheckOutcome::Pass
                                                                                       ? QStringLiteral("valid")
                                                                                       : QStringLiteral("unknown"),
                                    palette())
                 .name(),
             HtmlEscape::escape(check.binding.message));
}

void ReviewWindow::onProgress(int done, int total, const QString &status)
{
    m_progress->setProgress(done, total);
    m_liveCounts.add(status);
    m_ui->counts->setText(m_liveCounts.text());
}

void ReviewWindow::onFinished(const Result<ReviewResult> &reviewed)
{
    m_progress->finish();
    if (!reviewed) {
        const Error &error = reviewed.error();
        m_ui->header->setText(tr("The review packet could not be opened: %1").arg(HtmlEscape::escape(error.message)));
        if (error.code == QLatin1String("review-wrong-passphrase") && isVisible()) {
            QMessageBox::warning(this, tr("Review packet"), error.message);
            if (openPacket(m_path))
                return;
        }
        Q_EMIT reviewFinished(false, error.code);
        return;
    }
    m_result = *reviewed;
    // Trust lines from the advisor's own registries (their kept copies: no network here).
    if (m_advisorWallet)
        m_result.applyIssuerTrust(IssuerTrustChecker(*m_advisorWallet));
    m_reviewWallet = WalletFile::openIfPossible(m_result.walletPath); // for the drill-down
    showResult();
    Q_EMIT reviewFinished(!m_result.cancelled, m_result.cancelled ? QStringLiteral("cancelled") : QString());
}

void ReviewWindow::showResult()
{
    const QString learner = m_result.learnerName.isEmpty() ? tr("a learner") : m_result.learnerName;
    setWindowTitle(tr("Review of %1").arg(learner));
    QString header = QStringLiteral("<b>%1</b><br>%2<br>%3")
                         .arg(HtmlEscape::escape(tr("Review of %1").arg(learner)),
                              HtmlEscape::escape(tr("Packet made on %1; verified again by Satchel on %2.")
                                                     .arg(dateText(m_result.created), dateText(m_result.reviewedAt))),
                              tr("%n credential(s)", nullptr, int(m_result.credentials.size())) + QStringLiteral(" · ")
                                  + tr("Total credits: %1").arg(QLocale().toString(m_result.totalCredits, 'g', 6)));
    if (m_result.encrypted)
        header += QStringLiteral(" · ") + tr("passphrase-protected");
    if (m_result.presentation) {
        header = QStringLiteral("<b>%1</b><br>%2")
                     .arg(HtmlEscape::escape(tr("Signed presentation by %1").arg(learner)),
                          HtmlEscape::escape(tr("Verified by Satchel on %1.").arg(dateText(m_result.reviewedAt))))
            + presentationHeader() + QStringLiteral("<br>")
            + tr("%n credential(s)", nullptr, int(m_result.credentials.size())) + QStringLiteral(" · ")
            + tr("Total credits: %1").arg(QLocale().toString(m_result.totalCredits, 'g', 6));
    }
    m_ui->header->setText(header);
    const int differing = m_result.differing();
    if (differing > 0 || m_result.cancelled) {
        QString text = differing > 0 ? tr("%n credential(s) verified differently from the learner's receipt. Satchel's "
                                          "own verdict is the one to trust.", nullptr, differing)
                                     : QString();
        if (m_result.cancelled)
            text += (text.isEmpty() ? QString() : QStringLiteral(" ")) + tr("The review was cancelled: some credentials were not verified.");
        m_ui->banner->setText(text);
        m_ui->banner->show();
    } else {
        m_ui->banner->hide();
    }
    // The final counts: every entry of the packet, the unreadable and the unverified ones included.
    m_ui->counts->setText(m_result.counts().text());
    m_ui->counts->show();
    // A presentation carries no receipts: the learner's column would only say "Not verified".
    m_ui->credentials->setColumnHidden(4, m_result.presentation.has_value());
    fillCredentials();
    m_ui->skills->setSummary(m_result.skills);
    fillPathways();
    fillTimeline();
    if (m_advisorWallet) {
        const QSignalBlocker blocker(m_ui->notes);
        m_ui->notes->setPlainText(ReviewNotes::load(*m_advisorWallet, m_result.manifestSha256));
    }
    m_ui->tabs->setEnabled(true);
    m_ui->reportButton->setEnabled(true);
    if (m_ui->tabs->currentWidget() == m_ui->credentials)
        m_ui->credentials->setFocus(); // Enter opens the current credential straight away
    // The header grew from one line to three: lay out now, not on the next pass.
    centralWidget()->layout()->activate();
}

void ReviewWindow::fillCredentials()
{
    m_ui->credentials->clear();
    QFont bold = m_ui->credentials->font();
    bold.setBold(true);
    // The Active group: the tabs are still disabled while they are filled.
    const QPalette palette = m_ui->credentials->palette();
    for (int row = 0; row < m_result.credentials.size(); ++row) {
        const ReviewedCredential &c = m_result.credentials.at(row);
        QString receipt = ReviewHtml::statusText(c.receiptStatus);
        if (c.differs())
            receipt = tr("%1 ≠ (differs)").arg(receipt);
        // A genuine badge naming none of the learner's identities (those in the packet) is not
        // shown as plainly valid: the verdict stays, the recipient is said beside it.
        const QString shown = StatusStyle::presentation(c.status, VerificationReport::recipientOutcome(c.checks), true);
        const QString statusText = shown == QLatin1String(StatusStyle::kNotYours)
            ? tr("Valid, but not issued to the learner") : ReviewHtml::statusText(c.status);
        auto *item = new QTreeWidgetItem(m_ui->credentials, {c.name, c.issuer, dateText(c.issued), statusText, receipt,
                                                         ReviewHtml::readableReason(c.reason)});
        item->setData(0, Qt::UserRole, row);
        // What a screen reader says for the row: the credential, its issuer and Satchel's verdict.
        item->setData(0, Qt::AccessibleTextRole, tr("%1, by %2, %3").arg(c.name, c.issuer, statusText));
        item->setToolTip(0, c.name);
        item->setToolTip(1, c.issuerTrust ? tr("%1\n%2").arg(c.issuer, c.issuerTrust->line()) : c.issuer);
        // The symbol in the cell (rows are two lines high), the line in its tooltip, on the
        // credential's page (Details…) and in the report.
        if (c.issuerTrust)
            item->setText(1, tr("%1 %2", "trust symbol, issuer").arg(c.issuerTrust->symbol(), c.issuer));
        item->setIcon(0, badgeIcon(c));
        item->setIcon(3, QIcon(StatusStyle::iconPath(shown)));
        // "Could not be checked" is not a lesser verdict: it reads like text, its icon says the rest.
        const bool unchecked = c.status.isEmpty() || c.status == QLatin1String("unknown");
        item->setForeground(3, unchecked ? palette.color(QPalette::Active, QPalette::Text)
                                         : StatusStyle::textColor(shown, palette));
        if (!c.reason.isEmpty()) {
            item->setToolTip(3, c.reason);
            item->setToolTip(5, c.reason);
        }
        if (c.differs()) {
            for (int column = 0; column < 6; ++column)
                item->setFont(column, bold);
            item->setForeground(4, ThemeColors::text(ThemeColors::Tone::Negative, palette));
            item->setToolTip(4, tr("The learner's wallet said \"%1\"; Satchel finds \"%2\".")
                                    .arg(ReviewHtml::statusText(c.receiptStatus), ReviewHtml::statusText(c.status)));
        }
    }
    // Names and issuers get a fair share (elided, full in the tooltip), the date and verdicts what
    // they need, and the reasons the rest: long issuer names must not squeeze everything else.
    QHeaderView *header = m_ui->credentials->header();
    header->setStretchLastSection(true);
    for (int column = 2; column < 5; ++column)
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    const int room = m_ui->credentials->viewport()->width();
    header->setSectionResizeMode(0, QHeaderView::Interactive);
    header->setSectionResizeMode(1, QHeaderView::Interactive);
    header->resizeSection(0, std::max(200, room / 5));
    header->resizeSection(1, std::max(130, room / 7));
    if (m_ui->credentials->topLevelItemCount() > 0 && !m_ui->credentials->currentItem())
        m_ui->credentials->setCurrentItem(m_ui->credentials->topLevelItem(0));
}

void ReviewWindow::showDetail(int row)
{
    if (row < 0 || row >= m_result.credentials.size())
        return;
    if (!m_detail)
        m_detail = new ReviewDetailDialog(this);
    m_detail->showCredential(m_reviewWallet.get(), m_result.credentials.at(row), m_result.reviewedAt);
    m_detail->show();
    m_detail->raise();
    m_detail->activateWindow();
}

void ReviewWindow::fillPathways()
{
    m_ui->pathways->clear();
    if (m_result.pathways.isEmpty()) {
        auto *none = new QTreeWidgetItem(m_ui->pathways, {tr("The packet names no pathway.")});
        none->setFlags(Qt::ItemIsEnabled);
        return;
    }
    for (const ReviewedPathway &p : m_result.pathways) {
        auto *top = new QTreeWidgetItem(m_ui->pathways, {p.name, p.satisfied ? tr("Complete") : tr("In progress"),
                                                     tr("%1%").arg(qRound(p.percent))});
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        QList<QTreeWidgetItem *> parents{top};
        for (const PathwayNodeRow &row : p.rows) {
            while (parents.size() > row.depth + 1)
                parents.removeLast();
            auto *item = new QTreeWidgetItem(parents.last(), {row.title, PathwayOverview::stateText(row.state), row.progress});
            item->setToolTip(0, row.rule);
            parents.append(item);
        }
        m_ui->pathways->expandItem(top);
    }
    m_ui->pathways->expandAll();
    m_ui->pathways->resizeColumnToContents(0);
}

void ReviewWindow::fillTimeline()
{
    m_ui->timeline->clear();
    for (const ReviewedCredential *c : m_result.timeline()) {
        auto *item = new QTreeWidgetItem(m_ui->timeline, {c->issued.isValid() ? dateText(c->issued) : tr("undated"), c->name,
                                                      ReviewHtml::statusText(c->status)});
        item->setIcon(2, QIcon(StatusStyle::iconPath(c->status)));
        item->setData(0, Qt::UserRole, int(c - m_result.credentials.constData())); // its row, for the drill-down
    }
    m_ui->timeline->resizeColumnToContents(0);
    m_ui->timeline->resizeColumnToContents(1);
}

void ReviewWindow::saveNotes()
{
    if (!m_advisorWallet || m_result.manifestSha256.isEmpty())
        return;
    if (Status saved = ReviewNotes::save(*m_advisorWallet, m_result.manifestSha256, m_ui->notes->toPlainText()); !saved)
        m_ui->header->setToolTip(saved.error().message);
}

Status ReviewWindow::exportReport(const QString &pdfPath)
{
    return ReviewReportPdf::write(m_result, m_ui->notes->toPlainText(), pdfPath);
}

void ReviewWindow::chooseReportFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export review report"),
                                                      tr("review-report.pdf"), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (Status written = exportReport(path); !written)
        QMessageBox::warning(this, tr("Export review report"), written.error().message);
}

void ReviewWindow::closeEvent(QCloseEvent *event)
{
    if (m_notesTimer->isActive()) {
        m_notesTimer->stop();
        saveNotes();
    }
    m_job.cancel();
    if (m_detail)
        m_detail->close(); // it belongs to this review
    QMainWindow::closeEvent(event);
}

} // namespace Satchel
