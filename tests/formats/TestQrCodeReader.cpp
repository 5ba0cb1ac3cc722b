// QrCodeReader against codes made by libqrencode (export/QrCode): what an issuer's page shows
// must come back as the exact link, whatever the scale, the margin or the noise around it.
#include "export/QrCode.h"
#include "formats/QrCodeReader.h"

#include <QTest>

using namespace Satchel;

namespace {

struct GreyPicture {
    QByteArray pixels;
    int width = 0;
    int height = 0;
};

// The code drawn black on white at moduleSize pixels per module, placed at (left, top) on a
// white canvas of the given size.
GreyPicture draw(const QrCode &code, int moduleSize, int canvasWidth, int canvasHeight, int left, int top)
{
    GreyPicture picture{QByteArray(canvasWidth * canvasHeight, char(0xff)), canvasWidth, canvasHeight};
    for (int y = 0; y < code.size(); ++y) {
        for (int x = 0; x < code.size(); ++x) {
            if (!code.isDark(x, y))
                continue;
            for (int dy = 0; dy < moduleSize; ++dy)
                for (int dx = 0; dx < moduleSize; ++dx)
                    picture.pixels[(top + y * moduleSize + dy) * canvasWidth + left + x * moduleSize + dx] = 0;
        }
    }
    return picture;
}

} // namespace

class TestQrCodeReader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void readsWhatWasEncoded_data();
    void readsWhatWasEncoded();
    void refusesWhatIsNotAPicture();
    void saysWhenThereIsNoCode();
};

void TestQrCodeReader::readsWhatWasEncoded_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("moduleSize");
    QTest::newRow("offer by reference, small")
        << QStringLiteral("openid-credential-offer://?credential_offer_uri=https%3A%2F%2Fissuer.example%2Foffers%2F7f3a")
        << 3;
    QTest::newRow("DCC deep link, large")
        << QStringLiteral("dccrequest://request?issuer=https%3A%2F%2Fissuer.example&vc_request_url=https%3A%2F%2Fissuer.example%2Fexchange%2F1&challenge=8a1d")
        << 8;
    QTest::newRow("non-ASCII text") << QStringLiteral("https://université.example/offre?nom=Zoë") << 5;
    QTest::newRow("Japanese") << QStringLiteral("https://example.jp/証明書?名前=山田") << 4;
}

void TestQrCodeReader::readsWhatWasEncoded()
{
    QFETCH(QString, text);
    QFETCH(int, moduleSize);
    auto code = QrCode::encode(text);
    QVERIFY(code.ok());
    // Off-centre on a wide canvas, as on a screenshot of a web page.
    const int side = code->size() * moduleSize;
    const GreyPicture picture = draw(*code, moduleSize, side * 3 + 17, side + 200, side + 40, 90);
    auto read = QrCodeReader::decode(picture.pixels, picture.width, picture.height);
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message));
    QCOMPARE(*read, QStringList{text});
}

void TestQrCodeReader::refusesWhatIsNotAPicture()
{
    auto wrongSize = QrCodeReader::decode(QByteArray(100, '\0'), 10, 11);
    QVERIFY(!wrongSize.ok());
    QCOMPARE(wrongSize.error().code, QStringLiteral("invalid-argument"));
    auto huge = QrCodeReader::decode(QByteArray(), 100000, 100000);
    QVERIFY(!huge.ok());
    QCOMPARE(huge.error().code, QStringLiteral("invalid-argument"));
    auto empty = QrCodeReader::decode(QByteArray(), 0, 0);
    QVERIFY(!empty.ok());
}

void TestQrCodeReader::saysWhenThereIsNoCode()
{
    // A grey gradient with stripes: pixels, but no code.
    const int width = 320, height = 200;
    QByteArray pixels(width * height, '\0');
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x)
            pixels[y * width + x] = char((x / 7 % 2) ? 40 : (x + y) % 256);
    auto read = QrCodeReader::decode(pixels, width, height);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().code, QStringLiteral("qr-not-found"));
    QVERIFY(!read.error().message.isEmpty());
}

QTEST_GUILESS_MAIN(TestQrCodeReader)
#include "TestQrCodeReader.moc"
