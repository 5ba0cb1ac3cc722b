// Small file helpers the tests share: whole-file read and write, and a zip written through libzip
// with entry names exactly as given (hostile ones included). Tests that include it link libzip.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QPair>
#include <QString>

#include <cstdlib>
#include <cstring>

#include <zip.h>

namespace Satchel::Test {

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Writes a zip with the given (name, bytes) entries. ZIP_FL_ENC_RAW: names go in byte for byte,
// "../" and backslashes included.
inline bool writeZip(const QString &path, const QList<QPair<QByteArray, QByteArray>> &entries)
{
    int error = 0;
    zip_t *archive = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!archive)
        return false;
    for (const auto &entry : entries) {
        // libzip reads the buffer at zip_close(): keep a copy alive until then via freep=1.
        void *copy = std::malloc(size_t(entry.second.size()));
        std::memcpy(copy, entry.second.constData(), size_t(entry.second.size()));
        zip_source_t *source = zip_source_buffer(archive, copy, zip_uint64_t(entry.second.size()), 1);
        if (!source || zip_file_add(archive, entry.first.constData(), source, ZIP_FL_ENC_RAW) < 0) {
            zip_discard(archive);
            return false;
        }
    }
    return zip_close(archive) == 0;
}

} // namespace Satchel::Test
