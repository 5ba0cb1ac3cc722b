#include "TabOrder.h"

#include <QList>
#include <QWidget>

namespace Satchel {

void TabOrder::moveToEnd(QWidget *widget)
{
    QWidget *top = widget->window();
    // QWidget::setTabOrder ignores widgets that take no focus, so only focusable ones are moved,
    // each behind the last focusable widget that stays.
    QList<QWidget *> moving;
    QWidget *last = nullptr;
    // The chain is a ring through the window; the bound only guards against a broken one.
    int guard = 0;
    for (QWidget *w = top->nextInFocusChain(); w && w != top && guard < 100000; w = w->nextInFocusChain(), ++guard) {
        if (w->focusPolicy() == Qt::NoFocus)
            continue;
        if (w == widget || widget->isAncestorOf(w))
            moving << w;
        else
            last = w;
    }
    if (!last)
        return;
    for (QWidget *w : std::as_const(moving)) {
        QWidget::setTabOrder(last, w);
        last = w;
    }
}

} // namespace Satchel
