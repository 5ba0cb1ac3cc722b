// Finds and decodes the QR codes in a picture (libzbar): how a credential offer or a presentation
// request shown on an issuer's or a verifier's web page reaches Satchel when the learner drops a
// screenshot of it or asks Satchel to read it from the screen.
//
// The picture comes as 8-bit grey pixels so that the core needs no QtGui; the UI converts its
// QImage (QImage::Format_Grayscale8, rows copied without padding).
//
// Error codes: "invalid-argument" (sizes that do not match the pixels, or a picture larger than
// kMaxPixels), "qr-not-found" (no QR code in the picture), "qr-decode" (libzbar failed).
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

namespace Satchel {

class QrCodeReader {
    Q_DECLARE_TR_FUNCTIONS(Satchel::QrCodeReader)
public:
    // A 7680 x 4320 screen; a larger picture is refused rather than scanned for seconds.
    static constexpr qint64 kMaxPixels = 7680LL * 4320LL;

    // The text of every QR code found, in the order libzbar reports them. greyPixels: width *
    // height bytes, row by row, 0 black to 255 white.
    static Result<QStringList> decode(const QByteArray &greyPixels, int width, int height);
};

} // namespace Satchel
