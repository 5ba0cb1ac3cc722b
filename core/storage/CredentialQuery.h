// What Wallet::list() and Wallet::matchingIds() select: search text, filters, order and limit.
#pragma once

#include <QString>

namespace Satchel {

enum class SortKey { Issued, Name, Issuer, Added };

struct CredentialQuery {
    QString text;              // full-text search (FTS5 over name, description, issuer, tags, skills)
    QString issuerId;          // filter; empty = all
    QString format;            // "ob2", "ob3", "clr" family filter; empty = all
    QString achievementType;
    QString tag;
    qint64 collectionId = 0;
    int year = 0;              // year issued; 0 = all
    bool includeNested = true; // credentials inside a CLR
    // A credential inside a CLR that the learner also holds on its own (same issuer and id) is
    // listed once, as the top-level row, unless this is set.
    bool includeNestedCopies = false;
    SortKey sort = SortKey::Issued;
    bool descending = true;
    int limit = -1;

    // Every credential in one order, oldest (or A to Z) first: what a whole-wallet export, review
    // or evaluation walks. withNested: also the credentials inside a CLR.
    static CredentialQuery ascending(SortKey key, bool withNested)
    {
        CredentialQuery query;
        query.sort = key;
        query.descending = false;
        query.includeNested = withNested;
        return query;
    }
    // The credentials the learner holds on their own (not those only inside a CLR), newest first.
    static CredentialQuery topLevel()
    {
        CredentialQuery query;
        query.includeNested = false;
        return query;
    }
};

} // namespace Satchel
