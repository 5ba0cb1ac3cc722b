// A non-modal notice across the top of the main window: "2 badges stopped being valid since the last
// check", with Show (selects them) and a close button. It replaces the message box that used to pop
// up at start-up and over the import report; nothing here takes the focus or blocks the window.
#pragma once

#include <QFrame>
#include <QList>
#include <QStringList>

class QLabel;
class QPushButton;
class QToolButton;

namespace Satchel {

class NoticeBanner : public QFrame {
    Q_OBJECT
public:
    explicit NoticeBanner(QWidget *parent = nullptr);

    // Credentials whose last result was valid and that are now revoked or expired. Adds to a notice
    // already shown (several quiet runs before the learner looks), each credential once.
    void addChanged(const QList<qint64> &revoked, const QList<qint64> &expired, const QStringList &names);
    void dismiss();
    QList<qint64> credentialIds() const { return m_revoked + m_expired; }
    QString text() const;
    QPushButton *showButton() const { return m_show; }
    QToolButton *closeButton() const { return m_close; }

Q_SIGNALS:
    void showRequested(const QList<qint64> &ids);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_show;
    QToolButton *m_close;
    QList<qint64> m_revoked;
    QList<qint64> m_expired;
    QStringList m_names;
};

} // namespace Satchel
