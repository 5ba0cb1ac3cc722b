#include "JsonValue.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace Satchel {

namespace {

class JsonParser {
    Q_DECLARE_TR_FUNCTIONS(Satchel::JsonValue)
public:
    // build = false checks the text without keeping the tree (only the keys of the objects
    // being read, for the duplicate check): memory stays proportional to the nesting depth.
    JsonParser(const QByteArray &text, const JsonValue::Limits &limits, bool build = true)
        : m_p(text.constData()), m_begin(text.constData()), m_end(text.constData() + text.size()),
          m_limits(limits), m_build(build) {}

    Result<JsonValue> run()
    {
        JsonValue v;
        skipWs();
        if (!parseValue(v, 0))
            return m_error;
        skipWs();
        if (m_p != m_end)
            return fail(tr("unexpected data after the JSON value"));
        return v;
    }

private:
    bool failB(const QString &msg, const char *code = "json-parse")
    {
        if (m_error.code.isEmpty())
            m_error = Error{QString::fromLatin1(code),
                            tr("Invalid JSON at byte %1: %2").arg(m_p - m_begin).arg(msg)};
        return false;
    }
    Error fail(const QString &msg)
    {
        failB(msg);
        return m_error;
    }
    void skipWs()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }
    bool literal(const char *word)
    {
        const size_t n = std::strlen(word);
        if (size_t(m_end - m_p) < n || std::memcmp(m_p, word, n) != 0)
            return failB(tr("invalid literal"));
        m_p += n;
        return true;
    }
    bool countValue()
    {
        if (++m_values > m_limits.maxValues)
            return failB(tr("too many values"), "json-too-large");
        return true;
    }

    bool parseValue(JsonValue &out, int depth)
    {
        if (m_p >= m_end)
            return failB(tr("unexpected end of input"));
        if (!countValue())
            return false;
        switch (*m_p) {
        case '{': return parseObject(out, depth + 1);
        case '[': return parseArray(out, depth + 1);
        case '"': {
            QString s;
            if (!parseString(s))
                return false;
            out = JsonValue(std::move(s));
            return true;
        }
        case 't': if (!literal("true")) return false; out = JsonValue(true); return true;
        case 'f': if (!literal("false")) return false; out = JsonValue(false); return true;
        case 'n': if (!literal("null")) return false; out = JsonValue(); return true;
        default: return parseNumber(out);
        }
    }

    bool parseObject(JsonValue &out, int depth)
    {
        if (depth > m_limits.maxDepth)
            return failB(tr("nesting deeper than %1").arg(m_limits.maxDepth), "json-too-deep");
        ++m_p;
        JsonValue::Object members;
        skipWs();
        if (m_p < m_end && *m_p == '}') {
            ++m_p;
            out = JsonValue(std::move(members));
            return true;
        }
        for (;;) {
            skipWs();
            if (m_p >= m_end || *m_p != '"')
                return failB(tr("expected a string key"));
            QString key;
            if (!parseString(key))
                return false;
            skipWs();
            if (m_p >= m_end || *m_p != ':')
                return failB(tr("expected ':'"));
            ++m_p;
            skipWs();
            JsonValue v;
            if (!parseValue(v, depth))
                return false;
            members.emplace_back(std::move(key), m_build ? std::move(v) : JsonValue());
            skipWs();
            if (m_p < m_end && *m_p == ',') {
                ++m_p;
                continue;
            }
            if (m_p < m_end && *m_p == '}') {
                ++m_p;
                if (!uniqueKeys(members))
                    return false;
                if (m_build)
                    out = JsonValue(std::move(members));
                return true;
            }
            return failB(tr("expected ',' or '}'"));
        }
    }

    bool parseArray(JsonValue &out, int depth)
    {
        if (depth > m_limits.maxDepth)
            return failB(tr("nesting deeper than %1").arg(m_limits.maxDepth), "json-too-deep");
        ++m_p;
        JsonValue::Array items;
        skipWs();
        if (m_p < m_end && *m_p == ']') {
            ++m_p;
            out = JsonValue(std::move(items));
            return true;
        }
        for (;;) {
            skipWs();
            JsonValue v;
            if (!parseValue(v, depth))
                return false;
            if (m_build)
                items.push_back(std::move(v));
            skipWs();
            if (m_p < m_end && *m_p == ',') {
                ++m_p;
                continue;
            }
            if (m_p < m_end && *m_p == ']') {
                ++m_p;
                out = JsonValue(std::move(items));
                return true;
            }
            return failB(tr("expected ',' or ']'"));
        }
    }

    // A member named twice is what lets a file show one value and verify another (each reader
    // keeps a different one), so it is refused unless the caller asked for JavaScript's rule.
    // Sorting keeps a hostile object with 100,000 members at O(n log n).
    static constexpr size_t kPairwiseKeyCheck = 8;
    bool uniqueKeys(JsonValue::Object &members)
    {
        if (members.size() < 2)
            return true;
        // Small objects, nearly all of them: pairwise equality, which rejects on the length,
        // costs less than sorting by a full comparison.
        if (members.size() <= kPairwiseKeyCheck) {
            bool repeated = false;
            for (size_t i = 1; i < members.size() && !repeated; ++i)
                for (size_t j = 0; j < i && !repeated; ++j)
                    repeated = members[i].first == members[j].first;
            if (!repeated)
                return true;
        }
        std::vector<const QString *> keys;
        keys.reserve(members.size());
        for (const JsonValue::Member &m : members)
            keys.push_back(&m.first);
        std::sort(keys.begin(), keys.end(), [](const QString *a, const QString *b) { return *a < *b; });
        const auto twice = std::adjacent_find(keys.begin(), keys.end(),
                                              [](const QString *a, const QString *b) { return *a == *b; });
        if (twice == keys.end())
            return true;
        if (!m_limits.allowDuplicateKeys)
            return failB(tr("the member name \"%1\" appears twice in one object").arg(Error::excerpt(**twice)),
                         "json-duplicate-key");
        // The last one wins, as in JavaScript's JSON.parse (rare: only the W3C suites ask for it).
        JsonValue::Object kept;
        for (auto it = members.rbegin(); it != members.rend(); ++it) {
            if (std::none_of(kept.begin(), kept.end(), [&](const JsonValue::Member &m) { return m.first == it->first; }))
                kept.push_back(std::move(*it));
        }
        members.assign(std::make_move_iterator(kept.rbegin()), std::make_move_iterator(kept.rend()));
        return true;
    }

    static int hexDigit(char c)
    {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }
    bool readHex4(char16_t &u)
    {
        if (m_end - m_p < 4)
            return failB(tr("truncated \\u escape"));
        int v = 0;
        for (int i = 0; i < 4; ++i) {
            const int d = hexDigit(m_p[i]);
            if (d < 0)
                return failB(tr("invalid \\u escape"));
            v = v * 16 + d;
        }
        m_p += 4;
        u = char16_t(v);
        return true;
    }

    bool parseString(QString &out)
    {
        ++m_p; // opening quote
        // Fast path: plain ASCII without escapes.
        const char *start = m_p;
        while (m_p < m_end && *m_p != '"' && *m_p != '\\' && uchar(*m_p) >= 0x20 && uchar(*m_p) < 0x80)
            ++m_p;
        if (m_p < m_end && *m_p == '"') {
            out = QString::fromLatin1(start, m_p - start);
            ++m_p;
            return true;
        }
        QString s = QString::fromLatin1(start, m_p - start);
        while (m_p < m_end) {
            const uchar c = uchar(*m_p);
            if (c == '"') {
                ++m_p;
                out = std::move(s);
                return true;
            }
            if (c < 0x20)
                return failB(tr("control character in string"));
            if (c == '\\') {
                ++m_p;
                if (m_p >= m_end)
                    break;
                const char e = *m_p++;
                switch (e) {
                case '"': s += QLatin1Char('"'); break;
                case '\\': s += QLatin1Char('\\'); break;
                case '/': s += QLatin1Char('/'); break;
                case 'b': s += QChar(0x08); break;
                case 'f': s += QChar(0x0C); break;
                case 'n': s += QChar(0x0A); break;
                case 'r': s += QChar(0x0D); break;
                case 't': s += QChar(0x09); break;
                case 'u': {
                    char16_t u = 0;
                    if (!readHex4(u))
                        return false;
                    // Lone surrogates are kept as-is (JavaScript does the same).
                    s += QChar(u);
                    break;
                }
                default: return failB(tr("invalid escape"));
                }
                continue;
            }
            if (c < 0x80) {
                s += QLatin1Char(char(c));
                ++m_p;
                continue;
            }
            // Strict UTF-8 decoding (no overlongs, no surrogates, max U+10FFFF).
            int len; char32_t cp; char32_t min;
            if ((c & 0xE0) == 0xC0) { len = 2; cp = c & 0x1F; min = 0x80; }
            else if ((c & 0xF0) == 0xE0) { len = 3; cp = c & 0x0F; min = 0x800; }
            else if ((c & 0xF8) == 0xF0) { len = 4; cp = c & 0x07; min = 0x10000; }
            else return failB(tr("invalid UTF-8"));
            if (m_end - m_p < len)
                return failB(tr("truncated UTF-8"));
            for (int i = 1; i < len; ++i) {
                const uchar cc = uchar(m_p[i]);
                if ((cc & 0xC0) != 0x80)
                    return failB(tr("invalid UTF-8"));
                cp = (cp << 6) | (cc & 0x3F);
            }
            if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
                return failB(tr("invalid UTF-8"));
            m_p += len;
            if (cp >= 0x10000) {
                s += QChar(QChar::highSurrogate(cp));
                s += QChar(QChar::lowSurrogate(cp));
            } else {
                s += QChar(char16_t(cp));
            }
        }
        return failB(tr("unterminated string"));
    }

    bool parseNumber(JsonValue &out)
    {
        const char *start = m_p;
        if (m_p < m_end && *m_p == '-')
            ++m_p;
        if (m_p >= m_end)
            return failB(tr("invalid number"));
        if (*m_p == '0') {
            ++m_p;
        } else if (*m_p >= '1' && *m_p <= '9') {
            while (m_p < m_end && *m_p >= '0' && *m_p <= '9') ++m_p;
        } else {
            return failB(tr("unexpected character"));
        }
        if (m_p < m_end && *m_p == '.') {
            ++m_p;
            if (m_p >= m_end || !(*m_p >= '0' && *m_p <= '9'))
                return failB(tr("invalid number"));
            while (m_p < m_end && *m_p >= '0' && *m_p <= '9') ++m_p;
        }
        if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
            ++m_p;
            if (m_p < m_end && (*m_p == '+' || *m_p == '-')) ++m_p;
            if (m_p >= m_end || !(*m_p >= '0' && *m_p <= '9'))
                return failB(tr("invalid number"));
            while (m_p < m_end && *m_p >= '0' && *m_p <= '9') ++m_p;
        }
        // QByteArray::toDouble is locale-independent and correctly rounded.
        const QByteArray lex(start, m_p - start);
        bool ok = false;
        double d = lex.toDouble(&ok);
        if (!ok && !std::isinf(d)) {
            // Overflow to infinity: JavaScript gives Infinity as well; keep it so.
            d = std::strtod(lex.constData(), nullptr);
        }
        out = JsonValue(d);
        return true;
    }

    const char *m_p;
    const char *m_begin;
    const char *m_end;
    JsonValue::Limits m_limits;
    bool m_build = true;
    qsizetype m_values = 0;
    Error m_error;
};

} // namespace

const JsonValue::Array &JsonValue::emptyArray()
{
    static const Array a;
    return a;
}
const JsonValue::Object &JsonValue::emptyObject()
{
    static const Object o;
    return o;
}

JsonValue::Array &JsonValue::arrayRef()
{
    if (m_type != Type::Array) {
        *this = JsonValue(Array{});
    } else if (m_array.use_count() > 1) {
        m_array = std::make_shared<Array>(*m_array);
    }
    return *m_array;
}

JsonValue::Object &JsonValue::objectRef()
{
    if (m_type != Type::Object) {
        *this = JsonValue(Object{});
    } else if (m_object.use_count() > 1) {
        m_object = std::make_shared<Object>(*m_object);
    }
    return *m_object;
}

const JsonValue *JsonValue::find(const QString &key) const
{
    if (!m_object)
        return nullptr;
    for (const Member &m : *m_object)
        if (m.first == key)
            return &m.second;
    return nullptr;
}

JsonValue JsonValue::value(const QString &key) const
{
    const JsonValue *v = find(key);
    return v ? *v : JsonValue();
}

void JsonValue::insert(const QString &key, const JsonValue &value)
{
    Object &o = objectRef();
    for (Member &m : o)
        if (m.first == key) {
            m.second = value;
            return;
        }
    o.emplace_back(key, value);
}

bool JsonValue::remove(const QString &key)
{
    if (m_type != Type::Object)
        return false;
    Object &o = objectRef();
    for (auto it = o.begin(); it != o.end(); ++it)
        if (it->first == key) {
            o.erase(it);
            return true;
        }
    return false;
}

int JsonValue::size() const
{
    if (m_array)
        return int(m_array->size());
    if (m_object)
        return int(m_object->size());
    return 0;
}

bool JsonValue::operator==(const JsonValue &other) const
{
    if (m_type != other.m_type)
        return false;
    switch (m_type) {
    case Type::Null: return true;
    case Type::Bool: return m_bool == other.m_bool;
    case Type::Number: return m_number == other.m_number;
    case Type::String: return m_string == other.m_string;
    case Type::Array: return m_array == other.m_array || *m_array == *other.m_array;
    case Type::Object: {
        if (m_object == other.m_object)
            return true;
        if (m_object->size() != other.m_object->size())
            return false;
        for (const Member &m : *m_object) {
            const JsonValue *o = other.find(m.first);
            if (!o || !(*o == m.second))
                return false;
        }
        return true;
    }
    }
    return false;
}

Result<JsonValue> JsonValue::parse(const QByteArray &utf8, const Limits &limits)
{
    if (utf8.size() > limits.maxBytes)
        return Error{QStringLiteral("json-too-large"),
                     JsonParser::tr("The JSON document is larger than %1 bytes.").arg(limits.maxBytes)};
    QByteArray text = utf8;
    if (text.startsWith("\xEF\xBB\xBF"))
        text = text.mid(3);
    return JsonParser(text, limits).run();
}

Status JsonValue::validate(QByteArrayView utf8, const Limits &limits)
{
    if (utf8.size() > limits.maxBytes)
        return Error{QStringLiteral("json-too-large"),
                     JsonParser::tr("The JSON document is larger than %1 bytes.").arg(limits.maxBytes)};
    if (utf8.startsWith("\xEF\xBB\xBF"))
        utf8 = utf8.sliced(3);
    // fromRawData: no copy of what may be a 16 MiB file; the view outlives the parser.
    auto checked = JsonParser(QByteArray::fromRawData(utf8.data(), utf8.size()), limits, false).run();
    if (!checked)
        return checked.error();
    return {};
}

JsonValue JsonValue::fromQJson(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool: return JsonValue(v.toBool());
    case QJsonValue::Double: return JsonValue(v.toDouble());
    case QJsonValue::String: return JsonValue(v.toString());
    case QJsonValue::Array: {
        const QJsonArray a = v.toArray();
        Array out;
        out.reserve(a.size());
        for (const QJsonValue &x : a)
            out.push_back(fromQJson(x));
        return JsonValue(std::move(out));
    }
    case QJsonValue::Object: {
        const QJsonObject o = v.toObject();
        Object out;
        out.reserve(o.size());
        for (auto it = o.begin(); it != o.end(); ++it)
            out.emplace_back(it.key(), fromQJson(it.value()));
        return JsonValue(std::move(out));
    }
    default: return JsonValue();
    }
}

QJsonValue JsonValue::toQJson() const
{
    switch (m_type) {
    case Type::Null: return QJsonValue(QJsonValue::Null);
    case Type::Bool: return QJsonValue(m_bool);
    case Type::Number: return QJsonValue(m_number);
    case Type::String: return QJsonValue(m_string);
    case Type::Array: {
        QJsonArray a;
        for (const JsonValue &x : *m_array)
            a.append(x.toQJson());
        return a;
    }
    case Type::Object: {
        QJsonObject o;
        for (const Member &m : *m_object)
            o.insert(m.first, m.second.toQJson());
        return o;
    }
    }
    return QJsonValue();
}

QByteArray JsonValue::numberToJs(double d)
{
    if (std::isnan(d) || std::isinf(d))
        return "null"; // JCS: not representable
    if (d == 0)
        return "0";
    // Shortest round-trip digits (ECMAScript Number::toString, step 5).
    char buf[64];
    int precision = 1;
    for (; precision <= 17; ++precision) {
        std::snprintf(buf, sizeof buf, "%.*e", precision - 1, d);
        if (std::strtod(buf, nullptr) == d)
            break;
    }
    // buf = [-]D.DDDDe[+-]XX
    const char *p = buf;
    const bool negative = *p == '-';
    if (negative)
        ++p;
    QByteArray digits;
    while (*p && *p != 'e') {
        if (*p != '.')
            digits += *p;
        ++p;
    }
    const int exp10 = std::atoi(p + 1);
    while (digits.size() > 1 && digits.endsWith('0'))
        digits.chop(1);
    const int k = int(digits.size());
    const int n = exp10 + 1; // position of the decimal point
    QByteArray out;
    if (negative)
        out += '-';
    if (k <= n && n <= 21) {
        out += digits;
        out += QByteArray(n - k, '0');
    } else if (0 < n && n <= 21) {
        out += digits.left(n);
        out += '.';
        out += digits.mid(n);
    } else if (-6 < n && n <= 0) {
        out += "0.";
        out += QByteArray(-n, '0');
        out += digits;
    } else {
        out += digits.left(1);
        if (k > 1) {
            out += '.';
            out += digits.mid(1);
        }
        out += 'e';
        out += (n - 1 >= 0) ? '+' : '-';
        out += QByteArray::number(std::abs(n - 1));
    }
    return out;
}

static void writeJcsString(QByteArray &out, const QString &s)
{
    out += '"';
    QString run;
    auto flush = [&] {
        if (!run.isEmpty()) {
            out += run.toUtf8();
            run.clear();
        }
    };
    for (QChar ch : s) {
        const char16_t c = ch.unicode();
        const char *esc = nullptr;
        switch (c) {
        case '"': esc = "\\\""; break;
        case '\\': esc = "\\\\"; break;
        case 0x08: esc = "\\b"; break;
        case 0x0C: esc = "\\f"; break;
        case 0x0A: esc = "\\n"; break;
        case 0x0D: esc = "\\r"; break;
        case 0x09: esc = "\\t"; break;
        default: break;
        }
        if (esc) {
            flush();
            out += esc;
        } else if (c < 0x20) {
            flush();
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", unsigned(c));
            out += buf;
        } else {
            run += ch;
        }
    }
    flush();
    out += '"';
}

void JsonValue::writeCanonical(QByteArray &out) const
{
    switch (m_type) {
    case Type::Null: out += "null"; break;
    case Type::Bool: out += m_bool ? "true" : "false"; break;
    case Type::Number: out += numberToJs(m_number); break;
    case Type::String: writeJcsString(out, m_string); break;
    case Type::Array: {
        out += '[';
        bool first = true;
        for (const JsonValue &v : *m_array) {
            if (!first)
                out += ',';
            first = false;
            v.writeCanonical(out);
        }
        out += ']';
        break;
    }
    case Type::Object: {
        std::vector<const Member *> sorted;
        sorted.reserve(m_object->size());
        for (const Member &m : *m_object)
            sorted.push_back(&m);
        // QString's operator< compares UTF-16 code units, which is what JCS requires.
        std::sort(sorted.begin(), sorted.end(),
                  [](const Member *a, const Member *b) { return a->first < b->first; });
        out += '{';
        bool first = true;
        for (const Member *m : sorted) {
            if (!first)
                out += ',';
            first = false;
            writeJcsString(out, m->first);
            out += ':';
            m->second.writeCanonical(out);
        }
        out += '}';
        break;
    }
    }
}

QByteArray JsonValue::toCanonicalJson() const
{
    QByteArray out;
    writeCanonical(out);
    return out;
}

} // namespace Satchel
