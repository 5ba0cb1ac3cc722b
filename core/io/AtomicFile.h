// Writes a whole file or nothing. The bytes go to a temporary file beside the target, which
// replaces it only once everything is written (QSaveFile): a full disk, a crash or a refused
// write never leaves half a backup, packet, certificate or export under the final name.
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Satchel {

class AtomicFile {
    Q_DECLARE_TR_FUNCTIONS(Satchel::AtomicFile)
public:
    // Error code "write-failed", with a translated "Could not write <path>: <reason>".
    static Status write(const QString &path, const QByteArray &bytes);
};

} // namespace Satchel
