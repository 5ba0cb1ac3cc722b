// What the learner chooses when printing a certificate: the design, the paper and who it is for.
#pragma once

#include <QDateTime>
#include <QString>

namespace Satchel {

struct CertificateOptions {
    enum class Design { Classic, Modern, Compact };
    enum class Paper { A4, Letter };

    Design design = Design::Classic;
    Paper paper = Paper::A4;
    bool landscape = false;
    QString learnerName;   // used when the credential names no recipient (credentialSubject.name)
    QString shareLink;     // what the QR code opens; the credential's id when empty
    QDateTime printedAt;
    // The issuer's trust line with its symbol, printed under the status (beside the verdict, never
    // part of it); empty: none. prepare() fills it from the wallet's registries when empty.
    QString issuerTrust;
    // The page's language (BCP 47); empty: the language Satchel runs in, which its dates follow.
    QString language;
};

} // namespace Satchel
