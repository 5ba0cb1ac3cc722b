#include "reminders/DesktopNotifier.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QIcon>
#include <QSystemTrayIcon>
#include <QTimer>

#ifdef SATCHEL_HAVE_DBUS
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#endif

namespace Satchel {

namespace {
constexpr int kTrayMessageMs = 10000;
} // namespace

DesktopNotifier::DesktopNotifier(QObject *parent) : QObject(parent) {}

void DesktopNotifier::notify(const QString &title, const QString &body)
{
#ifdef SATCHEL_HAVE_DBUS
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (bus.isConnected()) {
        // Notify(app_name, replaces_id, app_icon, summary, body, actions, hints, expire_timeout),
        // the Desktop Notifications Specification 1.2.
        QDBusMessage call = QDBusMessage::createMethodCall(
            QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("/org/freedesktop/Notifications"),
            QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("Notify"));
        QVariantMap hints;
        hints.insert(QStringLiteral("desktop-entry"), QGuiApplication::desktopFileName());
        call << QCoreApplication::applicationName() << uint(0) << QStringLiteral("satchel") << title << body
             << QStringList() << hints << int(-1);
        auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call), this);
        connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, title, body] {
            watcher->deleteLater();
            if (watcher->isError()) // no notification service on this session bus
                showInTray(title, body);
        });
        return;
    }
#endif
    showInTray(title, body);
}

void DesktopNotifier::showInTray(const QString &title, const QString &body)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable() || !QSystemTrayIcon::supportsMessages())
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/satchel.svg")), this);
        m_tray->setToolTip(QCoreApplication::applicationName());
    }
    m_tray->show();
    m_tray->showMessage(title, body, QSystemTrayIcon::Information, kTrayMessageMs);
    // The icon is only there to carry the message: it leaves the tray when the message has gone.
    QTimer::singleShot(kTrayMessageMs, m_tray, [tray = m_tray] {
        if (tray)
            tray->hide();
    });
}

} // namespace Satchel
