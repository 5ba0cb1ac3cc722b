// Baking: writes a credential into a badge image (OB 2.0 Baking 1.0 / OB 3.0 §5.3), for export.
// The image is otherwise kept byte for byte; any existing badge data is replaced, never doubled.
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Satchel {

class Baker {
    Q_DECLARE_TR_FUNCTIONS(Satchel::Baker)
public:
    // keyword: "openbadges" (OB 2.0) or "openbadgecredential" (OB 3.0 / CLR). Inserts one
    // uncompressed iTXt chunk just before IEND, after removing every existing badge chunk
    // (iTXt/tEXt/zTXt with either keyword). Error codes: "malformed", "invalid-argument".
    static Result<QByteArray> bakePng(const QByteArray &png, const QByteArray &payload, const QString &keyword);

    // ob3: <openbadges:credential> in https://purl.imsglobal.org/ob/v3p0, else
    // <openbadges:assertion> in http://openbadges.org. A compact JWS goes into verify="…" with no
    // body; JSON goes into a CDATA body (OB 2.0: verify= the assertion's hosted URL when it has one).
    // Existing badge elements are removed. Error codes: "malformed" (also for DTDs).
    static Result<QByteArray> bakeSvg(const QByteArray &svg, const QByteArray &payload, bool ob3);

    static quint32 pngCrc(QByteArrayView typeAndData);
};

} // namespace Satchel
