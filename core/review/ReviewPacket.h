// A review packet as read back from a .satchel-review file (docs/review-packet.md): what the
// learner sent, every byte already checked against the manifest's SHA-256 list. Nothing here is
// trusted beyond that: the receipts are the learner's claims, which a review re-verifies.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace Satchel {

// The learner's last verification of a credential, as their wallet recorded it.
struct ReviewReceipt {
    QString status;            // "valid", "revoked", ...; empty when the learner never verified it
    QDateTime verifiedAt;
    QJsonObject report;        // the learner's report ({id, status, checkedAt, checks}), may be empty
};

struct ReviewPacketCredential {
    QString entryId;           // "c1", "c2"... in packet order
    QString file;              // the credential's entry name inside the packet
    QByteArray bytes;          // the original credential bytes, exactly as the learner's wallet stored them
    QByteArray image;          // the badge image, may be empty
    QString imageType;
    ReviewReceipt receipt;
};

struct ReviewPacket {
    static constexpr int kFormatVersion = 1;

    int formatVersion = kFormatVersion;
    QDateTime created;
    QString learnerName;
    QString manifestSha256;    // hex SHA-256 of manifest.json: the packet's identity (advisor notes key)
    bool encrypted = false;
    QList<ReviewPacketCredential> credentials;
    QList<QPair<QString, QByteArray>> pathways;     // (entry name, definition in Satchel's pathway format)
    QList<QPair<QString, QString>> identities;      // (type, value); only when the learner chose to include them
};

} // namespace Satchel
