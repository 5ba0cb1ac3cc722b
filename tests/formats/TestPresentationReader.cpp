// Reading a verifiable presentation file for its credentials (formats::PresentationReader): each
// credential object comes out as the exact bytes it has in the file (white space, escapes and key
// order kept), whatever the layout around it (an escaped member name, one object instead of an
// array, strings holding brackets); an enveloped VC-JWT and a bare JWT string come out as the
// token; what is no presentation, or carries nothing, is refused with its own code.
#include "formats/PresentationReader.h"

#include <QTest>

using namespace Satchel;

namespace {
const QByteArray kJwt = "eyJhbGciOiJFZERTQSJ9.eyJpc3MiOiJkaWQ6ZXhhbXBsZTphIn0.c2lnbmF0dXJl";
} // namespace

class TestPresentationReader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void keepsEachCredentialsBytes()
    {
        const QByteArray first = "{\n  \"type\": [\"VerifiableCredential\", \"OpenBadgeCredential\"],\n"
                                 "  \"name\": \"Brackets ] } and \\\"quotes\\\" \\u00e9\",\n  \"n\": 1.50\n}";
        const QByteArray second = "{\"name\":\"[not an array]\",\"type\":\"VerifiableCredential\"}";
        const QByteArray vp = "{ \"type\" : \"VerifiablePresentation\", \"note\": \"\\\"verifiableCredential\\\": []\",\n"
                              " \"holder\": {\"id\": \"did:example:holder\"},\n"
                              " \"verifiable\\u0043redential\" : [ " + first + " ,\n\t" + second + " ],\n"
                              " \"proof\": {\"challenge\": \"c-1\", \"domain\": \"d.example\"} }";
        auto read = PresentationReader::read(vp);
        QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
        QCOMPARE(read->holder, QStringLiteral("did:example:holder"));
        QCOMPARE(read->challenge, QStringLiteral("c-1"));
        QCOMPARE(read->domain, QStringLiteral("d.example"));
        QCOMPARE(read->credentials, (QList<QByteArray>{first, second}));
        QVERIFY(PresentationReader::looksLikePresentation(vp));
    }

    void oneCredentialWithoutArrayAndTokens()
    {
        const QByteArray single = "{\"type\":[\"VerifiablePresentation\"],\"verifiableCredential\":{\"id\":\"urn:x\"}}";
        auto one = PresentationReader::read(single);
        QVERIFY(one);
        QCOMPARE(one->credentials, QList<QByteArray>{"{\"id\":\"urn:x\"}"});

        const QByteArray tokens = "{\"type\":\"VerifiablePresentation\",\"verifiableCredential\":[\"" + kJwt
            + "\",{\"@context\":\"https://www.w3.org/ns/credentials/v2\",\"type\":\"EnvelopedVerifiableCredential\","
              "\"id\":\"data:application/vc+jwt," + kJwt + "\"}]}";
        auto read = PresentationReader::read(tokens);
        QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
        QCOMPARE(read->credentials, (QList<QByteArray>{kJwt, kJwt}));
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("code");
        QTest::newRow("a credential") << QByteArray("{\"type\":[\"VerifiableCredential\"]}") << "not-a-presentation";
        QTest::newRow("no credential") << QByteArray("{\"type\":\"VerifiablePresentation\",\"holder\":\"did:x:y\"}")
                                       << "empty-presentation";
        QTest::newRow("empty array") << QByteArray("{\"type\":\"VerifiablePresentation\",\"verifiableCredential\":[]}")
                                     << "empty-presentation";
        QTest::newRow("a number") << QByteArray("{\"type\":\"VerifiablePresentation\",\"verifiableCredential\":[42]}")
                                  << "malformed";
        QTest::newRow("envelope without a JWT")
            << QByteArray("{\"type\":\"VerifiablePresentation\",\"verifiableCredential\":[{\"type\":"
                          "\"EnvelopedVerifiableCredential\",\"id\":\"data:text/plain,hello\"}]}")
            << "malformed";
        QTest::newRow("duplicate member") << QByteArray("{\"type\":\"VerifiablePresentation\",\"verifiableCredential\":[{}],"
                                                        "\"verifiableCredential\":[{}]}")
                                          << "duplicate-key";
    }

    void refusals()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, code);
        auto read = PresentationReader::read(text);
        QVERIFY(!read);
        QCOMPARE(read.error().code, code);
        QVERIFY(!read.error().message.isEmpty());
    }

    void tooManyCredentials()
    {
        QByteArray many = "{\"type\":\"VerifiablePresentation\",\"verifiableCredential\":[";
        for (int i = 0; i <= PresentationReader::kMaxCredentials; ++i)
            many += (i ? ",{}" : "{}");
        many += "]}";
        QCOMPARE(PresentationReader::read(many).error().code, QStringLiteral("too-large"));
    }
};

QTEST_GUILESS_MAIN(TestPresentationReader)
#include "TestPresentationReader.moc"
