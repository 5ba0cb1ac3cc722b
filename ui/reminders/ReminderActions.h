// The expiry reminders of the main window, kept out of MainWindow: the banner (ReminderBanner), the
// desktop notification (DesktopNotifier), File → Export → Calendar (.ics)…, and the check that
// finds what is due (core/reminders/ExpiryReminders) in the background, at start-up and after an
// import. Renew… goes to the window, which asks before opening the browser. The time comes from
// one Clock the composition root sets (--now for tests and demos).
#pragma once

#include "Result.h"
#include "common/BackgroundJob.h"
#include "reminders/Clock.h"
#include "reminders/ExpiryReminder.h"

#include <QList>
#include <QObject>

#include <functional>

class QAction;
class QTimer;
class QUrl;
class QWidget;

namespace Satchel {

class DesktopNotifier;
class ReminderBanner;
class Wallet;

class ReminderActions : public QObject {
    Q_OBJECT
public:
    using WalletGetter = std::function<Wallet *()>;
    using SelectionGetter = std::function<QList<qint64>()>;
    using Notifier = std::function<void(const QString &title, const QString &body)>;

    // window: the main window (dialogs' parent, its status bar); the banner is its child, for the
    // window to place.
    ReminderActions(QWidget *window, WalletGetter wallet, SelectionGetter selection);

    ReminderBanner *banner() const { return m_banner; }
    QAction *calendarAction() const { return m_calendar; }
    const Clock &clock() const { return m_clock; }
    void setClock(const Clock &clock) { m_clock = clock; }
    // Where reminders go besides the banner: the desktop's notifications unless a test says otherwise.
    void setNotifier(Notifier notifier) { m_notify = std::move(notifier); }

    // Looks for reminders due now, in the background; what is due shows in the banner and as one
    // desktop notification, and is remembered in the wallet as shown. False when nothing was
    // started (no wallet, or a check under way).
    bool check();
    void waitForCheck() { m_job.waitForFinished(); } // tests
    // The warning window changed in Settings: check again once the learner stops turning the
    // spin box (one check for 30 → 45, not fifteen), after any check under way.
    void recheckSoon();
    // Another wallet was opened: its reminders replace the last one's.
    void walletReplaced();
    // Asks where to save, then writes the expiry dates of the selected credentials (all that have
    // one when none is selected) with writeCalendar().
    void exportCalendar();
    // Writes that calendar to path in the background (each credential is parsed for its renewal
    // link: a big wallet must not hold the window); calendarDone reports. False when nothing was
    // started (no wallet, or a calendar under way).
    bool writeCalendar(const QString &path);
    void waitForCalendar() { m_calendarJob.waitForFinished(); } // tests

Q_SIGNALS:
    void checked(int due); // a check delivered its reminders (due of them new)
    // writeCalendar() finished: the message also went to the status bar (or a warning box when the
    // file could not be written).
    void calendarDone(bool written, const QString &message);
    // Renew… on a reminder: an http(s) address for the window to open after the learner agrees
    // (the issuer chose it, as it chose the links on the detail page).
    void linkRequested(const QUrl &url);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void deliver(const QList<ExpiryReminder> &due);
    void showMessage(const QString &message);

    QWidget *m_window;
    WalletGetter m_wallet;
    SelectionGetter m_selection;
    Clock m_clock;
    ReminderBanner *m_banner;
    DesktopNotifier *m_desktop;
    Notifier m_notify;
    QAction *m_calendar;
    BackgroundJob m_job;
    QTimer *m_recheck;
    BackgroundJob m_calendarJob;
};

} // namespace Satchel
