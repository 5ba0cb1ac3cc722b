#include "common/BusyPage.h"

#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace Satchel {

BusyPage::BusyPage(QWidget *parent) : QWidget(parent), m_what(new QLabel(this)), m_bar(new QProgressBar(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    m_what->setWordWrap(true);
    m_what->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_what);
    m_bar->setAccessibleName(tr("Progress"));
    m_bar->setTextVisible(false);
    m_bar->setRange(0, 0);
    layout->addWidget(m_bar);
    layout->addStretch(1);
}

void BusyPage::busy(const QString &what)
{
    m_what->setText(what);
    m_bar->setRange(0, 0);
}

void BusyPage::step(const QString &what, int done, int total)
{
    m_what->setText(what);
    m_bar->setRange(0, total);
    m_bar->setValue(done);
}

} // namespace Satchel
