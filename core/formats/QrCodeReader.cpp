#include "QrCodeReader.h"

#include <QStringDecoder>

#include <zbar.h>

#include <memory>

// zbar.h declares its C API inside namespace zbar when it is compiled as C++.
using namespace zbar;

namespace Satchel {

namespace {

struct ScannerDeleter {
    void operator()(zbar_image_scanner_t *scanner) const { zbar_image_scanner_destroy(scanner); }
};
struct ImageDeleter {
    void operator()(zbar_image_t *image) const { zbar_image_destroy(image); }
};

// UTF-8 when the bytes are valid UTF-8 (links and JSON are), else ISO 8859-1, the QR code
// standard's default byte-mode charset.
QString textOf(const QByteArray &bytes)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    return utf8.hasError() ? QString::fromLatin1(bytes) : text;
}

} // namespace

Result<QStringList> QrCodeReader::decode(const QByteArray &greyPixels, int width, int height)
{
    if (width <= 0 || height <= 0 || qint64(width) * height > kMaxPixels
        || greyPixels.size() != qint64(width) * height)
        return Error{QStringLiteral("invalid-argument"), tr("The picture is too large or damaged to look for a QR code in.")};

    std::unique_ptr<zbar_image_scanner_t, ScannerDeleter> scanner(zbar_image_scanner_create());
    std::unique_ptr<zbar_image_t, ImageDeleter> image(zbar_image_create());
    if (!scanner || !image)
        return Error{QStringLiteral("qr-decode"), tr("The QR code reader could not start.")};
    // Only QR codes: links are never in the 1D bar codes zbar also knows, and scanning for those
    // costs time and gives false finds in text and photos.
    zbar_image_scanner_set_config(scanner.get(), ZBAR_NONE, ZBAR_CFG_ENABLE, 0);
    zbar_image_scanner_set_config(scanner.get(), ZBAR_QRCODE, ZBAR_CFG_ENABLE, 1);
    // The bytes as they are: zbar's own charset guess reads UTF-8 without an ECI marker (what
    // libqrencode and most web pages make) as Shift JIS and garbles every accented letter.
    zbar_image_scanner_set_config(scanner.get(), ZBAR_QRCODE, ZBAR_CFG_BINARY, 1);

    zbar_image_set_format(image.get(), zbar_fourcc('Y', '8', '0', '0'));
    zbar_image_set_size(image.get(), unsigned(width), unsigned(height));
    // zbar reads the pixels in place (no cleanup handler: greyPixels outlives the scan).
    zbar_image_set_data(image.get(), greyPixels.constData(), size_t(greyPixels.size()), nullptr);

    const int found = zbar_scan_image(scanner.get(), image.get());
    if (found < 0)
        return Error{QStringLiteral("qr-decode"), tr("The QR code reader failed on this picture.")};
    QStringList texts;
    for (const zbar_symbol_t *symbol = zbar_image_first_symbol(image.get()); symbol;
         symbol = zbar_symbol_next(symbol)) {
        if (zbar_symbol_get_type(symbol) != ZBAR_QRCODE)
            continue;
        texts << textOf(QByteArray(zbar_symbol_get_data(symbol), qsizetype(zbar_symbol_get_data_length(symbol))));
    }
    if (texts.isEmpty())
        return Error{QStringLiteral("qr-not-found"), tr("No QR code was found in the picture.")};
    return texts;
}

} // namespace Satchel
