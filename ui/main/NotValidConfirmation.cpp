#include "main/NotValidConfirmation.h"

#include "export/ShareLinkBuilder.h"
#include "storage/Wallet.h"

#include <QMessageBox>
#include <QPushButton>

namespace Satchel {

QStringList NotValidConfirmation::reasons(const Wallet &wallet, qint64 credentialId)
{
    auto stored = wallet.credential(credentialId);
    if (!stored)
        return {};
    auto parsed = wallet.parsed(*stored);
    if (!parsed)
        return {};
    // Settings only decide the link, not the warnings about the credential itself.
    const ShareLinks links
        = ShareLinkBuilder::build(*parsed, stored->summary, ShareSettings{}, QDateTime::currentDateTimeUtc());
    QStringList messages;
    for (const ShareWarning &warning : links.warnings) {
        if (warning.code == QLatin1String("revoked") || warning.code == QLatin1String("expired")
            || warning.code == QLatin1String("invalid"))
            messages << warning.message;
    }
    return messages;
}

bool NotValidConfirmation::confirm(QWidget *parent, const Wallet &wallet, qint64 credentialId, Action action,
                                   const Asker &asker)
{
    const QStringList why = reasons(wallet, credentialId);
    if (why.isEmpty())
        return true;
    auto parsed = wallet.parsed(credentialId);
    const QString name = parsed ? parsed->name : QString();
    QString title;
    QString question;
    QString goOn;
    switch (action) {
    case Action::Share:
        title = tr("Share");
        question = tr("Share it anyway?");
        goOn = tr("Share anyway");
        break;
    case Action::Print:
        title = tr("Print certificate");
        question = tr("Make a certificate of it anyway?");
        goOn = tr("Continue anyway");
        break;
    case Action::Export:
        title = tr("Export");
        question = tr("Export it anyway?");
        goOn = tr("Export anyway");
        break;
    }
    const QString text = tr("\"%1\" is not valid: anyone who checks it will see that.").arg(name);
    const QString details = tr("%1\n\n%2", "the reasons, then the question").arg(why.join(QLatin1Char('\n')), question);
    if (asker)
        return asker(title, text, details, goOn);
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Cancel, parent);
    box.setInformativeText(details);
    QPushButton *go = box.addButton(goOn, QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == go;
}

} // namespace Satchel
