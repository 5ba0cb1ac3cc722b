// A public link made by posting a signed presentation to a VerifierPlus server.
#pragma once

#include <QDateTime>
#include <QString>

namespace Satchel {

struct PublicLinkRecord {
    qint64 id = 0;
    qint64 credentialRow = 0;  // 0 when the credential was removed from the wallet since
    QString credentialId;      // the credential's own id, kept for the list
    QString credentialName;
    QString server;
    QString viewUrl;           // absolute
    QString getUrl;
    QString unshareUrl;
    QString holderDid;         // the key that signed it (and must sign the request to stop it)
    QDateTime createdAt;
    QDateTime stoppedAt;       // invalid while the link is shared
    bool isActive() const { return !stoppedAt.isValid(); }
};

} // namespace Satchel
