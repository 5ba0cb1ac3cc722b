// JSON-LD 1.1 syntax shared by the processing algorithms behind JsonLdProcessor (internal to
// core/jsonld): the keywords (JSON-LD 1.1 §1.7 "Syntax Tokens and Keywords"), the RDF and XSD IRIs
// that Deserialize JSON-LD to RDF produces, and the tests on strings every algorithm repeats.
// Algorithms cited as "API §x.y" are those of https://www.w3.org/TR/json-ld11-api/.
#pragma once

#include "JsonValue.h"

#include <QVarLengthArray>

#include <QString>

#include <vector>

namespace Satchel::JsonLd {

extern const QString kAtBase;
extern const QString kAtContainer;
extern const QString kAtContext;
extern const QString kAtDefault;
extern const QString kAtDirection;
extern const QString kAtGraph;
extern const QString kAtId;
extern const QString kAtImport;
extern const QString kAtIncluded;
extern const QString kAtIndex;
extern const QString kAtJson;
extern const QString kAtLanguage;
extern const QString kAtList;
extern const QString kAtNest;
extern const QString kAtNone;
extern const QString kAtPrefix;
extern const QString kAtPropagate;
extern const QString kAtProtected;
extern const QString kAtReverse;
extern const QString kAtSet;
extern const QString kAtType;
extern const QString kAtValue;
extern const QString kAtVersion;
extern const QString kAtVocab;

extern const QString kRdfType;
extern const QString kRdfFirst;
extern const QString kRdfRest;
extern const QString kRdfNil;
extern const QString kRdfJson;
extern const QString kRdfValue;
extern const QString kRdfLanguage;
extern const QString kRdfDirection;
extern const QString kXsdBoolean;
extern const QString kXsdInteger;
extern const QString kXsdDouble;

// A term's container mapping as a bit set, so that the combinations API §4.2.2 step 19 allows
// and the expansion algorithm tests (API §5.1.2 steps 13.7 to 13.12) are single mask operations.
enum Container : int {
    CList = 1, CSet = 2, CIndex = 4, CLanguage = 8, CId = 16, CType = 32, CGraph = 64
};

bool isKeyword(const QString &s);
// "@" followed by letters only: reserved for future keywords, so such terms and IRIs are ignored.
bool hasKeywordForm(const QString &s);
// Absolute IRI (or blank node identifier): a scheme followed by ':' and no whitespace.
bool isAbsoluteIri(const QString &s);
inline bool isBlankId(const QString &s) { return s.startsWith(QLatin1String("_:")); }
// The values of @direction other than null.
inline bool isBaseDirection(const QString &s) { return s == QLatin1String("ltr") || s == QLatin1String("rtl"); }
// An IRI that may be written in N-Quads: absolute, and none of the characters IRIREF forbids
// ("well-formed" in API §8.1.2 and §8.2.2).
bool isWellFormedIri(const QString &s);
// BCP47-ish: 1-8 letters, then -alphanumerics of 1-8.
bool isWellFormedLanguage(const QString &s);

// The value as an array: itself when it is one, else a one-element array around it.
JsonValue asArray(const JsonValue &v);
// The items of a value seen as an array, by value: safe in range-for loops (a reference into a
// temporary JsonValue would dangle).
JsonValue::Array itemsOf(const JsonValue &v);
// The members of an object in key order: the algorithms visit entries "ordered lexicographically
// by key" so that blank node labels, and so the output, do not depend on the input's key order.
// Held inline up to 16 members (nearly every object): expansion and toRdf sort every object they
// visit, and an allocation each time was a noticeable part of a verification.
using SortedMembers = QVarLengthArray<const JsonValue::Member *, 16>;
SortedMembers sortedMembers(const JsonValue &obj);

} // namespace Satchel::JsonLd
