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

class QLabel;
class QLineEdit;
class QPushButton;

namespace Satchel {

class IdentityChooser;
class ProblemLabel;

class SignedPresentationDialog : public QDialog {
    Q_OBJECT
public:
    SignedPresentationDialog(const QString &walletPath, const QList<qint64> &credentialIds, QWidget *parent = nullptr);

    // For tests: where Save writes (instead of asking), and the passphrase a sealed key needs.
    void setPathChooser(std::function<QString(const QString &suggested)> chooser) { m_pathChooser = std::move(chooser); }
    void setPassphrasePrompt(std::function<QByteArray(bool creating, const QString &problem)> prompt)
    {
        m_passphrasePrompt = std::move(prompt);
    }
    bool isLoaded() const { return m_loaded; }
    bool isWorking() const { return m_job.isRunning(); }
    void waitForWork() { m_job.waitForFinished(); }
    QLineEdit *challengeField() const { return m_challenge; }
    QLineEdit *domainField() const { return m_domain; }
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
    void buildUi();
    void load();
    void sign(const QString &path, QByteArray passphrase);

    QString m_walletPath;
    QList<qint64> m_ids;
    bool m_loaded = false;
    bool m_noIdentityYet = false;
    BackgroundJob m_job;
    std::function<QString(const QString &)> m_pathChooser;
    std::function<QByteArray(bool, const QString &)> m_passphrasePrompt;

    QLabel *m_credentials = nullptr;
    QLineEdit *m_challenge = nullptr;
    QLineEdit *m_domain = nullptr;
    IdentityChooser *m_identity = nullptr;
    QLabel *m_newIdentity = nullptr; // shown while there is no identity yet
    ProblemLabel *m_problem = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace Satchel
