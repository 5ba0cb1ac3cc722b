#include "common/FlowLayout.h"

#include <QStyle>
#include <QWidget>

namespace Satchel {

FlowLayout::FlowLayout(QWidget *parent, int spacing)
    : QLayout(parent)
{
    setSpacing(spacing);
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return {};
}

bool FlowLayout::hasHeightForWidth() const
{
    return true;
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    // One item per line at worst: the widest item's minimum is all the width the layout needs.
    QSize size;
    for (const QLayoutItem *item : m_items)
        if (!item->isEmpty())
            size = size.expandedTo(item->minimumSize());
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // Everything on one line.
    int width = 0;
    int height = 0;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        width += (width > 0 ? spacing() : 0) + item->sizeHint().width();
        height = qMax(height, item->sizeHint().height());
    }
    const QMargins m = contentsMargins();
    return QSize(width + m.left() + m.right(), height + m.top() + m.bottom());
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::arrange(const QRect &rect, bool apply) const
{
    const QMargins margins = contentsMargins();
    const QRect area = rect.marginsRemoved(margins);
    const int gap = qMax(0, spacing());
    struct Placed {
        QLayoutItem *item;
        int width;
    };
    QList<QList<Placed>> lines;
    int lineWidth = 0;
    for (QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        const int preferred = qBound(item->minimumSize().width(), item->sizeHint().width(), item->maximumSize().width());
        const int width = qMax(item->minimumSize().width(), qMin(preferred, area.width()));
        if (lines.isEmpty() || (!lines.last().isEmpty() && lineWidth + gap + width > area.width())) {
            lines.append(QList<Placed>());
            lineWidth = 0;
        }
        lineWidth += (lines.last().isEmpty() ? 0 : gap) + width;
        lines.last().append({item, width});
    }

    int y = area.y();
    const Qt::LayoutDirection direction = parentWidget() ? parentWidget()->layoutDirection() : Qt::LeftToRight;
    for (QList<Placed> &line : lines) {
        int used = gap * int(line.size() - 1);
        int lineHeight = 0;
        int expanding = 0;
        for (const Placed &p : std::as_const(line)) {
            used += p.width;
            lineHeight = qMax(lineHeight, p.item->sizeHint().height());
            if (p.item->expandingDirections() & Qt::Horizontal)
                ++expanding;
        }
        // The line's spare width goes to the items that want it, as far as their maximum allows.
        int spare = area.width() - used;
        for (Placed &p : line) {
            if (spare <= 0 || expanding == 0)
                break;
            if (!(p.item->expandingDirections() & Qt::Horizontal))
                continue;
            const int extra = qMin(spare / expanding, p.item->maximumSize().width() - p.width);
            p.width += extra;
            spare -= extra;
            --expanding;
        }
        if (apply) {
            int x = area.x();
            for (const Placed &p : std::as_const(line)) {
                const int height = qMin(lineHeight, p.item->maximumSize().height());
                const QRect geometry(x, y + (lineHeight - height) / 2, p.width, height);
                p.item->setGeometry(QStyle::visualRect(direction, area, geometry));
                x += p.width + gap;
            }
        }
        y += lineHeight + gap;
    }
    if (!lines.isEmpty())
        y -= gap;
    return y - rect.y() + margins.bottom();
}

} // namespace Satchel
