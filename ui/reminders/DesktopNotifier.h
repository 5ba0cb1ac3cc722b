// A desktop notification through the platform's notification service: on Linux the freedesktop
// org.freedesktop.Notifications D-Bus service (when Satchel was built with QtDBus), else, or when
// that service does not answer, a message from a tray icon. Fire and forget: nothing blocks the
// UI thread, and a desktop with neither just shows the window's banner.
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QSystemTrayIcon;

namespace Satchel {

class DesktopNotifier : public QObject {
    Q_OBJECT
public:
    explicit DesktopNotifier(QObject *parent = nullptr);

    void notify(const QString &title, const QString &body);

private:
    void showInTray(const QString &title, const QString &body);

    QPointer<QSystemTrayIcon> m_tray;
};

} // namespace Satchel
