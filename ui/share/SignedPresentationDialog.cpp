#include "SignedPresentationDialog.h"
#include "ui_SignedPresentationDialog.h"

#include "common/IdentityChooser.h"
#include "common/PassphraseDialog.h"
#include "common/ProblemLabel.h"
#include "common/WipedOnExit.h"
#include "share/HolderKeyStore.h"
#include "share/QtKeychainVault.h"
#include "share/SignedPresentationFile.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace Satchel {

namespace {

constexpr int kNamesShown = 8;

} // namespace

SignedPresentationDialog::SignedPresentationDialog(const QString &walletPath, const QList<qint64> &credentialIds,
                                                   QWidget *parent)
    : QDialog(parent)
    , m_walletPath(walletPath)
    , m_ids(credentialIds)
    , m_ui(std::make_unique<Ui::SignedPresentationDialog>())
    , m_job(this)
{
    m_ui->setupUi(this);
    // Explanations, in words a learner uses, set apart from what the learner types.
    for (QLabel *help : { m_ui->challengeHelp, m_ui->domainHelp, m_ui->newIdentity })
        help->setForegroundRole(QPalette::PlaceholderText);
    m_ui->newIdentity->hide();
    // The limits are the file's own, which it checks again when written.
    m_ui->challenge->setMaxLength(SignedPresentationFile::kMaxChallengeChars);
    m_ui->domain->setMaxLength(SignedPresentationFile::kMaxDomainChars);
    m_save = m_ui->buttons->addButton(tr("&Save…"), QDialogButtonBox::AcceptRole);
    m_save->setDefault(true);
    m_save->setEnabled(false);
    m_identity = new IdentityChooser(tr("Signed &by:"), this);
    m_identity->setAccessibleName(tr("The identity that signs the presentation"));
    m_ui->form->insertRow(4, m_identity->label(), m_identity);
    // Made after the form, it would come last in the Tab chain: it goes where it is shown.
    QWidget::setTabOrder(m_ui->domain, m_identity);

    // What was wrong with the code no longer is once it is being retyped.
    connect(m_ui->challenge, &QLineEdit::textEdited, this, [this] { m_ui->problem->say({}); });
    connect(m_save, &QPushButton::clicked, this, &SignedPresentationDialog::save);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    load();
}

SignedPresentationDialog::~SignedPresentationDialog() = default;

QLineEdit *SignedPresentationDialog::challengeField() const
{
    return m_ui->challenge;
}

QLineEdit *SignedPresentationDialog::domainField() const
{
    return m_ui->domain;
}

void SignedPresentationDialog::load()
{
    m_ui->status->setText(tr("Reading the credentials…"));
    m_job.start(
        m_walletPath,
        [ids = m_ids](Wallet &wallet, JobControl &) -> Result<Loaded> {
            Loaded loaded;
            for (const qint64 id : ids) {
                auto stored = wallet.credential(id);
                if (!stored)
                    return stored.error();
                loaded.names.append(stored->summary.name);
            }
            // The identities are in the wallet; the keychain is asked only when signing.
            const std::unique_ptr<KeyVault> vault;
            HolderKeyStore keys(wallet, vault.get());
            loaded.identities = keys.list();
            for (const HolderKeyRecord &record : std::as_const(loaded.identities)) {
                if (record.isDefault || loaded.defaultDid.isEmpty())
                    loaded.defaultDid = record.did;
            }
            return loaded;
        },
        [this](Result<Loaded> loaded) {
            m_ui->status->clear();
            if (!loaded) {
                m_ui->problem->say(loaded.error().message);
                return;
            }
            QStringList shown = loaded->names.mid(0, kNamesShown);
            for (QString &name : shown)
                name = QStringLiteral("• ") + Error::excerpt(name, 100);
            QString text = tr("%n credential(s) go in it:", nullptr, int(loaded->names.size())) + QLatin1Char('\n')
                + shown.join(QLatin1Char('\n'));
            if (loaded->names.size() > kNamesShown)
                text += QLatin1Char('\n') + tr("…and %n more", nullptr, int(loaded->names.size() - kNamesShown));
            m_ui->credentials->setText(text);
            m_noIdentityYet = loaded->identities.isEmpty();
            m_identity->setIdentities(loaded->identities, loaded->defaultDid);
            m_ui->newIdentity->setVisible(m_noIdentityYet);
            m_loaded = true;
            m_save->setEnabled(true);
        });
}

QString SignedPresentationDialog::problem() const
{
    return m_ui->problem->said();
}

QString SignedPresentationDialog::status() const
{
    return m_ui->status->text();
}

void SignedPresentationDialog::save()
{
    if (!m_loaded || m_job.isRunning())
        return;
    SignedPresentationOptions options;
    options.credentialIds = m_ids;
    options.challenge = m_ui->challenge->text();
    options.domain = m_ui->domain->text();
    if (const Status checked = SignedPresentationFile::check(options); !checked) {
        m_ui->problem->say(checked.error().message);
        m_ui->challenge->setFocus();
        return;
    }
    m_ui->problem->say({});
    const QString suggested = QDir::home().filePath(SignedPresentationFile::suggestedFileName());
    const QString path = m_pathChooser
        ? m_pathChooser(suggested)
        : QFileDialog::getSaveFileName(this, tr("Save signed presentation"), suggested,
                                       tr("Verifiable presentation (*.json)"));
    if (path.isEmpty())
        return;
    sign(path, {});
}

void SignedPresentationDialog::sign(const QString &path, QByteArray passphrase)
{
    m_save->setEnabled(false);
    m_ui->status->setText(tr("Signing…"));
    SignedPresentationOptions options;
    options.credentialIds = m_ids;
    options.challenge = m_ui->challenge->text();
    options.domain = m_ui->domain->text();
    const QString did = m_identity->chosenDid();
    m_job.start(
        m_walletPath,
        [options, did, path, passphrase = std::move(passphrase)](Wallet &wallet, JobControl &) mutable -> Result<QString> {
            const WipedOnExit wipe{passphrase};
            const std::unique_ptr<KeyVault> vault = QtKeychainVault::create();
            HolderKeyStore keys(wallet, vault.get());
            // No identity chosen: the default one, or (the learner has none yet) a new one.
            const auto fallback = wallet.holderKey();
            auto key = keys.signingKeyOrFirst(did.isEmpty() && fallback ? fallback->did : did, passphrase);
            if (!key)
                return key.error();
            if (const Status written = SignedPresentationFile::write(path, wallet, options, **key); !written)
                return written.error();
            return path;
        },
        [this, path](Result<QString> written) {
            m_save->setEnabled(true);
            m_ui->status->clear();
            if (!written) {
                const Error &error = written.error();
                if (error.code == QLatin1String("passphrase-needed") || error.code == QLatin1String("wrong-passphrase-or-damaged")) {
                    QByteArray passphrase = PassphraseDialog::askForHolderKey(this, m_noIdentityYet, QString(), error,
                                                                              m_passphrasePrompt);
                    if (passphrase.isEmpty()) {
                        m_ui->problem->say(
                            tr("Nothing was saved: your identity's key stays locked without its passphrase."));
                        return;
                    }
                    sign(path, std::move(passphrase));
                    return;
                }
                m_ui->problem->say(error.message);
                return;
            }
            // The identity made for this file is the default now, and signs the next one too.
            m_noIdentityYet = false;
            m_ui->newIdentity->hide();
            m_ui->status->setText(
                tr("Saved %1. Send this file to the person who asked; Satchel's Review window and any "
                   "verifiable-credential verifier can check it.")
                    .arg(QDir::toNativeSeparators(*written)));
            Q_EMIT saved(*written);
        });
}

} // namespace Satchel
