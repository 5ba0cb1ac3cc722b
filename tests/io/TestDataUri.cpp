// DataUri: the one data: URI decoder (importer, detail view, gallery, certificate).
#include "io/DataUri.h"

#include <QTest>

using namespace Satchel;

class TestDataUri : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void base64()
    {
        const auto uri = DataUri::decode(u"data:image/png;base64,aGVsbG8=", 100);
        QVERIFY(uri.ok());
        QCOMPARE(uri->mediaType, QStringLiteral("image/png"));
        QVERIFY(uri->base64);
        QCOMPARE(uri->bytes, QByteArray("hello"));
    }

    void base64WithLineBreaks()
    {
        const auto uri = DataUri::decode(u"DATA:Image/PNG;BASE64,aGVs\r\n bG8=", 100);
        QVERIFY(uri.ok());
        QCOMPARE(uri->mediaType, QStringLiteral("image/png"));
        QCOMPARE(uri->bytes, QByteArray("hello"));
    }

    void percentEncoded()
    {
        const auto uri = DataUri::decode(u"data:image/svg+xml,%3Csvg width=\"100%25\"%3E", 100);
        QVERIFY(uri.ok());
        QVERIFY(!uri->base64);
        QCOMPARE(uri->mediaType, QStringLiteral("image/svg+xml"));
        QCOMPARE(uri->bytes, QByteArray("<svg width=\"100%\">"));
    }

    void percentEncodedKeepsUnicodeAsUtf8()
    {
        const auto uri = DataUri::decode(QString::fromUtf8("data:text/plain,caf\u00e9"), 100);
        QVERIFY(uri.ok());
        QCOMPARE(uri->bytes, QByteArray("caf\xc3\xa9"));
    }

    void mediaTypeParameters()
    {
        const auto uri = DataUri::decode(u"data:image/svg+xml; Charset=UTF-8 ;name=a.svg;base64,PHN2Zz4=", 100);
        QVERIFY(uri.ok());
        QCOMPARE(uri->mediaType, QStringLiteral("image/svg+xml"));
        QCOMPARE(uri->parameters.value(QStringLiteral("charset")), QStringLiteral("UTF-8"));
        QCOMPARE(uri->parameters.value(QStringLiteral("name")), QStringLiteral("a.svg"));
        QVERIFY(uri->base64);
        QCOMPARE(uri->bytes, QByteArray("<svg>"));
    }

    void defaultMediaType()
    {
        const auto uri = DataUri::decode(u"data:,A%20b", 100);
        QVERIFY(uri.ok());
        QCOMPARE(uri->mediaType, QStringLiteral("text/plain"));
        QCOMPARE(uri->bytes, QByteArray("A b"));
        const auto empty = DataUri::decode(u"data:,", 100);
        QVERIFY(empty.ok());
        QVERIFY(empty->bytes.isEmpty());
    }

    void sizeBound()
    {
        const QByteArray thousand(1000, 'x');
        const QString base64 = QStringLiteral("data:image/png;base64,") + QString::fromLatin1(thousand.toBase64());
        QVERIFY(DataUri::decode(base64, 1000).ok());
        const auto over = DataUri::decode(base64, 999);
        QVERIFY(!over.ok());
        QCOMPARE(over.error().code, QStringLiteral("too-large"));
        // Refused unread when even the encoded form cannot fit.
        const QString huge = QStringLiteral("data:image/png;base64,") + QString(100000, QLatin1Char('A'));
        QCOMPARE(DataUri::decode(huge, 1000).error().code, QStringLiteral("too-large"));
        const QString percent = QStringLiteral("data:text/plain,") + QString(1001, QLatin1Char('y'));
        QCOMPARE(DataUri::decode(percent, 1000).error().code, QStringLiteral("too-large"));
        QVERIFY(DataUri::decode(percent, 1001).ok());
    }

    void malformed()
    {
        QCOMPARE(DataUri::decode(u"https://example.org/a.png", 100).error().code, QStringLiteral("not-a-data-uri"));
        QCOMPARE(DataUri::decode(u"", 100).error().code, QStringLiteral("not-a-data-uri"));
        QCOMPARE(DataUri::decode(u"data:image/png;base64", 100).error().code, QStringLiteral("malformed"));
        QCOMPARE(DataUri::decode(u"data:image/png;base64,a$b=", 100).error().code, QStringLiteral("malformed"));
        QCOMPARE(DataUri::decode(QString::fromUtf8("data:image/png;base64,aGVs\u00e9bG8="), 100).error().code,
                 QStringLiteral("malformed"));
    }

    void recognisesTheScheme()
    {
        QVERIFY(DataUri::isDataUri(u"data:,x"));
        QVERIFY(DataUri::isDataUri(u"Data:image/png;base64,"));
        QVERIFY(!DataUri::isDataUri(u"https://example.org/data:x"));
    }
};

QTEST_GUILESS_MAIN(TestDataUri)
#include "TestDataUri.moc"
