#include "AtomicFile.h"

#include <QDir>
#include <QSaveFile>

namespace Satchel {

Status AtomicFile::write(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return Error{QStringLiteral("write-failed"),
                     tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    }
    return {};
}

} // namespace Satchel
