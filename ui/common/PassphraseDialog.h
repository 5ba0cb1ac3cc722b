// Asks for a backup passphrase: twice when a new backup is written (a typo there would lock the
// learner out of their own backup), once when one is opened. The passphrase never leaves this
// dialog as a QString; passphrase() gives UTF-8 bytes the caller wipes after use. (The line
// edits' own copies cannot be wiped: setText() allocates anew rather than overwriting.)
#pragma once

#include <QDialog>

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
