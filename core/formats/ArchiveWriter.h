// Builds a .zip archive in memory through libzip (the counterpart of ArchiveReader), for files
// Satchel writes as zips: review packets. Entries keep the order they were added in; names must be
// safe relative paths (ArchiveReader::isSafeEntryName), so Satchel never writes what it would refuse.
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>

namespace Satchel {

class ArchiveWriter {
    Q_DECLARE_TR_FUNCTIONS(Satchel::ArchiveWriter)
public:
    // Error codes: "unsafe-path", "duplicate-entry".
    Status add(const QString &name, const QByteArray &bytes);
    // The whole archive. Error code "archive-write".
    Result<QByteArray> finish() const;

private:
    QList<QPair<QString, QByteArray>> m_entries;
    QSet<QString> m_names; // a packet may hold thousands of entries: no linear scan per add
};

} // namespace Satchel
