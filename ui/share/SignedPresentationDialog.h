// Share -> Signed presentation (issue 15): a file of the chosen credentials signed by one of the
// learner's identities, for someone who asked to see them but has no verifier website. The learner
// types the code that person gave them (the challenge: it shows them the file was made for them,
// now), a domain if they gave one, picks the identity, then where to save. Reading the wallet and
// signing (which may need the keychain or a passphrase) run on a worker (BackgroundJob); the file
// itself is core's (share::SignedPresentationFile).
#pragma once

#include "common/BackgroundJob.h"
#include "storage/HolderKeyRecord.h"

#include <QDialog>

#include <functional>
#include <memory>

class QLineEdit;
class QPushButton;

namespace Satchel {

namespace Ui {
class SignedPresentationDialog;
}

class IdentityChooser;

class SignedPresentationDialog : public QDialog {
    Q_OBJECT
public:
    SignedPresentationDialog(const QString &walletPath, const QList<qint64> &credentialIds, QWidget *parent = nullptr);
    ~SignedPresentationDialog() override;

    // For tests: where Save writes (instead of asking), and the passphrase a sealed key needs.
    void setPathChooser(std::function<QString(const QString &suggested)> chooser) { m_pathChooser = std::move(chooser); }
    void setPassphrasePrompt(std::function<QByteArray(bool creating, const QString &problem)> prompt)
    {
        m_passphrasePrompt = std::move(prompt);
    }
    bool isLoaded() const { return m_loaded; }
    bool isWorking() const { return m_job.isRunning(); }
    void waitForWork() { m_job.waitForFinished(); }
    QLineEdit *challengeField() const;
    QLineEdit *domainField() const;
    IdentityChooser *identityChooser() const { return m_identity; }
    QString problem() const;
    QString status() const;

public Q_SLOTS:
    void save();

Q_SIGNALS:
    void saved(const QString &path);

private:
    struct Loaded {
        QStringList names;
        QList<HolderKeyRecord> identities;
        QString defaultDid;
    };
    void load();
    void sign(const QString &path, QByteArray passphrase);

    QString m_walletPath;
    QList<qint64> m_ids;
    bool m_loaded = false;
    bool m_noIdentityYet = false;
    // Before m_job, which cancels and waits for its work on destruction: the widgets outlive it.
    std::unique_ptr<Ui::SignedPresentationDialog> m_ui; // SignedPresentationDialog.ui
    BackgroundJob m_job;
    std::function<QString(const QString &)> m_pathChooser;
    std::function<QByteArray(bool, const QString &)> m_passphrasePrompt;

    // Made here, not in the form: its constructor takes the text of the label it makes.
    IdentityChooser *m_identity = nullptr;
    QPushButton *m_save = nullptr; // added to the form's button box
};

} // namespace Satchel
