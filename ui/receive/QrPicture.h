// The QR code of a credential offer in a picture: a screenshot the learner dropped or opened, or
// the screen itself (an issuer's web page showing "scan with your wallet").
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>

namespace Satchel {

class QrPicture {
    Q_DECLARE_TR_FUNCTIONS(Satchel::QrPicture)
public:
    // The first QR code in image that holds something Satchel can receive from (else the reason).
    static Result<QString> offerIn(const QImage &image);
    // Every screen, side by side as the desktop arranges them; a null image where the platform does
    // not let applications read the screen (Wayland without a portal).
    static QImage captureScreens();
};

} // namespace Satchel
