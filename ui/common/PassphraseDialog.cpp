#include "common/PassphraseDialog.h"
#include "common/ThemeColors.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Satchel {

PassphraseDialog::PassphraseDialog(Purpose purpose, const QString &fileName, QWidget *parent)
    : QDialog(parent)
{
    const bool creating = purpose == Purpose::NewBackup || purpose == Purpose::NewHolderKey;
    QString intro;
    QString ok;
    switch (purpose) {
    case Purpose::NewBackup:
        setWindowTitle(tr("Back up wallet"));
        intro = tr("The backup %1 is encrypted with this passphrase. Without it nobody, "
                   "you included, can open the backup: keep it somewhere safe.")
                    .arg(fileName);
        ok = tr("Back up");
        break;
    case Purpose::OpenBackup:
        setWindowTitle(tr("Restore from backup"));
        intro = tr("Enter the passphrase of the backup %1.").arg(fileName);
        ok = tr("Restore");
        break;
    case Purpose::NewHolderKey:
        setWindowTitle(tr("Protect your key"));
        intro = tr("Satchel proves to %1 that it is you, with a key of your own. There is no keychain on this "
                   "computer, so the key is kept in the wallet, locked with this passphrase. You will need it "
                   "whenever Satchel signs for you: to receive a credential, or to make or stop a public link.")
                    .arg(fileName);
        ok = tr("Create key");
        break;
    case Purpose::OpenHolderKey:
        setWindowTitle(tr("Unlock your key"));
        intro = tr("Enter the passphrase of your key to sign for %1.").arg(fileName);
        ok = tr("Unlock");
        break;
    }
    auto *layout = new QVBoxLayout(this);
    auto *introLabel = new QLabel(intro, this);
    introLabel->setWordWrap(true);
    introLabel->setTextFormat(Qt::PlainText);
    layout->addWidget(introLabel);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    ThemeColors::setTextTone(m_problem, ThemeColors::Tone::Negative);
    QFont problemFont = m_problem->font();
    problemFont.setBold(true);
    m_problem->setFont(problemFont);
    m_problem->hide();
    layout->addWidget(m_problem);
    auto *form = new QFormLayout;
    m_first = new QLineEdit(this);
    m_first->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Passphrase:"), m_first);
    if (creating) {
        m_second = new QLineEdit(this);
        m_second->setEchoMode(QLineEdit::Password);
        form->addRow(tr("Again:"), m_second);
    }
    layout->addLayout(form);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);
    layout->addWidget(m_hint);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_first, &QLineEdit::textChanged, this, &PassphraseDialog::updateState);
    if (m_second)
        connect(m_second, &QLineEdit::textChanged, this, &PassphraseDialog::updateState);
    updateState();
}

QByteArray PassphraseDialog::passphrase() const
{
    return m_first->text().toUtf8();
}

bool PassphraseDialog::acceptable(QString *reason) const
{
    QString why;
    if (m_first->text().isEmpty())
        why = tr("Type a passphrase.");
    else if (m_second && m_second->text() != m_first->text())
        why = tr("The two passphrases differ.");
    if (reason)
        *reason = why;
    return why.isEmpty();
}

void PassphraseDialog::setPassphrases(const QString &first, const QString &second)
{
    m_first->setText(first);
    if (m_second)
        m_second->setText(second);
}

void PassphraseDialog::setProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

QString PassphraseDialog::problem() const
{
    return m_problem->text();
}

void PassphraseDialog::updateState()
{
    QString reason;
    const bool ok = acceptable(&reason);
    m_ok->setEnabled(ok);
    if (ok && m_second && m_first->text().size() < kRecommendedLength)
        reason = tr("A passphrase of at least %1 characters, or several words, is much harder to guess.")
                     .arg(kRecommendedLength);
    m_hint->setText(reason);
}

QByteArray PassphraseDialog::askForHolderKey(QWidget *parent, bool creating, const QString &server, const Error &error,
                                             const std::function<QByteArray(bool, const QString &)> &prompt)
{
    const QString problem = error.code == QLatin1String("wrong-passphrase-or-damaged") ? error.message : QString();
    if (prompt)
        return prompt(creating, problem);
    PassphraseDialog dialog(creating ? Purpose::NewHolderKey : Purpose::OpenHolderKey, server, parent);
    dialog.setProblem(problem);
    return dialog.exec() == QDialog::Accepted ? dialog.passphrase() : QByteArray();
}

} // namespace Satchel
