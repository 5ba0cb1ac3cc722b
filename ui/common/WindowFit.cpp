#include "common/WindowFit.h"

#include <QScreen>
#include <QWidget>

namespace Satchel {

QSize WindowFit::fitted(const QSize &preferred, const QRect &available)
{
    if (!available.isValid())
        return preferred;
    return preferred.boundedTo(QSize(available.width() - kFrameAllowanceWidth,
                                     available.height() - kFrameAllowanceHeight));
}

void WindowFit::resizeToFit(QWidget *window, const QSize &preferred)
{
    const QScreen *screen = window->screen();
    window->resize(fitted(preferred, screen ? screen->availableGeometry() : QRect()));
}

} // namespace Satchel
