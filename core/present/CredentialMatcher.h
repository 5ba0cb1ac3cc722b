// Which of the learner's credentials answer each credential a verifier asks for, and why the others
// do not (wrong format, type or issuer, a field missing or different, a format that cannot be
// presented). Expired, revoked and unverified credentials that match are listed all the same, with
// a flag each: the learner decides, knowing the verifier will see it too.
//
// Types are compared as the credential writes them or as the expanded IRIs OpenID4VP asks for
// (".../vocab.html#OpenBadgeCredential" matches "OpenBadgeCredential"), without JSON-LD expansion:
// a lenient match only widens what consent offers; nothing is sent without the learner's choice.
#pragma once

#include "PresentationRequest.h"
#include "Result.h"
#include "model/CredentialFormat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Satchel {

class Wallet;

// One credential of the wallet as matching sees it.
struct WalletCandidate {
    qint64 row = 0;
    QString name;
    QString issuerName;
    CredentialFormat format = CredentialFormat::Unknown;
    QJsonObject credential;     // the VC: the JSON-LD object, or a VC-JWT's payload credential ("vc" claim)
    QString status;             // last verification ("valid", "revoked", …); empty when never verified
    QDateTime validUntil;
    // credentialSubject.id (the DID it was issued to); an SD-JWT VC's: the learner's identity whose
    // key its cnf.jwk names (found by candidates()). May be empty.
    QString subjectId;
    QByteArray sdJwt;           // an SD-JWT VC's stored serialization (its Disclosures are chosen per query)
    bool holderKeyMissing = false; // an SD-JWT VC bound (cnf) to a key none of the learner's identities has
};

enum class MatchProblem {
    None,
    NotPresentable,
    WrongFormat,
    WrongType,
    WrongIssuer,
    FieldMissing,
    ValueMismatch,
    NoHolderBinding, // the verifier wants proof of the holder's key, and the credential names none of the learner's
};

struct CandidateVerdict {
    qint64 row = 0;
    QString name;
    QString issuerName;
    CredentialFormat format = CredentialFormat::Unknown;
    MatchProblem problem = MatchProblem::None;
    QString reason;             // why it does not match, translated; empty when it does
    bool expired = false;
    bool revoked = false;       // revoked or suspended at the last verification
    bool unverified = false;    // never verified, or the last verification did not pass
    // Whom the credential names (credentialSubject.id): a verifier may check that the presentation's
    // holder is that DID, so consent picks the holder identity with this DID when the learner has it.
    QString subjectId;
    // Selective disclosure (an SD-JWT VC, or an ecdsa-sd-2023 base proof asked for some claims): the
    // claims the answer discloses, as SdJwtPresentation::describe writes them; what the issuer did not
    // make selectively disclosable (its mandatory fields) is always shown.
    bool selective = false;
    QStringList disclosed;
    bool matches() const { return problem == MatchProblem::None; }
};

struct QueryMatches {
    QString queryId;
    QList<CandidateVerdict> matching;
    QList<CandidateVerdict> others;
};

class CredentialMatcher {
    Q_DECLARE_TR_FUNCTIONS(Satchel::CredentialMatcher)
public:
    // Every credential in the wallet (those inside a CLR included), with its content read.
    // Error codes: "wallet-read".
    static Result<QList<WalletCandidate>> candidates(const Wallet &wallet);
    // A candidate from stored bytes (a JSON-LD VC, or a VC-JWT); its row and summary fields are the caller's.
    static WalletCandidate candidateFrom(qint64 row, CredentialFormat format, const QByteArray &bytes);

    static QList<QueryMatches> match(const PresentationRequest &request, const QList<WalletCandidate> &candidates,
                                     const QDateTime &now = QDateTime::currentDateTimeUtc());
    static CandidateVerdict judge(const RequestedCredential &query, QueryLanguage language,
                                  const WalletCandidate &candidate, const QDateTime &now);

    // The OpenID4VP format a stored credential is presented in: "ldp_vc", "jwt_vc_json", "dc+sd-jwt", or empty.
    static QString presentationFormat(CredentialFormat format);
    // Whether one claim holds; selected tells whether its path found anything.
    static bool claimHolds(const ClaimConstraint &claim, const QJsonObject &credential, bool *selected);

private:
    static bool typesMatch(const QStringList &wanted, const QJsonObject &credential);
    static bool formatAccepted(const RequestedCredential &query, QueryLanguage language, const QString &format);
    // An SD-JWT VC's own rules: its vct, and a holder key when the verifier requires one.
    static std::optional<CandidateVerdict> sdJwtRefusal(const RequestedCredential &query,
                                                        const WalletCandidate &candidate, const CandidateVerdict &verdict);
    static CandidateVerdict refusal(CandidateVerdict verdict, MatchProblem problem, const QString &reason);
};

} // namespace Satchel
