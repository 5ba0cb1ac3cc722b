// The detail page never carries anything a credential could use to run code or reach the
// network: script tags, event-handler attributes, javascript: links, remote images, frames,
// forms, meta refreshes. Hostile text is shown escaped, Markdown still renders, images are
// re-encoded as PNG data: URIs.
#include "detail/CredentialHtml.h"
#include "detail/VerificationHtml.h"
#include "detail/SafeMarkdown.h"
#include "formats/CredentialReader.h"
#include "io/HtmlEscape.h"

#include <QBuffer>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPalette>
#include <QRegularExpression>
#include <QJsonDocument>
#include <QTest>

using namespace Satchel;

namespace {

const QString kScript = QStringLiteral("<script>alert('x')</script>");
const QString kOnError = QStringLiteral("<img src=x onerror=alert(1)>");
const QString kJsLink = QStringLiteral("javascript:alert(document.cookie)");
const QString kRemoteImage = QStringLiteral("https://evil.example/track.png");
const QString kMarkdownAttack = QStringLiteral(
    "# Criteria\n\nDo **this** and [read more](javascript:alert(1)).\n\n"
    "![tracker](https://evil.example/pixel.gif)\n\n"
    "<script>alert(2)</script>\n\n<iframe src=\"https://evil.example\"></iframe>\n\n"
    "<a href=\"https://evil.example\" onclick=\"steal()\">x</a>\n\n"
    "<img src=\"https://evil.example/a.png\" onerror=\"alert(3)\">\n\n"
    "[ok link](https://example.org/criteria) and <meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">\n\n"
    "<style>body{background:url(https://evil.example/bg.png)}</style>\n\n"
    "<form action=\"https://evil.example\"><input></form>\n");

QByteArray pngBytes()
{
    QImage image(40, 30, QImage::Format_ARGB32);
    image.fill(Qt::red);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

CredentialPage hostilePage()
{
    CredentialPage page;
    Credential &c = page.credential;
    c.format = CredentialFormat::Ob3Json;
    c.name = kScript + QStringLiteral(" Data Badge");
    c.description = kOnError + QStringLiteral("\n\n") + kMarkdownAttack;
    c.imageUrl = kRemoteImage;
    c.issuer.name = QStringLiteral("Evil <b onmouseover=alert(1)>Issuer</b>");
    c.issuer.url = kJsLink;
    c.issuer.email = QStringLiteral("x\"><script>alert(1)</script>@example.org");
    c.issuer.imageUrl = kRemoteImage;
    c.issuer.description = kMarkdownAttack;
    c.achievement.name = c.name;
    c.achievement.criteriaId = kJsLink;
    c.achievement.criteriaNarrative = kMarkdownAttack;
    c.achievement.imageUrl = kRemoteImage;
    c.achievement.tags = {kScript};
    c.achievement.alignments = {Alignment{kScript, kJsLink, kMarkdownAttack, QStringLiteral("F"), QStringLiteral("C1"), {}}};
    Evidence evidence;
    evidence.id = kJsLink;
    evidence.name = kOnError;
    evidence.narrative = kMarkdownAttack;
    c.evidence = {evidence};
    ResultDescription rd;
    rd.id = QStringLiteral("urn:rd:1");
    rd.name = kScript;
    rd.requiredValue = kOnError;
    c.achievement.resultDescriptions = {rd};
    c.results = {AchievementResult{QStringLiteral("urn:rd:1"), QString(), kOnError, QString()}};
    Endorsement endorsement;
    endorsement.issuerName = kScript;
    endorsement.comment = kMarkdownAttack;
    c.endorsements = {endorsement};
    c.recipientName = kOnError;
    c.narrative = kMarkdownAttack;
    c.warnings = {kScript};
    c.json = QJsonObject{{QStringLiteral("name"), kScript}, {QStringLiteral("image"), kRemoteImage}};
    page.raw.format = CredentialFormat::Ob3Json;
    page.raw.bytes = QJsonDocument(c.json).toJson();
    page.raw.sourceName = kOnError;
    page.summary.name = c.name;
    page.summary.tags = {kOnError};
    page.imageBytes = pngBytes();
    return page;
}

// Every tag's attributes, for checks that must look inside markup only (escaped text is fine).
QStringList tags(const QString &html)
{
    QStringList found;
    static const QRegularExpression tag(QStringLiteral("<[a-zA-Z][^>]*>"));
    for (auto it = tag.globalMatch(html); it.hasNext();)
        found << it.next().captured(0);
    return found;
}

void assertSafe(const QString &html)
{
    const QStringList all = tags(html);
    QVERIFY(!all.isEmpty());
    static const QRegularExpression forbiddenTag(
        QStringLiteral("^<(script|iframe|object|embed|form|input|base|link|svg|math|frame|audio|video|source)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression handler(QStringLiteral("\\son[a-z]+\\s*="), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression url(QStringLiteral("\\b(href|src|action|srcset|background)\\s*=\\s*\"([^\"]*)\""),
                                        QRegularExpression::CaseInsensitiveOption);
    for (const QString &t : all) {
        QVERIFY2(!forbiddenTag.match(t).hasMatch(), qPrintable(t));
        QVERIFY2(!handler.match(t).hasMatch(), qPrintable(t));
        if (t.startsWith(QLatin1String("<meta"), Qt::CaseInsensitive))
            QVERIFY2(!t.contains(QLatin1String("refresh"), Qt::CaseInsensitive), qPrintable(t));
        if (t.startsWith(QLatin1String("<style"), Qt::CaseInsensitive))
            continue;
        for (auto it = url.globalMatch(t); it.hasNext();) {
            const auto m = it.next();
            const QString attribute = m.captured(1).toLower();
            const QString value = m.captured(2).trimmed().toLower();
            if (attribute == QLatin1String("href"))
                QVERIFY2(value.startsWith(QLatin1String("https:")) || value.startsWith(QLatin1String("http:"))
                             || value.startsWith(QLatin1String("mailto:"))
                             || value == QLatin1String(VerificationHtml::kVerifyUrl) // Satchel's own "Verify now"
                             || value == QLatin1String(CredentialHtml::kPrintUrl),   // and "Print certificate…"
                         qPrintable(t));
            else
                QVERIFY2(value.startsWith(QLatin1String("data:image/png;base64,")), qPrintable(t));
        }
    }
    QVERIFY(!html.contains(QLatin1String("href=\"javascript"), Qt::CaseInsensitive));
    // Remote resources appear nowhere in CSS either: not in a style element, not in a style
    // attribute. (Credential text that merely mentions url(...) is escaped text, which is inert.)
    QRegularExpression css(QStringLiteral("<style[^>]*>(.*?)</style>|style=\"([^\"]*)\""),
                           QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    for (auto it = css.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        const QString rules = m.captured(1) + m.captured(2);
        QVERIFY2(!rules.contains(QLatin1String("url(http"), Qt::CaseInsensitive), qPrintable(rules));
        QVERIFY2(!rules.contains(QLatin1String("@import"), Qt::CaseInsensitive), qPrintable(rules));
    }
    QVERIFY(!html.contains(QLatin1String("<style>body{background"), Qt::CaseInsensitive));
}

} // namespace

class TestCredentialHtml : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void hostileCredentialIsInert()
    {
        const QString html = CredentialHtml::render(hostilePage(), QGuiApplication::palette());
        assertSafe(html);
        // The hostile text is still there for the learner to see, escaped.
        QVERIFY(html.contains(QLatin1String("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Data Badge")));
        QVERIFY(html.contains(QLatin1String("Evil &lt;b onmouseover=alert(1)&gt;Issuer&lt;/b&gt;")));
        // The only link that survives is the safe one.
        QVERIFY(html.contains(QLatin1String("<a href=\"https://example.org/criteria\">ok link</a>")));
        QVERIFY(!html.contains(QLatin1String("evil.example/pixel.gif\"")));
        // The badge image is embedded as a re-encoded PNG, named by the (escaped) achievement.
        QVERIFY(html.contains(QLatin1String("<img class=\"badge\" alt=\"Badge image: &lt;script&gt;alert(&#39;x&#39;)"
                                            "&lt;/script&gt; Data Badge\" src=\"data:image/png;base64,")));
        // The page forbids everything but inline images and styles on its own too.
        QVERIFY(html.contains(QLatin1String("default-src 'none'")));
    }

    void markdown_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("mustContain");
        QTest::addColumn<QString>("mustNotContain");
        QTest::newRow("bold") << QStringLiteral("Do **this** now") << QStringLiteral("<strong>this</strong>") << QString();
        QTest::newRow("list") << QStringLiteral("- one\n- two\n") << QStringLiteral("<ul><li>one</li><li>two</li></ul>") << QString();
        QTest::newRow("ordered") << QStringLiteral("1. one\n2. two\n") << QStringLiteral("<ol><li>one</li>") << QString();
        QTest::newRow("heading shifted") << QStringLiteral("# Title") << QStringLiteral("<h3>") << QStringLiteral("<h1>");
        QTest::newRow("safe link") << QStringLiteral("[site](https://example.org/a?b=1&c=2)")
                                   << QStringLiteral("<a href=\"https://example.org/a?b=1&amp;c=2\">site</a>") << QString();
        QTest::newRow("js link dropped") << QStringLiteral("[x](javascript:alert(1))") << QStringLiteral("<p>x</p>")
                                         << QStringLiteral("href");
        QTest::newRow("data link dropped") << QStringLiteral("[x](data:text/html;base64,PHNjcmlwdD4=)") << QStringLiteral("<p>x</p>")
                                           << QStringLiteral("href");
        QTest::newRow("remote image blocked") << QStringLiteral("![t](https://evil.example/p.gif)")
                                              << QStringLiteral("class=\"blocked\"") << QStringLiteral("<img");
        QTest::newRow("raw script literal") << QStringLiteral("<script>alert(1)</script>")
                                            << QStringLiteral("&lt;script&gt;") << QStringLiteral("<script");
        QTest::newRow("raw img literal") << QStringLiteral("text <img src=x onerror=alert(1)> more")
                                         << QStringLiteral("&lt;img src=x onerror=alert(1)&gt;") << QStringLiteral("<img");
        QTest::newRow("autolink quote") << QStringLiteral("<https://example.org/\"onmouseover=\"x>")
                                        << QString() << QStringLiteral("\"onmouseover=");
    }

    void markdown()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, mustContain);
        QFETCH(QString, mustNotContain);
        const QString html = SafeMarkdown::toHtml(markdown);
        if (!mustContain.isEmpty())
            QVERIFY2(html.contains(mustContain), qPrintable(html));
        if (!mustNotContain.isEmpty())
            QVERIFY2(!html.contains(mustNotContain), qPrintable(html));
        if (!html.isEmpty())
            assertSafe(QStringLiteral("<div>") + html + QStringLiteral("</div>"));
    }

    void safeLinks_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("safe");
        QTest::newRow("https") << QStringLiteral("https://example.org") << true;
        QTest::newRow("mailto") << QStringLiteral("mailto:a@example.org") << true;
        QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << false;
        QTest::newRow("JavaScript spaced") << QStringLiteral("  JaVaScRiPt:alert(1)") << false;
        QTest::newRow("data") << QStringLiteral("data:text/html,x") << false;
        QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << false;
        QTest::newRow("vbscript") << QStringLiteral("vbscript:x") << false;
        QTest::newRow("relative") << QStringLiteral("/local") << false;
    }

    void safeLinks()
    {
        QFETCH(QString, url);
        QFETCH(bool, safe);
        QCOMPARE(SafeMarkdown::isSafeLink(url), safe);
    }

    void svgWithScriptBecomesPng()
    {
        const QByteArray svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"20\" height=\"20\">"
                               "<script>alert(1)</script><rect width=\"20\" height=\"20\" fill=\"blue\"/></svg>";
        const QString uri = CredentialHtml::imageDataUri(svg, 64);
        QVERIFY(uri.startsWith(QLatin1String("data:image/png;base64,")));
        QImage decoded;
        QVERIFY(decoded.loadFromData(QByteArray::fromBase64(uri.mid(22).toLatin1()), "PNG"));
        QCOMPARE(decoded.size(), QSize(20, 20));
        QCOMPARE(QColor(decoded.pixel(10, 10)), QColor(Qt::blue));
    }

    void largeImageIsScaled()
    {
        QImage big(2000, 1000, QImage::Format_RGB32);
        big.fill(Qt::green);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        big.save(&buffer, "PNG");
        const QString uri = CredentialHtml::imageDataUri(bytes, 256);
        QImage decoded;
        QVERIFY(decoded.loadFromData(QByteArray::fromBase64(uri.mid(22).toLatin1()), "PNG"));
        QCOMPARE(decoded.size(), QSize(256, 128));
    }

    void notAnImage()
    {
        QVERIFY(CredentialHtml::imageDataUri("<html>not an image</html>", 64).isEmpty());
        QVERIFY(CredentialHtml::imageDataUri(QByteArray(), 64).isEmpty());
    }

    void rawJwsShowsHeaderAndPayload()
    {
        CredentialPage page;
        page.raw.format = CredentialFormat::Ob3Jwt;
        page.raw.bytes = "eyJhbGciOiJFZERTQSJ9.e30.sig";
        page.credential.format = CredentialFormat::Ob3Jwt;
        page.credential.name = QStringLiteral("JWT badge");
        page.credential.jwsHeader = QJsonObject{{QStringLiteral("alg"), QStringLiteral("EdDSA")}};
        page.credential.json = QJsonObject{{QStringLiteral("name"), QStringLiteral("JWT badge")}};
        const QString html = CredentialHtml::render(page, QGuiApplication::palette());
        QVERIFY(html.contains(QLatin1String("&quot;alg&quot;: &quot;EdDSA&quot;")));
        QVERIFY(html.contains(QLatin1String("&quot;name&quot;: &quot;JWT badge&quot;")));
        assertSafe(html);
    }

    // A credential its issuer sent (File → Receive…) says where from, by the domain Satchel
    // contacted, not by the name the credential gives itself; an imported one says the file.
    void receivedCredentialShowsItsProvenance()
    {
        CredentialPage page;
        page.raw.format = CredentialFormat::Ob3Jwt;
        page.raw.sourceName = QStringLiteral("badge.jwt");
        page.credential.name = QStringLiteral("Networking");
        page.credential.issuer.name = QStringLiteral("<b>Trusted</b> College");
        const QString imported = CredentialHtml::render(page, QGuiApplication::palette());
        QVERIFY(!imported.contains(QLatin1String("Received from")));
        QVERIFY(imported.contains(QLatin1String("badge.jwt")));

        CredentialProvenance provenance;
        provenance.protocol = QStringLiteral("OpenID4VCI");
        provenance.issuerDomain = QStringLiteral("issuer.example.edu");
        provenance.issuerName = QStringLiteral("Example <College>");
        provenance.holderDid = QStringLiteral("did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK");
        provenance.receivedAt = QDateTime(QDate(2026, 12, 5), QTime(9, 30), Qt::UTC);
        page.provenance = provenance;
        const QString html = CredentialHtml::render(page, QGuiApplication::palette());
        assertSafe(html);
        QVERIFY2(html.contains(QLatin1String("Received from issuer.example.edu via OpenID4VCI on")), qPrintable(html));
        QVERIFY(html.contains(QLatin1String("Example &lt;College&gt; (issuer.example.edu)")));
        QVERIFY(html.contains(provenance.holderDid));
        QVERIFY(!html.contains(QLatin1String("badge.jwt")));
    }

    // A CLR's associations name its achievements by id: the page names them and says how they
    // relate in words; the ids and the spec's verbs stay out of the sentence.
    void clrAssociationsReadAsSentences()
    {
        QFile file(QStringLiteral(SATCHEL_FIXTURES_DIR "/refvc/clr/clr-valid.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        auto raw = CredentialReader::detect(file.readAll(), QStringLiteral("clr-valid.json"));
        QVERIFY(raw.ok());
        auto parsed = CredentialReader::parse(*raw);
        QVERIFY(parsed.ok());
        CredentialPage page;
        page.raw = *raw;
        page.credential = *parsed;
        QCOMPARE(page.credential.associations.size(), 3);
        const QString html = CredentialHtml::render(page, QGuiApplication::palette());
        assertSafe(html);
        const int start = html.indexOf(QLatin1String("<ul class=\"associations\">"));
        QVERIFY(start > 0);
        const QString list = html.mid(start, html.indexOf(QLatin1String("</ul>"), start) - start);
        const QString parent = QStringLiteral("<strong>Eastgate Vocational Centre Certificate in Information Technology</strong>");
        for (const char *child : {"Cloud Infrastructure Basics", "Technical Writing", "Sustainable Building Practices"})
            QVERIFY2(list.contains(QStringLiteral("<li><strong>%1</strong> is part of %2</li>").arg(QLatin1String(child), parent)),
                     qPrintable(list));
        QVERIFY(!list.contains(QLatin1String("isParentOf")));
        QVERIFY(!list.contains(QLatin1String("urn:uuid")));
    }

    void associationNamesAreEscapedAndLinked()
    {
        CredentialPage page;
        Credential &c = page.credential;
        c.format = CredentialFormat::ClrJson;
        c.types = {QStringLiteral("VerifiableCredential"), QStringLiteral("ClrCredential")};
        Achievement program;
        program.id = QStringLiteral("https://college.example/programs/it");
        program.name = kScript;
        Achievement course;
        course.id = QStringLiteral("urn:uuid:course");
        course.name = QStringLiteral("Networking");
        c.clrAchievements = {program, course};
        c.associations = {Association{QStringLiteral("precedes"), course.id, program.id},
                          Association{QStringLiteral("isChildOf"), QStringLiteral("urn:uuid:elsewhere"), program.id},
                          Association{kOnError, course.id, program.id}};
        QVERIFY(c.isClr());
        const QString html = CredentialHtml::render(page, QGuiApplication::palette());
        assertSafe(html);
        const QString link = QStringLiteral("<strong><a href=\"https://college.example/programs/it\">%1</a></strong>")
                                 .arg(HtmlEscape::escape(kScript));
        QVERIFY(html.contains(QStringLiteral("<li><strong>Networking</strong> comes before %1</li>").arg(link)));
        QVERIFY(html.contains(QStringLiteral("<li><strong>an achievement not described in this record</strong> is part of %1</li>")
                                  .arg(link)));
        QVERIFY(html.contains(QStringLiteral("<li><strong>Networking</strong> (%1) %2</li>").arg(HtmlEscape::escape(kOnError), link)));
    }

    void achievementTypeInWords()
    {
        CredentialPage page;
        page.credential.format = CredentialFormat::Ob3Json;
        page.credential.name = QStringLiteral("Data Analysis Fundamentals");
        page.credential.achievement.achievementType = QStringLiteral("MicroCredential");
        const QString html = CredentialHtml::render(page, QGuiApplication::palette());
        QVERIFY(html.contains(QLatin1String("<tr><th>Achievement type</th><td><bdi>Micro-credential</bdi></td></tr>")));
        QVERIFY(!html.contains(QLatin1String("MicroCredential")));
    }

    // A right-to-left window (an RTL language, or -reverse) gets a page that runs right to left:
    // dir="rtl", and a style that says start/end rather than left/right so it mirrors. The issuer's
    // own text keeps its direction (dir="auto", <bdi>).
    void rightToLeftPage()
    {
        CredentialPage page;
        page.credential.format = CredentialFormat::Ob3Json;
        page.credential.name = QStringLiteral("Data Analysis Fundamentals");
        page.credential.description = QStringLiteral("Awarded for the course.");
        page.credential.recipientName = QStringLiteral("Amara Okafor");
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
        QVERIFY(CredentialHtml::render(page, QGuiApplication::palette()).contains(QLatin1String("dir=\"ltr\"><head>")));
        QGuiApplication::setLayoutDirection(Qt::RightToLeft);
        const QString html = CredentialHtml::render(page, QGuiApplication::palette());
        QGuiApplication::setLayoutDirection(Qt::LeftToRight);
        QVERIFY(html.contains(QLatin1String("dir=\"rtl\"><head>")));
        QVERIFY(html.contains(QLatin1String("<div class=\"description\" dir=\"auto\">")));
        // The issuer's words carry their declared language (WCAG 3.1.2), and only a language tag.
        page.credential.achievement.inLanguage = QStringLiteral("fr-CA");
        QVERIFY(CredentialHtml::render(page, QGuiApplication::palette())
                    .contains(QLatin1String("<div class=\"description\" dir=\"auto\" lang=\"fr-CA\">")));
        page.credential.achievement.inLanguage = QStringLiteral("fr\" onmouseover=\"x");
        QVERIFY(CredentialHtml::render(page, QGuiApplication::palette())
                    .contains(QLatin1String("<div class=\"description\" dir=\"auto\">")));
        QVERIFY(html.contains(QLatin1String("<td><bdi>Amara Okafor</bdi></td>")));
        static const QRegularExpression physicalSide(QStringLiteral("(text-align|padding|margin|border)-?(left|right)|text-align:(left|right)"));
        const QString css = html.section(QLatin1String("<style>"), 1).section(QLatin1String("</style>"), 0, 0);
        QVERIFY(!css.isEmpty());
        QVERIFY2(!css.contains(physicalSide), qPrintable(physicalSide.match(css).captured()));
    }
};

QTEST_MAIN(TestCredentialHtml)
#include "TestCredentialHtml.moc"
