// A credential an issuer will deliver later (OpenID4VCI deferred issuance): what retrying needs.
// The access token is the issuer's short-lived permission to fetch it, so it stays in the wallet
// with the transaction id (encrypted backups carry it; it is useless once the issuer expires it).
#pragma once

#include <QDateTime>
#include <QString>

namespace Satchel {

struct PendingCredentialRecord {
    qint64 id = 0;
    QString issuerUrl;            // the credential issuer identifier
    QString issuerName;           // display name at the time of the offer, may be empty
    QString deferredEndpoint;     // deferred_credential_endpoint
    QString transactionId;
    QString accessToken;
    QString configurationId;      // what was asked for
    QString credentialName;       // its display name, for the pending list
    QString holderDid;            // the identity it will be bound to
    QString protocol;             // "OpenID4VCI"
    QDateTime createdAt;
    QDateTime lastTriedAt;        // invalid until retried
    int intervalSeconds = 0;      // the issuer's advice on when to ask again
    QString lastMessage;          // the issuer's last answer (translated summary)
};

} // namespace Satchel
