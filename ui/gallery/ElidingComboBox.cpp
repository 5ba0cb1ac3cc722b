#include "gallery/ElidingComboBox.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QScrollBar>
#include <QStyleOptionComboBox>
#include <QStylePainter>
#include <QToolTip>

namespace Satchel {

namespace {
constexpr int kMaxPopupWidth = 480;
} // namespace

ElidingComboBox::ElidingComboBox(QWidget *parent)
    : QComboBox(parent)
{
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
}

QSize ElidingComboBox::sizeHint() const
{
    QStyleOptionComboBox option;
    initStyleOption(&option);
    const QString first = count() > 0 ? itemText(0) : currentText();
    // The margin keeps the text clear of the field's edge, where styles clip a pixel or two.
    QSize content(fontMetrics().horizontalAdvance(first) + fontMetrics().averageCharWidth(), fontMetrics().height());
    if (count() > 0 && !itemIcon(0).isNull())
        content.rwidth() += iconSize().width() + 4;
    return style()->sizeFromContents(QStyle::CT_ComboBox, &option, content, this);
}

QSize ElidingComboBox::minimumSizeHint() const
{
    return sizeHint();
}

void ElidingComboBox::showPopup()
{
    // The popup shows every choice in full, as wide as the longest within reason.
    const int wanted = view()->sizeHintForColumn(0) + view()->verticalScrollBar()->sizeHint().width() + 8;
    view()->setMinimumWidth(qMin(wanted, kMaxPopupWidth));
    QComboBox::showPopup();
}

QRect ElidingComboBox::textRect(const QStyleOptionComboBox &option) const
{
    QRect field = style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, this);
    if (!option.currentIcon.isNull())
        field.setLeft(field.left() + option.iconSize.width() + 4);
    return field.adjusted(0, 0, -2, 0);
}

bool ElidingComboBox::event(QEvent *event)
{
    // A shortened choice is shown in full in the tooltip, under what the filter is.
    if (event->type() == QEvent::ToolTip) {
        QStyleOptionComboBox option;
        initStyleOption(&option);
        if (fontMetrics().horizontalAdvance(currentText()) > textRect(option).width()) {
            const QString tip = toolTip().isEmpty() ? currentText() : toolTip() + QLatin1Char('\n') + currentText();
            QToolTip::showText(static_cast<QHelpEvent *>(event)->globalPos(), tip, this);
            return true;
        }
    }
    return QComboBox::event(event);
}

void ElidingComboBox::paintEvent(QPaintEvent *)
{
    QStylePainter painter(this);
    painter.setPen(palette().color(QPalette::Text));
    QStyleOptionComboBox option;
    initStyleOption(&option);
    painter.drawComplexControl(QStyle::CC_ComboBox, option);
    option.currentText = fontMetrics().elidedText(option.currentText, Qt::ElideRight, textRect(option).width());
    painter.drawControl(QStyle::CE_ComboBoxLabel, option);
}

} // namespace Satchel
