// Satchel's own pathway definition format ("satchelPathway": 1): reading with validation, writing,
// and the structural checks every importer's output goes through. See pathways/README.md and
// resources/schemas/pathway-v1.schema.json.
#pragma once

#include "Result.h"
#include "pathways/Pathway.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

namespace Satchel {

class PathwayFormat {
    Q_DECLARE_TR_FUNCTIONS(Satchel::PathwayFormat)
public:
    static constexpr qint64 kMaxFileBytes = 1024 * 1024;
    static constexpr int kMaxNodes = 2000;
    static constexpr int kMaxDepth = 32;          // group nesting, after references are resolved
    // JSON nesting: a group level takes a few JSON levels, so the requirement bound above is
    // the one a deep pathway meets first (with its own, clearer error).
    static constexpr int kMaxJsonDepth = 4 * kMaxDepth + 16;
    static constexpr int kMaxChildren = 500;      // children of one group
    static constexpr int kMaxStringLength = 4096;
    static constexpr int kMaxLeafCount = 1000;

    // Error codes: "pathway-too-large", "pathway-malformed" (not a JSON object),
    // "pathway-not-satchel" (no "satchelPathway" member), "pathway-version" (newer format),
    // "pathway-invalid" (a member is missing or wrong), "pathway-reference" (unknown node id),
    // "pathway-duplicate-id", "pathway-cycle", "pathway-too-deep".
    static Result<Pathway> read(const QByteArray &bytes);
    static Result<Pathway> fromJson(const QJsonObject &object);
    static QJsonObject toJson(const Pathway &pathway);
    static QByteArray write(const Pathway &pathway); // indented JSON

    // Structural checks on a model built by any importer: root set, child indices in range,
    // no cycle through children or precedes, depth/size bounds, leaves match something,
    // group thresholds reachable. Error codes as read().
    static Status validate(const Pathway &pathway);

    // True when the object looks like our format (has "satchelPathway").
    static bool isSatchelPathway(const QJsonObject &object);
};

} // namespace Satchel
