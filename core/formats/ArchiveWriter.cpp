#include "ArchiveWriter.h"

#include "ArchiveReader.h"

#include <zip.h>

#include <memory>

namespace Satchel {

namespace {

struct ZipSourceFree {
    void operator()(zip_source_t *source) const { zip_source_free(source); }
};

Error writeError(const QString &detail)
{
    return Error{QStringLiteral("archive-write"), ArchiveWriter::tr("Could not build the archive: %1").arg(detail)};
}

} // namespace

Status ArchiveWriter::add(const QString &name, const QByteArray &bytes)
{
    if (!ArchiveReader::isSafeEntryName(name) || name.endsWith(u'/'))
        return Error{QStringLiteral("unsafe-path"), tr("\"%1\" is not a safe name inside an archive.").arg(name)};
    if (m_names.contains(name))
        return Error{QStringLiteral("duplicate-entry"), tr("The archive already has an entry \"%1\".").arg(name)};
    m_names.insert(name);
    m_entries.append({name, bytes});
    return {};
}

Result<QByteArray> ArchiveWriter::finish() const
{
    // libzip writes nothing at all for an archive without entries; a valid empty zip is just its
    // end-of-central-directory record.
    if (m_entries.isEmpty())
        return QByteArray(QByteArray("PK\x05\x06", 4) + QByteArray(18, '\0'));
    // The archive is written into a libzip buffer source that we keep after zip_close() to read back.
    zip_error_t error;
    zip_error_init(&error);
    std::unique_ptr<zip_source_t, ZipSourceFree> buffer(zip_source_buffer_create(nullptr, 0, 0, &error));
    if (!buffer) {
        const QString detail = QString::fromUtf8(zip_error_strerror(&error));
        zip_error_fini(&error);
        return writeError(detail);
    }
    zip_source_keep(buffer.get());
    zip_t *archive = zip_open_from_source(buffer.get(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!archive) {
        zip_source_free(buffer.get()); // undo the keep: the archive never took ownership
        const QString detail = QString::fromUtf8(zip_error_strerror(&error));
        zip_error_fini(&error);
        return writeError(detail);
    }
    zip_error_fini(&error);
    for (const auto &entry : m_entries) {
        // The entries' bytes outlive zip_close(), so libzip may read them in place.
        zip_source_t *data = zip_source_buffer(archive, entry.second.constData(), zip_uint64_t(entry.second.size()), 0);
        if (!data || zip_file_add(archive, entry.first.toUtf8().constData(), data, ZIP_FL_ENC_UTF_8) < 0) {
            if (data)
                zip_source_free(data);
            const QString detail = QString::fromUtf8(zip_strerror(archive));
            zip_discard(archive);
            return writeError(detail);
        }
    }
    if (zip_close(archive) != 0) {
        const QString detail = QString::fromUtf8(zip_strerror(archive));
        zip_discard(archive);
        return writeError(detail);
    }

    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_source_stat(buffer.get(), &st) != 0 || !(st.valid & ZIP_STAT_SIZE) || zip_source_open(buffer.get()) != 0)
        return writeError(QString::fromUtf8(zip_error_strerror(zip_source_error(buffer.get()))));
    QByteArray out(qsizetype(st.size), Qt::Uninitialized);
    const zip_int64_t n = zip_source_read(buffer.get(), out.data(), st.size);
    zip_source_close(buffer.get());
    if (n < 0 || zip_uint64_t(n) != st.size)
        return writeError(tr("short read"));
    return out;
}

} // namespace Satchel
