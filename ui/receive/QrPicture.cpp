#include "present/PresentationResponder.h"
#include "receive/QrPicture.h"

#include "formats/QrCodeReader.h"
#include "receive/CredentialReceiver.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPixmap>
#include <QScreen>

namespace Satchel {

Result<QString> QrPicture::offerIn(const QImage &image)
{
    if (image.isNull())
        return Error{QStringLiteral("qr-not-found"), tr("The picture could not be read.")};
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    // QImage pads each row to 32 bits; the reader wants them back to back.
    QByteArray pixels;
    pixels.reserve(qsizetype(grey.width()) * grey.height());
    for (int y = 0; y < grey.height(); ++y)
        pixels.append(reinterpret_cast<const char *>(grey.constScanLine(y)), grey.width());
    auto texts = QrCodeReader::decode(pixels, grey.width(), grey.height());
    if (!texts)
        return texts.error();
    for (const QString &text : std::as_const(*texts)) {
        if (CredentialReceiver::isReceiveLink(text) || PresentationResponder::isPresentationLink(text))
            return text;
    }
    return Error{QStringLiteral("qr-not-an-offer"),
                 tr("The QR code does not hold a credential offer Satchel knows: %1").arg(texts->first().left(120))};
}

QImage QrPicture::captureScreens()
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    QRect desktop;
    for (const QScreen *screen : screens)
        desktop = desktop.united(screen->geometry());
    if (desktop.isEmpty())
        return {};
    QImage all(desktop.size(), QImage::Format_RGB32);
    all.fill(Qt::white);
    QPainter painter(&all);
    bool any = false;
    for (QScreen *screen : screens) {
        const QPixmap shot = screen->grabWindow(0);
        if (shot.isNull())
            continue;
        painter.drawPixmap(screen->geometry().topLeft() - desktop.topLeft(), shot);
        any = true;
    }
    painter.end();
    return any ? all : QImage();
}

} // namespace Satchel
