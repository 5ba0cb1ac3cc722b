#include "receive/PendingCredentialsList.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace Satchel {

namespace {

QString issuerOf(const PendingCredentialRecord &record)
{
    return record.issuerName.isEmpty() ? QUrl(record.issuerUrl).host() : record.issuerName;
}

} // namespace

PendingCredentialsList::PendingCredentialsList(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(tr("Still waiting for:"), this))
    , m_list(new QListWidget(this))
    , m_stop(new QPushButton(tr("S&top waiting…"), this))
{
    m_list->setObjectName(QStringLiteral("pendingCredentials"));
    m_list->setAccessibleName(tr("Credentials issuers will send later"));
    m_list->setWordWrap(true);
    m_heading->setBuddy(m_list);
    m_stop->setToolTip(tr("Satchel stops asking the issuer for the selected credential"));
    m_stop->setEnabled(false);
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(m_heading);
    column->addWidget(m_list, 1);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(m_stop);
    column->addLayout(row);
    // The highlighted (current) one is the one Stop waiting asks about: a list that has the focus
    // always shows one, and the confirmation names it.
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) { m_stop->setEnabled(row >= 0); });
    connect(m_stop, &QPushButton::clicked, this, &PendingCredentialsList::stopWaiting);
    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Stop waiting"), question, QMessageBox::Yes | QMessageBox::Cancel,
                                     QMessageBox::Cancel)
            == QMessageBox::Yes;
    };
    hide();
}

void PendingCredentialsList::setPending(const QList<PendingCredentialRecord> &pending)
{
    m_pending = pending;
    m_list->clear();
    const QLocale locale;
    for (const PendingCredentialRecord &record : pending) {
        const QString name = record.credentialName.isEmpty() ? record.configurationId : record.credentialName;
        QString text = tr("%1 — from %2").arg(name, issuerOf(record));
        if (record.lastTriedAt.isValid())
            text += QLatin1Char('\n')
                + tr("Last asked %1: %2")
                      .arg(locale.toString(record.lastTriedAt.toLocalTime(), QLocale::ShortFormat), record.lastMessage);
        else
            text += QLatin1Char('\n') + tr("Promised %1").arg(locale.toString(record.createdAt.toLocalTime(), QLocale::ShortFormat));
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, record.id);
    }
    m_stop->setEnabled(m_list->currentRow() >= 0);
    setVisible(!pending.isEmpty());
}

void PendingCredentialsList::remove(qint64 id)
{
    m_pending.erase(std::remove_if(m_pending.begin(), m_pending.end(),
                                   [id](const PendingCredentialRecord &record) { return record.id == id; }),
                    m_pending.end());
    setPending(m_pending);
}

int PendingCredentialsList::count() const
{
    return m_list->count();
}

QString PendingCredentialsList::textOf(int row) const
{
    const QListWidgetItem *item = m_list->item(row);
    return item ? item->text() : QString();
}

bool PendingCredentialsList::select(qint64 id)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toLongLong() == id) {
            m_list->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

void PendingCredentialsList::stopWaiting()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_pending.size())
        return;
    const PendingCredentialRecord &record = m_pending.at(row);
    const QString name = record.credentialName.isEmpty() ? record.configurationId : record.credentialName;
    if (!m_confirm(tr("Stop waiting for %1 from %2? Satchel will not ask for it again; to get it later, ask the "
                      "issuer for a new offer.")
                       .arg(name, issuerOf(record))))
        return;
    Q_EMIT forgetRequested(record.id);
}

} // namespace Satchel
