#include "reminders/ExpiryReminderPlanner.h"

#include <QCryptographicHash>

namespace Satchel {

std::optional<ReminderStage> ExpiryReminderPlanner::stageAt(const CredentialSummary &credential, const QDateTime &now,
                                                            int days)
{
    if (!credential.validUntil.isValid())
        return std::nullopt;
    if (credential.validUntil <= now)
        return ReminderStage::Expired;
    if (credential.validUntil <= now.addDays(days))
        return ReminderStage::Expiring;
    return std::nullopt;
}

QString ExpiryReminderPlanner::stableId(const CredentialSummary &credential)
{
    if (!credential.credentialId.isEmpty())
        return credential.issuerId + QLatin1Char('\n') + credential.credentialId;
    return credential.issuerId + QLatin1Char('\n') + credential.name + QLatin1Char('\n')
        + credential.issued.toUTC().toString(Qt::ISODate);
}

QString ExpiryReminderPlanner::reminderKey(const CredentialSummary &credential, ReminderStage stage)
{
    const QByteArray digest = QCryptographicHash::hash(stableId(credential).toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral("%1:%2:%3")
        .arg(QString::fromLatin1(digest.left(16).toHex()),
             credential.validUntil.toUTC().toString(Qt::ISODate),
             stage == ReminderStage::Expired ? QStringLiteral("expired") : QStringLiteral("expiring"));
}

ExpiryReminderPlanner::Plan ExpiryReminderPlanner::plan(const QList<CredentialSummary> &credentials,
                                                        const QDateTime &now, int warnDays,
                                                        const QSet<QString> &alreadyShown)
{
    Plan plan;
    if (warnDays <= 0)
        return plan;
    for (const CredentialSummary &credential : credentials) {
        if (credential.status == QLatin1String("revoked"))
            continue;
        const auto stage = stageAt(credential, now, warnDays);
        if (!stage)
            continue;
        if (*stage == ReminderStage::Expired && credential.validUntil < now.addDays(-kExpiredLookBackDays))
            continue;
        const QString key = reminderKey(credential, *stage);
        if (plan.remembered.contains(key)) // the same badge twice (a copy inside a CLR): one reminder
            continue;
        plan.remembered.insert(key);
        if (alreadyShown.contains(key))
            continue;
        ExpiryReminder reminder;
        reminder.credentialId = credential.id;
        reminder.stage = *stage;
        reminder.name = credential.name;
        reminder.issuerName = credential.issuerName.isEmpty() ? credential.issuerId : credential.issuerName;
        reminder.validUntil = credential.validUntil;
        reminder.key = key;
        plan.due.append(reminder);
    }
    return plan;
}

} // namespace Satchel
