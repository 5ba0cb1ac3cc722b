// The outcome of importing one input (a file, an archive entry, a URL, a paste).
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Satchel {

struct ImportItemReport {
    // Version: the same credential (issuer and id) as one in the wallet, with other bytes: kept as
    // another version of it (credentialId is that row), never dropped.
    enum Outcome { Imported, Duplicate, Failed, Version };
    QString input;          // what the user gave: path, "archive.zip!/entry", URL, "clipboard"
    Outcome outcome = Failed;
    QString code;           // on failure: "no-baked-data", "not-a-credential", "malformed",
                            // "too-large", "unsupported-file", "fetch-failed", "io-error",
                            // "unsafe-path" (archive entry), or a storage code ("wallet-open"...);
                            // "duplicate" on a Duplicate. (Cancelling stops the run: report.cancelled.)
    QString message;        // translated, one line of at most kMaxMessageChars
    qint64 credentialId = 0;
    QString name;           // credential name, when known
    QString issuer;         // issuer name, when known
    QString format;         // formatName()
    QStringList warnings;   // e.g. "could not fetch the BadgeClass (offline)"
    int nestedCount = 0;    // for a CLR: how many credentials inside it were stored too
    // A credential that came in a verifiable presentation: who presented it (the holder's DID,
    // empty when the presentation names none) and whether the holder's signature held.
    enum HolderSignature { NotPresented, NotChecked, HolderSigned, HolderSignatureInvalid };
    HolderSignature holderSignature = NotPresented;
    QString presentationHolder;

    // Messages and warnings quote untrusted input (URLs, entry names, parser excerpts): the
    // report keeps each to one line this long, so a hostile file cannot flood it.
    static constexpr int kMaxMessageChars = 300;
};

struct ImportReport {
    QList<ImportItemReport> items;
    bool cancelled = false;
    int importedCount() const;
    int duplicateCount() const;
    int versionCount() const;
    int failedCount() const;

    // Every input failed for the same reason (the wallet did not open): one item each.
    static ImportReport allFailed(const QStringList &inputs, const QString &code, const QString &message);
};

} // namespace Satchel
