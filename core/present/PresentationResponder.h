// Presenting credentials to verifiers (issue 15): an OpenID4VP 1.0 request, answered with the
// credentials the learner chooses, each in a presentation signed by a holder key the caller supplies,
// and every answer (sent, declined or failed) written to the wallet's presentation log.
//
// Three steps, with the learner's consent in between, like CredentialReceiver:
//   prepare(link)   reads the request (fetching it when it is by reference), checks who the verifier
//                   is, and matches the wallet's credentials against what it asks for; nothing is sent;
//   respond(...)    signs the chosen credentials' presentations and posts them (direct_post);
//   decline(...)    tells the verifier the learner said no (error=access_denied), where it listens.
// All are synchronous and meant for a worker thread (ui/common/BackgroundJob, satchel-cli): they run
// the Fetcher's event loops. Use the responder on the thread that made its Wallet.
//
// Network: every request through the caller's Fetcher (its NetworkMode offline rule and bounds),
// HTTPS only except loopback hosts (which the Fetcher's AddressPolicy allows in tests only).
//
// Error codes (Error::code; each message translated): PresentationLink's and
// PresentationRequestReader's for prepare(); and
//   "unreachable", "offline", "cancelled"   the verifier did not answer, or was not asked
//   "verifier-refused"    the verifier answered with an error (its words quoted)
//   "bad-choice"          a chosen credential was not offered for that query, or one too many
//   "incomplete-choice"   the choice does not give the verifier what it requires
//   "key-not-accepted"    the verifier does not accept this key's cryptosuite or algorithm
//   "key-refused"         the holder key could not sign
//   "wallet-read"         a chosen credential could not be read back
//   "holder-binding", "key-not-bound"   SdJwtPresentation's: an SD-JWT VC without cnf where binding is
//                         required, or bound to another identity than the key given
#pragma once

#include "CredentialMatcher.h"
#include "PresentationRequest.h"
#include "Result.h"

#include <QCoreApplication>
#include <QUrl>

#include <atomic>
#include <memory>

namespace Satchel {

class Fetcher;
class SigningKey;
class Wallet;

struct PresentOptions {
    int requestTimeoutMs = 30000; // each request, redirects included
    // PEM certificates trusted besides the system's store for x509_san_dns verifiers (a private CA
    // a deployment relies on, a test's own root). Empty: the system's store only.
    QByteArray extraTrustAnchorsPem;
};

// What consent shows: the verifier, what it asks for, and for each request which credentials answer it.
struct PreparedPresentation {
    PresentationRequest request;
    QList<QueryMatches> matches; // in the order of request.credentials
};

// One credential the learner chose, for one of the verifier's queries.
struct ChosenCredential {
    QString queryId;
    qint64 row = 0;
};

struct PresentationOutcome {
    // Where the verifier would like the learner's browser to go next; open it only if they agree.
    QUrl redirectUri;
    // decline(): whether the verifier heard the refusal (it may not listen, or the network may be down).
    bool verifierInformed = true;
    QString message;              // what the verifier or Satchel said, for the log; may be empty
    qint64 logId = 0;             // the presentation log's line, 0 if it could not be written
};

class PresentationResponder {
    Q_DECLARE_TR_FUNCTIONS(Satchel::PresentationResponder)
public:
    // Neither owned; both must outlive the responder and belong to the calling thread.
    PresentationResponder(Wallet &wallet, Fetcher &fetcher, PresentOptions options = {});
    ~PresentationResponder();
    PresentationResponder(const PresentationResponder &) = delete;
    PresentationResponder &operator=(const PresentationResponder &) = delete;

    // Whether text looks like a verifier's request (for Paste, drag and drop and `satchel URL` to route it):
    // an OpenID4VP link. A VC-API interaction or DCC request link may be an issuer's or a verifier's;
    // it goes to receiving, whose prepare() says "presentation-requested" when it is a verifier's,
    // and prepare() here takes it then.
    static bool isPresentationLink(const QString &text);

    Result<PreparedPresentation> prepare(const QString &link, const std::atomic_bool *cancel = nullptr);
    // Success when choice answers the request (every chosen row offered for its query, no more than
    // a query allows, and every required query or credential set answered): what a consent dialog
    // checks before it enables "Share".
    static Status checkChoice(const PreparedPresentation &prepared, const QList<ChosenCredential> &choice);
    // Success when the verifier accepts presentations of format ("ldp_vc", "jwt_vc_json", "dc+sd-jwt":
    // its Key Binding JWT) signed with key's cryptosuite or algorithm, as far as its client metadata says; else "key-not-accepted",
    // so consent can offer another holder identity (did:key Ed25519 or did:jwk P-256).
    static Status checkKey(const PresentationRequest &request, const QString &format, const SigningKey &key);
    Result<PresentationOutcome> respond(const PreparedPresentation &prepared, const QList<ChosenCredential> &choice,
                                        const SigningKey &key, const std::atomic_bool *cancel = nullptr);
    // Never fails for the learner: the refusal is logged whatever the verifier does with it.
    PresentationOutcome decline(const PreparedPresentation &prepared, const std::atomic_bool *cancel = nullptr);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Satchel
