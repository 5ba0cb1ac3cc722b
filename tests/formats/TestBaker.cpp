// Baking and unbaking: PNG iTXt/tEXt/zTXt extraction, hostile PNG/SVG inputs, and bake -> detect
// round trips (payload byte-exact, chunk CRCs correct, one badge chunk after re-baking).
#include "formats/BakedImageReader.h"
#include "formats/Baker.h"
#include "formats/CredentialReader.h"

#include <QFile>
#include <QStandardPaths>
#include <QTest>
#include <QXmlStreamReader>
#include <zlib.h>

using namespace Satchel;

namespace {

QString fixture(const QString &relative)
{
    return QStringLiteral(SATCHEL_FIXTURES_DIR "/") + relative;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

void appendBe32(QByteArray &out, quint32 v)
{
    out.append(char(v >> 24)).append(char(v >> 16)).append(char(v >> 8)).append(char(v));
}

quint32 be32(const QByteArray &b, qsizetype at)
{
    const auto *u = reinterpret_cast<const unsigned char *>(b.constData() + at);
    return (quint32(u[0]) << 24) | (quint32(u[1]) << 16) | (quint32(u[2]) << 8) | quint32(u[3]);
}

QByteArray chunk(const QByteArray &type, const QByteArray &data)
{
    QByteArray out;
    appendBe32(out, quint32(data.size()));
    const QByteArray typed = type + data;
    out += typed;
    appendBe32(out, quint32(crc32(0, reinterpret_cast<const Bytef *>(typed.constData()), uInt(typed.size()))));
    return out;
}

// A minimal PNG: signature, IHDR (1x1 grey), the given middle chunks, IEND.
QByteArray makePng(const QByteArray &middle)
{
    QByteArray ihdr;
    appendBe32(ihdr, 1);
    appendBe32(ihdr, 1);
    ihdr += QByteArray("\x08\x00\x00\x00\x00", 5);
    return QByteArray(BakedImageReader::kPngSignature, 8) + chunk("IHDR", ihdr) + middle + chunk("IEND", {});
}

struct ChunkInfo {
    QByteArray type;
    QByteArray data;
    bool crcOk;
};

QList<ChunkInfo> chunks(const QByteArray &png)
{
    QList<ChunkInfo> out;
    qsizetype pos = 8;
    while (pos + 12 <= png.size()) {
        const quint32 len = be32(png, pos);
        const QByteArray typed = png.mid(pos + 4, 4 + qsizetype(len));
        const quint32 crc = be32(png, pos + 8 + len);
        out.append({ typed.left(4), typed.mid(4), crc == Baker::pngCrc(typed) });
        pos += 12 + len;
    }
    return out;
}

bool isBadgeChunk(const ChunkInfo &c)
{
    return (c.type == "iTXt" || c.type == "tEXt" || c.type == "zTXt")
        && (c.data.startsWith(QByteArrayView("openbadges\0", 11))
            || c.data.startsWith(QByteArrayView("openbadgecredential\0", 20)));
}

QByteArray zcompress(const QByteArray &data)
{
    uLongf size = compressBound(uLong(data.size()));
    QByteArray out(qsizetype(size), '\0');
    compress2(reinterpret_cast<Bytef *>(out.data()), &size, reinterpret_cast<const Bytef *>(data.constData()),
        uLong(data.size()), 9);
    out.resize(qsizetype(size));
    return out;
}

} // namespace

class TestBaker : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void pngChunkKinds_data()
    {
        QTest::addColumn<QByteArray>("png");
        QTest::addColumn<QString>("expectCode"); // empty: extraction succeeds
        QTest::addColumn<QByteArray>("expectText");
        const QByteArray json = "{\"a\":\"b\"}";
        QTest::newRow("iTXt plain") << makePng(chunk("iTXt", "openbadges" + QByteArray(5, '\0') + json)) << QString()
                                    << json;
        QTest::newRow("iTXt ob3 keyword")
            << makePng(chunk("iTXt", "openbadgecredential" + QByteArray(5, '\0') + json)) << QString() << json;
        QTest::newRow("iTXt with language") << makePng(chunk("iTXt",
            "openbadges" + QByteArray(3, '\0') + "en" + QByteArray(1, '\0') + "Badge" + QByteArray(1, '\0') + json))
                                            << QString() << json;
        QTest::newRow("iTXt compressed") << makePng(
            chunk("iTXt", "openbadges" + QByteArray("\0\x01\x00\0\0", 5) + zcompress(json)))
                                         << QString() << json;
        QTest::newRow("tEXt latin1") << makePng(
            chunk("tEXt", "openbadges" + QByteArray(1, '\0') + "https://x.example/\xe9"))
                                     << QString() << QByteArray("https://x.example/\xc3\xa9");
        QTest::newRow("zTXt") << makePng(chunk("zTXt", "openbadges" + QByteArray(2, '\0') + zcompress(json)))
                              << QString() << json;
        // Two badge chunks: which one is the badge depends on the reader, so neither is taken.
        QTest::newRow("two badge chunks") << makePng(chunk("tEXt", QByteArray("Software") + '\0' + "x")
            + chunk("iTXt", "openbadges" + QByteArray(5, '\0') + "first")
            + chunk("iTXt", "openbadges" + QByteArray(5, '\0') + "second"))
                                          << QStringLiteral("ambiguous-image") << QByteArray();
        QTest::newRow("iTXt and zTXt") << makePng(chunk("iTXt", "openbadgecredential" + QByteArray(5, '\0') + json)
            + chunk("zTXt", "openbadges" + QByteArray(2, '\0') + zcompress(json)))
                                       << QStringLiteral("ambiguous-image") << QByteArray();
        QByteArray badCrc = chunk("iTXt", "openbadges" + QByteArray(5, '\0') + json);
        badCrc[badCrc.size() - 1] = char(badCrc[badCrc.size() - 1] ^ 0x01);
        QTest::newRow("CRC error") << makePng(badCrc) << QStringLiteral("malformed") << QByteArray();
        QTest::newRow("other keyword only") << makePng(chunk("iTXt", "openbadgesX" + QByteArray(5, '\0') + json))
                                            << QStringLiteral("no-baked-data") << QByteArray();
        QTest::newRow("after IEND ignored") << (makePng({}) + chunk("iTXt", "openbadges" + QByteArray(5, '\0') + json))
                                            << QStringLiteral("no-baked-data") << QByteArray();
        QByteArray huge;
        appendBe32(huge, 0x7ffffff0u);
        huge += "iTXt";
        huge += "openbadges";
        QTest::newRow("huge chunk length")
            << (QByteArray(BakedImageReader::kPngSignature, 8) + huge) << QStringLiteral("malformed") << QByteArray();
        QByteArray over31;
        appendBe32(over31, 0xfffffff0u);
        over31 += "IDAT";
        QTest::newRow("length over 2^31")
            << (QByteArray(BakedImageReader::kPngSignature, 8) + over31 + QByteArray(8, 'x'))
            << QStringLiteral("malformed") << QByteArray();
        QTest::newRow("truncated") << makePng({}).left(20) << QStringLiteral("malformed") << QByteArray();
        QTest::newRow("unknown compression")
            << makePng(chunk("iTXt", "openbadges" + QByteArray("\0\x01\x05\0\0", 5) + "xx"))
            << QStringLiteral("malformed") << QByteArray();
        QTest::newRow("corrupt deflate") << makePng(
            chunk("iTXt", "openbadges" + QByteArray("\0\x01\x00\0\0", 5) + "not zlib data"))
                                         << QStringLiteral("malformed") << QByteArray();
        // 32 MiB of spaces deflates to ~32 KiB: must stop at the 16 MiB cap, not allocate it all.
        QTest::newRow("decompression bomb") << makePng(chunk(
            "iTXt", "openbadges" + QByteArray("\0\x01\x00\0\0", 5) + zcompress(QByteArray(32 * 1024 * 1024, ' '))))
                                            << QStringLiteral("too-large") << QByteArray();
        QByteArray many;
        const QByteArray tiny = chunk("tEXt", QByteArray("c") + '\0');
        many.reserve(tiny.size() * (BakedImageReader::kMaxPngChunks + 1));
        for (int i = 0; i <= BakedImageReader::kMaxPngChunks; ++i)
            many += tiny;
        QTest::newRow("too many chunks") << makePng(many) << QStringLiteral("too-large") << QByteArray();
    }
    void pngChunkKinds()
    {
        QFETCH(QByteArray, png);
        QFETCH(QString, expectCode);
        QFETCH(QByteArray, expectText);
        auto payload = BakedImageReader::extractPng(png);
        if (expectCode.isEmpty()) {
            QVERIFY2(payload.ok(), qPrintable(payload.ok() ? QString() : payload.error().message));
            QCOMPARE(payload->text, expectText);
        } else {
            QVERIFY(!payload.ok());
            QCOMPARE(payload.error().code, expectCode);
        }
    }

    void svgHostile_data()
    {
        QTest::addColumn<QByteArray>("svg");
        QTest::addColumn<QString>("code");
        QTest::newRow("billion laughs") << QByteArray(
            "<?xml version=\"1.0\"?>\n"
            "<!DOCTYPE svg [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c "
            "\"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>\n"
            "<svg xmlns=\"http://www.w3.org/2000/svg\" "
            "xmlns:openbadges=\"http://openbadges.org\"><openbadges:assertion verify=\"&c;\"/></svg>")
                                        << QStringLiteral("malformed");
        QTest::newRow("external entity") << QByteArray(
            "<?xml version=\"1.0\"?>\n"
            "<!DOCTYPE svg [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
            "<svg xmlns=\"http://www.w3.org/2000/svg\" "
            "xmlns:openbadges=\"http://openbadges.org\"><openbadges:assertion><![CDATA[{}]]>&xxe;</"
            "openbadges:assertion></svg>")
                                         << QStringLiteral("malformed");
        QTest::newRow("internal subset without entities") << QByteArray(
            "<?xml version=\"1.0\"?>\n"
            "<!DOCTYPE svg [<!ATTLIST svg foo CDATA \"bar\">]>\n"
            "<svg xmlns=\"http://www.w3.org/2000/svg\" "
            "xmlns:openbadges=\"http://openbadges.org\"><openbadges:assertion verify=\"https://x.example/a\"/></svg>")
                                                          << QStringLiteral("malformed");
        QTest::newRow("not well formed") << QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\"><g></svg>")
                                         << QStringLiteral("malformed");
        QTest::newRow("empty element") << QByteArray(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" "
            "xmlns:openbadges=\"https://purl.imsglobal.org/ob/v3p0\"><openbadges:credential/></svg>")
                                       << QStringLiteral("no-baked-data");
        QTest::newRow("wrong namespace") << QByteArray(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" "
            "xmlns:openbadges=\"http://example.org/other\"><openbadges:assertion "
            "verify=\"https://x.example/a\"/></svg>")
                                         << QStringLiteral("no-baked-data");
        // An OB 2.0 assertion and an OB 3.0 credential in one image: ambiguous, refused.
        QTest::newRow("two badge elements") << QByteArray(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:ob2=\"http://openbadges.org\" "
            "xmlns:ob3=\"https://purl.imsglobal.org/ob/v3p0\"><ob2:assertion verify=\"https://x.example/a\"/>"
            "<ob3:credential verify=\"https://x.example/b\"/></svg>")
                                            << QStringLiteral("ambiguous-image");
    }
    void svgHostile()
    {
        QFETCH(QByteArray, svg);
        QFETCH(QString, code);
        auto payload = BakedImageReader::extractSvg(svg);
        QVERIFY(!payload.ok());
        QCOMPARE(payload.error().code, code);
        auto raw = CredentialReader::detect(svg, QStringLiteral("x.svg"));
        QVERIFY(!raw.ok());
        QCOMPARE(raw.error().code, code);
    }

    void svgPublicDoctypeAccepted()
    {
        // The usual SVG 1.1 DOCTYPE (external id, no internal subset) is fine: nothing is fetched.
        auto raw = CredentialReader::detect(
            readFile(
                fixture(QStringLiteral("external/1EdTech-digital-credentials-public-validator/ob30/simple-jwt.svg"))),
            QString());
        QVERIFY(raw.ok());
        QCOMPARE(raw->format, CredentialFormat::Ob3Jwt);
        QCOMPARE(raw->bakedKeyword, QStringLiteral("openbadges:credential"));
        QCOMPARE(raw->bakedImageType, QStringLiteral("image/svg+xml"));
    }

    void bakePngRoundTrip_data()
    {
        QTest::addColumn<QString>("image");
        QTest::addColumn<QString>("payloadFile");
        QTest::addColumn<QString>("keyword");
        QTest::addColumn<int>("format");
        const QString heart
            = QStringLiteral("external/1EdTech-openbadges-validator-core/tests/testfiles/public_domain_heart.png");
        QTest::newRow("ob3 json into plain png")
            << heart << QStringLiteral("refvc/ob3/di-i18n.json") << QStringLiteral("openbadgecredential")
            << int(CredentialFormat::Ob3Json);
        QTest::newRow("ob3 jwt into plain png")
            << heart << QStringLiteral("refvc/ob3/jwt-eddsa-didkey.jwt") << QStringLiteral("openbadgecredential")
            << int(CredentialFormat::Ob3Jwt);
        QTest::newRow("ob2 jws into plain png") << heart << QStringLiteral("refvc/ob2/signed-valid.jws")
                                                << QStringLiteral("openbadges") << int(CredentialFormat::Ob2Jws);
        QTest::newRow("rebake baked ob3 png")
            << QStringLiteral("refvc/baked/ob3-json.png") << QStringLiteral("refvc/ob3/di-rich.json")
            << QStringLiteral("openbadgecredential") << int(CredentialFormat::Ob3Json);
        QTest::newRow("rebake ob2 png (chunk after IHDR)")
            << QStringLiteral("external/1EdTech-digital-credentials-public-validator/ob20/simple-badge.png")
            << QStringLiteral("refvc/clr/clr-valid.json") << QStringLiteral("openbadgecredential")
            << int(CredentialFormat::ClrJson);
        QTest::newRow("replace tEXt url")
            << QStringLiteral("refvc/baked/ob2-legacy-text-url.png") << QStringLiteral("refvc/ob2/hosted-valid.json")
            << QStringLiteral("openbadges") << int(CredentialFormat::Ob2Json);
    }
    void bakePngRoundTrip()
    {
        QFETCH(QString, image);
        QFETCH(QString, payloadFile);
        QFETCH(QString, keyword);
        QFETCH(int, format);
        const QByteArray original = readFile(fixture(image));
        const QByteArray payload = readFile(fixture(payloadFile)).trimmed();
        auto baked = Baker::bakePng(original, payload, keyword);
        QVERIFY(baked.ok());

        const QList<ChunkInfo> list = chunks(*baked);
        QCOMPARE(int(std::count_if(list.begin(), list.end(), isBadgeChunk)), 1);
        QCOMPARE(list.last().type, QByteArray("IEND"));
        const ChunkInfo &inserted = list.at(list.size() - 2);
        QCOMPARE(inserted.type, QByteArray("iTXt"));
        QVERIFY(inserted.crcOk);
        QCOMPARE(inserted.data, keyword.toLatin1() + QByteArray(5, '\0') + payload);
        // Every other chunk is carried over untouched, in order.
        QList<QByteArray> before;
        for (const ChunkInfo &c : chunks(original)) {
            if (!isBadgeChunk(c))
                before.append(c.type + c.data);
        }
        QList<QByteArray> after;
        for (const ChunkInfo &c : list) {
            if (!isBadgeChunk(c))
                after.append(c.type + c.data);
        }
        QCOMPARE(after, before);

        auto payloadBack = BakedImageReader::extractPng(*baked);
        QVERIFY(payloadBack.ok());
        QCOMPARE(payloadBack->text, payload);
        QCOMPARE(payloadBack->keyword, keyword);
        auto raw = CredentialReader::detect(*baked, QStringLiteral("baked.png"));
        QVERIFY(raw.ok());
        QCOMPARE(int(raw->format), format);
        QCOMPARE(raw->bytes, payload);

        // Baking twice gives the same bytes as baking once (no doubled chunk).
        auto twice = Baker::bakePng(*baked, payload, keyword);
        QVERIFY(twice.ok());
        QCOMPARE(*twice, *baked);
    }

    void bakePngRejects()
    {
        QCOMPARE(
            Baker::bakePng("not a png", "{}", QStringLiteral("openbadges")).error().code, QStringLiteral("malformed"));
        QCOMPARE(Baker::bakePng(makePng({}), "{}", QStringLiteral("other")).error().code,
            QStringLiteral("invalid-argument"));
        QCOMPARE(Baker::bakePng(makePng({}).chopped(12), "{}", QStringLiteral("openbadges")).error().code,
            QStringLiteral("malformed"));
    }

    void bakeSvgRoundTrip_data()
    {
        QTest::addColumn<QString>("image");
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<bool>("ob3");
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("name");
        const QString unbaked = QStringLiteral("external/mozilla-openbadges-bakery/test/unbaked.svg");
        const QString doctype
            = QStringLiteral("external/1EdTech-digital-credentials-public-validator/ob30/simple-json.svg");
        const QString ob2Baked = QStringLiteral("refvc/baked/ob2-hosted.svg");
        const QByteArray ob3Json = readFile(fixture(QStringLiteral("refvc/ob3/di-i18n.json"))).trimmed();
        const QByteArray ob3Jwt = readFile(fixture(QStringLiteral("refvc/ob3/jwt-es256-didjwk.jwt"))).trimmed();
        const QByteArray ob2Json = readFile(fixture(QStringLiteral("refvc/ob2/hosted-valid.json"))).trimmed();
        const QByteArray ob2Jws = readFile(fixture(QStringLiteral("refvc/ob2/signed-valid.jws"))).trimmed();
        const QString i18nName = QStringLiteral(
            "Éco-conception et réemploi ♻️ — 環境配慮設計と再利用 / 生态设计与再利用");
        QTest::newRow("ob3 json, unbaked") << unbaked << ob3Json << true << int(CredentialFormat::Ob3Json) << i18nName;
        QTest::newRow("ob3 jwt, unbaked")
            << unbaked << ob3Jwt << true << int(CredentialFormat::Ob3Jwt) << QStringLiteral("Technical Writing");
        QTest::newRow("ob2 json, unbaked")
            << unbaked << ob2Json << false << int(CredentialFormat::Ob2Json) << QString();
        QTest::newRow("ob2 jws, unbaked") << unbaked << ob2Jws << false << int(CredentialFormat::Ob2Jws) << QString();
        QTest::newRow("ob3 over ob3 with doctype")
            << doctype << ob3Jwt << true << int(CredentialFormat::Ob3Jwt) << QStringLiteral("Technical Writing");
        QTest::newRow("ob3 over ob2 namespace")
            << ob2Baked << ob3Json << true << int(CredentialFormat::Ob3Json) << i18nName;
        // A string value holding "]]>" must survive the CDATA section.
        QByteArray tricky = ob3Json;
        tricky.replace("\"name\": \"Académie", "\"name\": \"]]> Académie");
        QTest::newRow("cdata terminator in payload")
            << unbaked << tricky << true << int(CredentialFormat::Ob3Json) << i18nName;
    }
    void bakeSvgRoundTrip()
    {
        QFETCH(QString, image);
        QFETCH(QByteArray, payload);
        QFETCH(bool, ob3);
        QFETCH(int, format);
        QFETCH(QString, name);
        auto baked = Baker::bakeSvg(readFile(fixture(image)), payload, ob3);
        QVERIFY2(baked.ok(), qPrintable(baked.ok() ? QString() : baked.error().message));

        // Well-formed, exactly one badge element, in the right namespace.
        QXmlStreamReader xml(*baked);
        int elements = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement
                && (xml.name() == u"assertion" || xml.name() == u"credential")) {
                ++elements;
                QCOMPARE(xml.namespaceUri().toString(),
                    ob3 ? QStringLiteral("https://purl.imsglobal.org/ob/v3p0")
                        : QStringLiteral("http://openbadges.org"));
                QCOMPARE(xml.name().toString(), ob3 ? QStringLiteral("credential") : QStringLiteral("assertion"));
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(elements, 1);

        auto extracted = BakedImageReader::extractSvg(*baked);
        QVERIFY(extracted.ok());
        QCOMPARE(extracted->text, payload);
        auto raw = CredentialReader::detect(*baked, QStringLiteral("baked.svg"));
        QVERIFY(raw.ok());
        QCOMPARE(int(raw->format), format);
        QCOMPARE(raw->bytes, payload);
        if (!name.isEmpty()) {
            auto credential = CredentialReader::parse(*raw);
            QVERIFY(credential.ok());
            QCOMPARE(credential->name, name);
        }
        if (format == int(CredentialFormat::Ob2Json))
            QVERIFY(baked->contains(
                "verify=\"http://127.0.0.1:18001/ob2/assertions/e01e108b-7f70-4e06-b8fa-a56200a402d6\""));

        auto twice = Baker::bakeSvg(*baked, payload, ob3);
        QVERIFY(twice.ok());
        QCOMPARE(*twice, *baked);
    }

    void bakeSvgRejects()
    {
        QCOMPARE(Baker::bakeSvg("<svg xmlns=\"http://www.w3.org/2000/svg\"/>", "{}", true).error().code,
            QStringLiteral("malformed"));
        QCOMPARE(Baker::bakeSvg("<html/>", "{}", true).error().code, QStringLiteral("malformed"));
        QCOMPARE(Baker::bakeSvg("<!DOCTYPE svg [<!ENTITY a \"b\">]><svg xmlns=\"http://www.w3.org/2000/svg\">&a;</svg>",
                     "{}", true)
                     .error()
                     .code,
            QStringLiteral("malformed"));
    }
};

QTEST_GUILESS_MAIN(TestBaker)
#include "TestBaker.moc"
