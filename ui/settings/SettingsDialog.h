// Settings: the learner's identities (used to match recipients, never sent anywhere), the
// interface language, and which wallet file is open.
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QGroupBox;
class QSpinBox;

namespace Satchel {

class Wallet;

class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(Wallet *wallet, QWidget *parent = nullptr);

Q_SIGNALS:
    void walletChangeRequested(const QString &path);
    void languageChanged(const QString &language);
    void identitiesChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void reloadIdentities();
    void addIdentity();
    void removeIdentity();
    void applyLanguage();
    void chooseWallet();
    static QString guessType(const QString &value);

    Wallet *m_wallet = nullptr;
    QGroupBox *m_identityBox = nullptr;
    QLabel *m_identityHelp = nullptr;
    QTableWidget *m_identities = nullptr;
    QComboBox *m_identityType = nullptr;
    QLineEdit *m_identityValue = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_identityError = nullptr;
    QGroupBox *m_languageBox = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_languageNote = nullptr;
    QGroupBox *m_verifyBox = nullptr;
    QLabel *m_maxAgeLabel = nullptr;
    QSpinBox *m_maxAge = nullptr;
    QGroupBox *m_walletBox = nullptr;
    QLabel *m_walletPath = nullptr;
    QPushButton *m_chooseWallet = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace Satchel
