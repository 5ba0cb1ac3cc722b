// GUI tests: answers the next modal dialog (a message box, a passphrase) from a timer, since
// exec() does not return to the test until someone does.
#pragma once

#include <QApplication>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace SatchelTest {

// Polls for the next modal dialog of type T and hands it to act.
template<typename T>
void whenModal(const std::function<void(T *)> &act)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, qApp, [timer, act] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            act(dialog);
        }
    });
    timer->start();
}

} // namespace SatchelTest
