// Settings › Identities: the learner's holder identities (core/share/HolderKeyStore), each with
// its label, its DID (shortened, with a copy button), key type, where its private part is kept and
// whether it is the default; Add, Rename, Make default and Retire. Creating and retiring reach the
// keychain, whose calls block, so they run through a BackgroundJob on the wallet at its path; the
// list, a rename and the default are quick reads and writes on the dialog's own wallet.
#pragma once

#include "Result.h"
#include "common/BackgroundJob.h"
#include "storage/HolderKeyRecord.h"

#include <QWidget>

#include <functional>
#include <memory>

namespace Satchel {

namespace Ui {
class HolderIdentitiesWidget;
}

class Wallet;

class HolderIdentitiesWidget : public QWidget {
    Q_OBJECT
public:
    // wallet: not owned, used on the UI thread; key work opens its own connection to wallet->path().
    explicit HolderIdentitiesWidget(Wallet *wallet, QWidget *parent = nullptr);
    ~HolderIdentitiesWidget() override;

    // What the buttons do once they have asked the learner (tests call these directly).
    bool startAdd(const QString &label, const QString &keyType, const QByteArray &passphrase = {});
    Status rename(const QString &did, const QString &label);
    Status makeDefault(const QString &did);
    bool startRetire(const QString &did);
    bool isBusy() const { return m_job.isRunning(); }
    QString statusText() const;
    // Tests answer the passphrase question themselves (label of the new identity → passphrase).
    void setPassphrasePrompt(std::function<QByteArray(const QString &label)> prompt) { m_prompt = std::move(prompt); }
    // "did:key:z6Mk…5Ck": the start and end a learner compares, for the table.
    static QString shortDid(const QString &did);

Q_SIGNALS:
    void identitiesChanged();
    void workFinished(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void reload();
    void fitColumns();
    QString selectedDid() const;
    void updateButtons();
    void askAdd();
    void askRename();
    void askRetire();
    void addFinished(const Result<HolderKeyRecord> &created, const QString &label, const QString &keyType);
    void workEnded(const Status &status, const QString &done);
    void showStatus(const QString &text);

    Wallet *m_wallet = nullptr;
    QList<HolderKeyRecord> m_records;
    std::unique_ptr<Ui::HolderIdentitiesWidget> m_ui; // HolderIdentitiesWidget.ui
    BackgroundJob m_job;
    std::function<QByteArray(const QString &)> m_prompt;
};

} // namespace Satchel
