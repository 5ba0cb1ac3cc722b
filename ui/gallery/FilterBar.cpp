#include "gallery/FilterBar.h"

#include "common/FlowLayout.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

namespace Satchel {

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
    , m_layout(new FlowLayout(this))
{
    m_layout->setContentsMargins(8, 6, 8, 6);
}

void FilterBar::setSearchBox(QLineEdit *search)
{
    search->setMinimumWidth(kMinSearchWidth);
    search->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_layout->addWidget(search);
}

void FilterBar::addFilter(QComboBox *filter)
{
    filter->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_layout->addWidget(filter);
}

void FilterBar::setSortControls(QComboBox *sort, QToolButton *order)
{
    auto *group = new QWidget(this);
    auto *row = new QHBoxLayout(group);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(2);
    sort->setParent(group);
    order->setParent(group);
    row->addWidget(sort);
    row->addWidget(order);
    m_layout->addWidget(group);
}

} // namespace Satchel
