// One certificate (or transcript) ready to print: the filled page for the HTML -> PDF step, and
// what CertificateWriter::finish() then adds to the PDF. Made by CertificateWriter::prepare() and
// TranscriptWriter::prepare().
#pragma once

#include "PdfIncrementalUpdate.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Satchel {

struct CertificateJob {
    qint64 credentialId = 0;   // the wallet row
    QByteArray html;           // UTF-8, no script, data: images only
    PdfMetadata metadata;
    QList<PdfAttachment> attachments; // the credential; a transcript's every credential
    QString learnerName;       // empty when neither the credential nor the learner gave one
    QString qrText;            // what the QR code on the page holds
    double marginMillimetres = 0; // page margins for the PDF step: certificates draw their own
    QString fileName;          // a suggested file name, "<achievement>.pdf"
};

} // namespace Satchel
