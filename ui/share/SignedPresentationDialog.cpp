#include "SignedPresentationDialog.h"

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
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Satchel {

namespace {

constexpr int kNamesShown = 8;

QLabel *helpLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

SignedPresentationDialog::SignedPresentationDialog(const QString &walletPath, const QList<qint64> &credentialIds,
                                                   QWidget *parent)
    : QDialog(parent), m_walletPath(walletPath), m_ids(credentialIds), m_job(this)
{
    setWindowTitle(tr("Signed presentation"));
    buildUi();
    load();
}

void SignedPresentationDialog::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A signed presentation is a file for someone who asked to see your credentials but has "
                                "no verifier website: they can check every credential in it, and that it comes from "
                                "you, made for them. Send them the file."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_credentials = new QLabel(this);
    m_credentials->setTextFormat(Qt::PlainText); // the issuers' names
    m_credentials->setWordWrap(true);
    layout->addWidget(m_credentials);

    auto *form = new QFormLayout;
    // A field with its explanation under it, in words a learner uses.
    const auto addField = [this, form](const QString &label, const QString &accessibleName, const QString &placeholder,
                                       int maxLength, const QString &help) {
        auto *field = new QLineEdit(this);
        field->setMaxLength(maxLength);
        field->setPlaceholderText(placeholder);
        field->setAccessibleName(accessibleName);
        form->addRow(label, field);
        form->addRow(QString(), helpLabel(help, this));
        return field;
    };
    m_challenge = addField(tr("Their &code:"), tr("The code the person who asked gave you"),
                           tr("for example 7Q2-pink-otter"), SignedPresentationFile::kMaxChallengeChars,
                           tr("The code the person who asked gave you (a challenge). It shows them this file was made "
                              "for them, just now, and not copied from one made for someone else. If they gave you "
                              "none, ask them for one."));
    m_domain = addField(tr("Their &domain:"), tr("The domain the person who asked gave you, if any"), tr("optional"),
                        SignedPresentationFile::kMaxDomainChars,
                        tr("Only if they also gave you a web address or name to put in; otherwise leave it empty."));
    m_identity = new IdentityChooser(tr("Signed &by:"), this);
    m_identity->setAccessibleName(tr("The identity that signs the presentation"));
    form->addRow(m_identity->label(), m_identity);
    m_newIdentity = helpLabel(tr("You have no identity to sign with yet: Satchel makes one for you when you save."), this);
    m_newIdentity->hide();
    form->addRow(m_newIdentity);
    layout->addLayout(form);
    // What was wrong with the code no longer is once it is being retyped.
    connect(m_challenge, &QLineEdit::textEdited, this, [this] { m_problem->say({}); });

    m_problem = new ProblemLabel(this);
    layout->addWidget(m_problem);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save = buttons->addButton(tr("&Save…"), QDialogButtonBox::AcceptRole);
    m_save->setDefault(true);
    m_save->setEnabled(false);
    connect(m_save, &QPushButton::clicked, this, &SignedPresentationDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

void SignedPresentationDialog::load()
{
    m_status->setText(tr("Reading the credentials…"));
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
            m_status->clear();
            if (!loaded) {
                m_problem->say(loaded.error().message);
                return;
            }
            QStringList shown = loaded->names.mid(0, kNamesShown);
            for (QString &name : shown)
                name = QStringLiteral("• ") + Error::excerpt(name, 100);
            QString text = tr("%n credential(s) go in it:", nullptr, int(loaded->names.size())) + QLatin1Char('\n')
                + shown.join(QLatin1Char('\n'));
            if (loaded->names.size() > kNamesShown)
                text += QLatin1Char('\n') + tr("…and %n more", nullptr, int(loaded->names.size() - kNamesShown));
            m_credentials->setText(text);
            m_noIdentityYet = loaded->identities.isEmpty();
            m_identity->setIdentities(loaded->identities, loaded->defaultDid);
            m_newIdentity->setVisible(m_noIdentityYet);
            m_loaded = true;
            m_save->setEnabled(true);
        });
}

QString SignedPresentationDialog::problem() const
{
    return m_problem->said();
}

QString SignedPresentationDialog::status() const
{
    return m_status->text();
}

void SignedPresentationDialog::save()
{
    if (!m_loaded || m_job.isRunning())
        return;
    SignedPresentationOptions options;
    options.credentialIds = m_ids;
    options.challenge = m_challenge->text();
    options.domain = m_domain->text();
    if (const Status checked = SignedPresentationFile::check(options); !checked) {
        m_problem->say(checked.error().message);
        m_challenge->setFocus();
        return;
    }
    m_problem->say({});
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
    m_status->setText(tr("Signing…"));
    SignedPresentationOptions options;
    options.credentialIds = m_ids;
    options.challenge = m_challenge->text();
    options.domain = m_domain->text();
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
            m_status->clear();
            if (!written) {
                const Error &error = written.error();
                if (error.code == QLatin1String("passphrase-needed") || error.code == QLatin1String("wrong-passphrase-or-damaged")) {
                    QByteArray passphrase = PassphraseDialog::askForHolderKey(this, m_noIdentityYet, QString(), error,
                                                                              m_passphrasePrompt);
                    if (passphrase.isEmpty()) {
                        m_problem->say(tr("Nothing was saved: your identity's key stays locked without its passphrase."));
                        return;
                    }
                    sign(path, std::move(passphrase));
                    return;
                }
                m_problem->say(error.message);
                return;
            }
            // The identity made for this file is the default now, and signs the next one too.
            m_noIdentityYet = false;
            m_newIdentity->hide();
            m_status->setText(tr("Saved %1. Send this file to the person who asked; Satchel's Review window and any "
                                 "verifiable-credential verifier can check it.")
                                  .arg(QDir::toNativeSeparators(*written)));
            Q_EMIT saved(*written);
        });
}

} // namespace Satchel
