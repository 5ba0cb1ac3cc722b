// The learner's holder identities as a worker thread of a receive or present flow needs them:
// listed without the keychain (consent shows them before anything is unlocked), and one unlocked at
// the moment it signs, with the keychain or the passphrase the dialog asked for (wiped afterwards),
// before the other side hears anything: an offer or a request can be used only once.
#pragma once

#include "Result.h"
#include "crypto/SigningKey.h"
#include "storage/HolderKeyRecord.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

namespace Satchel {

class Wallet;

struct HolderIdentities {
    QList<HolderKeyRecord> identities;
    QString defaultDid; // the learner's current identity, empty when they have none
};

class HolderKeyAccess {
public:
    static HolderIdentities list(Wallet &wallet);
    // did empty: the default identity, or the learner's first one, made now. Error "passphrase-needed"
    // / "wrong-passphrase-or-damaged" (HolderKeyStore's) when the dialog must ask and try again.
    static Result<std::unique_ptr<SigningKey>> unlock(Wallet &wallet, const QString &did, QByteArray &passphrase);
};

} // namespace Satchel
