// Every non-baked refvc artefact through the format dispatcher, against the manifest's verdicts;
// plus the OB 2.0 hosted-badge rules (HTTP 410, tampered copies, issuer scope, offline).
#include "verify/CredentialVerifier.h"
#include "verify/Ob2HostedVerifier.h"

#include "FakeFetcher.h"

#include <QTest>

using namespace Satchel;

namespace {

const QDateTime kNow(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);
const QString kHostedId = QStringLiteral("http://127.0.0.1:18001/ob2/assertions/e01e108b-7f70-4e06-b8fa-a56200a402d6");

QByteArray readRefvc(const QString &relative)
{
    QFile f(QStringLiteral(SATCHEL_FIXTURES_DIR "/refvc/") + relative);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

QString describe(const VerificationReport &report)
{
    return QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact));
}

QByteArray hostedWith(const char *field, const QJsonValue &value)
{
    QJsonObject o = QJsonDocument::fromJson(readRefvc("ob2/hosted-valid.json")).object();
    o.insert(QLatin1String(field), value);
    return QJsonDocument(o).toJson();
}

} // namespace

class TestCredentialVerifier : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void manifest_data();
    void manifest();
    void hostedGone();
    void hostedTamperedCopy();
    void hostedOutOfScope();
    void hostedOffline();
    void unknownFormat();
};

void TestCredentialVerifier::manifest_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("expect");
    QTest::addColumn<QString>("reasonCode");
    const QHash<QString, CredentialFormat> formats = {
        {"ob2-assertion-json", CredentialFormat::Ob2Json}, {"ob2-assertion-jws", CredentialFormat::Ob2Jws},
        {"ob3-vc-json", CredentialFormat::Ob3Json},        {"ob3-vc-jwt", CredentialFormat::Ob3Jwt},
        {"clr2-vc-json", CredentialFormat::ClrJson},       {"vc-status-list-json", CredentialFormat::Ob3Json}};
    const QJsonArray files = QJsonDocument::fromJson(readRefvc("manifest.json")).object().value("files").toArray();
    int rows = 0;
    for (const auto &v : files) {
        const QJsonObject f = v.toObject();
        const auto it = formats.constFind(f.value("format").toString());
        if (it == formats.constEnd())
            continue;
        QTest::newRow(qPrintable(f.value("file").toString()))
            << f.value("file").toString() << int(*it) << f.value("expect").toString()
            << f.value("reasonCode").toString();
        ++rows;
    }
    QCOMPARE(rows, 36);
}

void TestCredentialVerifier::manifest()
{
    QFETCH(QString, file);
    QFETCH(int, format);
    QFETCH(QString, expect);
    QFETCH(QString, reasonCode);
    auto fetcher = SatchelTest::FakeFetcher::refvc();
    const VerificationReport report =
        CredentialVerifier(&fetcher).verify(CredentialFormat(format), readRefvc(file), kNow);
    if (expect == "valid") {
        QVERIFY2(report.status() == VerificationStatus::Valid, qPrintable(describe(report)));
    } else {
        QVERIFY2(report.status() != VerificationStatus::Valid, qPrintable(describe(report)));
        QCOMPARE(report.reasonCode(), reasonCode);
    }
    QCOMPARE(report.toJson().value("status").toString(), VerificationReport::statusName(report.status()));
}

void TestCredentialVerifier::hostedGone()
{
    auto fetcher = SatchelTest::FakeFetcher::refvc();
    fetcher.serve(kHostedId, QByteArray(), 410);
    const VerificationReport report = Ob2HostedVerifier(&fetcher, kNow).verify(readRefvc("ob2/hosted-valid.json"));
    QCOMPARE(report.status(), VerificationStatus::Revoked);
}

void TestCredentialVerifier::hostedTamperedCopy()
{
    // The learner's copy claims another recipient / date than the issuer serves.
    auto fetcher = SatchelTest::FakeFetcher::refvc();
    Ob2HostedVerifier verifier(&fetcher, kNow);
    QCOMPARE(verifier.verify(hostedWith("issuedOn", "2020-01-01T00:00:00Z")).reasonCode(),
             QStringLiteral("hosted-mismatch"));
    QCOMPARE(verifier.verify(hostedWith("recipient", QJsonObject{{"type", "email"}, {"identity", "x@y.z"}}))
                 .reasonCode(),
             QStringLiteral("hosted-mismatch"));
    // No verification block at all: nothing proves it.
    QJsonObject bare = QJsonDocument::fromJson(readRefvc("ob2/hosted-valid.json")).object();
    bare.remove("verification");
    QCOMPARE(verifier.verify(QJsonDocument(bare).toJson()).reasonCode(), QStringLiteral("no-proof"));
}

void TestCredentialVerifier::hostedOutOfScope()
{
    // The same assertion served from another host: the issuer's origin does not cover it.
    auto fetcher = SatchelTest::FakeFetcher::refvc();
    const QString elsewhere = QStringLiteral("http://badges.elsewhere.example/a/1");
    const QByteArray copy = hostedWith("id", elsewhere);
    fetcher.serve(elsewhere, copy);
    Ob2HostedVerifier verifier(&fetcher, kNow);
    QCOMPARE(verifier.verify(copy).reasonCode(), QStringLiteral("issuer-mismatch"));

    // Unless the issuer lists that host in verification.allowedOrigins.
    const QString issuerUrl = QStringLiteral("http://127.0.0.1:18001/ob2/issuer");
    QJsonObject issuer = QJsonDocument::fromJson(fetcher.documents.value(issuerUrl).body).object();
    issuer.insert("verification", QJsonObject{{"allowedOrigins", "badges.elsewhere.example"}});
    fetcher.serve(issuerUrl, QJsonDocument(issuer).toJson());
    QCOMPARE(verifier.verify(copy).status(), VerificationStatus::Valid);
}

void TestCredentialVerifier::hostedOffline()
{
    const VerificationReport report = Ob2HostedVerifier(nullptr, kNow).verify(readRefvc("ob2/hosted-valid.json"));
    QCOMPARE(report.status(), VerificationStatus::Unknown);
}

void TestCredentialVerifier::unknownFormat()
{
    const VerificationReport report = CredentialVerifier(nullptr).verify(CredentialFormat::Unknown, "{}", kNow);
    QCOMPARE(report.status(), VerificationStatus::Invalid);
    QCOMPARE(report.reasonCode(), QStringLiteral("malformed"));
}

QTEST_GUILESS_MAIN(TestCredentialVerifier)
#include "TestCredentialVerifier.moc"
