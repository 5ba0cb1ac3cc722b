#include "gallery/ElidingComboBox.h"

#include <QAbstractItemView>
#include <QScrollBar>
#include <QStyleOptionComboBox>
#include <QStylePainter>

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

void ElidingComboBox::paintEvent(QPaintEvent *)
{
    QStylePainter painter(this);
    painter.setPen(palette().color(QPalette::Text));
    QStyleOptionComboBox option;
    initStyleOption(&option);
    painter.drawComplexControl(QStyle::CC_ComboBox, option);
    QRect field = style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, this);
    if (!option.currentIcon.isNull())
        field.setLeft(field.left() + option.iconSize.width() + 4);
    option.currentText = fontMetrics().elidedText(option.currentText, Qt::ElideRight, field.width() - 2);
    painter.drawControl(QStyle::CE_ComboBoxLabel, option);
}

} // namespace Satchel
