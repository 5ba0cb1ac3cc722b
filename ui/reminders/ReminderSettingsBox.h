// Settings → General → Reminders: how many days before a badge expires Satchel warns (0: never).
// Kept in the wallet's settings (ReminderSettings), where the reminders and satchel-cli read it.
#pragma once

#include <QGroupBox>

class QLabel;
class QSpinBox;

namespace Satchel {

class Wallet;

class ReminderSettingsBox : public QGroupBox {
    Q_OBJECT
public:
    // wallet: not owned, may be null (nothing to set).
    explicit ReminderSettingsBox(Wallet *wallet, QWidget *parent = nullptr);

    QSpinBox *warnDays() const { return m_days; }

Q_SIGNALS:
    // The new number is already in the wallet: whoever shows reminders looks again.
    void warnDaysChanged(int days);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    Wallet *m_wallet;
    QLabel *m_label;
    QSpinBox *m_days;
};

} // namespace Satchel
