// ShareLinkBuilder: exact share URLs for a demo credential (the percent-encodings below are worked
// out by hand from the UTF-8 bytes, not produced by the code under test), the LinkedIn fields,
// the target fallback chain and the warnings.
#include "export/ShareLinkBuilder.h"
#include "export/VerificationPageWriter.h"

#include <QTest>

using namespace Satchel;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);

// "Données & IA: niveau 1" by "Université Côte Verte", public https id.
Credential demoCredential()
{
    Credential c;
    c.format = CredentialFormat::Ob3Json;
    c.id = QStringLiteral("https://badges.example.org/credentials/42");
    c.name = QStringLiteral("Données & IA: niveau 1");
    c.issuer.id = QStringLiteral("https://issuer.example.org/");
    c.issuer.name = QStringLiteral("Université Côte Verte");
    c.issued = QDateTime(QDate(2024, 3, 15), QTime(10, 0), Qt::UTC);
    c.validUntil = QDateTime(QDate(2027, 3, 31), QTime(0, 0), Qt::UTC);
    return c;
}

CredentialSummary summaryWith(const QString &status)
{
    CredentialSummary s;
    s.id = 7;
    s.status = status;
    return s;
}

// Hand-encoded pieces.
const QString kEncUrl = QStringLiteral("https%3A%2F%2Fbadges.example.org%2Fcredentials%2F42");
const QString kEncName = QStringLiteral("Donn%C3%A9es%20%26%20IA%3A%20niveau%201");
const QString kEncIssuer = QStringLiteral("Universit%C3%A9%20C%C3%B4te%20Verte");
const QString kEncText = QStringLiteral(
    "I%20earned%20%22Donn%C3%A9es%20%26%20IA%3A%20niveau%201%22%20from%20Universit%C3%A9%20C%C3%B4te%20Verte.");

QStringList warningCodes(const ShareLinks &links)
{
    QStringList codes;
    for (const ShareWarning &w : links.warnings)
        codes << w.code;
    return codes;
}

} // namespace

class TestShareLinkBuilder : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void percentEncoding_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("unreserved") << QStringLiteral("AZaz09-._~") << QStringLiteral("AZaz09-._~");
        QTest::newRow("space") << QStringLiteral("a b") << QStringLiteral("a%20b");
        QTest::newRow("reserved") << QStringLiteral(":/?#[]@!$&'()*+,;=")
                                  << QStringLiteral("%3A%2F%3F%23%5B%5D%40%21%24%26%27%28%29%2A%2B%2C%3B%3D");
        QTest::newRow("percent") << QStringLiteral("100%") << QStringLiteral("100%25");
        QTest::newRow("e-acute") << QStringLiteral("é") << QStringLiteral("%C3%A9");
        QTest::newRow("cjk") << QStringLiteral("設計") << QStringLiteral("%E8%A8%AD%E8%A8%88");
        QTest::newRow("emoji") << QStringLiteral("🚀") << QStringLiteral("%F0%9F%9A%80");
        QTest::newRow("newline") << QStringLiteral("a\r\nb") << QStringLiteral("a%0D%0Ab");
    }
    void percentEncoding()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(ShareLinkBuilder::percentEncode(in), out);
    }

    void goldenLinks_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("url");
        QTest::newRow("linkedin-profile")
            << QStringLiteral("linkedin-profile")
            << QStringLiteral("https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME&name=") + kEncName
                + QStringLiteral("&organizationName=") + kEncIssuer
                + QStringLiteral("&issueYear=2024&issueMonth=3&expirationYear=2027&expirationMonth=3&certUrl=")
                + kEncUrl + QStringLiteral("&certId=") + kEncUrl;
        QTest::newRow("linkedin-feed") << QStringLiteral(
            "linkedin-feed") << QStringLiteral("https://www.linkedin.com/sharing/share-offsite/?url=") + kEncUrl;
        QTest::newRow("x") << QStringLiteral("x")
                           << QStringLiteral("https://twitter.com/intent/tweet?text=") + kEncText
                + QStringLiteral("&url=") + kEncUrl;
        QTest::newRow("facebook") << QStringLiteral("facebook")
                                  << QStringLiteral("https://www.facebook.com/sharer/sharer.php?u=") + kEncUrl;
        QTest::newRow("mastodon") << QStringLiteral("mastodon")
                                  << QStringLiteral("https://mastodon.social/share?text=") + kEncText
                + QStringLiteral("%20") + kEncUrl;
        QTest::newRow("bluesky") << QStringLiteral("bluesky")
                                 << QStringLiteral("https://bsky.app/intent/compose?text=") + kEncText
                + QStringLiteral("%20") + kEncUrl;
        QTest::newRow("email") << QStringLiteral("email")
                               << QStringLiteral("mailto:?subject=My%20credential%3A%20") + kEncName
                + QStringLiteral("&body=Hello%2C%0D%0A%0D%0A") + kEncText
                + QStringLiteral("%0D%0AYou%20can%20see%20it%20and%20check%20that%20it%20is%20genuine%20here%3A%20")
                + kEncUrl + QStringLiteral("%0D%0A");
        QTest::newRow("link") << QStringLiteral("link") << QStringLiteral("https://badges.example.org/credentials/42");
    }
    void goldenLinks()
    {
        QFETCH(QString, key);
        QFETCH(QString, url);
        ShareSettings settings;
        settings.mastodonInstance = QStringLiteral("https://Mastodon.social/"); // scheme, case and slash tolerated
        const ShareLinks links
            = ShareLinkBuilder::build(demoCredential(), summaryWith(QStringLiteral("valid")), settings, kNow);
        QCOMPARE(links.targetKind, ShareTargetKind::CredentialUrl);
        const ShareLink *link = links.link(key);
        QVERIFY(link);
        QVERIFY(link->available);
        QCOMPARE(link->url, url);
        QVERIFY(links.warnings.isEmpty());
    }

    void linkedInFields()
    {
        ShareSettings settings;
        ShareLinks links
            = ShareLinkBuilder::build(demoCredential(), summaryWith(QStringLiteral("valid")), settings, kNow);
        QStringList keys;
        for (const ShareField &f : links.linkedInFields)
            keys << f.key;
        QCOMPARE(keys,
            (QStringList { "name", "organizationName", "issueYear", "issueMonth", "expirationYear", "expirationMonth",
                "certUrl", "certId" }));
        QCOMPARE(links.linkedInFields.at(1).value, QStringLiteral("Université Côte Verte"));
        QCOMPARE(links.linkedInFields.at(3).value, QStringLiteral("3"));

        // organizationId wins (and organizationName goes) once the learner set one for the issuer.
        settings.linkedInOrganizationIds.insert(QStringLiteral("https://issuer.example.org/"), QStringLiteral("1337"));
        links = ShareLinkBuilder::build(demoCredential(), summaryWith(QStringLiteral("valid")), settings, kNow);
        QCOMPARE(links.linkedInFields.at(1).key, QStringLiteral("organizationId"));
        QCOMPARE(links.linkedInFields.at(1).value, QStringLiteral("1337"));
        QCOMPARE(links.link(QStringLiteral("linkedin-profile"))->url,
            QStringLiteral("https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME&name=") + kEncName
                + QStringLiteral(
                    "&organizationId=1337&issueYear=2024&issueMonth=3&expirationYear=2027&expirationMonth=3"
                    "&certUrl=")
                + kEncUrl + QStringLiteral("&certId=") + kEncUrl);

        // An id set for another issuer does not apply.
        settings.linkedInOrganizationIds.clear();
        settings.linkedInOrganizationIds.insert(QStringLiteral("https://other.example.org/"), QStringLiteral("99"));
        links = ShareLinkBuilder::build(demoCredential(), summaryWith(QStringLiteral("valid")), settings, kNow);
        QCOMPARE(links.linkedInFields.at(1).key, QStringLiteral("organizationName"));
    }

    void missingDatesAndId()
    {
        Credential c = demoCredential();
        c.id = QStringLiteral("urn:uuid:5b1e1e4c-0000-4000-8000-000000000001");
        c.issued = QDateTime();
        c.validUntil = QDateTime();
        const ShareLinks links
            = ShareLinkBuilder::build(c, summaryWith(QStringLiteral("valid")), ShareSettings(), kNow);
        QCOMPARE(links.targetKind, ShareTargetKind::None);
        QCOMPARE(links.link(QStringLiteral("linkedin-profile"))->url,
            QStringLiteral("https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME&name=") + kEncName
                + QStringLiteral("&organizationName=") + kEncIssuer
                + QStringLiteral("&certId=urn%3Auuid%3A5b1e1e4c-0000-4000-8000-000000000001"));
        QCOMPARE(
            links.link(QStringLiteral("x"))->url, QStringLiteral("https://twitter.com/intent/tweet?text=") + kEncText);
        QVERIFY(!links.link(QStringLiteral("facebook"))->available);
        QVERIFY(!links.link(QStringLiteral("linkedin-feed"))->available);
        QVERIFY(!links.link(QStringLiteral("link"))->available);
        QVERIFY(!links.link(QStringLiteral("mastodon"))->available); // no instance set
        QCOMPARE(links.link(QStringLiteral("email"))->url,
            QStringLiteral("mailto:?subject=My%20credential%3A%20") + kEncName
                + QStringLiteral("&body=Hello%2C%0D%0A%0D%0A") + kEncText
                + QStringLiteral("%0D%0AI%20can%20send%20you%20the%20credential%20file%20so%20that%20you%20can%20check%"
                                 "20it.%0D%0A"));
        QVERIFY(warningCodes(links).contains(QStringLiteral("no-link")));
    }

    void fallbackChain()
    {
        Credential c = demoCredential();
        c.id = QStringLiteral("urn:uuid:5b1e1e4c-0000-4000-8000-000000000001");
        const CredentialSummary summary = summaryWith(QStringLiteral("valid"));
        ShareSettings settings;

        // {url} needs a hosting address: without one the template is skipped, with a reason.
        settings.verifierUrlTemplate = QStringLiteral("https://verifierplus.org/?url={url}");
        ShareLinks links = ShareLinkBuilder::build(c, summary, settings, kNow);
        QCOMPARE(links.targetKind, ShareTargetKind::None);
        QCOMPARE(links.skippedTargets.size(), 1);

        settings.pageBaseUrl = QStringLiteral("https://me.example.org/badges");
        links = ShareLinkBuilder::build(c, summary, settings, kNow);
        QCOMPARE(links.targetKind, ShareTargetKind::VerifierPage);
        const QString rawName = VerificationPageWriter::rawFileName(c);
        QVERIFY(rawName.endsWith(QLatin1String(".json")));
        QVERIFY(rawName.startsWith(QLatin1String("donnees-ia-niveau-1-")));
        QCOMPARE(links.targetUrl,
            QStringLiteral("https://verifierplus.org/?url=https%3A%2F%2Fme.example.org%2Fbadges%2F") + rawName);
        QVERIFY(warningCodes(links).contains(QStringLiteral("upload-needed")));

        settings.verifierUrlTemplate = QStringLiteral("https://verify.example.net/check?id={id}");
        links = ShareLinkBuilder::build(c, summary, settings, kNow);
        QCOMPARE(links.targetKind, ShareTargetKind::VerifierPage);
        QCOMPARE(links.targetUrl,
            QStringLiteral("https://verify.example.net/check?id=urn%3Auuid%3A5b1e1e4c-0000-4000-8000-000000000001"));
        QVERIFY(!warningCodes(links).contains(QStringLiteral("upload-needed")));

        settings.verifierUrlTemplate = QStringLiteral("javascript:alert(1)//{id}");
        links = ShareLinkBuilder::build(c, summary, settings, kNow);
        QCOMPARE(links.targetKind, ShareTargetKind::SelfHostedPage);
        QCOMPARE(links.targetUrl,
            QStringLiteral("https://me.example.org/badges/") + VerificationPageWriter::pageFileName(c));
        QCOMPARE(links.link(QStringLiteral("link"))->url, links.targetUrl);

        // A hosting address with a query cannot take a file name: it is refused, with a reason.
        settings.pageBaseUrl = QStringLiteral("https://me.example.org/?page=");
        links = ShareLinkBuilder::build(c, summary, settings, kNow);
        QCOMPARE(links.targetKind, ShareTargetKind::None);
        QVERIFY(!links.skippedTargets.isEmpty());
        settings.pageBaseUrl = QStringLiteral("https://me.example.org/badges");

        // The credential's own address beats everything the learner configured.
        links = ShareLinkBuilder::build(demoCredential(), summary, settings, kNow);
        QCOMPARE(links.targetKind, ShareTargetKind::CredentialUrl);

        // ...except a public link the learner made: it comes first, and every target uses it.
        settings.publicLinkUrl = QStringLiteral("https://verifierplus.org/share/abc");
        links = ShareLinkBuilder::build(demoCredential(), summary, settings, kNow);
        QCOMPARE(links.targetKind, ShareTargetKind::PublicLink);
        QCOMPARE(links.targetUrl, settings.publicLinkUrl);
        QCOMPARE(links.link(QStringLiteral("link"))->url, settings.publicLinkUrl);
        QVERIFY(links.link(QStringLiteral("x"))->url.contains(QLatin1String("verifierplus.org%2Fshare%2Fabc")));
        QVERIFY(!warningCodes(links).contains(QStringLiteral("upload-needed")));
        settings.publicLinkUrl = QStringLiteral("javascript:alert(1)");
        QCOMPARE(ShareLinkBuilder::build(demoCredential(), summary, settings, kNow).targetKind, ShareTargetKind::CredentialUrl);
    }

    void publicUrl_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("verificationType");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("expected");
        const int ob2 = int(CredentialFormat::Ob2Json);
        const int ob3 = int(CredentialFormat::Ob3Json);
        QTest::newRow("ob2 hosted https") << ob2 << "https://i.example.org/a/1"
                                          << "hosted"
                                          << ""
                                          << "https://i.example.org/a/1";
        QTest::newRow("ob2 HostedBadge http") << ob2 << "http://i.example.org/a/1"
                                              << "HostedBadge"
                                              << ""
                                              << "http://i.example.org/a/1";
        QTest::newRow("ob2 hosted loopback") << ob2 << "http://127.0.0.1:18001/ob2/a"
                                             << "hosted"
                                             << ""
                                             << "";
        QTest::newRow("ob2 signed") << ob2 << "https://i.example.org/a/1"
                                    << "signed"
                                    << ""
                                    << "";
        QTest::newRow("ob3 https") << ob3 << "https://i.example.org/c/1"
                                   << ""
                                   << ""
                                   << "https://i.example.org/c/1";
        QTest::newRow("ob3 http") << ob3 << "http://i.example.org/c/1"
                                  << ""
                                  << ""
                                  << "";
        QTest::newRow("ob3 urn") << ob3 << "urn:uuid:1"
                                 << ""
                                 << ""
                                 << "";
        QTest::newRow("issuer url") << ob3 << "urn:uuid:1"
                                    << ""
                                    << "https://i.example.org/view/1"
                                    << "https://i.example.org/view/1";
        QTest::newRow("issuer url private") << ob3 << "urn:uuid:1"
                                            << ""
                                            << "https://192.168.1.4/view/1"
                                            << "";
    }
    void publicUrl()
    {
        QFETCH(int, format);
        QFETCH(QString, id);
        QFETCH(QString, verificationType);
        QFETCH(QString, url);
        QFETCH(QString, expected);
        Credential c;
        c.format = CredentialFormat(format);
        c.id = id;
        if (!verificationType.isEmpty())
            c.json.insert(QStringLiteral("verification"), QJsonObject { { QStringLiteral("type"), verificationType } });
        if (!url.isEmpty())
            c.json.insert(QStringLiteral("url"), url);
        QStringList skipped;
        QCOMPARE(ShareLinkBuilder::publicCredentialUrl(c, &skipped), expected);
    }

    void reachability_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("reachable");
        QTest::newRow("public") << "https://badges.example.org/x" << true;
        QTest::newRow("localhost") << "http://localhost:8080/x" << false;
        QTest::newRow("loopback") << "http://127.0.0.1/x" << false;
        QTest::newRow("v6 loopback") << "http://[::1]/x" << false;
        QTest::newRow("rfc1918 10") << "https://10.1.2.3/x" << false;
        QTest::newRow("rfc1918 172") << "https://172.20.0.1/x" << false;
        QTest::newRow("172 public") << "https://172.32.0.1/x" << true;
        QTest::newRow("mdns") << "https://printer.local/x" << false;
        QTest::newRow("ftp") << "ftp://badges.example.org/x" << false;
    }
    void reachability()
    {
        QFETCH(QString, url);
        QFETCH(bool, reachable);
        QCOMPARE(ShareLinkBuilder::isPubliclyReachable(url), reachable);
    }

    void warnings_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<bool>("revokedFlag");
        QTest::addColumn<QDateTime>("validUntil");
        QTest::addColumn<QStringList>("codes");
        const QDateTime future(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC);
        const QDateTime past(QDate(2021, 2, 23), QTime(0, 17, 40), Qt::UTC);
        QTest::newRow("valid") << "valid" << false << future << QStringList {};
        QTest::newRow("never verified") << "" << false << future << QStringList { "unverified" };
        QTest::newRow("unknown") << "unknown" << false << future << QStringList { "unverified" };
        QTest::newRow("revoked") << "revoked" << false << future << QStringList { "revoked" };
        QTest::newRow("revoked flag") << "" << true << future << QStringList { "revoked", "unverified" };
        QTest::newRow("expired status") << "expired" << false << past << QStringList { "expired" };
        QTest::newRow("expired since check") << "valid" << false << past << QStringList { "expired" };
        QTest::newRow("invalid") << "invalid" << false << future << QStringList { "invalid" };
    }
    void warnings()
    {
        QFETCH(QString, status);
        QFETCH(bool, revokedFlag);
        QFETCH(QDateTime, validUntil);
        QFETCH(QStringList, codes);
        Credential c = demoCredential();
        c.revokedFlag = revokedFlag;
        c.validUntil = validUntil;
        const ShareLinks links = ShareLinkBuilder::build(c, summaryWith(status), ShareSettings(), kNow);
        QCOMPARE(warningCodes(links), codes);
        for (const ShareWarning &w : links.warnings)
            QVERIFY(!w.message.isEmpty());
    }

    void mastodonInstance_data()
    {
        QTest::addColumn<QString>("instance");
        QTest::addColumn<QString>("prefix");
        QTest::newRow("host") << "fosstodon.org"
                              << "https://fosstodon.org/share?text=";
        QTest::newRow("url") << "https://hachyderm.io/"
                             << "https://hachyderm.io/share?text=";
        QTest::newRow("bad") << "evil.example/x?y"
                             << "";
        QTest::newRow("http") << "http://plain.example"
                              << "";
    }
    void mastodonInstance()
    {
        QFETCH(QString, instance);
        QFETCH(QString, prefix);
        ShareSettings settings;
        settings.mastodonInstance = instance;
        const ShareLinks links
            = ShareLinkBuilder::build(demoCredential(), summaryWith(QStringLiteral("valid")), settings, kNow);
        const ShareLink *link = links.link(QStringLiteral("mastodon"));
        QCOMPARE(link->available, !prefix.isEmpty());
        if (prefix.isEmpty())
            QVERIFY(!link->note.isEmpty());
        else
            QVERIFY(link->url.startsWith(prefix));
    }
};

QTEST_GUILESS_MAIN(TestShareLinkBuilder)
#include "TestShareLinkBuilder.moc"
