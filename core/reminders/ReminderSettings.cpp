#include "reminders/ReminderSettings.h"

#include "reminders/ExpiryReminderPlanner.h"
#include "reminders/Logging.h"
#include "storage/Wallet.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace Satchel {

namespace {
const QString kWarnDaysKey = QStringLiteral("reminders.warnDays");
const QString kShownKey = QStringLiteral("reminders.shown");
} // namespace

int ReminderSettings::warnDays(const Wallet &wallet)
{
    bool ok = false;
    const int days = wallet.setting(kWarnDaysKey).toInt(&ok);
    if (!ok)
        return ExpiryReminderPlanner::kDefaultWarnDays;
    return std::clamp(days, 0, ExpiryReminderPlanner::kMaxWarnDays);
}

Status ReminderSettings::setWarnDays(Wallet &wallet, int days)
{
    return wallet.setSetting(kWarnDaysKey, QString::number(std::clamp(days, 0, ExpiryReminderPlanner::kMaxWarnDays)));
}

QSet<QString> ReminderSettings::shown(const Wallet &wallet)
{
    const QString saved = wallet.setting(kShownKey);
    QSet<QString> keys;
    if (saved.isEmpty())
        return keys;
    const QJsonDocument document = QJsonDocument::fromJson(saved.toUtf8());
    if (!document.isArray()) // a damaged value: the worst outcome is a reminder shown twice
        qCWarning(lcReminders) << "the reminders already shown do not read; starting afresh";
    for (const QJsonValue &key : document.array())
        keys.insert(key.toString());
    return keys;
}

Status ReminderSettings::setShown(Wallet &wallet, const QSet<QString> &keys)
{
    QStringList sorted(keys.begin(), keys.end());
    sorted.sort(); // the same set is saved as the same text
    return wallet.setSetting(kShownKey, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(sorted))
                                                              .toJson(QJsonDocument::Compact)));
}

} // namespace Satchel
