// Receiving credentials straight from issuers (issue 14): an OpenID4VCI 1.0 credential offer or a
// VC-API exchange (with the DCC wallet's deep links and VC-API interaction URLs), bound to a holder
// key the caller supplies, stored through the normal import pipeline with their provenance
// ("received from DOMAIN via OpenID4VCI on DATE").
//
// Two steps, with the learner's consent in between:
//   prepare(link)  reads the offer and the issuer's metadata (nothing more: no token, no proof,
//                  nothing signed) and says what consent must show (ReceiveOffer);
//   complete(...)  runs the protocol with the chosen key, stores every credential received and
//                  keeps deferred ones as pending. A learner who cancels simply never calls it.
// Both are synchronous and meant for a worker thread (ui/common/BackgroundJob, satchel-cli): they run
// the Fetcher's event loops and, for the authorization code flow, a loopback listener on the calling
// thread. Use the receiver on the thread that made its Wallet. A failed flow stores nothing.
//
// Network: every request goes through the caller's Fetcher (its NetworkMode offline rule and
// bounds); HTTPS only, except loopback hosts (127.0.0.0/8, ::1, localhost), which tests use (the
// Fetcher's AddressPolicy still refuses loopback outside tests); at most 5 redirects, none on POST,
// and a redirect to a non-HTTPS address is refused.
//
// Error codes (Error::code; each message is translated and names the step):
//   "unsupported-link"      not an offer, interaction URL or DCC deep link Satchel understands
//   "bad-offer"             the offer (or the issuer's answer) is malformed
//   "insecure-url"          an issuer address that is not HTTPS (and not loopback)
//   "insecure-redirect"     a redirect to a non-HTTPS address
//   "issuer-mismatch"       the metadata's credential_issuer differs from the offer's
//   "unsupported-format"    the issuer offers only formats Satchel cannot store (message names them)
//   "unsupported-flow"      no grant or exchange Satchel can follow
//   "unreachable"           the issuer did not answer (the message names the step)
//   "offline"               the network mode is offline
//   "wrong-tx-code"         the issuer did not accept the PIN
//   "tx-code-needed"        the offer needs a PIN and none was given
//   "offer-expired"         the offer has expired or was already used
//   "authorization-failed"  the sign-in in the browser failed, was refused or timed out
//   "issuer-refused"        the issuer refused a request (its error and description quoted)
//   "key-refused"           the holder key could not sign
//   "cancelled"             the cancel flag was set (nothing stored)
//   "import-failed"         a received credential could not be stored (nothing stored)
#pragma once

#include "ReceiveOffer.h"
#include "ReceiveReport.h"
#include "Result.h"
#include "storage/CredentialProvenance.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>
#include <QUrl>

#include <atomic>
#include <functional>

namespace Satchel {

class Fetcher;
class NetworkMode;
class SigningKey;
class Wallet;

struct ReceiveOptions {
    // The learner's languages, most preferred first (BCP 47, e.g. {"fr-CA", "fr", "en"}): they pick the
    // issuer's display name, logo and credential names.
    QStringList languages;
    // The OAuth client_id Satchel presents in the authorization code flow (a public client, PKCE).
    QString clientId = QStringLiteral("satchel-wallet");
    // How long the loopback redirect listener waits for the browser's sign-in.
    int authorizationTimeoutMs = 5 * 60 * 1000;
    int requestTimeoutMs = 30000;           // each request, redirects included
    // Copies of each credential to ask for in one request (OpenID4VCI batch issuance), up to the
    // issuer's batch_size; each copy needs its own key proof. One is what a learner needs.
    int copiesPerCredential = 1;
    // The import pipeline's own fetches (an OB 2.0 credential's linked documents); pass the
    // Fetcher's NetworkMode. Null: online.
    NetworkMode *network = nullptr;
};

// What complete() needs besides the key.
struct ReceiveInputs {
    QString transactionCode;                // the PIN, when ReceiveOffer::transactionCode.required
    // Opens url in the learner's browser (the authorization code flow; core has no QtGui). Returns
    // false when no browser could be opened. Called on the worker thread: a UI marshals it
    // (QMetaObject::invokeMethod(..., Qt::BlockingQueuedConnection) then QDesktopServices::openUrl).
    std::function<bool(const QUrl &url)> openBrowser;
};

enum class ReceiveStep {
    Metadata,          // reading the issuer's metadata
    Authorizing,       // token request, or waiting for the browser sign-in
    Proving,           // nonce, key proof, DID authentication
    Requesting,        // asking for the credentials
    Storing,           // import pipeline
};

class CredentialReceiver {
    Q_DECLARE_TR_FUNCTIONS(Satchel::CredentialReceiver)
public:
    using Progress = std::function<void(ReceiveStep step)>;

    // wallet: where credentials and pending ones are stored; fetcher: every request. Neither owned;
    // both must outlive the receiver and belong to the calling thread.
    CredentialReceiver(Wallet &wallet, Fetcher &fetcher, ReceiveOptions options = {});
    ~CredentialReceiver();
    CredentialReceiver(const CredentialReceiver &) = delete;
    CredentialReceiver &operator=(const CredentialReceiver &) = delete;

    // Whether text looks like something prepare() takes (for Paste and drag and drop to route it).
    static bool isReceiveLink(const QString &text);

    Result<ReceiveOffer> prepare(const QString &link, const std::atomic_bool *cancel = nullptr);

    // Runs the offer's protocol bound to key (credentialSubject.id will be key.did()) and stores
    // what comes back. An offer is used once: prepare() again to retry.
    Result<ReceiveReport> complete(const ReceiveOffer &offer, const SigningKey &key, const ReceiveInputs &inputs,
                                   const Progress &progress = {}, const std::atomic_bool *cancel = nullptr);

    // Asks the issuers of pending (deferred) credentials again; those delivered are stored and
    // leave the pending list, the others stay (with the issuer's last word).
    Result<ReceiveReport> retryPending(const std::atomic_bool *cancel = nullptr);
    // The credentials issuers are still preparing, oldest first (for a "pending" list).
    Result<QList<PendingCredentialRecord>> pending() const;
    // Stops waiting for one pending credential (the learner gave up on it); nothing is sent to
    // the issuer. Error "unknown-pending" when no pending credential has that id.
    // Needs no network: static, on the caller's wallet connection.
    static Status forgetPending(Wallet &wallet, qint64 id);

    // The error a caller reports when the learner declines at consent ("cancelled").
    static Error cancelledAtConsent();

    // What the detail page and `satchel-cli show` say about a received credential:
    // "Received from college.example via OpenID4VCI on 5 December 2026" (the date in locale's long form).
    static QString provenanceText(const CredentialProvenance &provenance, const QLocale &locale = QLocale());

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Satchel
