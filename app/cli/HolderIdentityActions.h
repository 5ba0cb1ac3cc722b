// satchel-cli identity add-key | rename-key | retire-key, and the holder identities in
// identity list: the learner's own keys (core/share/HolderKeyStore), beside the e-mail, URL and
// DID identities IdentityCommand keeps.
#pragma once

#include "CliContext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QString>
#include <QStringList>

namespace Satchel::Cli {

class HolderIdentityActions {
    Q_DECLARE_TR_FUNCTIONS(Satchel::Cli::HolderIdentityActions)
public:
    struct Options {
        QString label;
        QString keyType;
        QString passphraseFile;
    };

    static bool handles(const QString &action);
    // words: the command's positional words, action first. Returns the exit code.
    static int run(const QStringList &words, const Options &options, CliContext &context);
    // For identity list: one object each (type "holder", value and did the DID, label, keyType,
    // storage, default, createdAt), and one line each for people.
    static QJsonArray listJson(Wallet &wallet);
    static void listText(Wallet &wallet, CliContext &context);
};

} // namespace Satchel::Cli
