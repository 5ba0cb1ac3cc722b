// The credential half of OpenID4VCI 1.0, once the wallet holds an access token: a fresh c_nonce
// from the nonce endpoint (§7), a key proof per request (KeyProof), a credential request per offered
// configuration (§8: credential_configuration_id, or the credential_identifier the token granted,
// and "proofs": {"jwt": [...]}), the credentials in each answer (several when the issuer batches),
// and deferred issuance (§9: a transaction_id, kept as pending and asked for again later).
// A proof refused for its nonce is made again once with a new one.
//
// Error codes: "unsupported-key", "unsupported-format", "issuer-refused", "bad-offer",
// "key-refused", and IssuerConnection's.
#pragma once

#include "Oid4vciAuthorizer.h"
#include "ReceiveSessionState.h"
#include "Result.h"
#include "storage/PendingCredentialRecord.h"

#include <QCoreApplication>
#include <QList>

namespace Satchel {

class IssuerConnection;
class SigningKey;
struct IssuerAnswer;

struct IssuanceResult {
    QList<IssuedCredential> credentials;
    QList<PendingCredentialRecord> pending;
};

// What a deferred credential request answered.
struct DeferredAnswer {
    QList<IssuedCredential> credentials;  // delivered
    bool stillPending = false;
    int intervalSeconds = 0;
    QString transactionId;               // a new one, when the issuer gave one
};

class Oid4vciIssuance {
    Q_DECLARE_TR_FUNCTIONS(Satchel::Oid4vciIssuance)
public:
    // copies: proofs per credential request (batch issuance), capped by the issuer's batch_size.
    explicit Oid4vciIssuance(IssuerConnection &http, int copies = 1);

    // Before any request: whether the issuer takes proofs signed with this key's algorithm.
    static Status checkKey(const ReceiveSessionState &state, const SigningKey &key);

    Result<IssuanceResult> request(const ReceiveSessionState &state, const AccessGrant &grant, const SigningKey &key);
    Result<DeferredAnswer> retry(const PendingCredentialRecord &pending);

private:
    Result<QString> nonce(const ReceiveSessionState &state, const QString &given);
    Result<IssuerAnswer> credentialRequest(const ReceiveSessionState &state, const AccessGrant &grant,
                                           const SigningKey &key, const QString &configurationId, const QString &nonce);
    static QList<IssuedCredential> credentialsIn(const QJsonObject &answer, const QString &configurationId);

    IssuerConnection &m_http;
    int m_copies;
};

} // namespace Satchel
