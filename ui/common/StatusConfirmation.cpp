#include "common/StatusConfirmation.h"

#include "common/StatusStyle.h"
#include "storage/Wallet.h"

#include <QDateTime>
#include <QMessageBox>
#include <QPushButton>

namespace Satchel {

namespace {

struct SetApart {
    QString name;
    QString status;
};

} // namespace

bool StatusConfirmation::confirm(QWidget *parent, const Wallet &wallet, const QList<qint64> &ids, Purpose purpose)
{
    QList<SetApart> found;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (qint64 id : ids) {
        const auto stored = wallet.credential(id);
        if (!stored)
            continue;
        const CredentialSummary &summary = stored->summary;
        if (StatusStyle::isSetApart(summary.status))
            found.append({summary.name, summary.status});
        // Not verified yet (or verified before its end date passed): whoever checks it now will
        // find it expired, so the learner hears it before it leaves too.
        else if (summary.validUntil.isValid() && summary.validUntil < now)
            found.append({summary.name, QStringLiteral("expired")});
    }
    if (found.isEmpty())
        return true;

    QString title;
    QString goOn;
    switch (purpose) {
    case Purpose::Share:
        title = tr("Share a credential that is not valid?");
        goOn = tr("Share anyway");
        break;
    case Purpose::Print:
        title = tr("Print a credential that is not valid?");
        goOn = tr("Print anyway");
        break;
    case Purpose::Export:
        title = tr("Export a credential that is not valid?");
        goOn = tr("Export anyway");
        break;
    }
    QString text;
    if (found.size() == 1 && ids.size() == 1) {
        const SetApart &one = found.first();
        if (one.status == QLatin1String("revoked"))
            text = tr("The issuer has revoked \"%1\".").arg(one.name);
        else if (one.status == QLatin1String("expired"))
            text = tr("\"%1\" has expired.").arg(one.name);
        else
            text = tr("\"%1\" failed verification: it may have been altered or not come from its issuer.").arg(one.name);
    } else {
        QStringList lines;
        for (const SetApart &one : std::as_const(found).mid(0, 8))
            lines << tr("%1 (%2)").arg(one.name, StatusStyle::label(one.status));
        text = tr("%n of the selected credentials are not valid:", nullptr, int(found.size()))
            + QStringLiteral("\n") + lines.join(QLatin1Char('\n'));
    }
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Cancel, parent);
    box.setInformativeText(tr("Whoever checks it will see that it is not valid. Go on only if you mean to show "
                              "it as it is."));
    QPushButton *proceed = box.addButton(goOn, QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.setWindowModality(Qt::WindowModal);
    box.exec();
    return box.clickedButton() == proceed;
}

} // namespace Satchel
