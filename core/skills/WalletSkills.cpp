#include "WalletSkills.h"

#include "storage/Wallet.h"

namespace Satchel {

Result<QList<SkillSource>> WalletSkills::sources(const Wallet &wallet, const QHash<qint64, QString> &statusOverride)
{
    auto rows = wallet.list(CredentialQuery::ascending(SortKey::Added, true));
    if (!rows)
        return rows.error();
    QList<SkillSource> out;
    out.reserve(rows->size());
    for (const CredentialSummary &row : *rows) {
        SkillSource source;
        source.key = QString::number(row.id);
        source.name = row.name;
        const QString status = statusOverride.value(row.id, row.status);
        source.counts = status != QLatin1String("invalid") && status != QLatin1String("revoked");
        // A credential whose bytes no longer parse still counts as looked at, with no skills.
        if (auto parsed = wallet.parsed(row.id)) {
            source.alignments = parsed->achievement.alignments;
            source.tags = parsed->achievement.tags;
            // An OB 2.0 row stored before its BadgeClass was fetched may have no name yet.
            if (source.name.isEmpty())
                source.name = parsed->name;
        }
        out.append(source);
    }
    return out;
}

Result<SkillsSummary> WalletSkills::summarize(const Wallet &wallet, const QHash<qint64, QString> &statusOverride)
{
    auto list = sources(wallet, statusOverride);
    if (!list)
        return list.error();
    return SkillsSummary::build(*list);
}

} // namespace Satchel
