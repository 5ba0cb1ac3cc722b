#include "ReviewPacketReader.h"

#include "ReviewPacketFormat.h"
#include "backup/SealedFile.h"
#include "crypto/Hash.h"
#include "formats/ArchiveReader.h"
#include "jsonld/SafeJson.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSet>

#include <openssl/crypto.h>

namespace Satchel {

namespace {

Error malformed(const QString &detail)
{
    return Error{QStringLiteral("review-malformed"),
                 ReviewPacketReader::tr("The review packet is damaged or was not made by Satchel: %1").arg(detail)};
}

// Sealed-file errors say "backup"; a review packet says what the advisor is holding.
Error sealedError(const Error &error)
{
    const QString &code = error.code;
    if (code == QLatin1String("wrong-passphrase-or-damaged"))
        return Error{QStringLiteral("review-wrong-passphrase"),
                     ReviewPacketReader::tr("The review packet cannot be opened: wrong passphrase or damaged file.")};
    if (code == QLatin1String("empty-passphrase"))
        return Error{QStringLiteral("review-needs-passphrase"),
                     ReviewPacketReader::tr("This review packet is protected by a passphrase.")};
    if (code == QLatin1String("backup-truncated"))
        return Error{QStringLiteral("review-truncated"),
                     ReviewPacketReader::tr("The review packet is incomplete (truncated).")};
    if (code == QLatin1String("backup-read"))
        return Error{QStringLiteral("review-read"), error.message};
    return Error{QStringLiteral("review-damaged"),
                 ReviewPacketReader::tr("The review packet is damaged or was not made by Satchel.")};
}

Error archiveError(const Error &error, const QString &name = {})
{
    if (error.code == QLatin1String("too-large"))
        return Error{QStringLiteral("review-too-large"),
                     ReviewPacketReader::tr("The review packet is larger than Satchel accepts: %1").arg(error.message)};
    if (error.code == QLatin1String("unsafe-path"))
        return Error{QStringLiteral("review-unsafe-entry"),
                     ReviewPacketReader::tr("The review packet holds an entry pointing outside it (\"%1\"); it was refused.")
                         .arg(name)};
    return malformed(error.message);
}

struct ListedEntry {
    QByteArray sha256;
    qint64 size = 0;
};

// Reads the entries of an opened packet: a name's bytes, and the bytes of an entry the manifest
// lists once they match its hash and size (each checked once).
class PacketEntries {
public:
    explicit PacketEntries(ArchiveReader &archive) : m_archive(archive) {}

    // Names first: one hostile name refuses the whole packet before a byte is inflated.
    Status index()
    {
        for (int i = 0; i < m_archive.entries().size(); ++i) {
            const ArchiveEntry &entry = m_archive.entries().at(i);
            if (entry.unsafeName || entry.name.contains(u'\\'))
                return archiveError(Error{QStringLiteral("unsafe-path"), {}}, entry.name);
            if (entry.isDirectory)
                continue;
            if (m_byName.contains(entry.name))
                return malformed(ReviewPacketReader::tr("the entry \"%1\" appears twice").arg(entry.name));
            m_byName.insert(entry.name, i);
        }
        return {};
    }

    Result<QByteArray> read(const QString &name) const
    {
        const int index = m_byName.value(name, -1);
        if (index < 0)
            return malformed(ReviewPacketReader::tr("the entry \"%1\" is missing").arg(name));
        auto bytes = m_archive.read(m_archive.entries().at(index));
        if (!bytes)
            return archiveError(bytes.error(), name);
        return bytes;
    }

    // The manifest lists every other entry with its hash and size; nothing else may be present,
    // and every listed entry is checked, also those this version does not use (summary.html).
    Status checkListed(const QJsonObject &manifest)
    {
        for (const QJsonValue &value : manifest.value(QStringLiteral("entries")).toArray()) {
            const QJsonObject o = value.toObject();
            const QString name = o.value(QStringLiteral("name")).toString();
            ListedEntry entry{QByteArray::fromHex(o.value(QStringLiteral("sha256")).toString().toLatin1()),
                              qint64(o.value(QStringLiteral("size")).toDouble(-1))};
            if (name.isEmpty() || !ArchiveReader::isSafeEntryName(name) || entry.sha256.size() != 32
                || m_listed.contains(name))
                return malformed(ReviewPacketReader::tr("the manifest's entry list is invalid"));
            m_listed.insert(name, entry);
        }
        for (auto it = m_byName.cbegin(); it != m_byName.cend(); ++it) {
            if (it.key() != ReviewPacketFormat::kManifestName && !m_listed.contains(it.key()))
                return malformed(ReviewPacketReader::tr("the entry \"%1\" is not in the manifest").arg(it.key()));
        }
        for (auto it = m_listed.cbegin(); it != m_listed.cend(); ++it) {
            if (auto bytes = listed(it.key()); !bytes)
                return bytes.error();
        }
        return {};
    }

    Result<QByteArray> listed(const QString &name)
    {
        if (auto it = m_verified.constFind(name); it != m_verified.cend())
            return *it;
        if (!m_listed.contains(name))
            return malformed(ReviewPacketReader::tr("the entry \"%1\" is not in the manifest").arg(name));
        auto bytes = read(name);
        if (!bytes)
            return bytes.error();
        const ListedEntry &entry = m_listed.value(name);
        if (Hash::sha256(*bytes) != entry.sha256 || qint64(bytes->size()) != entry.size) {
            return Error{QStringLiteral("review-hash-mismatch"),
                         ReviewPacketReader::tr("The entry \"%1\" of the review packet does not match its manifest; "
                                                "the packet was changed after it was made.")
                             .arg(name)};
        }
        m_verified.insert(name, *bytes);
        return bytes;
    }

private:
    ArchiveReader &m_archive;
    QHash<QString, int> m_byName;
    QHash<QString, ListedEntry> m_listed;
    QHash<QString, QByteArray> m_verified;
};

} // namespace

bool ReviewPacketReader::isEncrypted(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && SealedFile::hasMagic(file.read(8), ReviewPacketFormat::sealedMagic());
}

Result<ReviewPacket> ReviewPacketReader::read(const QString &path, QByteArrayView passphrase)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("review-read"),
                     tr("Could not read the review packet %1: %2").arg(path, file.errorString())};
    // One bound for both kinds: a sealed packet is decrypted whole in memory, so it is checked first.
    if (file.size() > ReviewPacketFormat::kMaxTotalBytes)
        return Error{QStringLiteral("review-too-large"), tr("The review packet is larger than Satchel accepts.")};
    const QByteArray head = file.peek(8);
    if (SealedFile::hasMagic(head, ReviewPacketFormat::sealedMagic())) {
        file.close();
        auto plain = SealedFile::openFile(path, passphrase, ReviewPacketFormat::sealedMagic());
        if (!plain)
            return sealedError(plain.error());
        auto wipe = qScopeGuard([&] { OPENSSL_cleanse(plain->data(), size_t(plain->size())); });
        auto packet = fromZip(*plain);
        if (packet)
            packet->encrypted = true;
        return packet;
    }
    if (!head.startsWith("PK\x03\x04") && !head.startsWith("PK\x05\x06"))
        return Error{QStringLiteral("review-malformed"), tr("This file is not a Satchel review packet.")};
    return fromZip(file.readAll());
}

Result<ReviewPacket> ReviewPacketReader::fromZip(const QByteArray &zip)
{
    ArchiveLimits limits;
    limits.maxEntries = ReviewPacketFormat::kMaxEntries;
    limits.maxEntryBytes = ReviewPacketFormat::kMaxEntryBytes;
    limits.maxTotalBytes = ReviewPacketFormat::kMaxTotalBytes;
    ArchiveReader archive(limits);
    if (Status opened = archive.openData(zip); !opened) {
        if (opened.error().code == QLatin1String("too-large"))
            return archiveError(opened.error());
        // A zip cut short loses its central directory first.
        return Error{QStringLiteral("review-truncated"),
                     tr("The review packet is incomplete or damaged: %1").arg(opened.error().message)};
    }

    PacketEntries entries(archive);
    if (Status indexed = entries.index(); !indexed)
        return indexed.error();
    auto manifestBytes = entries.read(ReviewPacketFormat::kManifestName);
    if (!manifestBytes)
        return manifestBytes.error();
    auto manifest = SafeJson::parseObject(*manifestBytes, ReviewPacketFormat::kMaxJsonDepth,
                                          ReviewPacketFormat::kMaxManifestBytes);
    if (!manifest)
        return malformed(manifest.error().message);
    if (manifest->value(QStringLiteral("format")).toString() != ReviewPacketFormat::kFormatName)
        return Error{QStringLiteral("review-malformed"), tr("This file is not a Satchel review packet.")};
    ReviewPacket packet;
    packet.formatVersion = manifest->value(QStringLiteral("formatVersion")).toInt(-1);
    if (packet.formatVersion != ReviewPacket::kFormatVersion) {
        return Error{QStringLiteral("review-version"),
                     tr("This review packet uses format version %1, which this version of Satchel cannot read.")
                         .arg(packet.formatVersion)};
    }
    packet.manifestSha256 = QString::fromLatin1(Hash::sha256(*manifestBytes).toHex());
    packet.created = QDateTime::fromString(manifest->value(QStringLiteral("created")).toString(), Qt::ISODate);
    packet.learnerName = manifest->value(QStringLiteral("learner")).toObject().value(QStringLiteral("displayName"))
                             .toString().left(200);

    if (Status checked = entries.checkListed(*manifest); !checked)
        return checked.error();
    const auto listedEntry = [&entries](const QString &name) { return entries.listed(name); };

    const QJsonArray credentials = manifest->value(QStringLiteral("credentials")).toArray();
    if (credentials.size() > ReviewPacketFormat::kMaxCredentials)
        return Error{QStringLiteral("review-too-large"), tr("The review packet holds too many credentials.")};
    QSet<QString> ids;
    for (const QJsonValue &value : credentials) {
        const QJsonObject o = value.toObject();
        ReviewPacketCredential credential;
        credential.entryId = o.value(QStringLiteral("id")).toString().left(64);
        credential.file = o.value(QStringLiteral("file")).toString();
        if (credential.entryId.isEmpty() || ids.contains(credential.entryId))
            return malformed(tr("a credential has no id or a repeated one"));
        ids.insert(credential.entryId);
        auto bytes = listedEntry(credential.file);
        if (!bytes)
            return bytes.error();
        credential.bytes = *bytes;
        if (const QString image = o.value(QStringLiteral("image")).toString(); !image.isEmpty()) {
            auto imageBytes = listedEntry(image);
            if (!imageBytes)
                return imageBytes.error();
            credential.image = *imageBytes;
            credential.imageType = o.value(QStringLiteral("imageType")).toString().left(100);
        }
        if (const QString receipt = o.value(QStringLiteral("receipt")).toString(); !receipt.isEmpty()) {
            auto receiptBytes = listedEntry(receipt);
            if (!receiptBytes)
                return receiptBytes.error();
            auto object = SafeJson::parseObject(*receiptBytes, ReviewPacketFormat::kMaxJsonDepth,
                                                ReviewPacketFormat::kMaxEntryBytes);
            if (!object)
                return malformed(object.error().message);
            credential.receipt.status = object->value(QStringLiteral("status")).toString().left(40);
            credential.receipt.verifiedAt
                = QDateTime::fromString(object->value(QStringLiteral("verifiedAt")).toString(), Qt::ISODate);
            credential.receipt.report = object->value(QStringLiteral("report")).toObject();
        }
        packet.credentials.append(credential);
    }
    const QJsonArray pathways = manifest->value(QStringLiteral("pathways")).toArray();
    if (pathways.size() > ReviewPacketFormat::kMaxPathways)
        return Error{QStringLiteral("review-too-large"), tr("The review packet holds too many pathways.")};
    for (const QJsonValue &value : pathways) {
        const QString file = value.toObject().value(QStringLiteral("file")).toString();
        auto bytes = listedEntry(file);
        if (!bytes)
            return bytes.error();
        packet.pathways.append({file, *bytes});
    }
    if (const QString file = manifest->value(QStringLiteral("identities")).toString(); !file.isEmpty()) {
        auto bytes = listedEntry(file);
        if (!bytes)
            return bytes.error();
        auto doc = SafeJson::parse(*bytes, ReviewPacketFormat::kMaxJsonDepth, ReviewPacketFormat::kMaxEntryBytes);
        if (!doc)
            return malformed(doc.error().message);
        for (const QJsonValue &value : doc->array()) {
            const QJsonObject o = value.toObject();
            packet.identities.append({o.value(QStringLiteral("type")).toString().left(40),
                                      o.value(QStringLiteral("value")).toString().left(2000)});
        }
    }
    return packet;
}

} // namespace Satchel
