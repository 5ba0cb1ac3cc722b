// Export → Calendar (.ics) and `satchel-cli export ics`: the expiry dates of the chosen badges as
// all-day events, each with the badge's renewal link and, when reminders are on, an alarm at the
// learner's warning window. The event's UID is derived from the credential's stable id, so a
// calendar that imports a later export updates the event rather than adding a second one.
#pragma once

#include "Result.h"
#include "reminders/CalendarEvent.h"
#include "storage/CredentialSummary.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QUrl>

namespace Satchel {

class Wallet;

class ExpiryCalendar {
    Q_DECLARE_TR_FUNCTIONS(Satchel::ExpiryCalendar)
public:
    // The events of the credentials ids names that have an expiry date (every credential that has
    // one when ids is empty), soonest first. Fails with code "no-expiry" when there is none.
    static Result<QList<CalendarEvent>> events(Wallet &wallet, const QList<qint64> &ids, int alarmDays);
    // The whole file, stamped now, with the alarm at the wallet's warning window.
    static Result<QByteArray> write(Wallet &wallet, const QList<qint64> &ids, const QDateTime &now);

    static CalendarEvent event(const CredentialSummary &credential, const QUrl &renewalUrl, int alarmDays);
    static QString uid(const CredentialSummary &credential);
};

} // namespace Satchel
