#include "ArchiveReader.h"

#include <QFile>
#include <zip.h>

namespace Satchel {

struct ArchiveReader::Handle {
    zip_t *archive = nullptr;
    ~Handle()
    {
        if (archive)
            zip_discard(archive); // read-only: never write anything back
    }
};

namespace {

struct ZipFileCloser {
    void operator()(zip_file_t *f) const { zip_fclose(f); }
};

Error zipError(zip_error_t *error)
{
    const QString detail = QString::fromUtf8(zip_error_strerror(error));
    return Error { QStringLiteral("malformed"), ArchiveReader::tr("The archive cannot be read: %1").arg(detail) };
}

} // namespace

ArchiveReader::ArchiveReader(ArchiveLimits limits)
    : m_limits(limits)
{
}

ArchiveReader::~ArchiveReader() = default;

bool ArchiveReader::isSafeEntryName(const QString &name)
{
    if (name.isEmpty() || name.startsWith(u'/') || name.startsWith(u'\\'))
        return false;
    if (name.size() >= 2 && name.at(1) == u':') // "C:..." drive paths
        return false;
    const QStringList parts = QString(name).replace(u'\\', u'/').split(u'/');
    return !parts.contains(QLatin1String(".."));
}

Status ArchiveReader::open(const QString &path)
{
    int errorCode = 0;
    zip_t *archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &errorCode);
    if (!archive) {
        zip_error_t error;
        zip_error_init_with_code(&error, errorCode);
        Error e = errorCode == ZIP_ER_OPEN || errorCode == ZIP_ER_NOENT || errorCode == ZIP_ER_READ
            ? Error { QStringLiteral("io-error"),
                  tr("The archive %1 cannot be opened: %2").arg(path, QString::fromUtf8(zip_error_strerror(&error))) }
            : zipError(&error);
        zip_error_fini(&error);
        return e;
    }
    m_handle = std::make_unique<Handle>();
    m_handle->archive = archive;
    return loadEntries();
}

Status ArchiveReader::openData(const QByteArray &zipBytes)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source = zip_source_buffer_create(zipBytes.constData(), zip_uint64_t(zipBytes.size()), 0, &error);
    if (!source) {
        Error e = zipError(&error);
        zip_error_fini(&error);
        return e;
    }
    zip_t *archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
    if (!archive) {
        zip_source_free(source);
        Error e = zipError(&error);
        zip_error_fini(&error);
        return e;
    }
    zip_error_fini(&error);
    m_handle = std::make_unique<Handle>();
    m_handle->archive = archive;
    return loadEntries();
}

Status ArchiveReader::loadEntries()
{
    m_entries.clear();
    m_totalRead = 0;
    const zip_int64_t count = zip_get_num_entries(m_handle->archive, 0);
    if (count < 0)
        return Error { QStringLiteral("malformed"), tr("The archive directory is corrupt.") };
    if (count > m_limits.maxEntries)
        return Error { QStringLiteral("too-large"),
            tr("The archive has more than %1 entries.").arg(m_limits.maxEntries) };
    m_entries.reserve(int(count));
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(m_handle->archive, zip_uint64_t(i), 0, &st) != 0)
            return Error { QStringLiteral("malformed"), tr("The archive directory is corrupt.") };
        ArchiveEntry entry;
        entry.index = int(i);
        entry.name = QString::fromUtf8(st.name ? st.name : "");
        entry.size = (st.valid & ZIP_STAT_SIZE) ? qint64(st.size) : 0;
        entry.compressedSize = (st.valid & ZIP_STAT_COMP_SIZE) ? qint64(st.comp_size) : 0;
        entry.isDirectory = entry.name.endsWith(u'/');
        entry.unsafeName = !isSafeEntryName(entry.name);
        m_entries.append(entry);
    }
    return {};
}

Result<QByteArray> ArchiveReader::read(const ArchiveEntry &entry)
{
    if (!m_handle)
        return Error { QStringLiteral("io-error"), tr("No archive is open.") };
    if (entry.unsafeName)
        return Error { QStringLiteral("unsafe-path"),
            tr("The archive entry \"%1\" points outside the archive and was skipped.").arg(Error::excerpt(entry.name, 200)) };
    if (entry.isDirectory)
        return Error { QStringLiteral("not-a-file"), tr("The archive entry \"%1\" is a folder.").arg(entry.name) };
    // The header sizes are claims; reject early when they already break a limit, and count again
    // while inflating because they can lie.
    if (entry.size > m_limits.maxEntryBytes)
        return Error { QStringLiteral("too-large"),
            tr("The archive entry \"%1\" is larger than %2 bytes.").arg(entry.name).arg(m_limits.maxEntryBytes) };

    constexpr qint64 kRatioFloor = 1024 * 1024; // small files may compress well without being bombs
    if (entry.size > kRatioFloor
        && double(entry.size) > m_limits.maxRatio * double(qMax<qint64>(entry.compressedSize, 1)))
        return Error { QStringLiteral("too-large"),
            tr("The archive entry \"%1\" expands suspiciously (a zip bomb?).").arg(entry.name) };

    std::unique_ptr<zip_file_t, ZipFileCloser> file(zip_fopen_index(m_handle->archive, zip_uint64_t(entry.index), 0));
    if (!file)
        return Error { QStringLiteral("malformed"),
            tr("The archive entry \"%1\" cannot be read: %2")
                .arg(entry.name, QString::fromUtf8(zip_strerror(m_handle->archive))) };
    QByteArray out;
    char buffer[65536];
    for (;;) {
        const zip_int64_t n = zip_fread(file.get(), buffer, sizeof buffer);
        if (n < 0)
            return Error { QStringLiteral("malformed"),
                tr("The archive entry \"%1\" is corrupt: %2")
                    .arg(entry.name, QString::fromUtf8(zip_file_strerror(file.get()))) };
        if (n == 0)
            break;
        if (out.size() + n > m_limits.maxEntryBytes)
            return Error { QStringLiteral("too-large"),
                tr("The archive entry \"%1\" is larger than %2 bytes.").arg(entry.name).arg(m_limits.maxEntryBytes) };
        if (m_totalRead + n > m_limits.maxTotalBytes)
            return Error { QStringLiteral("too-large"),
                tr("The archive expands to more than %1 bytes.").arg(m_limits.maxTotalBytes) };
        out.append(buffer, qsizetype(n));
        m_totalRead += n;
        if (out.size() > kRatioFloor
            && double(out.size()) > m_limits.maxRatio * double(qMax<qint64>(entry.compressedSize, 1)))
            return Error { QStringLiteral("too-large"),
                tr("The archive entry \"%1\" expands suspiciously (a zip bomb?).").arg(entry.name) };
    }
    return out;
}

} // namespace Satchel
