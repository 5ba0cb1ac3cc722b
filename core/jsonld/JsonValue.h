// JsonValue: the JSON tree the JSON-LD engine works on, with an exact, bounded parser and the
// JCS (RFC 8785) serializer that @json literals need.
//
// Numbers: JSON-LD's toRdf rules are defined on the IEEE-754 double a JavaScript processor sees
// (42, 42.0 and 4.2e1 are all "integer 42"; 1.1 is a double). So a number is kept as the
// correctly-rounded double of its lexical form (strtod in the C locale), never through printf
// round-trips. QJsonDocument gives the same doubles, so fromQJson() is lossless for our purpose
// (only key order and duplicate keys differ, and neither changes canonical N-Quads).
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>

#include <memory>
#include <utility>
#include <vector>

namespace Satchel {

class JsonValue {
public:
    enum class Type : quint8 { Null, Bool, Number, String, Array, Object };
    using Array = std::vector<JsonValue>;
    using Member = std::pair<QString, JsonValue>;
    using Object = std::vector<Member>; // insertion order; keys unique after parse()

    JsonValue() = default;
    JsonValue(std::nullptr_t) {}
    explicit JsonValue(bool b) : m_type(Type::Bool), m_bool(b) {}
    explicit JsonValue(double d) : m_type(Type::Number), m_number(d) {}
    JsonValue(const QString &s) : m_type(Type::String), m_string(s) {}
    JsonValue(QString &&s) : m_type(Type::String), m_string(std::move(s)) {}
    JsonValue(const char *s) : m_type(Type::String), m_string(QString::fromUtf8(s)) {}
    JsonValue(Array a) : m_type(Type::Array), m_array(std::make_shared<Array>(std::move(a))) {}
    JsonValue(Object o) : m_type(Type::Object), m_object(std::make_shared<Object>(std::move(o))) {}
    static JsonValue array() { return JsonValue(Array{}); }
    static JsonValue object() { return JsonValue(Object{}); }

    Type type() const { return m_type; }
    bool isNull() const { return m_type == Type::Null; }
    bool isBool() const { return m_type == Type::Bool; }
    bool isNumber() const { return m_type == Type::Number; }
    bool isString() const { return m_type == Type::String; }
    bool isArray() const { return m_type == Type::Array; }
    bool isObject() const { return m_type == Type::Object; }
    bool isScalar() const { return isBool() || isNumber() || isString(); }

    bool toBool() const { return m_bool; }
    double toNumber() const { return m_number; }
    const QString &toString() const { return m_string; }
    const Array &toArray() const { return m_array ? *m_array : emptyArray(); }
    const Object &toObject() const { return m_object ? *m_object : emptyObject(); }

    // Mutating access detaches shared storage (copies are cheap: arrays and objects are shared).
    Array &arrayRef();
    Object &objectRef();

    // Object helpers (linear: JSON-LD objects are small).
    const JsonValue *find(const QString &key) const;
    bool contains(const QString &key) const { return find(key) != nullptr; }
    JsonValue value(const QString &key) const;
    void insert(const QString &key, const JsonValue &value); // replaces an existing key
    bool remove(const QString &key);
    void append(const JsonValue &value) { arrayRef().push_back(value); }
    int size() const;

    bool operator==(const JsonValue &other) const;
    bool operator!=(const JsonValue &other) const { return !(*this == other); }

    struct Limits {
        qsizetype maxBytes = 16 * 1024 * 1024;
        int maxDepth = 128;
        qsizetype maxValues = 500000; // total number of values (a big credential has a few thousand)
        // A member named twice in one object is refused ("json-duplicate-key"): readers disagree
        // on which one counts. Only test suites written for JavaScript's JSON.parse set this.
        bool allowDuplicateKeys = false;
    };
    // Strict RFC 8259 parsing of UTF-8 text; errors: "json-parse", "json-too-large", "json-too-deep",
    // "json-duplicate-key".
    static Result<JsonValue> parse(const QByteArray &utf8, const Limits &limits);
    static Result<JsonValue> parse(const QByteArray &utf8) { return parse(utf8, Limits()); }
    // The same checks as parse() without building the tree (memory bounded by the nesting depth).
    static Status validate(QByteArrayView utf8, const Limits &limits);

    static JsonValue fromQJson(const QJsonValue &v);
    QJsonValue toQJson() const;

    // RFC 8785 JSON Canonicalization Scheme (keys sorted by UTF-16 code units, ES number format).
    QByteArray toCanonicalJson() const;
    // ECMAScript Number::toString of a double (used by JCS).
    static QByteArray numberToJs(double d);

private:
    static const Array &emptyArray();
    static const Object &emptyObject();
    void writeCanonical(QByteArray &out) const;

    Type m_type = Type::Null;
    bool m_bool = false;
    double m_number = 0;
    QString m_string;
    std::shared_ptr<Array> m_array;
    std::shared_ptr<Object> m_object;
};

} // namespace Satchel
