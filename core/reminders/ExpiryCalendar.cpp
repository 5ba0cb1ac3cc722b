#include "reminders/ExpiryCalendar.h"

#include "reminders/ExpiryReminderPlanner.h"
#include "reminders/IcsCalendarWriter.h"
#include "reminders/ReminderSettings.h"
#include "reminders/RenewalLink.h"
#include "storage/Wallet.h"

#include <QCryptographicHash>
#include <QLocale>

#include <algorithm>

namespace Satchel {

QString ExpiryCalendar::uid(const CredentialSummary &credential)
{
    const QByteArray digest = QCryptographicHash::hash(ExpiryReminderPlanner::stableId(credential).toUtf8(),
                                                       QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.left(16).toHex()) + QStringLiteral("-expiry@satchel.invalid");
}

CalendarEvent ExpiryCalendar::event(const CredentialSummary &credential, const QUrl &renewalUrl, int alarmDays)
{
    const QString issuer = credential.issuerName.isEmpty() ? credential.issuerId : credential.issuerName;
    CalendarEvent event;
    event.uid = uid(credential);
    event.date = credential.validUntil.toUTC().date();
    event.summary = tr("“%1” expires").arg(credential.name);
    event.description = tr("Your badge “%1” from %2 stops being valid on %3.")
                            .arg(credential.name, issuer,
                                 credential.validUntil.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")));
    if (RenewalLink::isWebAddress(renewalUrl)) {
        event.url = renewalUrl;
        event.description += QLatin1Char('\n') + tr("Renew it at %1").arg(renewalUrl.toString());
    }
    event.alarmDaysBefore = alarmDays;
    event.alarmText = tr("“%1” expires in %n day(s)", nullptr, alarmDays).arg(credential.name);
    return event;
}

Result<QList<CalendarEvent>> ExpiryCalendar::events(Wallet &wallet, const QList<qint64> &ids, int alarmDays)
{
    QList<CredentialSummary> chosen;
    if (ids.isEmpty()) {
        auto all = wallet.list(CredentialQuery());
        if (!all)
            return all.error();
        chosen = *all;
    } else {
        for (qint64 id : ids) {
            auto stored = wallet.credential(id);
            if (!stored)
                return stored.error();
            chosen.append(stored->summary);
        }
    }
    chosen.erase(std::remove_if(chosen.begin(), chosen.end(),
                                [](const CredentialSummary &c) { return !c.validUntil.isValid(); }),
                 chosen.end());
    if (chosen.isEmpty())
        return Error{QStringLiteral("no-expiry"), tr("None of these credentials has an expiry date.")};
    std::stable_sort(chosen.begin(), chosen.end(), [](const CredentialSummary &a, const CredentialSummary &b) {
        return a.validUntil < b.validUntil;
    });
    QList<CalendarEvent> events;
    for (const CredentialSummary &credential : std::as_const(chosen)) {
        auto parsed = wallet.parsed(credential.id);
        events.append(event(credential, parsed ? RenewalLink::find(*parsed) : QUrl(), alarmDays));
    }
    return events;
}

Result<QByteArray> ExpiryCalendar::write(Wallet &wallet, const QList<qint64> &ids, const QDateTime &now)
{
    auto chosen = events(wallet, ids, ReminderSettings::warnDays(wallet));
    if (!chosen)
        return chosen.error();
    return IcsCalendarWriter::write(*chosen, now, tr("Badge expiry dates"));
}

} // namespace Satchel
