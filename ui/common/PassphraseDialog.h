// Asks for a backup passphrase: twice when a new backup is written (a typo there would lock the
// learner out of their own backup), once when one is opened. The passphrase never leaves this
// dialog as a QString; passphrase() gives UTF-8 bytes the caller wipes after use. (The line
// edits' own copies cannot be wiped: setText() allocates anew rather than overwriting.)
#pragma once

#include "Result.h"

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Satchel {

class PassphraseDialog : public QDialog {
    Q_OBJECT
public:
    // NewHolderKey / OpenHolderKey: the learner's signing key where there is no keychain (fileName
    // is then the server the key signs for).
    enum class Purpose { NewBackup, OpenBackup, NewHolderKey, OpenHolderKey };
    static constexpr int kRecommendedLength = 10;

    PassphraseDialog(Purpose purpose, const QString &fileName, QWidget *parent = nullptr);

    QByteArray passphrase() const;
    // A holder key's passphrase for a protocol step (receive, present): asks with this dialog, or
    // through prompt when a test gives one. error says why it asks again ("wrong-passphrase-or-damaged"
    // shows its message). Empty when the learner cancels.
    static QByteArray askForHolderKey(QWidget *parent, bool creating, const QString &server, const Error &error,
                                      const std::function<QByteArray(bool, const QString &)> &prompt);
    // For tests: what OK would accept, and why not.
    bool acceptable(QString *reason = nullptr) const;
    void setPassphrases(const QString &first, const QString &second = {});
    // Why the dialog is asking again ("That passphrase does not open…"), shown above the fields.
    void setProblem(const QString &message);
    QString problem() const;

private:
    void updateState();

    QLineEdit *m_first = nullptr;
    QLineEdit *m_second = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_hint = nullptr;
    QPushButton *m_ok = nullptr; // enabled only while the passphrases are acceptable
};

} // namespace Satchel
