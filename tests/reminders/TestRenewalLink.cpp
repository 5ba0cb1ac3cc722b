// Where a badge is renewed: refreshService (one or several; VC Refresh 2021's "url", else "id"),
// else the achievement's criteria page, else the issuer's site; only http(s) addresses. Also read
// from the published 1EdTech OB 3.0 example, which names a refresh service.
#include "FixtureFiles.h"
#include "formats/CredentialReader.h"
#include "reminders/RenewalLink.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Satchel;

class TestRenewalLink : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void find_data()
    {
        QTest::addColumn<QByteArray>("refreshService"); // JSON, or empty for none
        QTest::addColumn<QString>("criteria");
        QTest::addColumn<QString>("issuerUrl");
        QTest::addColumn<QString>("expected");

        const QString criteria = QStringLiteral("https://issuer.example/criteria");
        const QString site = QStringLiteral("https://issuer.example/");
        QTest::newRow("refresh service id") << QByteArray("{\"id\":\"https://issuer.example/refresh/1\",\"type\":\"1EdTechCredentialRefresh\"}")
                                            << criteria << site << "https://issuer.example/refresh/1";
        QTest::newRow("VC Refresh 2021 url") << QByteArray("{\"type\":\"VerifiableCredentialRefreshService2021\",\"url\":\"https://issuer.example/exchanges/refresh\",\"id\":\"urn:uuid:1\"}")
                                             << criteria << site << "https://issuer.example/exchanges/refresh";
        QTest::newRow("several, first usable") << QByteArray("[{\"id\":\"urn:uuid:2\"},{\"id\":\"https://issuer.example/r\"}]")
                                               << criteria << site << "https://issuer.example/r";
        QTest::newRow("refresh not on the web") << QByteArray("{\"id\":\"did:example:refresh\"}") << criteria << site
                                                << criteria;
        QTest::newRow("criteria") << QByteArray() << criteria << site << criteria;
        QTest::newRow("criteria is a urn") << QByteArray() << QStringLiteral("urn:uuid:abc") << site << site;
        QTest::newRow("javascript is never offered") << QByteArray("{\"id\":\"javascript:alert(1)\"}")
                                                     << QStringLiteral("file:///etc/passwd") << site << site;
        QTest::newRow("nothing") << QByteArray() << QString() << QStringLiteral("mailto:a@b.example") << QString();
    }
    void find()
    {
        QFETCH(QByteArray, refreshService);
        QFETCH(QString, criteria);
        QFETCH(QString, issuerUrl);
        QFETCH(QString, expected);
        Credential credential;
        if (!refreshService.isEmpty()) {
            const QJsonDocument service = QJsonDocument::fromJson(refreshService);
            credential.json.insert(QStringLiteral("refreshService"),
                                   service.isArray() ? QJsonValue(service.array()) : QJsonValue(service.object()));
        }
        credential.achievement.criteriaId = criteria;
        credential.issuer.url = issuerUrl;
        QCOMPARE(RenewalLink::find(credential), expected.isEmpty() ? QUrl() : QUrl(expected));
    }

    void publishedExample()
    {
        const QString file = QStringLiteral("external/1EdTech-digital-credentials-public-validator/ob30/complete.json");
        auto raw = CredentialReader::detect(SatchelTest::readFixture(file), file);
        QVERIFY(raw.ok());
        auto parsed = CredentialReader::parse(*raw);
        QVERIFY(parsed.ok());
        QCOMPARE(RenewalLink::find(*parsed), QUrl(QStringLiteral("http://1edtech.edu/credentials/3732")));
    }
};

QTEST_GUILESS_MAIN(TestRenewalLink)
#include "TestRenewalLink.moc"
