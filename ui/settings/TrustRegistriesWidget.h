// Settings → Trust registries: the registries that say who stands behind an issuer (built-in DCC
// registries, each switchable, and any added by URL), when each copy was fetched, and "Refresh now",
// which fetches them again on a BackgroundJob worker (the UI thread never waits on the network).
// Switches and added registries are saved in the wallet at once (TrustRegistrySettings).
#pragma once

#include "common/BackgroundJob.h"
#include "trust/TrustRegistry.h"

#include <QWidget>

#include <memory>

class QLabel;
class QListWidget;
class QPushButton;

namespace Satchel {

namespace Ui {
class TrustRegistriesWidget;
}

class NetworkMode;
class ProgressStrip;
class Wallet;

class TrustRegistriesWidget : public QWidget {
    Q_OBJECT
public:
    // wallet: the window's (UI thread), not owned; network: the application's, may be null.
    TrustRegistriesWidget(Wallet *wallet, NetworkMode *network, QWidget *parent = nullptr);
    ~TrustRegistriesWidget() override;

    QListWidget *list() const;
    QPushButton *refreshButton() const;
    QLabel *resultLabel() const;
    bool isRefreshing() const { return m_job.isRunning(); }
    void refreshNow();
    // Adds a registry by URL (what "Add URL…" does after asking); false with the reason shown.
    bool addUrl(const QString &url);

Q_SIGNALS:
    // The registries in use or their copies changed: trust lines shown elsewhere are out of date.
    void registriesChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void reload();
    void save();
    void askUrl();
    void removeSelected();
    QString itemText(const TrustRegistry &registry) const;

    Wallet *m_wallet = nullptr;
    NetworkMode *m_network = nullptr;
    QList<TrustRegistry> m_registries;
    std::unique_ptr<Ui::TrustRegistriesWidget> m_ui; // TrustRegistriesWidget.ui
    ProgressStrip *m_progress = nullptr;
    BackgroundJob m_job{this, BackgroundJob::OnDestroy::CancelAndLeave};
};

} // namespace Satchel
