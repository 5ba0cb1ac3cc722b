#include "reminders/ReminderSettingsBox.h"

#include "reminders/ExpiryReminderPlanner.h"
#include "reminders/ReminderSettings.h"
#include "storage/Wallet.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>

namespace Satchel {

ReminderSettingsBox::ReminderSettingsBox(Wallet *wallet, QWidget *parent)
    : QGroupBox(parent)
    , m_wallet(wallet)
    , m_label(new QLabel(this))
    , m_days(new QSpinBox(this))
{
    m_label->setWordWrap(true);
    m_label->setBuddy(m_days);
    m_days->setObjectName(QStringLiteral("reminderWarnDays"));
    m_days->setRange(0, ExpiryReminderPlanner::kMaxWarnDays);
    m_days->setValue(m_wallet ? ReminderSettings::warnDays(*m_wallet) : ExpiryReminderPlanner::kDefaultWarnDays);
    m_days->setEnabled(m_wallet != nullptr);
    auto *row = new QHBoxLayout(this);
    row->addWidget(m_label, 1);
    row->addWidget(m_days);
    connect(m_days, qOverload<int>(&QSpinBox::valueChanged), this, [this](int days) {
        if (m_wallet && ReminderSettings::setWarnDays(*m_wallet, days))
            Q_EMIT warnDaysChanged(days);
    });
    retranslateUi();
}

void ReminderSettingsBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

void ReminderSettingsBox::retranslateUi()
{
    setTitle(tr("Reminders"));
    m_label->setText(tr("&Warn before a badge expires (a desktop notification and a notice in the window):"));
    m_days->setSuffix(tr(" days"));
    m_days->setSpecialValueText(tr("Never"));
    m_days->setAccessibleName(tr("Days of warning before a badge expires"));
    m_days->setToolTip(tr("0 turns expiry reminders off"));
}

} // namespace Satchel
