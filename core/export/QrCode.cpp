#include "QrCode.h"
#include "PngBytes.h"

#include <QBuffer>
#include <QImage>

#include <memory>
#include <qrencode.h>

namespace Satchel {

namespace {

struct QrCodeDeleter {
    void operator()(QRcode *code) const { QRcode_free(code); }
};
using QrCodePtr = std::unique_ptr<QRcode, QrCodeDeleter>;

QRecLevel toQrLevel(QrCode::ErrorCorrection level)
{
    switch (level) {
    case QrCode::ErrorCorrection::Low:
        return QR_ECLEVEL_L;
    case QrCode::ErrorCorrection::Quartile:
        return QR_ECLEVEL_Q;
    case QrCode::ErrorCorrection::High:
        return QR_ECLEVEL_H;
    case QrCode::ErrorCorrection::Medium:
        break;
    }
    return QR_ECLEVEL_M;
}

} // namespace

Result<QrCode::ErrorCorrection> QrCode::levelFromName(const QString &name)
{
    const QString upper = name.trimmed().toUpper();
    if (upper == QLatin1String("L"))
        return ErrorCorrection::Low;
    if (upper == QLatin1String("M"))
        return ErrorCorrection::Medium;
    if (upper == QLatin1String("Q"))
        return ErrorCorrection::Quartile;
    if (upper == QLatin1String("H"))
        return ErrorCorrection::High;
    return Error { QStringLiteral("invalid-argument"),
        tr("Unknown error correction level %1 (use L, M, Q or H).").arg(name) };
}

Result<QrCode> QrCode::encode(const QString &text, ErrorCorrection level)
{
    const QByteArray utf8 = text.toUtf8();
    if (utf8.isEmpty())
        return Error { QStringLiteral("invalid-argument"), tr("There is nothing to put in the QR code.") };
    if (utf8.size() > kMaxInputBytes)
        return Error { QStringLiteral("invalid-argument"),
            tr("The text is too long for a QR code (%1 bytes, at most %2).").arg(utf8.size()).arg(kMaxInputBytes) };
    // QRcode_encodeData puts the whole text in byte mode: URLs stay case-sensitive and UTF-8 intact
    // (the string API would switch to alphanumeric/Kanji modes and upper-case on the way).
    QrCodePtr code(QRcode_encodeData(
        int(utf8.size()), reinterpret_cast<const unsigned char *>(utf8.constData()), 0, toQrLevel(level)));
    if (!code)
        return Error { QStringLiteral("qr-encode"), tr("The QR code could not be made.") };
    QrCode qr;
    qr.m_size = code->width;
    qr.m_version = code->version;
    qr.m_modules.resize(qsizetype(code->width) * code->width);
    for (qsizetype i = 0; i < qr.m_modules.size(); ++i)
        qr.m_modules[i] = char(code->data[i] & 1); // bit 0 is the module colour; the rest is libqrencode's bookkeeping
    return qr;
}

bool QrCode::isDark(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_size || y >= m_size)
        return false;
    return m_modules.at(qsizetype(y) * m_size + x) != 0;
}

QByteArray QrCode::toSvg(int moduleSize, int quietZone) const
{
    const int side = imageSize(moduleSize, quietZone);
    // One path in module units, scaled by the viewBox: small files, crisp at any size.
    // Horizontal runs of dark modules become one rectangle each.
    QByteArray path;
    for (int y = 0; y < m_size; ++y) {
        for (int x = 0; x < m_size;) {
            if (!isDark(x, y)) {
                ++x;
                continue;
            }
            int run = 1;
            while (isDark(x + run, y))
                ++run;
            const QByteArray width = QByteArray::number(run);
            path += 'M' + QByteArray::number(x + quietZone) + ',' + QByteArray::number(y + quietZone) + 'h' + width
                + "v1h-" + width + 'z';
            x += run;
        }
    }
    const QByteArray units = QByteArray::number(m_size + 2 * quietZone);
    QByteArray svg;
    svg += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    svg += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + QByteArray::number(side) + "\" height=\""
        + QByteArray::number(side) + "\" viewBox=\"0 0 " + units + ' ' + units + "\" shape-rendering=\"crispEdges\">\n";
    svg += "  <rect width=\"" + units + "\" height=\"" + units + "\" fill=\"#ffffff\"/>\n";
    svg += "  <path fill=\"#000000\" d=\"" + path + "\"/>\n";
    svg += "</svg>\n";
    return svg;
}

QByteArray QrCode::toPng(int moduleSize, int quietZone) const
{
    if (moduleSize <= 0 || quietZone < 0 || m_size == 0)
        return {};
    const int side = imageSize(moduleSize, quietZone);
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(0xff);
    for (int y = 0; y < m_size; ++y) {
        for (int x = 0; x < m_size; ++x) {
            if (!isDark(x, y))
                continue;
            for (int dy = 0; dy < moduleSize; ++dy) {
                uchar *row = image.scanLine((y + quietZone) * moduleSize + dy);
                memset(row + (x + quietZone) * moduleSize, 0, size_t(moduleSize));
            }
        }
    }
    return pngBytes(image);
}

} // namespace Satchel
