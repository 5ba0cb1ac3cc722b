// Exports a review packet for a career advisor (docs/review-packet.md): the chosen credentials'
// original bytes and images, the learner's last verification of each (their receipts), the
// pathways involved, a readable summary, and a manifest listing every entry with its SHA-256.
// Identities go in only when the learner asks; private notes never do. With a passphrase the whole
// zip is sealed like a backup (SealedFile).
//
// Error codes: "review-empty", "not-found", "pathway-not-found", "collection-not-found",
// "review-too-large", "write-failed", and those of ArchiveWriter and SealedFile.
#pragma once

#include "Result.h"
#include "crypto/Scrypt.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Satchel {

class Wallet;

// What the learner picked: every credential, credentials by row id, a collection, a pathway, or any mix.
struct ReviewSelection {
    bool allCredentials = false; // the whole wallet (its top-level credentials, oldest first)
    QList<qint64> credentialIds;
    QString collection;        // a collection name
    QString pathwayId;         // its credentials that count, and the pathway itself
    QString learnerName;
    bool includeIdentities = false;
    QDateTime created;         // invalid = now
};

// What a packet will hold, shown to the learner before it is written.
struct ReviewPacketPlan {
    struct Item {
        qint64 id = 0;
        QString name;
        QString issuer;
        QString receiptStatus; // the learner's last verification ("" = never verified)
        bool hasImage = false;
    };
    QList<Item> credentials;
    QList<QPair<QString, QString>> pathways;   // (id, name)
    int identities = 0;                        // included identities (0 unless chosen)
    QString learnerName;
    QDateTime created;
};

class ReviewPacketWriter {
    Q_DECLARE_TR_FUNCTIONS(Satchel::ReviewPacketWriter)
public:
    // Reads only; the wallet is not const because the pathway table is read through its connection.
    explicit ReviewPacketWriter(Wallet &wallet) : m_wallet(wallet) {}

    // The wallet's credentials for "all credentials": top-level rows only (a CLR brings its own),
    // oldest first.
    Result<QList<qint64>> allCredentialIds() const;
    Result<ReviewPacketPlan> plan(const ReviewSelection &selection) const;
    // The packet as a zip (unencrypted).
    Result<QByteArray> build(const ReviewPacketPlan &plan) const;
    // Writes the packet to outPath; sealed when passphrase is not empty.
    Status write(const ReviewPacketPlan &plan, const QString &outPath, QByteArrayView passphrase = {},
                 const ScryptParameters &scrypt = ScryptParameters()) const;

private:
    Wallet &m_wallet;
};

} // namespace Satchel
