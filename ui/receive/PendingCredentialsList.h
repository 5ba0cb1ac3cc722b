// The credentials issuers promised and have not sent yet, on the Receive dialog's last page: each
// with its issuer, when Satchel last asked and what the issuer said. "Stop waiting…" forgets the
// selected one, after the learner confirms, so that Satchel no longer asks the issuer for it.
#pragma once

#include "storage/PendingCredentialRecord.h"

#include <QList>
#include <QWidget>

#include <functional>

class QLabel;
class QListWidget;
class QPushButton;

namespace Satchel {

class PendingCredentialsList : public QWidget {
    Q_OBJECT
public:
    explicit PendingCredentialsList(QWidget *parent = nullptr);

    // Shows these (hidden when there are none).
    void setPending(const QList<PendingCredentialRecord> &pending);
    // The one forgotten: off the list.
    void remove(qint64 id);
    int count() const;
    QString textOf(int row) const;
    bool select(qint64 id);
    QPushButton *stopButton() const { return m_stop; }
    // Tests answer the confirmation (default: a message box).
    void setConfirmation(std::function<bool(const QString &question)> confirm) { m_confirm = std::move(confirm); }

Q_SIGNALS:
    void forgetRequested(qint64 id);

private:
    void stopWaiting();

    QList<PendingCredentialRecord> m_pending;
    std::function<bool(const QString &)> m_confirm;
    QLabel *m_heading;
    QListWidget *m_list;
    QPushButton *m_stop;
};

} // namespace Satchel
