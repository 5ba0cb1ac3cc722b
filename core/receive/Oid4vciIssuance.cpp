#include "Oid4vciIssuance.h"

#include "IssuerConnection.h"
#include "KeyProof.h"
#include "crypto/SigningKey.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Satchel {

namespace {

bool isNonceProblem(const IssuerAnswer &answer)
{
    return answer.error == QLatin1String("invalid_nonce") || answer.error == QLatin1String("invalid_proof");
}

} // namespace

Oid4vciIssuance::Oid4vciIssuance(IssuerConnection &http, int copies) : m_http(http), m_copies(std::max(1, copies)) {}

Status Oid4vciIssuance::checkKey(const ReceiveSessionState &state, const SigningKey &key)
{
    const QString algorithm = QString::fromLatin1(key.jwsAlgorithm());
    for (const QString &id : state.configurationIds) {
        const CredentialConfiguration configuration = state.metadata.configurations.value(id);
        if (configuration.proofRequired && !configuration.proofAlgorithms.isEmpty()
            && !configuration.proofAlgorithms.contains(algorithm))
            return Error{QStringLiteral("unsupported-key"),
                         tr("The issuer does not accept keys of your identity's type (%1; it accepts %2). Choose another "
                            "identity. Nothing was requested.")
                             .arg(algorithm, Error::excerpt(configuration.proofAlgorithms.join(QStringLiteral(", ")), 80))};
    }
    return {};
}

Result<QString> Oid4vciIssuance::nonce(const ReceiveSessionState &state, const QString &given)
{
    if (state.metadata.nonceEndpoint.isEmpty())
        return given;
    const QString step = tr("asking the issuer for a nonce");
    auto answer = m_http.postForm(state.metadata.nonceEndpoint, {}, step);
    if (!answer)
        return answer.error();
    const QString value = answer->json.value(QLatin1String("c_nonce")).toString();
    if (!answer->isSuccess() || value.isEmpty())
        return IssuerConnection::refused(*answer, step);
    return value;
}

Result<IssuerAnswer> Oid4vciIssuance::credentialRequest(const ReceiveSessionState &state, const AccessGrant &grant,
                                                        const SigningKey &key, const QString &configurationId,
                                                        const QString &nonce)
{
    QJsonObject body;
    const QStringList identifiers = grant.credentialIdentifiers.value(configurationId);
    if (identifiers.isEmpty())
        body.insert(QStringLiteral("credential_configuration_id"), configurationId);
    else
        body.insert(QStringLiteral("credential_identifier"), identifiers.first());
    if (state.metadata.configurations.value(configurationId).proofRequired) {
        // One proof per copy, all with the request's nonce (§8.2); the issuer answers as many credentials.
        QJsonArray proofs;
        for (int i = 0; i < std::min(m_copies, state.metadata.batchSize); ++i) {
            auto proof = KeyProof::jwt(key, state.metadata.credentialIssuer, nonce, grant.clientId);
            if (!proof)
                return proof.error();
            proofs.append(QString::fromLatin1(*proof));
        }
        body.insert(QStringLiteral("proofs"), QJsonObject{{QStringLiteral("jwt"), proofs}});
    }
    return m_http.postJson(state.metadata.credentialEndpoint, body, tr("asking for the credential"), grant.accessToken);
}

Result<IssuanceResult> Oid4vciIssuance::request(const ReceiveSessionState &state, const AccessGrant &grant,
                                                const SigningKey &key)
{
    IssuanceResult result;
    QString carried = grant.cNonce;
    for (const QString &configurationId : state.configurationIds) {
        auto fresh = nonce(state, carried);
        if (!fresh)
            return fresh.error();
        auto answer = credentialRequest(state, grant, key, configurationId, *fresh);
        if (answer && !answer->isSuccess() && isNonceProblem(*answer)) {
            // The nonce was stale (another request used it, or it expired): one more try.
            fresh = nonce(state, answer->json.value(QLatin1String("c_nonce")).toString());
            if (!fresh)
                return fresh.error();
            answer = credentialRequest(state, grant, key, configurationId, *fresh);
        }
        if (!answer)
            return answer.error();
        carried = answer->json.value(QLatin1String("c_nonce")).toString();
        if (!answer->isSuccess()) {
            if (answer->error == QLatin1String("unsupported_credential_format")
                || answer->error == QLatin1String("unsupported_credential_type"))
                return Error{QStringLiteral("unsupported-format"),
                             tr("The issuer would not issue \"%1\" in a format Satchel can store.").arg(Error::excerpt(configurationId))};
            return IssuerConnection::refused(*answer, tr("asking for the credential"));
        }
        const QString transactionId = answer->json.value(QLatin1String("transaction_id")).toString();
        if (!transactionId.isEmpty()) {
            if (state.metadata.deferredCredentialEndpoint.isEmpty())
                return Error{QStringLiteral("issuer-refused"),
                             tr("The issuer will deliver the credential later but gives no address to ask for it.")};
            PendingCredentialRecord pending;
            pending.issuerUrl = state.metadata.credentialIssuer;
            pending.issuerName = state.issuerName;
            pending.deferredEndpoint = state.metadata.deferredCredentialEndpoint.toString();
            pending.transactionId = transactionId;
            pending.accessToken = grant.accessToken;
            pending.configurationId = configurationId;
            pending.holderDid = key.did();
            pending.protocol = QStringLiteral("OpenID4VCI");
            pending.createdAt = QDateTime::currentDateTimeUtc();
            pending.intervalSeconds = answer->json.value(QLatin1String("interval")).toInt();
            result.pending.append(pending);
            continue;
        }
        const QList<IssuedCredential> credentials = credentialsIn(answer->json, configurationId);
        if (credentials.isEmpty())
            return Error{QStringLiteral("issuer-refused"), tr("The issuer's answer held no credential.")};
        result.credentials += credentials;
    }
    return result;
}

Result<DeferredAnswer> Oid4vciIssuance::retry(const PendingCredentialRecord &pending)
{
    const QString step = tr("asking for a credential the issuer was preparing");
    auto answer = m_http.postJson(QUrl(pending.deferredEndpoint),
                                  QJsonObject{{QStringLiteral("transaction_id"), pending.transactionId}}, step,
                                  pending.accessToken);
    if (!answer)
        return answer.error();
    DeferredAnswer deferred;
    deferred.intervalSeconds = answer->json.value(QLatin1String("interval")).toInt();
    // 1.0 answers 202 with a transaction_id while not ready; drafts answered 400 "issuance_pending".
    if (answer->error == QLatin1String("issuance_pending")
        || (answer->isSuccess() && answer->json.contains(QLatin1String("transaction_id"))
            && !answer->json.contains(QLatin1String("credentials")))) {
        deferred.stillPending = true;
        deferred.transactionId = answer->json.value(QLatin1String("transaction_id")).toString();
        return deferred;
    }
    // The transaction or the access token kept with it is gone (expired, or the issuer started
    // over): no later retry can succeed, so the caller stops waiting.
    if (answer->error == QLatin1String("invalid_transaction_id") || answer->error == QLatin1String("invalid_token")
        || answer->status == 404 || answer->status == 410)
        return Error{QStringLiteral("pending-gone"),
                     tr("The issuer no longer holds this credential for you (%1). Ask it for a new offer.")
                         .arg(answer->error.isEmpty() ? tr("HTTP %1").arg(answer->status) : answer->error)};
    if (!answer->isSuccess())
        return IssuerConnection::refused(*answer, step);
    deferred.credentials = credentialsIn(answer->json, pending.configurationId);
    if (deferred.credentials.isEmpty())
        return Error{QStringLiteral("issuer-refused"), tr("The issuer's answer held no credential.")};
    return deferred;
}

QList<IssuedCredential> Oid4vciIssuance::credentialsIn(const QJsonObject &answer, const QString &configurationId)
{
    QJsonArray entries = answer.value(QLatin1String("credentials")).toArray();
    if (entries.isEmpty() && answer.contains(QLatin1String("credential"))) // drafts up to 14
        entries.append(QJsonObject{{QStringLiteral("credential"), answer.value(QLatin1String("credential"))}});
    QList<IssuedCredential> credentials;
    for (const QJsonValue &entry : entries) {
        const QJsonValue credential = entry.toObject().value(QLatin1String("credential"));
        IssuedCredential issued;
        issued.configurationId = configurationId;
        if (credential.isString())
            issued.bytes = credential.toString().toUtf8();
        else if (credential.isObject())
            issued.bytes = QJsonDocument(credential.toObject()).toJson(QJsonDocument::Compact);
        if (!issued.bytes.isEmpty())
            credentials.append(issued);
    }
    return credentials;
}

} // namespace Satchel
