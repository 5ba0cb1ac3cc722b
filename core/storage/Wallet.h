// The learner's wallet: one SQLite file (WAL, versioned schema, FTS5), opened per thread.
// Every write is one transaction; nothing half-written is ever visible. Use one Wallet object per
// thread (each owns its own QSqlDatabase connection).
#pragma once

#include "Collection.h"
#include "CredentialImage.h"
#include "CredentialQuery.h"
#include "CredentialSummary.h"
#include "CredentialVersion.h"
#include "HolderKeyRecord.h"
#include "ImportLogEntry.h"
#include "IssuerEntry.h"
#include "PublicLinkRecord.h"
#include "Result.h"
#include "StoreOutcome.h"
#include "StoredCredential.h"
#include "VerificationRecord.h"
#include "formats/RawCredential.h"
#include "model/Credential.h"
#include "model/FetchedDocument.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace Satchel {

class Wallet {
    Q_DECLARE_TR_FUNCTIONS(Satchel::Wallet)
public:
    static constexpr int kSchemaVersion = 10; // bump with each migration (storage/Migrations.cpp)

    // Opens (creating and migrating as needed) the wallet at path. Error codes: "wallet-open",
    // "wallet-newer" (made by a newer Satchel), "wallet-migration".
    static Result<std::unique_ptr<Wallet>> open(const QString &path);
    ~Wallet();

    QString path() const;
    int schemaVersion() const;

    // Stores a credential and its parsed view in one transaction. Identical bytes (a stored row or
    // version), or the same JSON in another encoding (whitespace, member order) under the same
    // issuer id + credential id, are not stored again: the outcome is Duplicate with the existing id. The same issuer
    // id + credential id with other bytes is never dropped: a copy with a later validFrom becomes
    // the row (Replaced: the row keeps its id, tags and collections, the copy it had becomes a
    // version); any other copy is kept as a version (Version). Either way the row's verification
    // is cleared, so the next verification picks the version that verifies (WalletVerifier).
    // Duplicates are judged among top-level rows only. For a CLR, each nested credential is
    // stored as its own row with parentId set, in the same transaction; its bytes are cut out
    // of the CLR's JSON (the compact JWS string, or the object as compact JSON) and its source is
    // "<CLR source>#credentialSubject.verifiableCredential[i]". Error code "wallet-write".
    // nestedImages: the gallery images of parsed.nested, in order (the importer resolves them
    // like the top-level image); missing or empty entries leave a nested row without one.
    Result<StoreOutcome> store(const RawCredential &raw, const Credential &parsed,
                               const QByteArray &imageBytes = {}, const QString &imageType = {},
                               const QList<CredentialImage> &nestedImages = {});

    // Bulk imports: while deferred, store() leaves new rows out of the full-text index (a fifth
    // of the cost of a store) until flushSearchIndex(), which indexes them in one transaction.
    // The rows themselves are committed as usual; if the process dies first, the next open()
    // indexes them. Turning deferral off, and destroying the Wallet, flush.
    void setDeferSearchIndexing(bool defer);
    Status flushSearchIndex();

    Result<QList<CredentialSummary>> list(const CredentialQuery &query = {}) const;
    // The ids list() would return, in the same order: what a view that already holds the
    // summaries needs for a new search, filter or sort (a tenth of the cost of list()).
    Result<QList<qint64>> matchingIds(const CredentialQuery &query) const;
    Result<StoredCredential> credential(qint64 id) const;
    // Re-parses the stored bytes (CredentialReader::parse), with the linked OB 2.0 documents
    // taken from the document cache.
    Result<Credential> parsed(qint64 id) const;
    // The same for a row already read with credential(): no second read of the row.
    Result<Credential> parsed(const StoredCredential &stored) const;
    QList<qint64> nestedIds(qint64 parentId) const;   // the credentials inside a CLR
    Result<QByteArray> image(qint64 id) const;
    Status remove(qint64 id);   // a CLR takes its nested rows with it
    int count() const;          // every row, the credentials inside CLRs included

    QList<IssuerEntry> issuers() const;
    QList<int> years() const;
    QStringList achievementTypes() const;

    // Learner identities for recipient matching (type: "email", "url", "telephone", "did"...).
    Status addIdentity(const QString &type, const QString &value);
    Status removeIdentity(const QString &value);
    QList<QPair<QString, QString>> identities() const; // (type, value)
    // What recipient matching compares with: identities() and the DID of every holder identity
    // (as ("did", DID)), so a credential issued to one of the learner's own keys is theirs.
    QList<QPair<QString, QString>> recipientIdentities() const;

    // Tags and collections.
    Status addTag(qint64 credentialId, const QString &tag);
    Status removeTag(qint64 credentialId, const QString &tag);
    QStringList allTags() const;
    QStringList tags(qint64 credentialId) const;
    Result<qint64> createCollection(const QString &name);
    Status renameCollection(qint64 collectionId, const QString &name);
    Status removeCollection(qint64 collectionId);   // the credentials stay in the wallet
    Status addToCollection(qint64 collectionId, qint64 credentialId);
    Status removeFromCollection(qint64 collectionId, qint64 credentialId);
    QList<Collection> collections() const;
    QList<qint64> collectionsOf(qint64 credentialId) const;

    // Fetched documents (OB 2.0 linked documents, keys, DID documents, status lists...), kept
    // with their fetch time so the wallet works offline and after an issuer's site is gone.
    Status putDocument(const FetchedDocument &document);
    std::optional<FetchedDocument> document(const QString &url) const;
    int documentCount() const;

    // The last verification of a credential. recipientCheck: the outcome name of its
    // "recipient-mismatch" check (see CredentialSummary::recipientCheck).
    Status saveVerification(qint64 id, const QString &status, const QDateTime &at,
                            const QByteArray &reportJson, const QString &recipientCheck = {});
    // Several at once, in one transaction ("Verify all" saves in batches: one commit per credential
    // would make parallel workers wait on each other for the write lock). A row removed meanwhile
    // is skipped.
    Status saveVerifications(const QList<VerificationRecord> &records);

    // The other versions of a credentials row (not the one it shows), oldest first; withBytes false
    // leaves raw.bytes and the baked image empty (a list for the detail page).
    QList<CredentialVersion> versions(qint64 credentialRow, bool withBytes = true) const;
    int versionCount(qint64 credentialRow) const;
    Status saveVersionVerification(qint64 versionId, const QString &status, const QDateTime &at,
                                   const QByteArray &reportJson, const QString &recipientCheck = {});
    // Makes a version the one its row shows, in one transaction: the row takes the version's bytes,
    // parsed view (parsed, from the caller: storage does not parse) and last verification, keeping
    // its id, tags, collections and image; the bytes it showed become a version. A CLR's nested rows
    // are rebuilt from parsed. Returns the id of the version that now holds the previous bytes.
    // Error codes: "not-found", "wallet-write".
    Result<qint64> showVersion(qint64 versionId, const Credential &parsed);

    // Import history, newest first.
    Status logImport(const QString &source, const QString &outcome, qint64 credentialId = 0,
                     const QString &message = {});
    QList<ImportLogEntry> importLog(int limit = 1000) const;

    // Key/value settings kept inside the wallet (not the per-user preferences: they travel with backups).
    Status setSetting(const QString &key, const QString &value);
    QString setting(const QString &key, const QString &fallback = {}) const;

    // Holder identities (WalletSharing.cpp), newest first. A wallet with any has one default: the
    // first one stored, or the one setDefaultHolderKey() chose; removing it makes the newest the
    // default. Errors: "invalid-holder-key", "not-found", "wallet-write".
    std::optional<HolderKeyRecord> holderKey() const; // the default
    std::optional<HolderKeyRecord> holderKey(const QString &did) const;
    QList<HolderKeyRecord> holderKeys() const;
    // Inserts, or for a DID already there replaces where its private part is (storage, sealed key);
    // the label and default of a stored identity change only through the two calls below.
    Status putHolderKey(const HolderKeyRecord &key);
    Status renameHolderKey(const QString &did, const QString &label);
    Status setDefaultHolderKey(const QString &did);
    Status removeHolderKey(const QString &did);

    // Public links, newest first; credentialRow 0 = every link.
    Result<qint64> addPublicLink(const PublicLinkRecord &link);
    QList<PublicLinkRecord> publicLinks(qint64 credentialRow = 0) const;
    std::optional<PublicLinkRecord> publicLink(qint64 id) const;
    Status markPublicLinkStopped(qint64 id, const QDateTime &at);

private:
    Wallet();
    class Private;
    // The storage classes that share this wallet's connection (PathwayRepository, SnapshotMerge)
    // reach it through WalletAccess (WalletPrivate.h), which only core/storage includes.
    friend class WalletAccess;
    std::unique_ptr<Private> d;
};

} // namespace Satchel
