#include "reminders/ReminderBanner.h"

#include "i18n/LocaleText.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStringList>
#include <QVBoxLayout>

#include <algorithm>

namespace Satchel {

namespace {
constexpr int kRowsShown = 4; // more would crowd out the gallery on a laptop screen
} // namespace

ReminderBanner::ReminderBanner(QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_dismiss(new QPushButton(this))
    , m_rows(new QVBoxLayout)
{
    setObjectName(QStringLiteral("reminderBanner"));
    setStyleSheet(QStringLiteral("#reminderBanner { background: #fff4e0; border: 1px solid #b9770e;"
                                 " border-left: 6px solid #b9770e; border-radius: 4px; }"
                                 "#reminderBanner QLabel { color: #5c3b00; }"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_dismiss);
    m_rows->setSpacing(2);
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(10, 6, 6, 6);
    column->addLayout(header);
    column->addLayout(m_rows);
    connect(m_dismiss, &QPushButton::clicked, this, &ReminderBanner::dismiss);
    retranslateUi();
    hide();
}

QString ReminderBanner::describe(const ExpiryReminder &reminder)
{
    const QString date = LocaleText::date(reminder.validUntil);
    if (reminder.stage == ReminderStage::Expired)
        return tr("“%1” from %2 expired on %3.").arg(reminder.name, reminder.issuerName, date);
    return tr("“%1” from %2 expires on %3.").arg(reminder.name, reminder.issuerName, date);
}

void ReminderBanner::addReminders(const QList<ExpiryReminder> &reminders)
{
    bool added = false;
    for (const ExpiryReminder &reminder : reminders) {
        const bool known = std::any_of(m_reminders.cbegin(), m_reminders.cend(),
                                       [&reminder](const ExpiryReminder &r) { return r.key == reminder.key; });
        if (!known) {
            m_reminders.append(reminder);
            added = true;
        }
    }
    if (!added)
        return;
    rebuildRows();
    show();
}

void ReminderBanner::dismiss()
{
    m_reminders.clear();
    rebuildRows();
    hide();
}

QString ReminderBanner::text() const
{
    QStringList lines{m_title->text()};
    for (const QLabel *line : m_lines)
        lines << line->text();
    if (m_more)
        lines << m_more->text();
    return lines.join(QLatin1Char('\n'));
}

void ReminderBanner::rebuildRows()
{
    while (QLayoutItem *item = m_rows->takeAt(0)) {
        if (QLayout *row = item->layout()) {
            while (QLayoutItem *child = row->takeAt(0)) {
                delete child->widget();
                delete child;
            }
        }
        delete item->widget();
        delete item;
    }
    m_lines.clear();
    m_renewButtons.clear();
    m_more = nullptr;
    for (const ExpiryReminder &reminder : m_reminders.mid(0, kRowsShown)) {
        auto *row = new QHBoxLayout;
        auto *line = new QLabel(this);
        line->setWordWrap(true);
        line->setTextFormat(Qt::PlainText);
        row->addWidget(line, 1);
        m_lines << line;
        if (!reminder.renewalUrl.isEmpty()) {
            auto *renew = new QPushButton(this);
            const QUrl url = reminder.renewalUrl;
            connect(renew, &QPushButton::clicked, this, [this, url] { Q_EMIT renewRequested(url); });
            row->addWidget(renew);
            m_renewButtons << renew;
        }
        m_rows->addLayout(row);
    }
    if (m_reminders.size() > kRowsShown) {
        m_more = new QLabel(this);
        m_rows->addWidget(m_more);
    }
    retranslateUi();
}

void ReminderBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void ReminderBanner::retranslateUi()
{
    const int count = int(m_reminders.size());
    m_title->setText(tr("%n badge(s) expiring soon or just expired:", nullptr, count));
    m_dismiss->setText(tr("Dismiss"));
    m_dismiss->setToolTip(tr("Hide these reminders (they are not shown again)"));
    m_dismiss->setAccessibleName(tr("Dismiss the expiry reminders"));
    int button = 0;
    for (int i = 0; i < m_lines.size(); ++i) {
        const ExpiryReminder &reminder = m_reminders.at(i);
        m_lines.at(i)->setText(describe(reminder));
        if (reminder.renewalUrl.isEmpty())
            continue;
        QPushButton *renew = m_renewButtons.at(button++);
        renew->setText(tr("Renew…"));
        renew->setToolTip(tr("Open %1 in your browser").arg(reminder.renewalUrl.toString()));
        renew->setAccessibleName(tr("Renew “%1”").arg(reminder.name));
    }
    if (m_more)
        m_more->setText(tr("and %n more", nullptr, count - kRowsShown));
}

} // namespace Satchel
