// The size a top-level window opens at: the size it would like, shrunk to the screen's available
// area (without the task bar and the window's own frame), so a 1366×768 laptop never gets a
// window taller or wider than its screen.
#pragma once

#include <QRect>
#include <QSize>

class QWidget;

namespace Satchel {

class WindowFit {
public:
    // The frame the window manager adds around the client area (title bar, borders) is unknown
    // until the window is shown; this is a generous allowance for it.
    static constexpr int kFrameAllowanceWidth = 16;
    static constexpr int kFrameAllowanceHeight = 48;

    static QSize fitted(const QSize &preferred, const QRect &available);
    // Resizes window to fitted(preferred, its screen's available geometry).
    static void resizeToFit(QWidget *window, const QSize &preferred);
};

} // namespace Satchel
