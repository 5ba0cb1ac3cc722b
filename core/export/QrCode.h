// A QR code of a share link (libqrencode, byte mode), as a module matrix, an SVG or a PNG.
// libqrencode's QRcode is freed as soon as its modules are copied; a QrCode is a plain value.
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Satchel {

class QrCode {
    Q_DECLARE_TR_FUNCTIONS(Satchel::QrCode)
public:
    enum class ErrorCorrection { Low, Medium, Quartile, High };

    static constexpr int kMaxInputBytes = 2048; // far below version 40's capacity; links are short

    // Error codes: "invalid-argument" (empty or too long), "qr-encode" (libqrencode failed).
    static Result<QrCode> encode(const QString &text, ErrorCorrection level = ErrorCorrection::Medium);
    static Result<ErrorCorrection> levelFromName(const QString &name); // "L", "M", "Q", "H"

    int size() const { return m_size; } // modules per side (21 for version 1)
    int version() const { return m_version; }
    bool isDark(int x, int y) const;

    // Dimensions in pixels: (size + 2 * quietZone) * moduleSize per side. The quiet zone of
    // 4 modules is what ISO/IEC 18004 asks for.
    int imageSize(int moduleSize, int quietZone = 4) const { return (m_size + 2 * quietZone) * moduleSize; }
    QByteArray toSvg(int moduleSize = 8, int quietZone = 4) const;
    QByteArray toPng(int moduleSize = 8, int quietZone = 4) const;

private:
    QrCode() = default;
    int m_size = 0;
    int m_version = 0;
    QByteArray m_modules; // size*size bytes, 1 = dark
};

} // namespace Satchel
