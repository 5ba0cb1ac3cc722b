// One line of the presentation log (schema v9): a verifier's request the learner answered, declined
// or that failed on the way, and which credentials went out. The log is the learner's answer to
// "who have I shown what, and when?"; core/present writes it, the UI lists it.
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace Satchel {

struct PresentedCredential {
    qint64 credentialRow = 0;  // 0 once the credential has left the wallet
    QString name;              // the credential's name when it was presented, kept for that case
};

struct PresentationLogEntry {
    qint64 id = 0;
    QString verifierName;      // the verifier's display name from its request, may be empty
    QString verifierDomain;    // the host the answer went (or would have gone) to
    QString clientId;          // the verifier's client identifier, prefix included
    QString protocol;          // "OpenID4VP"
    QString outcome;           // "sent", "declined" or "failed"
    QString message;           // the verifier's or Satchel's words about the outcome, may be empty
    QDateTime at;
    QList<PresentedCredential> credentials; // none when declined
};

} // namespace Satchel
