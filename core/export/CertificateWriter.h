// The data side of a printed certificate (issue 6): fills one of the certificate templates
// (resources/templates/certificate-*.html) with escaped text, data: URI images and a QR code, and
// says what the finished PDF carries (metadata, the credential as an attachment). The HTML runs no
// script and loads nothing; ui/print turns it into a PDF.
#pragma once

#include "CertificateJob.h"
#include "CertificateOptions.h"
#include "PdfIncrementalUpdate.h"
#include "Result.h"
#include "model/Credential.h"
#include "storage/Wallet.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSizeF>
#include <QStringList>

namespace Satchel {

class CertificateWriter {
    Q_DECLARE_TR_FUNCTIONS(Satchel::CertificateWriter)
public:
    // Larger images are left out: the filled page goes to QWebEnginePage::setHtml, which takes 2 MB
    // once percent-encoded; two images in base64 (4/3 of this each) and the QR code stay under it.
    static constexpr qint64 kMaxImageBytes = 400 * 1024;
    static constexpr int kCriteriaChars = 320;                 // a summary, not the whole narrative
    static constexpr int kMaxSkills = 8;

    // Everything to print stored credential id: the page and what finish() adds. The share link
    // (for the QR code) comes from the wallet's share settings unless options.shareLink is set; the
    // learner's name from the wallet setting "learner.name" unless options.learnerName is.
    static Result<CertificateJob> prepare(const Wallet &wallet, qint64 id, CertificateOptions options);
    static Result<CertificateJob> prepare(
        const StoredCredential &stored, const Credential &credential, const CertificateOptions &options);
    // The PDF that the HTML -> PDF step made from job.html, with job's metadata and attachment.
    static Result<QByteArray> finish(const CertificateJob &job, const QByteArray &renderedPdf);

    // The filled page as UTF-8. Error codes: "template-missing", "template-placeholder".
    static Result<QByteArray> html(
        const StoredCredential &stored, const Credential &credential, const CertificateOptions &options);

    // The name printed as the learner's: credentialSubject.name, else the name the learner gave.
    static QString learnerName(const Credential &credential, const CertificateOptions &options);
    // What the QR code holds: the share link, else the credential's id.
    static QString qrTarget(const Credential &credential, const CertificateOptions &options);
    static PdfMetadata metadata(
        const StoredCredential &stored, const Credential &credential, const CertificateOptions &options);
    // The original bytes as "credential.json" or "credential.jwt".
    static PdfAttachment attachment(const StoredCredential &stored, const Credential &credential);

    static QStringList designNames(); // "classic", "modern", "compact"
    static Result<CertificateOptions::Design> designFromName(const QString &name);
    static QString designName(CertificateOptions::Design design);
    static Result<CertificateOptions::Paper> paperFromName(const QString &name); // "a4", "letter"
    // Page size in millimetres, landscape already applied.
    static QSizeF pageSizeMillimetres(CertificateOptions::Paper paper, bool landscape);
};

} // namespace Satchel
