// Claims path pointers (OpenID4VP 1.0 §7): a JSON array of keys (strings), indexes (non-negative
// integers) and null (every element of an array), and the small JSONPath subset Presentation
// Exchange definitions use in practice ($.a.b, $['a'], $.a[0], $.a[*]) turned into one. Selecting
// "id" from a string selects the string itself: in JSON-LD an IRI stands for the node it names, so
// ["issuer", "id"] finds the issuer whether it is written as an object or as its IRI.
#pragma once

#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace Satchel {

class ClaimPath {
public:
    static constexpr int kMaxSteps = 16;
    static constexpr int kMaxSelected = 256;

    // Whether path is a well-formed pointer within kMaxSteps.
    static bool isValid(const QJsonArray &path);
    // The pointer a JSONPath expression means, nullopt for what the subset does not cover.
    static std::optional<QJsonArray> fromJsonPath(const QString &expression);
    // A value path selects, and where it stands: the keys and indexes that lead to it from root,
    // every index spelled out (an "id" read from an IRI adds no step: it is the IRI itself).
    struct Located {
        QJsonValue value;
        QJsonArray at;
    };
    // Every value path selects in root with its place (at most kMaxSelected; none when it selects
    // nothing or more).
    static QList<Located> locate(const QJsonValue &root, const QJsonArray &path);
    // The values alone.
    static QList<QJsonValue> select(const QJsonValue &root, const QJsonArray &path);
};

} // namespace Satchel
