// BakedExporter: every kind of credential baked into PNG and SVG comes back out of the image as
// the same bytes, with the keyword or namespace of its version, and imports again as the same
// credential. Images that came baked keep their artwork; a baked image is never baked twice.
#include "export/BakedExporter.h"
#include "formats/BakedImageReader.h"
#include "formats/CredentialReader.h"

#include <QFile>
#include <QImage>
#include <QTest>

using namespace Satchel;

namespace {

const QString kRefvc = QStringLiteral(SATCHEL_FIXTURES_DIR "/refvc/");

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// What the wallet would hold after importing the file (offline: OB 2.0 links stay unresolved).
bool load(const QString &relative, StoredCredential &stored, Credential &credential)
{
    auto raw = CredentialReader::detect(readFile(kRefvc + relative), relative);
    if (!raw)
        return false;
    auto parsed = CredentialReader::parse(*raw);
    if (!parsed)
        return false;
    stored.raw = *raw;
    stored.summary.name = parsed->name;
    credential = *parsed;
    if (!raw->bakedImage.isEmpty()) {
        stored.imageBytes = raw->bakedImage;
        stored.imageType = raw->bakedImageType;
    }
    return true;
}

} // namespace

class TestBakedExporter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("png");
        QTest::addColumn<QString>("keyword");
        QTest::addColumn<bool>("placeholder");
        QTest::newRow("ob3 json png") << "ob3/di-minimal.json" << true << "openbadgecredential" << true;
        QTest::newRow("ob3 json svg") << "ob3/di-minimal.json" << false << "openbadges:credential" << true;
        QTest::newRow("ob3 jwt png") << "ob3/jwt-es256-didjwk.jwt" << true << "openbadgecredential" << true;
        QTest::newRow("ob3 jwt svg") << "ob3/jwt-es256-didjwk.jwt" << false << "openbadges:credential" << true;
        QTest::newRow("ob3 i18n svg") << "ob3/di-i18n.json" << false << "openbadges:credential" << true;
        QTest::newRow("ob2 jws png") << "ob2/signed-valid.jws" << true << "openbadges" << true;
        QTest::newRow("ob2 jws svg") << "ob2/signed-valid.jws" << false << "openbadges:assertion" << true;
        QTest::newRow("ob2 hosted png") << "ob2/hosted-valid.json" << true << "openbadges" << true;
        QTest::newRow("ob2 hosted svg") << "ob2/hosted-valid.json" << false << "openbadges:assertion" << true;
        QTest::newRow("clr png") << "clr/clr-valid.json" << true << "openbadgecredential" << true;
        QTest::newRow("baked ob3 png again") << "baked/ob3-json.png" << true << "openbadgecredential" << false;
        QTest::newRow("baked ob3 jwt svg again") << "baked/ob3-jwt.svg" << false << "openbadges:credential" << false;
        QTest::newRow("baked ob2 signed svg again")
            << "baked/ob2-signed.svg" << false << "openbadges:assertion" << false;
        QTest::newRow("baked ob2 png to svg") << "baked/ob2-signed.png" << false << "openbadges:assertion" << true;
    }
    void roundTrip()
    {
        QFETCH(QString, file);
        QFETCH(bool, png);
        QFETCH(QString, keyword);
        QFETCH(bool, placeholder);
        StoredCredential stored;
        Credential credential;
        QVERIFY2(load(file, stored, credential), qPrintable(file));

        auto baked = BakedExporter::bake(
            stored, credential, png ? BakedExporter::ImageKind::Png : BakedExporter::ImageKind::Svg);
        QVERIFY2(baked.ok(), qPrintable(baked.ok() ? QString() : baked.error().message));
        QCOMPARE(baked->placeholderImage, placeholder);

        auto payload = png ? BakedImageReader::extractPng(baked->bytes) : BakedImageReader::extractSvg(baked->bytes);
        QVERIFY2(payload.ok(), qPrintable(payload.ok() ? QString() : payload.error().message));
        QCOMPARE(payload->keyword, keyword);
        QCOMPARE(payload->text, CredentialReader::payloadText(stored.raw.bytes));

        auto again = CredentialReader::detect(baked->bytes, QStringLiteral("exported"));
        QVERIFY(again.ok());
        QCOMPARE(again->bytes, CredentialReader::payloadText(stored.raw.bytes));
        QCOMPARE(again->format, stored.raw.format);

        // One badge payload only, even when the image was baked already.
        const QByteArray marker = png ? QByteArray(keyword.toLatin1() + '\0') : QByteArray('<' + keyword.toLatin1());
        QCOMPARE(baked->bytes.count(marker), 1);
        if (png) {
            QImage image;
            QVERIFY(image.loadFromData(baked->bytes, "PNG"));
            QVERIFY(!image.isNull());
        }
    }

    void keepsOriginalArtwork()
    {
        StoredCredential stored;
        Credential credential;
        QVERIFY(load(QStringLiteral("baked/ob3-json.png"), stored, credential));
        auto baked = BakedExporter::bake(stored, credential, BakedExporter::ImageKind::Png);
        QVERIFY(baked.ok());
        QImage original;
        QImage exported;
        QVERIFY(original.loadFromData(stored.raw.bakedImage, "PNG"));
        QVERIFY(exported.loadFromData(baked->bytes, "PNG"));
        QCOMPARE(exported, original);
    }

    void rejects()
    {
        QCOMPARE(
            BakedExporter::kindForFileName(QStringLiteral("x.jpg")).error().code, QStringLiteral("unsupported-file"));
        QVERIFY(BakedExporter::kindForFileName(QStringLiteral("X.PNG")).ok());
        StoredCredential empty;
        QCOMPARE(BakedExporter::bake(empty, Credential(), BakedExporter::ImageKind::Png).error().code,
            QStringLiteral("no-credential"));
    }

    void placeholderSvgEscapesName()
    {
        const QByteArray svg = BakedExporter::placeholderSvg(QStringLiteral("<b>&</b>"));
        QVERIFY(svg.contains("&lt;b&gt;&amp;&lt;/b&gt;"));
        QVERIFY(BakedImageReader::looksLikeSvg(svg));
    }
};

QTEST_GUILESS_MAIN(TestBakedExporter)
#include "TestBakedExporter.moc"
