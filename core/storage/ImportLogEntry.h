// One line of the import history (what the import dialog and `satchel-cli import` reported).
#pragma once

#include <QDateTime>
#include <QString>

namespace Satchel {

struct ImportLogEntry {
    qint64 id = 0;
    QDateTime at;
    QString source;
    QString outcome;           // "imported", "duplicate", "replaced", "failed"
    qint64 credentialId = 0;   // 0 when failed (or the credential was removed since)
    QString message;           // error code and message for a failure
};

} // namespace Satchel
