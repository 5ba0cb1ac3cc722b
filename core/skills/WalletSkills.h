// The skills roll-up of a whole wallet (the learner's Skills view, and the advisor's review
// wallet): every credential, CLR-nested ones included, re-parsed from its stored bytes. Parsing
// thousands of credentials takes a while, so the UI calls this off its thread with its own Wallet.
#pragma once

#include "Result.h"
#include "skills/SkillsSummary.h"

#include <QHash>
#include <QList>

namespace Satchel {

class Wallet;

class WalletSkills {
public:
    // The sources in wallet order (oldest first). statusOverride: a status per row id that
    // replaces the stored one (a review's fresh re-verification); invalid and revoked do not count.
    static Result<QList<SkillSource>> sources(const Wallet &wallet, const QHash<qint64, QString> &statusOverride = {});
    static Result<SkillsSummary> summarize(const Wallet &wallet, const QHash<qint64, QString> &statusOverride = {});
};

} // namespace Satchel
