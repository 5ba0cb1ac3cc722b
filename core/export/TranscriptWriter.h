// A transcript: every credential of a selection, collection or pathway listed on as many pages as
// it takes (achievement, issuer, date, credits, verification status at print time), with each
// credential's original bytes attached to the PDF. The page goes through the same HTML -> PDF step
// as a certificate, and CertificateWriter::finish() completes it.
#pragma once

#include "CertificateJob.h"
#include "CertificateOptions.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Satchel {

class Wallet;

class TranscriptWriter {
    Q_DECLARE_TR_FUNCTIONS(Satchel::TranscriptWriter)
public:
    static constexpr int kMaxCredentials = 500; // the attachments of one PDF stay a sensible size

    // title: what the transcript covers ("Data Analytics pathway"); empty for a plain selection.
    // Credentials that cannot be read are left out. Error codes: "transcript-empty",
    // "transcript-too-large", "template-missing".
    static Result<CertificateJob> prepare(
        const Wallet &wallet, const QList<qint64> &credentialIds, CertificateOptions options, const QString &title = {});
};

} // namespace Satchel
