// Imports credentials into a wallet from files, folders (recursive), .zip archives, URLs and
// pasted text. Each credential is its own transaction, so a failure (or a crash) in the middle of
// a batch of thousands loses nothing already committed and leaves no partial rows.
//
// run() is synchronous and meant for a worker thread (QtConcurrent / QThread): it opens its own
// Wallet connection. Progress is reported through the callback; cancel by setting the flag.
#pragma once

#include "ImportReport.h"
#include "Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace Satchel {

class Fetcher;

struct ImportOptions {
    bool offline = false;           // do not fetch URLs / linked documents
    qint64 maxArchiveBytes = 512LL * 1024 * 1024;  // total uncompressed bytes read from one archive
    int maxArchiveEntries = 100000;
};

class ImportService {
public:
    // (done, total) — total may grow while folders and archives are expanded.
    using Progress = std::function<void(int done, int total, const ImportItemReport &last)>;

    ImportService(QString walletPath, ImportOptions options = {});

    ImportReport importPaths(const QStringList &inputs, const Progress &progress = {},
                             const std::atomic_bool *cancel = nullptr);
    ImportReport importText(const QByteArray &text, const QString &sourceName = QStringLiteral("clipboard"));

private:
    QString m_walletPath;
    ImportOptions m_options;
};

} // namespace Satchel
