// A non-modal notice across the top of the main window about badges that are about to expire or
// have just expired (core/reminders): one line each, a Renew… button where the credential names
// where to renew it, and Dismiss. Like NoticeBanner, nothing here takes the focus or blocks.
#pragma once

#include "reminders/ExpiryReminder.h"

#include <QFrame>
#include <QList>
#include <QUrl>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace Satchel {

class ReminderBanner : public QFrame {
    Q_OBJECT
public:
    explicit ReminderBanner(QWidget *parent = nullptr);

    // Adds to the reminders shown (each once, by its key) and shows the banner.
    void addReminders(const QList<ExpiryReminder> &reminders);
    void dismiss();
    const QList<ExpiryReminder> &reminders() const { return m_reminders; }
    QString text() const; // the lines shown, for tests and screen readers
    QPushButton *dismissButton() const { return m_dismiss; }
    QList<QPushButton *> renewButtons() const { return m_renewButtons; }

    // One reminder as a sentence: "“Data Literacy” from Northfield expires on Friday, 1 January 2027."
    static QString describe(const ExpiryReminder &reminder);

Q_SIGNALS:
    void renewRequested(const QUrl &url);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuildRows();
    void retranslateUi();

    QLabel *m_title;
    QPushButton *m_dismiss;
    QVBoxLayout *m_rows;
    QList<ExpiryReminder> m_reminders;
    QList<QLabel *> m_lines;
    QList<QPushButton *> m_renewButtons;
    QLabel *m_more = nullptr;
};

} // namespace Satchel
