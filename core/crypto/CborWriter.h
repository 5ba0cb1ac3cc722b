// The counterpart of CborReader for the few shapes compact proof values and COSE's Sig_structure
// need: definite-length unsigned integers, byte and text strings, arrays and maps (deterministic:
// shortest argument encoding).
#pragma once

#include <QByteArray>

namespace Satchel {

class CborWriter {
public:
    void unsignedInteger(quint64 value) { head(0, value); }
    void bytes(QByteArrayView data)
    {
        head(2, quint64(data.size()));
        m_out.append(data.data(), data.size());
    }
    void text(QByteArrayView utf8)
    {
        head(3, quint64(utf8.size()));
        m_out.append(utf8.data(), utf8.size());
    }
    // The caller then writes that many items (a map: twice as many, key then value).
    void arrayHeader(quint64 items) { head(4, items); }
    void mapHeader(quint64 pairs) { head(5, pairs); }

    const QByteArray &data() const { return m_out; }

private:
    void head(quint8 major, quint64 value)
    {
        const char type = char(major << 5);
        if (value < 24) {
            m_out.append(char(type | char(value)));
            return;
        }
        const int width = value <= 0xff ? 1 : value <= 0xffff ? 2 : value <= 0xffffffffULL ? 4 : 8;
        m_out.append(char(type | char(width == 1 ? 24 : width == 2 ? 25 : width == 4 ? 26 : 27)));
        for (int i = width - 1; i >= 0; --i)
            m_out.append(char((value >> (8 * i)) & 0xff));
    }

    QByteArray m_out;
};

} // namespace Satchel
