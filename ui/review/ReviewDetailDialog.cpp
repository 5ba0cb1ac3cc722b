#include "ReviewDetailDialog.h"

#include "detail/DetailView.h"
#include "storage/Wallet.h"

#include <QDialogButtonBox>
#include <QJsonDocument>
#include <QVBoxLayout>

namespace Satchel {

ReviewDetailDialog::ReviewDetailDialog(QWidget *parent)
    : QDialog(parent)
{
    resize(860, 720);
    m_view = new DetailView(this);
    m_view->setVerifyOffered(false); // the review has just verified it; the advisor cannot change it
    connect(m_view, &DetailView::linkRequested, this, [this](const QUrl &url) { DetailView::confirmOpenLink(this, url); });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
}

void ReviewDetailDialog::showCredential(const Wallet *reviewWallet, const ReviewedCredential &credential,
                                        const QDateTime &reviewedAt)
{
    m_entryId = credential.entryId;
    setWindowTitle(tr("%1 (in the review)").arg(credential.name));
    // The trust line is the advisor's registries' (ReviewResult::applyIssuerTrust), not that of the
    // review's temporary wallet, which keeps no registry copies.
    m_view->setIssuerTrustOverride(credential.issuerTrust);
    if (reviewWallet && credential.walletId > 0 && m_view->showCredential(*reviewWallet, credential.walletId))
        return;
    CredentialPage page;
    page.issuerTrust = credential.issuerTrust;
    page.summary.name = credential.name;
    page.summary.issuerName = credential.issuer;
    page.summary.status = credential.status;
    page.summary.verifiedAt = reviewedAt;
    page.imageBytes = credential.image;
    VerificationReport report;
    report.checkedAt = reviewedAt;
    report.checks = credential.checks;
    page.verificationReport = QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact));
    m_view->showPage(page);
}

} // namespace Satchel
