// The one question Share, Print and Export ask before an invalid, revoked or expired credential
// leaves the wallet as proof: what is wrong with it, and "go on anyway?". A credential that is
// valid, not yet verified or could not be checked goes ahead without a word.
#pragma once

#include <QCoreApplication>
#include <QList>

class QWidget;

namespace Satchel {

class Wallet;

class StatusConfirmation {
    Q_DECLARE_TR_FUNCTIONS(Satchel::StatusConfirmation)
public:
    enum class Purpose { Share, Print, Export };

    // True when the credentials may go ahead: none is set apart (StatusStyle::isSetApart), or the
    // learner chose to go on in the window-modal question shown over parent. Cancel is the default.
    static bool confirm(QWidget *parent, const Wallet &wallet, const QList<qint64> &ids, Purpose purpose);
};

} // namespace Satchel
