#include "reminders/ReminderActions.h"

#include "io/AtomicFile.h"
#include "reminders/DesktopNotifier.h"
#include "reminders/ExpiryCalendar.h"
#include "reminders/ExpiryReminders.h"
#include "reminders/ReminderBanner.h"
#include "reminders/RenewalLink.h"
#include "storage/Wallet.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QUrl>

#include <algorithm>

namespace Satchel {

namespace {
constexpr int kNotifiedLines = 3; // a notification is a glance, the banner has the rest
constexpr int kRecheckDelayMs = 700;  // Settings' spin box: wait for the last step
} // namespace

ReminderActions::ReminderActions(QWidget *window, WalletGetter wallet, SelectionGetter selection)
    : QObject(window)
    , m_window(window)
    , m_wallet(std::move(wallet))
    , m_selection(std::move(selection))
    , m_banner(new ReminderBanner(window))
    , m_desktop(new DesktopNotifier(this))
    , m_calendar(new QAction(window))
    , m_job(nullptr, BackgroundJob::OnDestroy::CancelAndWait) // it writes the wallet's settings
    , m_recheck(new QTimer(this))
    , m_calendarJob(nullptr, BackgroundJob::OnDestroy::CancelAndWait) // it writes the chosen file
{
    m_notify = [desktop = m_desktop](const QString &title, const QString &body) { desktop->notify(title, body); };
    connect(m_banner, &ReminderBanner::renewRequested, this, [this](const QUrl &url) {
        if (RenewalLink::isWebAddress(url)) // only the browser, never a file or a custom scheme
            Q_EMIT linkRequested(url);
    });
    connect(m_calendar, &QAction::triggered, this, &ReminderActions::exportCalendar);
    m_recheck->setSingleShot(true);
    m_recheck->setInterval(kRecheckDelayMs);
    connect(m_recheck, &QTimer::timeout, this, [this] {
        if (!check() && m_job.isRunning())
            m_recheck->start(); // its answer was for the old window: ask again after it
    });
    window->installEventFilter(this);
    retranslate();
}

bool ReminderActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void ReminderActions::retranslate()
{
    m_calendar->setText(tr("Ca&lendar of expiry dates (.ics)…"));
    m_calendar->setToolTip(tr("Save the expiry dates of the selected badges (or of all) for your calendar"));
}

void ReminderActions::recheckSoon()
{
    m_recheck->start();
}

bool ReminderActions::check()
{
    Wallet *wallet = m_wallet();
    if (!wallet || m_job.isRunning())
        return false;
    const QDateTime now = m_clock.now();
    return m_job.start(
        wallet->path(),
        [now](Wallet &connection, JobControl &) { return ExpiryReminders::takeDue(connection, now); },
        [this](const Result<QList<ExpiryReminder>> &due) {
            if (!due) {
                showMessage(due.error().message);
                return;
            }
            deliver(*due);
        });
}

void ReminderActions::deliver(const QList<ExpiryReminder> &due)
{
    if (!due.isEmpty()) {
        m_banner->addReminders(due);
        QStringList lines;
        for (const ExpiryReminder &reminder : due.mid(0, kNotifiedLines))
            lines << ReminderBanner::describe(reminder);
        if (due.size() > kNotifiedLines)
            lines << tr("and %n more", nullptr, int(due.size()) - kNotifiedLines);
        const bool expired = std::all_of(due.cbegin(), due.cend(), [](const ExpiryReminder &r) {
            return r.stage == ReminderStage::Expired;
        });
        const QString title = expired ? tr("%n badge(s) expired", nullptr, int(due.size()))
                                      : tr("%n badge(s) expiring soon", nullptr, int(due.size()));
        if (m_notify)
            m_notify(title, lines.join(QLatin1Char('\n')));
    }
    Q_EMIT checked(int(due.size()));
}

void ReminderActions::walletReplaced()
{
    m_job.abandon(); // its result is about the wallet that was closed
    m_banner->dismiss();
    check();
}

void ReminderActions::showMessage(const QString &message)
{
    if (auto *window = qobject_cast<QMainWindow *>(m_window))
        window->statusBar()->showMessage(message, 8000);
}

void ReminderActions::exportCalendar()
{
    if (!m_wallet())
        return;
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(QStringLiteral("badge-expiry-dates.ics"));
    QString path = QFileDialog::getSaveFileName(m_window, tr("Calendar of expiry dates"), suggested,
                                                tr("iCalendar files (*.ics)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".ics");
    writeCalendar(path);
}

bool ReminderActions::writeCalendar(const QString &path)
{
    Wallet *wallet = m_wallet();
    if (!wallet || m_calendarJob.isRunning())
        return false;
    const QList<qint64> ids = m_selection();
    const QDateTime now = m_clock.now();
    return m_calendarJob.start(
        wallet->path(),
        [ids, now, path](Wallet &connection, JobControl &) -> Status {
            auto calendar = ExpiryCalendar::write(connection, ids, now);
            if (!calendar)
                return calendar.error();
            return AtomicFile::write(path, *calendar);
        },
        [this, path](const Status &written) {
            if (written) {
                const QString message = tr("Saved the expiry dates to %1.").arg(QDir::toNativeSeparators(path));
                showMessage(message);
                Q_EMIT calendarDone(true, message);
                return;
            }
            // Nothing to write is news, not a failure worth a dialog.
            if (written.error().code == QLatin1String("no-expiry"))
                showMessage(written.error().message);
            else
                QMessageBox::warning(m_window, tr("Calendar of expiry dates"), written.error().message);
            Q_EMIT calendarDone(false, written.error().message);
        });
}

} // namespace Satchel
