#include "BakedExporter.h"
#include "formats/CredentialReader.h"
#include "PngBytes.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>

#include "formats/BakedImageReader.h"
#include "formats/Baker.h"
#include "io/HtmlEscape.h"

#include <cmath>

namespace Satchel {

Result<BakedExporter::ImageKind> BakedExporter::kindForFileName(const QString &fileName)
{
    if (fileName.endsWith(QLatin1String(".png"), Qt::CaseInsensitive))
        return ImageKind::Png;
    if (fileName.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive))
        return ImageKind::Svg;
    return Error { QStringLiteral("unsupported-file"), tr("A baked badge is a .png or .svg file: %1").arg(fileName) };
}

bool BakedExporter::usesOb3Baking(CredentialFormat format)
{
    return format == CredentialFormat::Ob3Json || format == CredentialFormat::Ob3Jwt
        || format == CredentialFormat::ClrJson || format == CredentialFormat::ClrJwt;
}

QString BakedExporter::pngKeyword(CredentialFormat format)
{
    return usesOb3Baking(format) ? QStringLiteral("openbadgecredential") : QStringLiteral("openbadges");
}

Result<BakedExporter::Output> BakedExporter::bake(
    const StoredCredential &stored, const Credential &credential, ImageKind kind)
{
    const RawCredential &raw = stored.raw;
    if (raw.bytes.isEmpty())
        return Error { QStringLiteral("no-credential"), tr("The credential has no stored text to bake.") };
    const CredentialFormat format = raw.format != CredentialFormat::Unknown ? raw.format : credential.format;
    if (format == CredentialFormat::Unknown)
        return Error { QStringLiteral("unsupported-format"), tr("The credential's format is unknown.") };

    // The image to bake into: the file it came in, else the badge image the wallet keeps.
    Output output;
    QByteArray base;
    for (const QByteArray &candidate : { raw.bakedImage, stored.imageBytes }) {
        if (candidate.isEmpty())
            continue;
        const bool fits
            = kind == ImageKind::Png ? BakedImageReader::isPng(candidate) : BakedImageReader::looksLikeSvg(candidate);
        if (fits) {
            base = candidate;
            break;
        }
    }
    if (base.isEmpty()) {
        output.placeholderImage = true;
        base = kind == ImageKind::Png ? placeholderPng() : placeholderSvg(credential.name);
    }

    // The credential itself, not the byte order mark or final newline its file may have had.
    const QByteArray payload = CredentialReader::payloadText(raw.bytes);
    auto baked = kind == ImageKind::Png ? Baker::bakePng(base, payload, pngKeyword(format))
                                        : Baker::bakeSvg(base, payload, usesOb3Baking(format));
    if (!baked)
        return baked.error();
    output.bytes = std::move(baked.value());
    return output;
}

QByteArray BakedExporter::placeholderSvg(const QString &name)
{
    QString label = name.isEmpty() ? tr("Badge") : name;
    if (label.size() > 30)
        label = label.left(29) + QChar(0x2026);
    const QByteArray text = HtmlEscape::escape(label).toUtf8();
    return QByteArray(
               "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
               "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"256\" height=\"256\" viewBox=\"0 0 256 256\">\n"
               "  <circle cx=\"128\" cy=\"128\" r=\"120\" fill=\"#1f5fa8\"/>\n"
               "  <circle cx=\"128\" cy=\"128\" r=\"100\" fill=\"none\" stroke=\"#ffffff\" stroke-width=\"4\"/>\n"
               "  <text x=\"128\" y=\"136\" font-family=\"DejaVu Sans, sans-serif\" font-size=\"14\" "
               "fill=\"#ffffff\" text-anchor=\"middle\">")
        + text + QByteArray("</text>\n</svg>\n");
}

QByteArray BakedExporter::placeholderPng()
{
    // A blue disc with a white ring on a transparent square.
    constexpr int kSide = 256;
    QImage image(kSide, kSide, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0x1f, 0x5f, 0xa8));
    painter.drawEllipse(QPointF(kSide / 2.0, kSide / 2.0), 120, 120);
    painter.setPen(QPen(Qt::white, 6));
    painter.setBrush(Qt::NoBrush);
    painter.drawEllipse(QPointF(kSide / 2.0, kSide / 2.0), 99, 99);
    painter.end();
    return pngBytes(image);
}

} // namespace Satchel
