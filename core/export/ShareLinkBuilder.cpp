#include "ShareLinkBuilder.h"

#include "VerificationPageWriter.h"
#include "i18n/LocaleText.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QUrl>

namespace Satchel {

namespace {

bool isHttpUrl(const QString &value)
{
    return value.startsWith(QLatin1String("https://")) || value.startsWith(QLatin1String("http://"));
}

// "key=value&key=value" with every value percent-encoded; pairs with an empty value are left out
// so that LinkedIn and the others never see an empty parameter.
QString query(const QList<QPair<QString, QString>> &pairs)
{
    QStringList parts;
    for (const auto &[key, value] : pairs) {
        if (!value.isEmpty())
            parts << key + u'=' + ShareLinkBuilder::percentEncode(value);
    }
    return parts.join(u'&');
}

// The base address with exactly one trailing slash, or empty when it is no http(s) URL or has a
// query or fragment (a file name appended to it would land inside them).
QString normalisedBase(const QString &base)
{
    QString value = base.trimmed();
    const QUrl url(value, QUrl::StrictMode);
    if (!isHttpUrl(value) || !url.isValid() || url.host().isEmpty() || url.hasQuery() || url.hasFragment())
        return {};
    if (!value.endsWith(u'/'))
        value += u'/';
    return value;
}

// "mastodon.social" from "https://mastodon.social/", or empty when it is no plausible host.
QString mastodonHost(const QString &instance)
{
    QString host = instance.trimmed();
    if (host.startsWith(QLatin1String("https://")))
        host = host.mid(8);
    while (host.endsWith(u'/'))
        host.chop(1);
    if (host.isEmpty() || host.size() > 253)
        return {};
    for (const QChar c : host) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'.' && c != u'-' && c != u':')
            return {};
    }
    return host.toLower();
}

ShareField field(const char *key, const QString &label, const QString &value)
{
    return ShareField { QLatin1String(key), label, value };
}

} // namespace

QString ShareLinkBuilder::percentEncode(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

bool ShareLinkBuilder::isPubliclyReachable(const QString &url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || (parsed.scheme() != QLatin1String("https") && parsed.scheme() != QLatin1String("http")))
        return false;
    const QString host = parsed.host().toLower();
    if (host.isEmpty() || host == QLatin1String("localhost"))
        return false;
    for (const char *suffix : { ".localhost", ".local", ".internal", ".lan", ".home.arpa" }) {
        if (host.endsWith(QLatin1String(suffix)))
            return false;
    }
    QHostAddress address;
    if (address.setAddress(host)) {
        if (address.isLoopback() || address.isLinkLocal() || address.isNull()
            || address == QHostAddress(QHostAddress::AnyIPv4) || address.isUniqueLocalUnicast())
            return false;
        // Private IPv4 ranges (RFC 1918) and shared address space (RFC 6598).
        for (const auto &[network, prefix] : { QPair<const char *, int> { "10.0.0.0", 8 }, { "172.16.0.0", 12 },
                 { "192.168.0.0", 16 }, { "100.64.0.0", 10 } }) {
            if (address.isInSubnet(QHostAddress(QLatin1String(network)), prefix))
                return false;
        }
    }
    return true;
}

QString ShareLinkBuilder::publicCredentialUrl(const Credential &credential, QStringList *skipped)
{
    QStringList candidates;
    const QJsonObject &json = credential.json;
    switch (credential.format) {
    case CredentialFormat::Ob2Json:
    case CredentialFormat::Ob2Jws: {
        // Only a hosted assertion is published at its id; a signed one's id may be any IRI.
        const QString type
            = json.value(QLatin1String("verification")).toObject().value(QLatin1String("type")).toString();
        if ((type.compare(QLatin1String("hosted"), Qt::CaseInsensitive) == 0
                || type.compare(QLatin1String("HostedBadge"), Qt::CaseInsensitive) == 0)
            && isHttpUrl(credential.id))
            candidates << credential.id;
        break;
    }
    case CredentialFormat::Ob3Json:
    case CredentialFormat::Ob3Jwt:
    case CredentialFormat::ClrJson:
    case CredentialFormat::ClrJwt:
    case CredentialFormat::Ob3Cose:
    case CredentialFormat::ClrCose:
        // OB 3.0 ids are usually urn:uuid; an https id is the issuer's published copy.
        if (credential.id.startsWith(QLatin1String("https://")))
            candidates << credential.id;
        break;
    case CredentialFormat::SdJwtVc:
    case CredentialFormat::Unknown:
        break;
    }
    const QString issuerUrl = json.value(QLatin1String("url")).toString().trimmed();
    if (isHttpUrl(issuerUrl) && !candidates.contains(issuerUrl))
        candidates << issuerUrl;

    for (const QString &candidate : candidates) {
        if (isPubliclyReachable(candidate))
            return candidate;
        if (skipped)
            skipped->append(tr("The credential's address %1 is on this computer or a local network, so others "
                               "cannot open it.")
                                .arg(candidate));
    }
    return {};
}

ShareLinks ShareLinkBuilder::build(
    const Credential &credential, const CredentialSummary &summary, const ShareSettings &settings, const QDateTime &now)
{
    ShareLinks result;
    const QString name = !credential.name.isEmpty() ? credential.name
        : !credential.achievement.name.isEmpty()    ? credential.achievement.name
                                                    : summary.name;
    const QString issuerId = !credential.issuer.id.isEmpty() ? credential.issuer.id : summary.issuerId;
    const QString issuerName = !credential.issuer.name.isEmpty() ? credential.issuer.name : summary.issuerName;
    const QDateTime issued = credential.issued.isValid() ? credential.issued : summary.issued;
    const QDateTime validUntil = credential.validUntil.isValid() ? credential.validUntil : summary.validUntil;
    const QString base = normalisedBase(settings.pageBaseUrl);
    if (!settings.pageBaseUrl.trimmed().isEmpty() && base.isEmpty())
        result.skippedTargets << tr("The hosting address %1 is not an http(s) address.").arg(settings.pageBaseUrl);

    const bool needsUpload = chooseTarget(result, credential, settings, base);
    addWarnings(result, credential, summary.status, validUntil, now, needsUpload, base);
    addLinkedInFields(result, credential, settings.linkedInOrganizationIds.value(issuerId).trimmed(), name,
                      issuerName, issued, validUntil);
    addLinks(result, settings, name, issuerName);
    return result;
}

// The link others will open, best first: the public link the learner made, the credential's own
// address, the learner's verifier page, the self-contained page. True when a file must be uploaded
// for it to work.
bool ShareLinkBuilder::chooseTarget(ShareLinks &result, const Credential &credential, const ShareSettings &settings,
                                    const QString &base)
{
    bool needsUpload = false;
    // 0. The public link the learner made (its page checks the credential for whoever opens it).
    if (isHttpUrl(settings.publicLinkUrl)) {
        result.targetKind = ShareTargetKind::PublicLink;
        result.targetUrl = settings.publicLinkUrl;
        result.targetExplanation = tr("The link opens your credential on %1, which checks it for anyone who opens "
                                      "it, until you stop sharing.")
                                       .arg(QUrl(settings.publicLinkUrl).host());
    }

    // 1. The credential's own address.
    if (result.targetUrl.isEmpty())
        result.targetUrl = publicCredentialUrl(credential, &result.skippedTargets);
    if (!result.targetUrl.isEmpty() && result.targetKind != ShareTargetKind::PublicLink) {
        result.targetKind = ShareTargetKind::CredentialUrl;
        result.targetExplanation = tr("The link opens the credential where its issuer publishes it, so anyone can "
                                      "check it with the issuer.");
    }

    // 2. The learner's verifier page.
    const QString verifier = settings.verifierUrlTemplate.trimmed();
    if (result.targetUrl.isEmpty() && !verifier.isEmpty()) {
        const bool wantsUrl = verifier.contains(QLatin1String("{url}"));
        const bool wantsId = verifier.contains(QLatin1String("{id}"));
        if (!isHttpUrl(verifier)) {
            result.skippedTargets << tr("The verifier URL template is not an http(s) address.");
        } else if (!wantsUrl && !wantsId) {
            result.skippedTargets << tr("The verifier URL template has neither {url} nor {id} in it.");
        } else if (wantsUrl && base.isEmpty()) {
            result.skippedTargets << tr("The verifier URL template needs {url}, the address of the credential file, "
                                        "but no hosting address is set.");
        } else if (wantsId && credential.id.isEmpty()) {
            result.skippedTargets << tr("The verifier URL template needs {id}, but the credential has no id.");
        } else {
            QString url = verifier;
            url.replace(QLatin1String("{url}"), percentEncode(base + VerificationPageWriter::rawFileName(credential)));
            url.replace(QLatin1String("{id}"), percentEncode(credential.id));
            result.targetKind = ShareTargetKind::VerifierPage;
            result.targetUrl = url;
            needsUpload = wantsUrl;
            result.targetExplanation = wantsUrl
                ? tr("The link opens your verifier page, which fetches the credential file from %1 and shows "
                     "whether it is genuine.")
                      .arg(base)
                : tr("The link opens your verifier page, which looks the credential up by its id and shows "
                     "whether it is genuine.");
        }
    }

    // 3. The self-contained page, wherever the learner will put it.
    if (result.targetUrl.isEmpty() && !base.isEmpty()) {
        result.targetKind = ShareTargetKind::SelfHostedPage;
        result.targetUrl = base + VerificationPageWriter::pageFileName(credential);
        needsUpload = true;
        result.targetExplanation = tr("The link opens the verification page you host at %1: the badge, a summary, "
                                      "the credential itself and how anyone can verify it.")
                                       .arg(base);
    }

    if (result.targetUrl.isEmpty()) {
        result.targetKind = ShareTargetKind::None;
        result.targetExplanation = tr("There is no link others can open. Set a verifier URL template or the address "
                                      "where you will host the verification page, or share the credential file.");
    }

    return needsUpload;
}

void ShareLinkBuilder::addWarnings(ShareLinks &result, const Credential &credential, const QString &status,
                                   const QDateTime &validUntil, const QDateTime &now, bool needsUpload,
                                   const QString &base)
{
    // Warnings, most serious first.
    if (status == QLatin1String("revoked") || credential.revokedFlag)
        result.warnings << ShareWarning { QStringLiteral("revoked"),
            tr("The issuer has revoked this credential: anyone who checks it will see that it is no longer valid.") };
    if (status == QLatin1String("expired") || (validUntil.isValid() && now.isValid() && validUntil < now))
        result.warnings << ShareWarning { QStringLiteral("expired"),
            validUntil.isValid()
                ? tr("This credential expired on %1.").arg(LocaleText::date(validUntil))
                : tr("This credential has expired.") };
    if (status == QLatin1String("not-yet-valid"))
        result.warnings << ShareWarning { QStringLiteral("not-yet-valid"), tr("This credential is not valid yet.") };
    if (status == QLatin1String("invalid"))
        result.warnings << ShareWarning { QStringLiteral("invalid"),
            tr("The last verification failed: others will not be able to confirm this credential.") };
    if (status.isEmpty())
        result.warnings << ShareWarning { QStringLiteral("unverified"),
            tr("This credential has not been verified yet. Verify it before you share it.") };
    else if (status == QLatin1String("unknown"))
        result.warnings << ShareWarning { QStringLiteral("unverified"),
            tr("The last verification could not check everything (a lookup failed or you were offline).") };
    if (result.targetKind == ShareTargetKind::None)
        result.warnings << ShareWarning { QStringLiteral("no-link"), tr("There is no link to share.") };
    if (needsUpload)
        result.warnings << ShareWarning { QStringLiteral("upload-needed"),
            result.targetKind == ShareTargetKind::SelfHostedPage
                ? tr("Upload the verification page (%1) to %2 before you share the link.")
                      .arg(VerificationPageWriter::pageFileName(credential), base)
                : tr("Upload the credential file (%1) to %2 before you share the link.")
                      .arg(VerificationPageWriter::rawFileName(credential), base) };
}

void ShareLinkBuilder::addLinkedInFields(ShareLinks &result, const Credential &credential,
                                         const QString &organizationId, const QString &name,
                                         const QString &issuerName, const QDateTime &issued,
                                         const QDateTime &validUntil)
{
    // LinkedIn "Add to profile" (certification): the fields in the order of the URL.
    result.linkedInFields << field("name", tr("Name"), name);
    if (!organizationId.isEmpty())
        result.linkedInFields << field("organizationId", tr("Issuing organization (LinkedIn id)"), organizationId);
    else
        result.linkedInFields << field("organizationName", tr("Issuing organization"), issuerName);
    if (issued.isValid()) {
        const QDate date = issued.toUTC().date();
        result.linkedInFields << field("issueYear", tr("Issue year"), QString::number(date.year()))
                              << field("issueMonth", tr("Issue month"), QString::number(date.month()));
    }
    if (validUntil.isValid()) {
        const QDate date = validUntil.toUTC().date();
        result.linkedInFields << field("expirationYear", tr("Expiration year"), QString::number(date.year()))
                              << field("expirationMonth", tr("Expiration month"), QString::number(date.month()));
    }
    result.linkedInFields << field("certUrl", tr("Credential URL"), result.targetUrl)
                          << field("certId", tr("Credential ID"), credential.id);
    result.linkedInFields.removeIf([](const ShareField &f) { return f.value.isEmpty(); });
}

void ShareLinkBuilder::addLinks(ShareLinks &result, const ShareSettings &settings, const QString &name,
                                const QString &issuerName)
{
    // The links.
    const QString &url = result.targetUrl;
    const bool hasUrl = !url.isEmpty();
    result.shareText = issuerName.isEmpty() ? tr("I earned \"%1\".").arg(name)
                                            : tr("I earned \"%1\" from %2.").arg(name, issuerName);
    const QString textWithUrl
        = hasUrl ? tr("%1 %2", "share text, then its link").arg(result.shareText, url) : result.shareText;
    const QString noUrl = tr("Needs a link others can open.");

    QList<QPair<QString, QString>> linkedInQuery { { QStringLiteral("startTask"),
        QStringLiteral("CERTIFICATION_NAME") } };
    for (const ShareField &f : result.linkedInFields)
        linkedInQuery.append({ f.key, f.value });
    result.links << ShareLink { QStringLiteral("linkedin-profile"), tr("LinkedIn: add to profile"),
        name.isEmpty() ? QString() : QStringLiteral("https://www.linkedin.com/profile/add?") + query(linkedInQuery),
        !name.isEmpty(), name.isEmpty() ? tr("The credential has no name.") : QString(), false };
    result.links << ShareLink { QStringLiteral("linkedin-feed"), tr("LinkedIn: post"),
        hasUrl ? QStringLiteral("https://www.linkedin.com/sharing/share-offsite/?")
                + query({ { QStringLiteral("url"), url } })
               : QString(),
        hasUrl, hasUrl ? QString() : noUrl };
    result.links << ShareLink { QStringLiteral("x"), tr("X"),
        QStringLiteral("https://twitter.com/intent/tweet?")
            + query({ { QStringLiteral("text"), result.shareText }, { QStringLiteral("url"), url } }),
        true, QString() };
    result.links << ShareLink { QStringLiteral("facebook"), tr("Facebook"),
        hasUrl ? QStringLiteral("https://www.facebook.com/sharer/sharer.php?") + query({ { QStringLiteral("u"), url } })
               : QString(),
        hasUrl, hasUrl ? QString() : noUrl };
    const QString mastodon = mastodonHost(settings.mastodonInstance);
    result.links << ShareLink { QStringLiteral("mastodon"), tr("Mastodon"),
        mastodon.isEmpty() ? QString()
                           : QStringLiteral("https://") + mastodon + QStringLiteral("/share?")
                + query({ { QStringLiteral("text"), textWithUrl } }),
        !mastodon.isEmpty(),
        mastodon.isEmpty() ? (settings.mastodonInstance.trimmed().isEmpty()
                ? tr("Set your Mastodon server first.")
                : tr("%1 is not a Mastodon server name.").arg(settings.mastodonInstance))
                           : QString() };
    result.links << ShareLink { QStringLiteral("bluesky"), tr("Bluesky"),
        QStringLiteral("https://bsky.app/intent/compose?") + query({ { QStringLiteral("text"), textWithUrl } }), true,
        QString() };
    // RFC 6068: line breaks in a body are CRLF, percent-encoded like everything else.
    const QString subject = tr("My credential: %1").arg(name);
    QString body = hasUrl
        ? tr("Hello,\n\n%1\nYou can see it and check that it is genuine here: %2\n").arg(result.shareText, url)
        : tr("Hello,\n\n%1\nI can send you the credential file so that you can check it.\n").arg(result.shareText);
    body.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    body.replace(u'\n', QLatin1String("\r\n"));
    result.links << ShareLink { QStringLiteral("email"), tr("E-mail"),
        QStringLiteral("mailto:?")
            + query({ { QStringLiteral("subject"), subject }, { QStringLiteral("body"), body } }),
        true, QString() };
    result.links << ShareLink { QStringLiteral("link"), tr("Copy link"), url, hasUrl, hasUrl ? QString() : noUrl };
}

} // namespace Satchel
