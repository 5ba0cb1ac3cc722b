#include "CborReader.h"

#include "MalformedInput.h"

namespace Satchel {

Result<CborValue> CborReader::read(QByteArrayView data)
{
    CborReader reader(data);
    auto value = reader.readItem(0);
    if (!value)
        return value.error();
    if (reader.m_pos != data.size())
        return malformed(
            tr("The CBOR value is followed by %n extra byte(s).", nullptr, int(data.size() - reader.m_pos)));
    return value;
}

Result<quint64> CborReader::readArgument(quint8 info)
{
    if (info < 24)
        return quint64(info);
    if (info > 27)
        return malformed(tr("Indefinite or reserved CBOR lengths are not supported."));
    const int width = 1 << (info - 24);
    if (m_data.size() - m_pos < width)
        return malformed(tr("The CBOR value is truncated."));
    quint64 value = 0;
    for (int i = 0; i < width; ++i)
        value = (value << 8) | static_cast<quint8>(m_data[m_pos++]);
    return value;
}

Result<CborValue> CborReader::readItem(int depth)
{
    if (depth > kMaxDepth)
        return malformed(tr("The CBOR value is nested too deeply."));
    if (++m_items > kMaxItems)
        return malformed(tr("The CBOR value has too many items."));
    if (m_pos >= m_data.size())
        return malformed(tr("The CBOR value is truncated."));
    const auto initial = static_cast<quint8>(m_data[m_pos++]);
    const int major = initial >> 5;
    const quint8 info = initial & 0x1f;
    if (major == 7) {
        CborValue simple;
        if (info == 20 || info == 21) {
            simple.type = CborValue::Type::Bool;
            simple.number = info == 21;
        } else if (info == 22) {
            simple.type = CborValue::Type::Null;
        } else {
            return malformed(tr("CBOR floats and simple values are not supported."));
        }
        return simple;
    }
    auto argument = readArgument(info);
    if (!argument)
        return argument.error();
    const quint64 n = *argument;
    const qsizetype left = m_data.size() - m_pos;
    CborValue value;
    switch (major) {
    case 0:
    case 1:
        value.type = major == 0 ? CborValue::Type::Unsigned : CborValue::Type::Negative;
        value.number = n;
        return value;
    case 2:
    case 3:
        if (n > quint64(left))
            return malformed(tr("The CBOR value is truncated."));
        value.type = major == 2 ? CborValue::Type::Bytes : CborValue::Type::Text;
        value.bytes = m_data.sliced(m_pos, qsizetype(n)).toByteArray();
        m_pos += qsizetype(n);
        return value;
    case 4:
    case 5: {
        // Every item takes at least one byte: a count beyond what is left is a lie, refused
        // before anything is reserved for it.
        const quint64 needed = major == 5 ? 2 * n : n;
        if (n > quint64(left) || needed > quint64(left))
            return malformed(tr("The CBOR value is truncated."));
        value.type = major == 4 ? CborValue::Type::Array : CborValue::Type::Map;
        for (quint64 i = 0; i < n; ++i) {
            auto first = readItem(depth + 1);
            if (!first)
                return first.error();
            if (major == 4) {
                value.items.append(std::move(*first));
                continue;
            }
            auto second = readItem(depth + 1);
            if (!second)
                return second.error();
            value.entries.append({std::move(*first), std::move(*second)});
        }
        return value;
    }
    case 6: {
        auto inner = readItem(depth + 1);
        if (!inner)
            return inner.error();
        inner->tags.prepend(n);
        return inner;
    }
    default:
        break;
    }
    return malformed(tr("Unsupported CBOR item."));
}

} // namespace Satchel
