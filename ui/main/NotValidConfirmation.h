// Before Share, Print certificate or Export of a credential that anyone checking it will find not
// valid (revoked, expired, invalid), the learner is told so, with the reason, and asked whether to
// go on; Cancel is the default. The reasons are ShareLinkBuilder's warnings: the same words the
// Share dialog shows in red.
#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <functional>

class QWidget;

namespace Satchel {

class Wallet;

class NotValidConfirmation {
    Q_DECLARE_TR_FUNCTIONS(Satchel::NotValidConfirmation)
public:
    enum class Action { Share, Print, Export };
    // Shows the question (title, text, details, the go-on button's label); true = go on. Tests
    // replace it.
    using Asker = std::function<bool(const QString &title, const QString &text, const QString &details,
                                     const QString &goOn)>;

    // Why others would find the credential not valid; empty when it is not (or cannot be read:
    // the action itself then says what is wrong).
    static QStringList reasons(const Wallet &wallet, qint64 credentialId);
    // Asks only when reasons() is not empty; true = go on.
    static bool confirm(QWidget *parent, const Wallet &wallet, qint64 credentialId, Action action,
                        const Asker &asker = {});
};

} // namespace Satchel
