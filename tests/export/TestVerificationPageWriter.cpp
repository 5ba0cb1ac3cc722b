// VerificationPageWriter: a credential whose fields hold markup comes out escaped; the page runs no
// script, loads nothing remote, embeds the original bytes and its image, and explains verification.
#include "export/VerificationPageWriter.h"
#include "io/StandalonePagePolicy.h"

#include <QRegularExpression>
#include <QTest>

using namespace Satchel;

namespace {

const QByteArray kRaw = QByteArrayLiteral("{\"@context\":[\"https://www.w3.org/ns/credentials/"
                                          "v2\"],\"id\":\"urn:uuid:0000\",\"type\":[\"VerifiableCredential\","
                                          "\"OpenBadgeCredential\"],\"name\":\"<script>alert(1)</"
                                          "script>\",\"issuer\":{\"id\":\"did:key:z6Mk\",\"name\":\"Evil & "
                                          "\\\"Co\\\" <img src=x onerror=alert(2)>\"}}");

Credential hostileCredential()
{
    Credential c;
    c.format = CredentialFormat::Ob3Json;
    c.id = QStringLiteral("urn:uuid:0000");
    c.name = QStringLiteral("<script>alert(1)</script>");
    c.description = QStringLiteral("</p><script src=\"https://evil.example/x.js\"></script>{{heading}}");
    c.issuer.id = QStringLiteral("did:key:z6Mk");
    c.issuer.name = QStringLiteral("Evil & \"Co\" <img src=x onerror=alert(2)>");
    c.recipientName = QStringLiteral("Zoë 'O' Brien");
    c.issued = QDateTime(QDate(2024, 11, 14), QTime(5, 22, 32), Qt::UTC);
    return c;
}

StoredCredential storedFor(const QByteArray &raw, const QString &status = QStringLiteral("valid"))
{
    StoredCredential stored;
    stored.summary.id = 1;
    stored.summary.status = status;
    stored.summary.verifiedAt = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
    stored.raw.format = CredentialFormat::Ob3Json;
    stored.raw.bytes = raw;
    stored.imageBytes = QByteArray("\x89PNG\r\n\x1a\nfake", 12);
    stored.imageType = QStringLiteral("image/png");
    return stored;
}

} // namespace

class TestVerificationPageWriter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Dates on the page are in the language Satchel runs in: British English here.
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void escapesEverything()
    {
        auto page = VerificationPageWriter::write(
            storedFor(kRaw), hostileCredential(), QDateTime(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC));
        QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().message));
        const QString html = QString::fromUtf8(*page);
        QVERIFY(!html.contains(QLatin1String("<script"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QLatin1String("<img src=x")));
        QVERIFY(html.contains(QLatin1String("<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>")));
        QVERIFY(html.contains(QLatin1String("Evil &amp; &quot;Co&quot; &lt;img src=x onerror=alert(2)&gt;")));
        QVERIFY(html.contains(QStringLiteral("Zoë &#39;O&#39; Brien")));
        // A value that looks like a placeholder stays text.
        QVERIFY(html.contains(QLatin1String("&lt;/script&gt;{{heading}}")));
        // The raw credential, escaped in a <pre>, and verbatim in the download link.
        QVERIFY(html.contains(QLatin1String("<pre>{&quot;@context&quot;")));
        QVERIFY(html.contains(QLatin1String("data:application/json;base64,") + QString::fromLatin1(kRaw.toBase64())));
        QVERIFY(html.contains(QLatin1String("download=\"") + VerificationPageWriter::rawFileName(hostileCredential())));
    }

    void noScriptNoRemoteLoads()
    {
        auto page
            = VerificationPageWriter::write(storedFor(kRaw), hostileCredential(), QDateTime::currentDateTimeUtc());
        QVERIFY(page.ok());
        const QString html = QString::fromUtf8(*page);
        QVERIFY(html.contains(QLatin1String("http-equiv=\"Content-Security-Policy\"")));
        // The one policy every page for someone else's browser carries (a review's summary.html too).
        QVERIFY(html.contains(StandalonePagePolicy::headMeta()));
        QVERIFY(html.contains(QLatin1String("script-src 'none'")));
        QVERIFY(html.contains(QLatin1String("default-src 'none'")));
        // Every src= and CSS url() is a data: URI; hyperlinks may point out, nothing is loaded.
        const QRegularExpression src(QStringLiteral("\\bsrc=\"([^\"]*)\""));
        int sources = 0;
        for (auto it = src.globalMatch(html); it.hasNext(); ++sources)
            QVERIFY(it.next().captured(1).startsWith(QLatin1String("data:image/png;base64,")));
        QCOMPARE(sources, 1);
        QVERIFY(!html.contains(QLatin1String("url(")));
        QVERIFY(!html.contains(QLatin1String("<link")));
        QVERIFY(!html.contains(QLatin1String("<iframe")));
        QVERIFY(!html.contains(QLatin1String("<object")));
        // No event handler attribute inside any real tag (escaped text may mention one).
        QVERIFY(!html.contains(QRegularExpression(QStringLiteral("<[a-zA-Z][^<>]*\\son[a-z]+="))));
    }

    void explainsVerification()
    {
        auto page = VerificationPageWriter::write(
            storedFor(kRaw, QStringLiteral("revoked")), hostileCredential(), QDateTime::currentDateTimeUtc());
        QVERIFY(page.ok());
        const QString html = QString::fromUtf8(*page);
        QVERIFY(html.contains(QLatin1String("https://openbadgesvalidator.imsglobal.org/")));
        QVERIFY(html.contains(QLatin1String("https://verifierplus.org/")));
        QVERIFY(html.contains(QLatin1String("digital signature")));
        QVERIFY(html.contains(QLatin1String("Revoked by the issuer (checked on 1 November 2026)")));
        QVERIFY(html.contains(QLatin1String("status-bad")));
    }

    void hostedBadgeExplanation()
    {
        Credential c = hostileCredential();
        c.format = CredentialFormat::Ob2Json;
        c.id = QStringLiteral("https://issuer.example.org/assertions/1");
        c.json.insert(
            QStringLiteral("verification"), QJsonObject { { QStringLiteral("type"), QStringLiteral("hosted") } });
        auto page = VerificationPageWriter::write(storedFor(kRaw, QString()), c, QDateTime::currentDateTimeUtc());
        QVERIFY(page.ok());
        const QString html = QString::fromUtf8(*page);
        QVERIFY(html.contains(QLatin1String("hosted badge")));
        QVERIFY(html.contains(QLatin1String("Not verified by the wallet")));
    }

    void jwsDownload()
    {
        StoredCredential stored = storedFor("eyJhbGciOiJFUzI1NiJ9.eyJpc3MiOiJ4In0.c2ln");
        stored.raw.format = CredentialFormat::Ob3Jwt;
        Credential c = hostileCredential();
        c.format = CredentialFormat::Ob3Jwt;
        auto page = VerificationPageWriter::write(stored, c, QDateTime::currentDateTimeUtc());
        QVERIFY(page.ok());
        QVERIFY(page->contains("data:text/plain;base64,"));
        QVERIFY(page->contains(".jwt\""));
        QVERIFY(page->contains("<pre>eyJhbGciOiJFUzI1NiJ9.eyJpc3MiOiJ4In0.c2ln</pre>"));
    }

    void imageTypes()
    {
        StoredCredential stored = storedFor(kRaw);
        stored.imageType.clear(); // sniffed from the bytes
        auto page = VerificationPageWriter::write(stored, hostileCredential(), QDateTime::currentDateTimeUtc());
        QVERIFY(page.ok());
        QVERIFY(page->contains("<img src=\"data:image/png;base64,"));

        stored.imageBytes = "<html><script>alert(3)</script></html>";
        stored.imageType = QStringLiteral("text/html");
        page = VerificationPageWriter::write(stored, hostileCredential(), QDateTime::currentDateTimeUtc());
        QVERIFY(page.ok());
        QVERIFY(!page->contains("<img"));
        QVERIFY(!page->contains("data:text/html"));
    }

    void emptyCredentialRejected()
    {
        auto page = VerificationPageWriter::write(
            storedFor(QByteArray()), hostileCredential(), QDateTime::currentDateTimeUtc());
        QVERIFY(!page.ok());
        QCOMPARE(page.error().code, QStringLiteral("no-credential"));
    }

    void fileNames()
    {
        Credential c = hostileCredential();
        c.name = QStringLiteral("Éco-conception & réemploi ♻️ — 環境");
        const QString name = VerificationPageWriter::pageFileName(c);
        QVERIFY2(
            QRegularExpression(QStringLiteral("^eco-conception-reemploi-[0-9a-f]{8}\\.html$")).match(name).hasMatch(),
            qPrintable(name));
        QCOMPARE(VerificationPageWriter::pageFileName(c), name); // stable
        c.name = QStringLiteral("環境");
        QVERIFY(VerificationPageWriter::pageFileName(c).startsWith(QLatin1String("credential-")));
    }

    void fillTemplate()
    {
        auto filled = VerificationPageWriter::fillTemplate(QStringLiteral("a{{x}}b{{y}}c"),
            { { QStringLiteral("x"), QStringLiteral("{{y}}") }, { QStringLiteral("y"), QStringLiteral("Y") } });
        QVERIFY(filled.ok());
        QCOMPARE(*filled, QStringLiteral("a{{y}}bYc"));
        QCOMPARE(VerificationPageWriter::fillTemplate(QStringLiteral("{{missing}}"), {}).error().code,
            QStringLiteral("template-placeholder"));
    }
};

QTEST_GUILESS_MAIN(TestVerificationPageWriter)
#include "TestVerificationPageWriter.moc"
