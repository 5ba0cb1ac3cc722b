// The advisor's private notes on a review packet, kept in the advisor's own wallet (never in the
// packet, never in the review's temporary wallet) and keyed by the packet's manifest SHA-256, so
// opening the same packet again brings them back. They live in the wallet's settings table
// (key "review-note/<sha256>"): it already travels with backups and needs no new schema.
#pragma once

#include "Result.h"

#include <QString>

namespace Satchel {

class Wallet;

class ReviewNotes {
public:
    static QString load(const Wallet &advisorWallet, const QString &manifestSha256);
    // Empty text removes the note.
    static Status save(Wallet &advisorWallet, const QString &manifestSha256, const QString &text);
    static QString key(const QString &manifestSha256);
};

} // namespace Satchel
