// The wallet's credentials as the pathway engine sees them. One place for it, so that the CLI,
// the Pathways view and the detail view's "Counts toward" judge progress on the same input.
#pragma once

#include "Result.h"
#include "pathways/EarnedCredential.h"

#include <QList>

namespace Satchel {

class Wallet;

class WalletCredentials {
public:
    // Every credential, CLR-nested ones included (each is its own row), in the order they were
    // added, with the status of its last verification and the learner's own tags. The key of
    // each is the wallet row id in decimal.
    static Result<QList<EarnedCredential>> load(const Wallet &wallet);
};

} // namespace Satchel
