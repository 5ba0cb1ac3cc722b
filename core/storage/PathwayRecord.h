// One row of the pathways table (schema v3): a pathway definition as stored, not yet read.
// core/pathways/PathwayStore reads and writes the definition (PathwayFormat); storage keeps bytes.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Satchel {

struct PathwayRecord {
    QString id;
    QByteArray definition;     // the pathway in Satchel's JSON format (core/pathways/README.md)
    QString source;            // file name or URL it was imported from, "wallet:<id>", "editor", "demo"
    QDateTime importedAt;
    QString kind;              // its origin: "satchel", "clr", "badgr"
};

} // namespace Satchel
