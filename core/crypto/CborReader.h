// A small, bounded CBOR (RFC 8949) reader for the compact proof values of selective-disclosure
// cryptosuites (ecdsa-sd-2023). It reads definite-length unsigned and negative integers, byte and
// text strings, arrays, maps, tags (kept on the item they wrap), booleans and null: what those proof
// values use. Indefinite lengths, floats and other simple values are refused rather than skipped,
// and depth, item count and lengths are bounded by the input, so a hostile value cannot make it
// allocate more than the bytes it was given.
//
// Error code: "malformed" (truncated, trailing bytes, unsupported item, limits exceeded).
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <utility>

namespace Satchel {

struct CborValue {
    enum class Type { Unsigned, Negative, Bytes, Text, Array, Map, Bool, Null };
    Type type = Type::Null;
    quint64 number = 0; // Unsigned: the value; Negative: -1 - number; Bool: 0 or 1
    QByteArray bytes;   // Bytes; Text (UTF-8)
    QList<CborValue> items;                         // Array
    QList<std::pair<CborValue, CborValue>> entries; // Map, in encoded order
    QList<quint64> tags;                            // outermost first

    bool isUnsigned() const { return type == Type::Unsigned; }
    bool isBytes() const { return type == Type::Bytes; }
    bool isArray() const { return type == Type::Array; }
    bool isMap() const { return type == Type::Map; }
};

class CborReader {
    Q_DECLARE_TR_FUNCTIONS(Satchel::CborReader)
public:
    static constexpr int kMaxDepth = 16;
    static constexpr qsizetype kMaxItems = 100000;

    // Exactly one item filling all of data.
    static Result<CborValue> read(QByteArrayView data);

private:
    explicit CborReader(QByteArrayView data) : m_data(data) {}
    Result<CborValue> readItem(int depth);
    Result<quint64> readArgument(quint8 info);

    QByteArrayView m_data;
    qsizetype m_pos = 0;
    qsizetype m_items = 0;
};

} // namespace Satchel
