#include "JsonLdSyntax.h"


#include <algorithm>

namespace Satchel::JsonLd {

const QString kAtBase = QStringLiteral("@base");
const QString kAtContainer = QStringLiteral("@container");
const QString kAtContext = QStringLiteral("@context");
const QString kAtDefault = QStringLiteral("@default");
const QString kAtDirection = QStringLiteral("@direction");
const QString kAtGraph = QStringLiteral("@graph");
const QString kAtId = QStringLiteral("@id");
const QString kAtImport = QStringLiteral("@import");
const QString kAtIncluded = QStringLiteral("@included");
const QString kAtIndex = QStringLiteral("@index");
const QString kAtJson = QStringLiteral("@json");
const QString kAtLanguage = QStringLiteral("@language");
const QString kAtList = QStringLiteral("@list");
const QString kAtNest = QStringLiteral("@nest");
const QString kAtNone = QStringLiteral("@none");
const QString kAtPrefix = QStringLiteral("@prefix");
const QString kAtPropagate = QStringLiteral("@propagate");
const QString kAtProtected = QStringLiteral("@protected");
const QString kAtReverse = QStringLiteral("@reverse");
const QString kAtSet = QStringLiteral("@set");
const QString kAtType = QStringLiteral("@type");
const QString kAtValue = QStringLiteral("@value");
const QString kAtVersion = QStringLiteral("@version");
const QString kAtVocab = QStringLiteral("@vocab");

// Defined after kRdf and kXsd in this one file: dynamic initialization runs in definition order
// within a translation unit, never across units.
static const QString kRdf = QStringLiteral("http://www.w3.org/1999/02/22-rdf-syntax-ns#");
const QString kRdfType = kRdf + QStringLiteral("type");
const QString kRdfFirst = kRdf + QStringLiteral("first");
const QString kRdfRest = kRdf + QStringLiteral("rest");
const QString kRdfNil = kRdf + QStringLiteral("nil");
const QString kRdfJson = kRdf + QStringLiteral("JSON");
const QString kRdfValue = kRdf + QStringLiteral("value");
const QString kRdfLanguage = kRdf + QStringLiteral("language");
const QString kRdfDirection = kRdf + QStringLiteral("direction");
static const QString kXsd = QStringLiteral("http://www.w3.org/2001/XMLSchema#");
const QString kXsdBoolean = kXsd + QStringLiteral("boolean");
const QString kXsdInteger = kXsd + QStringLiteral("integer");
const QString kXsdDouble = kXsd + QStringLiteral("double");

bool isKeyword(const QString &s)
{
    // Compared directly rather than through a hash set: expansion and toRdf ask this of nearly
    // every key, and most strings differ from every keyword in their first character or length.
    static const QString *const keywords[] = {
        &kAtBase, &kAtContainer, &kAtContext, &kAtDirection, &kAtGraph, &kAtId, &kAtImport, &kAtIncluded,
        &kAtIndex, &kAtJson, &kAtLanguage, &kAtList, &kAtNest, &kAtNone, &kAtPrefix, &kAtPropagate,
        &kAtProtected, &kAtReverse, &kAtSet, &kAtType, &kAtValue, &kAtVersion, &kAtVocab};
    if (s.size() < 3 || s.size() > 11 || s[0] != QLatin1Char('@'))
        return false;
    return std::any_of(std::begin(keywords), std::end(keywords), [&s](const QString *k) { return *k == s; });
}

bool hasKeywordForm(const QString &s)
{
    if (s.size() < 2 || s[0] != QLatin1Char('@'))
        return false;
    for (qsizetype i = 1; i < s.size(); ++i) {
        const char16_t c = s[i].unicode();
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')))
            return false;
    }
    return true;
}

namespace {

// The length of s's scheme and its ':' ("https:" -> 6); 0 when s does not start with a scheme.
qsizetype schemeLength(const QString &s)
{
    if (s.isEmpty())
        return 0;
    const char16_t c0 = s[0].unicode();
    if (!((c0 >= 'a' && c0 <= 'z') || (c0 >= 'A' && c0 <= 'Z')))
        return 0;
    for (qsizetype i = 1; i < s.size(); ++i) {
        const char16_t c = s[i].unicode();
        if (c == ':')
            return i + 1;
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '+'
              || c == '-' || c == '.'))
            return 0;
    }
    return 0;
}

// Characters an IRI cannot contain raw (RFC 3987), as a table: toRdf asks this of every
// subject, property, type and object, and a credential's data: URI image is kilobytes long.
struct IriExclusions {
    bool excluded[128] = {};
    constexpr IriExclusions()
    {
        for (int c = 0; c <= 0x20; ++c)
            excluded[c] = true;
        for (char c : {'<', '>', '"', '{', '}', '|', '^', '`', '\\'})
            excluded[int(c)] = true;
    }
};
constexpr IriExclusions kIriExclusions;

} // namespace

bool isAbsoluteIri(const QString &s)
{
    if (s.size() > 1 && s[0] == QLatin1Char('_') && s[1] == QLatin1Char(':'))
        return true;
    const qsizetype scheme = schemeLength(s);
    if (scheme == 0)
        return false;
    for (qsizetype i = scheme; i < s.size(); ++i) {
        const char16_t c = s[i].unicode();
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
            return false;
    }
    return true;
}

bool isWellFormedIri(const QString &s)
{
    if (isBlankId(s))
        return true;
    // One pass for what isAbsoluteIri checks after the scheme (whitespace, which the exclusions
    // contain) and the rules of a well-formed IRI.
    const qsizetype scheme = schemeLength(s);
    if (scheme == 0)
        return false;
    bool fragment = false;
    const char16_t *d = QStringView(s).utf16();
    for (qsizetype i = scheme; i < s.size(); ++i) {
        const char16_t c = d[i];
        if (c >= 128)
            continue;
        if (kIriExclusions.excluded[c])
            return false;
        if (c == '#') {
            if (fragment) // a fragment cannot contain '#'
                return false;
            fragment = true;
        }
    }
    return true;
}

bool isWellFormedLanguage(const QString &s)
{
    qsizetype i = 0, part = 0, len = 0;
    for (; i <= s.size(); ++i) {
        if (i == s.size() || s[i] == QLatin1Char('-')) {
            if (len < 1 || len > 8)
                return false;
            ++part;
            len = 0;
            continue;
        }
        const char16_t c = s[i].unicode();
        const bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        const bool digit = c >= '0' && c <= '9';
        if (part == 0 ? !alpha : !(alpha || digit))
            return false;
        ++len;
    }
    return true;
}

JsonValue asArray(const JsonValue &v)
{
    if (v.isArray())
        return v;
    JsonValue::Array a;
    a.push_back(v);
    return JsonValue(std::move(a));
}

JsonValue::Array itemsOf(const JsonValue &v)
{
    if (v.isArray())
        return v.toArray();
    return JsonValue::Array{v};
}

SortedMembers sortedMembers(const JsonValue &obj)
{
    SortedMembers out;
    out.reserve(qsizetype(obj.toObject().size()));
    for (const JsonValue::Member &m : obj.toObject())
        out.push_back(&m);
    std::sort(out.begin(), out.end(), [](const auto *a, const auto *b) { return a->first < b->first; });
    return out;
}

} // namespace Satchel::JsonLd
