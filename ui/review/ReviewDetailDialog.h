// The advisor's drill-down: one credential of a review in full, read-only, with every check
// Satchel ran on it, drawn by the detail page's own renderer in its locked-down web view (no
// script, no remote content). Opened from a row of the review window (Enter or double-click).
#pragma once

#include "review/ReviewResult.h"

#include <QDialog>

namespace Satchel {

class DetailView;
class Wallet;

class ReviewDetailDialog : public QDialog {
    Q_OBJECT
public:
    explicit ReviewDetailDialog(QWidget *parent = nullptr);

    // reviewWallet: the review's own wallet (may be null); a credential it does not hold (one the
    // review could not read) is shown from what the review found: its name, verdict and checks.
    void showCredential(const Wallet *reviewWallet, const ReviewedCredential &credential, const QDateTime &reviewedAt);
    DetailView *detailView() const { return m_view; }
    QString entryId() const { return m_entryId; }

private:
    DetailView *m_view = nullptr;
    QString m_entryId;
};

} // namespace Satchel
