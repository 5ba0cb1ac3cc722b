// One reminder about a badge's expiry: it is about to expire (inside the warning window the
// learner chose) or it has just expired. What the planner finds due, the banner lists and the
// desktop notification tells.
#pragma once

#include <QDateTime>
#include <QString>
#include <QUrl>

namespace Satchel {

enum class ReminderStage { Expiring, Expired };

struct ExpiryReminder {
    qint64 credentialId = 0;  // the wallet row
    ReminderStage stage = ReminderStage::Expiring;
    QString name;
    QString issuerName;
    QDateTime validUntil;
    QUrl renewalUrl;          // where to renew it (RenewalLink); empty when the credential names none
    QString key;              // what the wallet remembers once it was shown (ExpiryReminderPlanner)
};

} // namespace Satchel
