// Reads .zip archives of credentials through libzip with limits against hostile archives: entry
// count, per-entry and total uncompressed size (counted while inflating, not taken from the
// headers), a compression-ratio guard against zip bombs, and unsafe names (absolute paths, "..")
// that are reported and never read.
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <memory>

namespace Satchel {

struct ArchiveLimits {
    qint64 maxEntryBytes = 16 * 1024 * 1024; // one file inside the archive
    qint64 maxTotalBytes = 512LL * 1024 * 1024; // everything read from one archive
    int maxEntries = 100000;
    double maxRatio = 200.0; // uncompressed / compressed, once past 1 MiB
};

struct ArchiveEntry {
    int index = -1;
    QString name; // path inside the archive, '/'-separated
    qint64 size = 0; // uncompressed size as the header claims it
    qint64 compressedSize = 0;
    bool isDirectory = false;
    bool unsafeName = false; // absolute or escaping path: listed for the report, never read
};

class ArchiveReader {
    Q_DECLARE_TR_FUNCTIONS(Satchel::ArchiveReader)
public:
    explicit ArchiveReader(ArchiveLimits limits = {});
    ~ArchiveReader();
    ArchiveReader(const ArchiveReader &) = delete;
    ArchiveReader &operator=(const ArchiveReader &) = delete;

    // Error codes: "malformed" (not a zip / corrupt), "too-large" (too many entries), "io-error".
    Status open(const QString &path);
    Status openData(const QByteArray &zipBytes); // the bytes must outlive the reader

    const QList<ArchiveEntry> &entries() const { return m_entries; }

    // Error codes: "unsafe-path", "too-large" (entry, total or ratio), "malformed", "not-a-file".
    Result<QByteArray> read(const ArchiveEntry &entry);

    qint64 totalBytesRead() const { return m_totalRead; }

    static bool isSafeEntryName(const QString &name);

private:
    Status loadEntries();

    struct Handle;
    std::unique_ptr<Handle> m_handle;
    ArchiveLimits m_limits;
    QList<ArchiveEntry> m_entries;
    qint64 m_totalRead = 0;
};

} // namespace Satchel
