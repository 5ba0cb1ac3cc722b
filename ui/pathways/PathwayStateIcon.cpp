#include "pathways/PathwayStateIcon.h"

#include "common/ThemeColors.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace Satchel {

namespace {

// onSelection: drawn in white for a selected (dark highlighted) row, where the normal colours vanish.
QPixmap paint(PathwayNodeState state, int size, bool onSelection)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal pen = size / 10.0;
    // The application's palette: the symbols keep 3:1 against a light or a dark background.
    const QPalette palette = QGuiApplication::palette();
    const auto tone = [&palette](ThemeColors::Tone t) { return ThemeColors::text(t, palette); };
    const QRectF r(pen, pen, size - 2 * pen, size - 2 * pen);
    switch (state) {
    case PathwayNodeState::Met: {
        p.setPen(onSelection ? QPen(Qt::white, pen / 2) : Qt::NoPen);
        p.setBrush(tone(ThemeColors::Tone::Positive));
        p.drawEllipse(r);
        QPainterPath tick;
        tick.moveTo(size * 0.28, size * 0.52);
        tick.lineTo(size * 0.44, size * 0.68);
        tick.lineTo(size * 0.74, size * 0.34);
        p.setPen(QPen(ThemeColors::isDark(palette) ? palette.color(QPalette::Base) : QColor(Qt::white), pen * 1.2,
                      Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        p.drawPath(tick);
        break;
    }
    case PathwayNodeState::PartlyMet: {
        const QColor amber = onSelection ? QColor(Qt::white) : tone(ThemeColors::Tone::Caution);
        p.setPen(QPen(amber, pen));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(r);
        p.setPen(Qt::NoPen);
        p.setBrush(amber);
        p.drawPie(r, 90 * 16, 180 * 16); // the left half: "some of it"
        break;
    }
    case PathwayNodeState::NotMet:
        p.setPen(QPen(onSelection ? QColor(Qt::white) : tone(ThemeColors::Tone::Neutral), pen, Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(r);
        break;
    }
    return pixmap;
}

} // namespace

QIcon PathwayStateIcon::icon(PathwayNodeState state)
{
    QIcon icon;
    for (int size : { 16, 24, 32 }) {
        icon.addPixmap(paint(state, size, false), QIcon::Normal);
        icon.addPixmap(paint(state, size, true), QIcon::Selected);
    }
    return icon;
}

} // namespace Satchel
