#include "common/ProgressStrip.h"

#include <QAbstractButton>
#include <QHBoxLayout>
#include <QProgressBar>

namespace Satchel {

ProgressStrip::ProgressStrip(Idle idle, QAbstractButton *cancel, QWidget *parent)
    : QWidget(parent)
    , m_idle(idle)
    , m_bar(new QProgressBar(this))
    , m_cancel(cancel)
{
    m_cancel->setParent(this);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_bar, 1);
    row->addWidget(m_cancel);
    connect(m_cancel, &QAbstractButton::clicked, this, &ProgressStrip::cancelRequested);
    // Before the first run: nothing done yet.
    m_bar->setRange(0, 1);
    m_bar->setValue(0);
    m_cancel->setEnabled(false);
    if (m_idle == Idle::Hidden)
        hide();
}

void ProgressStrip::start()
{
    m_bar->setRange(0, 0); // busy until the first progress report gives a total
    m_cancel->setEnabled(true);
    show();
}

void ProgressStrip::setProgress(int done, int total)
{
    m_bar->setRange(0, total);
    m_bar->setValue(done);
}

void ProgressStrip::finish()
{
    m_cancel->setEnabled(false);
    m_bar->setRange(0, 1);
    m_bar->setValue(1);
    if (m_idle == Idle::Hidden)
        hide();
}

} // namespace Satchel
