// Imports credentials into a wallet from files, folders (recursive), .zip archives, URLs and
// pasted text. Each credential is its own transaction, so a failure (or a crash) in the middle of
// a batch of thousands loses nothing already committed and leaves no partial rows.
//
// Its calls are synchronous and meant for a worker thread (a ui BackgroundJob, the CLI): they
// import into the caller's Wallet connection, which belongs to that thread. Progress is reported
// through the callback; cancel by setting the flag.
#pragma once

#include "ImportReport.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace Satchel {

class NetworkMode;

struct ImportOptions {
    NetworkMode *network = nullptr; // offline: URLs and linked documents are not fetched; null: online
    qint64 maxArchiveBytes = 512LL * 1024 * 1024;  // total uncompressed bytes read from one archive
    int maxArchiveEntries = 100000;
    qint64 maxImageBytes = 4 * 1024 * 1024;        // a gallery image taken from a data: URI or fetched
    int fetchTimeoutMs = 20000;                     // total time for one fetched document
    // Checks the holder's signature of a verifiable presentation file (its bytes) whose credentials
    // are being imported: the verifier lies above the importer, so the caller that links it hands
    // this in (verify::PresentationVerifier::holderCheck). Unset: the report says it was not checked.
    std::function<Status(const QByteArray &presentation)> checkPresentation;
};

class Wallet;

class ImportService {
    Q_DECLARE_TR_FUNCTIONS(Satchel::ImportService)
public:
    // (done, total) — total may grow while folders and archives are expanded.
    using Progress = std::function<void(int done, int total, const ImportItemReport &last)>;

    // Imports into wallet (the caller's connection, so the caller's thread); the wallet must
    // outlive the service.
    explicit ImportService(Wallet &wallet, ImportOptions options = {});

    // inputs: file paths, folder paths (recursive; hidden entries, symlinked folders and files of
    // other types skipped), .zip archives, and http(s) URLs. A file holding several credentials
    // (an OB 3.0 / CLR API response) gives one report item per credential. When cancel becomes
    // true, the remaining inputs are not imported and the report says cancelled.
    ImportReport importPaths(const QStringList &inputs, const Progress &progress = {},
                             const std::atomic_bool *cancel = nullptr);
    // Pasted text: a URL, credential JSON or a compact JWS.
    ImportReport importText(const QByteArray &text, const QString &sourceName = QStringLiteral("clipboard"));

    // The file name endings taken from folders and archives (explicitly named files are always tried).
    static bool isCandidateFile(const QString &fileName);

private:
    class Run;
    Wallet &m_wallet;
    ImportOptions m_options;
};

} // namespace Satchel
