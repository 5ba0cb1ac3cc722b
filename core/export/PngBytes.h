// An image as the bytes of a PNG file, for the exports that draw one (QR codes, placeholder badges).
#pragma once

#include <QBuffer>
#include <QByteArray>
#include <QImage>

namespace Satchel {

inline QByteArray pngBytes(const QImage &image)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

} // namespace Satchel
