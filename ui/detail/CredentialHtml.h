// The detail page of one credential as a self-contained HTML document. Everything that comes from
// the credential is escaped; Markdown goes through SafeMarkdown; images are re-encoded from stored
// bytes into data: URIs; links are shown only for http(s)/mailto. No script, no remote load.
#pragma once

#include "pathways/PathwayOverview.h"
#include "model/Credential.h"
#include "storage/CredentialProvenance.h"
#include "storage/PresentationLogEntry.h"
#include "storage/CredentialSummary.h"
#include "storage/CredentialVersion.h"
#include "trust/IssuerTrust.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QPalette>
#include <QString>

#include <optional>

namespace Satchel {

struct CredentialPage {
    CredentialSummary summary;
    Credential credential;
    RawCredential raw;
    std::optional<CredentialProvenance> provenance; // when an issuer sent it (File → Receive…)
    QByteArray imageBytes;        // the badge image as stored (PNG, SVG...), may be empty
    QByteArray issuerImageBytes;  // the issuer's image from a data: URI or the fetched-document cache
    QString verificationReport;   // JSON of the last verification, empty when never verified
    bool hasIdentities = false;   // the learner has identities: "not issued to you" can be said
    QList<PathwayCountsToward> countsToward; // the pathways it counts toward, with their progress
    QList<CredentialVersion> otherVersions;  // the copies with the same issuer and id it does not show
    QList<PresentationLogEntry> presentations; // who it was shown to (the presentation log), newest first
    bool offerVerify = true;      // false on read-only pages (a review): no "Verify now" link
    // Who stands behind the issuer, from the learner's trust registries; beside the verdict, never
    // part of it. Unset: not shown.
    std::optional<IssuerTrust> issuerTrust;
};

class DetailHtmlBuilder;

class CredentialHtml {
    Q_DECLARE_TR_FUNCTIONS(Satchel::CredentialHtml)
public:
    // The page's own "Print certificate…" link, which the detail view handles (never a credential's).
    static constexpr const char *kPrintUrl = "satchel:print-certificate";
    // "Mark this issuer as known to me" and its undoing, handled by the detail view.
    static constexpr const char *kKnownIssuerUrl = "satchel:known-issuer";
    static constexpr const char *kUnknownIssuerUrl = "satchel:unknown-issuer";

    static QString render(const CredentialPage &page, const QPalette &palette);
    // The state the page shows (StatusStyle::presentation()).
    static QString shownStatus(const CredentialPage &page);

    // The largest image the page shows (an issuer's data: URI, the stored badge): beyond it, none.
    static constexpr qint64 kMaxImageBytes = 8 * 1024 * 1024;
    // The image re-encoded as a PNG data: URI no larger than maxSide; empty when undecodable.
    static QString imageDataUri(const QByteArray &bytes, int maxSide);

private:
    static QString headerHtml(const CredentialPage &page, const QString &status);
    static QString trustHtml(const CredentialPage &page);
    static void countsTowardSection(DetailHtmlBuilder &b, const CredentialPage &page);
    static void awardSection(DetailHtmlBuilder &b, const CredentialPage &page);
    static void peopleSections(DetailHtmlBuilder &b, const CredentialPage &page);       // recipient, issuer
    static void achievementSections(DetailHtmlBuilder &b, const CredentialPage &page);  // criteria, skills
    static void evidenceAndResultSections(DetailHtmlBuilder &b, const CredentialPage &page);
    static void recordSections(DetailHtmlBuilder &b, const CredentialPage &page);       // endorsements, CLR
    static void sourceSections(DetailHtmlBuilder &b, const CredentialPage &page);       // tags, source, raw
    static QString pageCss(const QPalette &palette);
};

} // namespace Satchel
