// Verifies credentials stored in the wallet, by row id: the original bytes go through
// CredentialVerifier, the recipient is matched against the learner's identities, a CLR's nested
// credentials are each verified on their own (and a bad one marks the CLR "nested-invalid"), and
// every report is saved with the credential (Wallet::saveVerification). A credential held in more
// than one version (the same issuer and id, other bytes: Wallet::store()) has every version
// verified, and shows one that verifies when the version it showed does not (Wallet::showVersion).
//
// Runs synchronously, network included, so the GUI runs it on a worker thread: that thread opens
// its own Wallet and fetcher (NetworkDocumentFetcher), passes a cancellation flag and a progress callback
// (called on the worker thread, after each credential).
#pragma once

#include "DocumentFetcher.h"
#include "Result.h"
#include "VerificationReport.h"
#include "storage/VerificationRecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <atomic>
#include <functional>
#include <optional>
#include <utility>

namespace Satchel {

class Wallet;
struct Credential;
struct RawCredential;

// One verified credential.
struct WalletVerification {
    qint64 id = 0; // the wallet row
    qint64 parentId = 0; // the CLR holding it, 0 for a top-level credential
    QString name;
    VerificationReport report;
};

struct WalletVerificationBatch {
    QList<WalletVerification> verified; // in the order asked, each CLR followed by its nested
    QList<std::pair<qint64, Error>> failed; // rows that could not be read ("not-found", ...)
    bool cancelled = false;
};

class WalletVerifier {
    Q_DECLARE_TR_FUNCTIONS(Satchel::WalletVerifier)
public:
    // Called after each credential asked for (not for the nested ones): done of total.
    using Progress = std::function<void(const WalletVerification &verification, int done, int total)>;

    // wallet: where credentials, identities and reports live; not owned. fetcher: how documents
    // are fetched (may be null: fully offline). A status check that could not be made because the
    // fetcher was offline (a lookup answered "offline") makes the verdict unknown instead of a mere
    // warning (see reportOn()).
    WalletVerifier(Wallet *wallet, DocumentFetcher *fetcher);
    ~WalletVerifier();
    WalletVerifier(const WalletVerifier &) = delete;
    WalletVerifier &operator=(const WalletVerifier &) = delete;

    void setNow(const QDateTime &now) { m_now = now; } // default: the clock, per call
    void setProgress(Progress progress) { m_progress = std::move(progress); }
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    void setSaveReports(bool save) { m_save = save; } // default true

    // One credential (a CLR with its nested credentials; they come after it in the batch).
    Result<WalletVerification> verify(qint64 id);
    // The given rows, or every top-level credential when ids is empty.
    WalletVerificationBatch verifyAll(const QList<qint64> &ids = {});

private:
    bool cancelled() const { return m_cancel && m_cancel->load(); }
    Result<WalletVerification> verifyTopLevel(qint64 id, QList<WalletVerification> &nested);
    Result<WalletVerification> verifyRow(qint64 id, QList<WalletVerification> *nestedOut);
    // The report on one credential's bytes: proofs, status and dates, then the recipient.
    VerificationReport reportOn(const RawCredential &raw, const Result<Credential> &parsed);
    // Verifies the row's other versions (none: one query) and saves their reports; when the row's
    // own report is not valid and a version's is, the row shows that version from now on. True
    // when it changed. Only for runs that save.
    bool showVersionThatVerifies(qint64 id, const VerificationReport &shown);
    // Reports are written in batches of kSaveBatch, one transaction each, and always before
    // verify() or verifyAll() returns.
    void save(const WalletVerification &verification);
    void flushSaves();
    static constexpr int kSaveBatch = 64;

    Wallet *m_wallet;
    DocumentFetcher *m_fetcher;
    QDateTime m_now;
    Progress m_progress;
    const std::atomic_bool *m_cancel = nullptr;
    bool m_save = true;
    QList<VerificationRecord> m_unsaved;
    // The learner's identities, read once for a whole verifyAll() (they are the same for every
    // credential of the run); unset outside one, so a single verify() reads them fresh.
    std::optional<QList<QPair<QString, QString>>> m_runIdentities;
};

} // namespace Satchel
