// The learner's wallet: one SQLite file (WAL, versioned schema, FTS5), opened per thread.
// Every write is one transaction; nothing half-written is ever visible. Use one Wallet object per
// thread (each owns its own QSqlDatabase connection).
#pragma once

#include "Result.h"
#include "formats/RawCredential.h"
#include "model/Credential.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace Satchel {

// One row of the gallery: everything a card or list row shows, without the raw bytes.
struct CredentialSummary {
    qint64 id = 0;
    QString credentialId;      // the credential's own id (may be empty)
    QString name;
    QString issuerId;
    QString issuerName;
    QString achievementType;
    QString achievementId;
    CredentialFormat format = CredentialFormat::Unknown;
    QDateTime issued;
    QDateTime validUntil;
    QDateTime addedAt;
    QString status;            // verification status ("valid", "revoked", ...; empty = not verified)
    QDateTime verifiedAt;
    qint64 parentId = 0;       // the CLR that holds it, 0 for a top-level credential
    QStringList tags;
    bool hasImage = false;
};

// A stored credential with its original bytes.
struct StoredCredential {
    CredentialSummary summary;
    RawCredential raw;         // format, original bytes, baked image, source name
    QByteArray imageBytes;     // the badge image (baked image, or fetched/decoded image), may be empty
    QString imageType;
    QString verificationReport; // JSON of the last report, empty when never verified
};

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
    SortKey sort = SortKey::Issued;
    bool descending = true;
    int limit = -1;
};

struct StoreOutcome {
    enum Kind { Imported, Duplicate } kind = Imported;
    qint64 id = 0;             // the new row, or the existing one for a duplicate
};

struct FetchedDocument {
    QString url;
    QByteArray body;
    QString contentType;
    QDateTime fetchedAt;
    int httpStatus = 200;
};

struct Collection {
    qint64 id = 0;
    QString name;
    int count = 0;
};

struct IssuerEntry {
    QString id;
    QString name;
    int count = 0;
};

class Wallet {
public:
    static constexpr int kSchemaVersion = 1; // bump with each migration (storage/Migrations.cpp)

    // Opens (creating and migrating as needed) the wallet at path. Error codes: "wallet-open",
    // "wallet-newer" (made by a newer Satchel), "wallet-migration".
    static Result<std::unique_ptr<Wallet>> open(const QString &path);
    ~Wallet();

    QString path() const;
    int schemaVersion() const;

    // Stores a credential and its parsed view in one transaction. A credential equal to one
    // already stored (same issuer id + credential id, or identical bytes) is not stored again:
    // the outcome is Duplicate with the existing id. For a CLR, each nested credential is stored
    // as its own row with parentId set, in the same transaction.
    Result<StoreOutcome> store(const RawCredential &raw, const Credential &parsed,
                               const QByteArray &imageBytes = {}, const QString &imageType = {});

    Result<QList<CredentialSummary>> list(const CredentialQuery &query = {}) const;
    Result<StoredCredential> credential(qint64 id) const;
    Result<Credential> parsed(qint64 id) const;   // re-parses the stored bytes
    Result<QByteArray> image(qint64 id) const;
    Status remove(qint64 id);
    int count() const;

    QList<IssuerEntry> issuers() const;
    QList<int> years() const;
    QStringList achievementTypes() const;

    // Learner identities for recipient matching (type: "email", "url", "telephone", "did"...).
    Status addIdentity(const QString &type, const QString &value);
    Status removeIdentity(const QString &value);
    QList<QPair<QString, QString>> identities() const; // (type, value)

    // Tags and collections.
    Status addTag(qint64 credentialId, const QString &tag);
    Status removeTag(qint64 credentialId, const QString &tag);
    QStringList allTags() const;
    Result<qint64> createCollection(const QString &name);
    Status addToCollection(qint64 collectionId, qint64 credentialId);
    Status removeFromCollection(qint64 collectionId, qint64 credentialId);
    QList<Collection> collections() const;

    // Fetched documents (OB 2.0 linked documents, keys, DID documents, status lists...), kept
    // with their fetch time so the wallet works offline and after an issuer's site is gone.
    Status putDocument(const FetchedDocument &document);
    std::optional<FetchedDocument> document(const QString &url) const;

    // The last verification of a credential.
    Status saveVerification(qint64 id, const QString &status, const QDateTime &at,
                            const QByteArray &reportJson);

    // Key/value settings kept inside the wallet (not QSettings: they travel with backups).
    Status setSetting(const QString &key, const QString &value);
    QString setting(const QString &key, const QString &fallback = {}) const;

private:
    Wallet();
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Satchel
