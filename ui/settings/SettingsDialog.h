// Settings, in three tabs. Identities: the learner's identities (used to match recipients, never
// sent anywhere) and their own keys (HolderIdentitiesWidget). General: the interface language,
// how long verification answers are kept, and which wallet file is open. Trust registries: who
// stands behind issuers (TrustRegistriesWidget).
#pragma once

#include <QDialog>

#include <memory>

class QTabWidget;

namespace Satchel {

namespace Ui {
class SettingsDialog;
}

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
    ~SettingsDialog() override;

    QTabWidget *tabs() const;
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
    std::unique_ptr<Ui::SettingsDialog> m_ui; // SettingsDialog.ui
    HolderIdentitiesWidget *m_holderIdentities = nullptr;
    TrustRegistriesWidget *m_trustRegistries = nullptr;
};

} // namespace Satchel
