// Settings, in three tabs. Identities: the learner's identities (used to match recipients, never
// sent anywhere) and their own keys (HolderIdentitiesWidget). General: the interface language,
// how long verification answers are kept, and which wallet file is open. Trust registries: who
// stands behind issuers (TrustRegistriesWidget).
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QGroupBox;
class QSpinBox;
class QTabWidget;

namespace Satchel {

class HolderIdentitiesWidget;
class NetworkMode;
class TrustRegistriesWidget;
class Wallet;

class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    static constexpr int kIdentitiesTab = 0;
    static constexpr int kGeneralTab = 1;
    static constexpr int kTrustTab = 2;

    // network: the application's, for refreshing trust registries (may be null: always online).
    explicit SettingsDialog(Wallet *wallet, QWidget *parent = nullptr, NetworkMode *network = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    HolderIdentitiesWidget *holderIdentities() const { return m_holderIdentities; }
    TrustRegistriesWidget *trustRegistries() const { return m_trustRegistries; }

Q_SIGNALS:
    void walletChangeRequested(const QString &path);
    void languageChanged(const QString &language);
    void identitiesChanged();
    void trustRegistriesChanged();
    void remindersChanged(); // how long before expiry to warn

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void reloadIdentities();
    void addIdentity();
    void removeIdentity();
    void applyLanguage();
    void applyColorScheme();
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
    QGroupBox *m_appearanceBox = nullptr; // System / Light / Dark (ColorScheme)
    QLabel *m_colorSchemeLabel = nullptr;
    QComboBox *m_colorScheme = nullptr;
    QGroupBox *m_verifyBox = nullptr;
    QLabel *m_maxAgeLabel = nullptr;
    QSpinBox *m_maxAge = nullptr;
    QGroupBox *m_walletBox = nullptr;
    QLabel *m_walletPath = nullptr;
    QPushButton *m_chooseWallet = nullptr;
    QPushButton *m_close = nullptr;
    QTabWidget *m_tabs = nullptr;
    QGroupBox *m_keysBox = nullptr;
    HolderIdentitiesWidget *m_holderIdentities = nullptr;
    TrustRegistriesWidget *m_trustRegistries = nullptr;
};

} // namespace Satchel
