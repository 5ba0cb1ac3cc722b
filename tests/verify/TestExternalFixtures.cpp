// Every credential of the shared external fixtures (1EdTech, DCC, W3C) through the same path the
// importer and verifier use (CredentialReader::detect, then CredentialVerifier), offline except
// for the documents the fixture folders themselves ship (status lists, DID documents, OB 2.0
// assets). Expectations: tests/data/verify/external-expected.txt (from SOURCES.md and
// expected-verification.json). Where Satchel deliberately differs, the difference is listed in
// tests/data/verify/external-deviations.txt; the list must be exact, so a fixed deviation has to be
// removed and a new one fails. On a mismatch the actual list is written next to the test binary as
// external-deviations.txt.fail.
#include "formats/CredentialReader.h"
#include "verify/CredentialVerifier.h"

#include "FakeFetcher.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTest>

using namespace Satchel;

namespace {

// A fixed "now": after every fixture's issuance date that the fixtures call valid, before the
// far-future notExpired dates, after the 2010/2020s expiry dates.
const QDateTime kNow(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);
const QString kRoot = QStringLiteral(SATCHEL_FIXTURES_DIR "/external/");
constexpr qint64 kMaxMillisPerFixture = 20000;

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

struct Expectation {
    QString path;
    QString expected; // "<status>" or "<status>:<reason code>"
};

QList<Expectation> readExpectations()
{
    QList<Expectation> out;
    const QString text = QString::fromUtf8(readFile(QStringLiteral(SATCHEL_TEST_DATA_DIR "/verify/external-expected.txt")));
    for (QString line : text.split(QLatin1Char('\n'))) {
        line = line.section(QLatin1Char('#'), 0, 0).trimmed();
        if (line.isEmpty())
            continue;
        const QStringList parts = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (parts.size() == 2)
            out.append({parts[0], parts[1]});
    }
    return out;
}

// "path | expected | ours" (the "why" column is for people and is not compared).
QMap<QString, QString> readDeviations(QMap<QString, QString> *reasons)
{
    QMap<QString, QString> out;
    const QString text = QString::fromUtf8(readFile(QStringLiteral(SATCHEL_TEST_DATA_DIR "/verify/external-deviations.txt")));
    for (const QString &raw : text.split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList parts = line.split(QLatin1Char('|'));
        if (parts.size() < 3)
            continue;
        const QString key = parts[0].trimmed() + QLatin1String(" | ") + parts[1].trimmed();
        out.insert(key, parts[2].trimmed());
        if (reasons && parts.size() >= 4)
            reasons->insert(key, parts.mid(3).join(QLatin1Char('|')).trimmed());
    }
    return out;
}

// The documents the fixture folders provide, at the URLs the fixtures name.
SatchelTest::FakeFetcher fixtureFetcher()
{
    SatchelTest::FakeFetcher fetcher;
    const QString ob20 = kRoot + QStringLiteral("1EdTech-digital-credentials-public-validator/ob20/assets/");
    const QStringList assets = QDir(ob20).entryList(QDir::Files);
    for (const QString &name : assets) {
        const QByteArray body = readFile(ob20 + name);
        // The upstream OB 2.0 tests map these hosts onto the assets folder.
        for (const char *host : {"https://example.org/", "http://example.org/", "https://www.example.org/",
                                 "http://www.example.org/"})
            fetcher.serve(QLatin1String(host) + name, body);
    }
    fetcher.serve(QStringLiteral("https://raw.githubusercontent.com/1EdTech/digital-credentials-public-validator/refs/"
                                 "heads/main/inspector-vc/src/test/resources/ob30/bit-string-list/testlist"),
                  readFile(kRoot + QStringLiteral("1EdTech-digital-credentials-public-validator/ob30/bit-string-list/testlist.json")));
    fetcher.serve(QStringLiteral("https://raw.githubusercontent.com/digitalcredentials/verifier-core/refs/heads/main/"
                                 "src/test-fixtures/status/e5WK8CbZ1GjycuPombrj"),
                  readFile(kRoot + QStringLiteral("digitalcredentials-verifier-core/status/e5WK8CbZ1GjycuPombrj.json")));
    const QString lists = kRoot + QStringLiteral("digitalcredentials-vc-test-fixtures/statusLists/didkey-ed25519Signature2020/");
    for (const QString &name : QDir(lists).entryList({QStringLiteral("*.json")}, QDir::Files))
        fetcher.serve(QStringLiteral("https://digitalcredentials.github.io/vc-test-fixtures/statusLists/"
                                     "didkey-ed25519Signature2020/")
                          + QFileInfo(name).completeBaseName(),
                      readFile(lists + name));
    for (const char *did : {"legacy", "oidf"})
        fetcher.serve(QStringLiteral("https://digitalcredentials.github.io/vc-test-fixtures/dids/%1/did.json").arg(QLatin1String(did)),
                      readFile(kRoot + QStringLiteral("digitalcredentials-vc-test-fixtures/dids/%1/did.json").arg(QLatin1String(did))));
    return fetcher;
}

QString outcomeOf(const VerificationReport &report)
{
    const VerificationStatus status = report.status();
    QString out = VerificationReport::statusName(status);
    if (status == VerificationStatus::Invalid || status == VerificationStatus::Unknown)
        out += QLatin1Char(':') + report.reasonCode();
    return out;
}

bool matches(const QString &expected, const QString &ours)
{
    if (expected.contains(QLatin1Char(':')))
        return expected == ours;
    return ours.section(QLatin1Char(':'), 0, 0) == expected;
}

bool looksLikeVc(const QByteArray &bytes)
{
    const QJsonObject object = QJsonDocument::fromJson(bytes).object();
    const QJsonValue type = object.value(QLatin1String("type"));
    return object.contains(QLatin1String("proof")) || type.toString() == QLatin1String("VerifiableCredential")
        || type.toArray().contains(QLatin1String("VerifiableCredential"));
}

struct Outcome {
    QString ours;
    QString details;
};

Outcome verifyFixture(const QString &relative, const SatchelTest::FakeFetcher &base)
{
    const QByteArray bytes = readFile(kRoot + relative);
    if (bytes.isEmpty())
        return {QStringLiteral("missing-file"), QString()};
    auto raw = CredentialReader::detect(bytes, relative);
    CredentialFormat format = CredentialFormat::Unknown;
    QByteArray payload;
    if (raw && raw->pendingUrl.isEmpty()) {
        format = raw->format;
        payload = raw->bytes;
    } else if (looksLikeVc(bytes)) {
        // A VC that is no OB/CLR credential (a status list, an endorsement, a W3C vector): its
        // proof is still a Data Integrity proof.
        format = CredentialFormat::Ob3Json;
        payload = bytes;
    } else {
        return {QStringLiteral("import-error:") + (raw ? QStringLiteral("pending-url") : raw.error().code), QString()};
    }

    SatchelTest::FakeFetcher fetcher = base;
    // A hosted OB 2.0 assertion is re-fetched from its id: serve the file itself there, as the
    // issuer's server would.
    if (format == CredentialFormat::Ob2Json) {
        const QJsonObject object = QJsonDocument::fromJson(payload).object();
        const QString id = object.value(QLatin1String("id")).toString();
        if (id.startsWith(QLatin1String("http")) && !fetcher.documents.contains(id))
            fetcher.serve(id, payload);
    }
    const VerificationReport report = CredentialVerifier(&fetcher).verify(format, payload, kNow);
    return {outcomeOf(report), QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact))};
}

} // namespace

class TestExternalFixtures : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void expectationsCoverTheFixtures();
    void allFixtures();
    void dataLossIsAlwaysFatal();
    void statusListsFromTheFixtures();
};

void TestExternalFixtures::expectationsCoverTheFixtures()
{
    const QList<Expectation> expectations = readExpectations();
    QVERIFY(expectations.size() > 200);
    QSet<QString> seen;
    for (const Expectation &e : expectations) {
        QVERIFY2(QFile::exists(kRoot + e.path), qPrintable(e.path));
        QVERIFY2(!seen.contains(e.path), qPrintable(e.path));
        seen.insert(e.path);
    }
    // Every file expected-verification.json judges is covered.
    const QJsonObject ev = QJsonDocument::fromJson(readFile(kRoot + QStringLiteral("expected-verification.json"))).object();
    for (const char *section : {"dataIntegrity", "jws"}) {
        const QJsonObject files = ev.value(QLatin1String(section)).toObject();
        for (auto it = files.constBegin(); it != files.constEnd(); ++it)
            QVERIFY2(seen.contains(it.key()), qPrintable(it.key()));
    }
}

void TestExternalFixtures::allFixtures()
{
    const SatchelTest::FakeFetcher base = fixtureFetcher();
    QMap<QString, QString> reasons;
    const QMap<QString, QString> deviations = readDeviations(&reasons);
    QMap<QString, QString> actual;
    QStringList slow;
    int agree = 0;
    const QList<Expectation> expectations = readExpectations();
    for (const Expectation &e : expectations) {
        QElapsedTimer timer;
        timer.start();
        const Outcome outcome = verifyFixture(e.path, base);
        if (timer.elapsed() > kMaxMillisPerFixture)
            slow << e.path;
        // SATCHEL_EXTFX_SHOW=<part of a path> prints those reports, for investigating a fixture.
        const QString show = qEnvironmentVariable("SATCHEL_EXTFX_SHOW");
        if (!show.isEmpty() && e.path.contains(show))
            qInfo().noquote() << e.path << outcome.details;
        if (matches(e.expected, outcome.ours)) {
            ++agree;
            continue;
        }
        actual.insert(e.path + QLatin1String(" | ") + e.expected, outcome.ours);
        if (!deviations.contains(e.path + QLatin1String(" | ") + e.expected))
            qWarning().noquote() << "new deviation" << e.path << "expected" << e.expected << "ours" << outcome.ours
                                 << outcome.details;
    }
    qInfo("%d of %d external fixtures agree with their expectation; %d listed deviations.", agree,
          int(expectations.size()), int(actual.size()));
    QVERIFY2(slow.isEmpty(), qPrintable(slow.join(QLatin1Char(' '))));

    if (actual != deviations) {
        QStringList lines;
        lines << QStringLiteral("# path | expected | ours | why");
        for (auto it = actual.constBegin(); it != actual.constEnd(); ++it)
            lines << it.key() + QLatin1String(" | ") + it.value() + QLatin1String(" | ")
                    + reasons.value(it.key(), QStringLiteral("TODO: explain"));
        QFile fail(QDir::current().filePath(QStringLiteral("external-deviations.txt.fail")));
        if (fail.open(QIODevice::WriteOnly | QIODevice::Truncate))
            fail.write(lines.join(QLatin1Char('\n')).toUtf8() + '\n');
        for (auto it = deviations.constBegin(); it != deviations.constEnd(); ++it)
            if (actual.value(it.key()) != it.value())
                qWarning().noquote() << "listed deviation no longer seen:" << it.key() << "|" << it.value();
        QFAIL(qPrintable(QStringLiteral("The deviations differ from external-deviations.txt; see %1").arg(fail.fileName())));
    }
}

void TestExternalFixtures::dataLossIsAlwaysFatal()
{
    // Every fixture on which JSON-LD safe mode fails must be rejected with "data-loss", whatever
    // else the deviations list says: the dropped data was never signed.
    const QJsonObject di = QJsonDocument::fromJson(readFile(kRoot + QStringLiteral("expected-verification.json")))
                               .object()
                               .value(QLatin1String("dataIntegrity"))
                               .toObject();
    const SatchelTest::FakeFetcher base = fixtureFetcher();
    int checked = 0;
    for (auto it = di.constBegin(); it != di.constEnd(); ++it) {
        bool safeModeFails = false;
        for (const auto &proof : it.value().toArray())
            safeModeFails = safeModeFails || proof.toObject().contains(QLatin1String("safeMode"));
        if (!safeModeFails)
            continue;
        const Outcome outcome = verifyFixture(it.key(), base);
        QVERIFY2(outcome.ours == QLatin1String("invalid:data-loss"), qPrintable(it.key() + QLatin1Char(' ') + outcome.details));
        ++checked;
    }
    QCOMPARE(checked, 12);
}

void TestExternalFixtures::statusListsFromTheFixtures()
{
    // The shipped lists decide: DCC index 6 and 8 are set, 7 and 9 are not; 1EdTech bit 23 is set.
    const SatchelTest::FakeFetcher base = fixtureFetcher();
    QCOMPARE(verifyFixture(QStringLiteral("digitalcredentials-verifier-core/credentials/v2/v2Revoked.json"), base).ours,
             QStringLiteral("revoked"));
    QCOMPARE(verifyFixture(QStringLiteral("digitalcredentials-verifier-core/credentials/v2/v2WithValidStatus.json"), base).ours,
             QStringLiteral("valid"));
    QCOMPARE(verifyFixture(QStringLiteral("1EdTech-digital-credentials-public-validator/ob30/bit-string-list/"
                                          "credential-status-revoked.json"),
                           base)
                 .ours,
             QStringLiteral("revoked"));
    // A list that is expired, not yet valid, of the wrong type or tampered decides nothing: a warning.
    for (const char *name : {"legacy-expiredStatus-noExpiry", "legacy-notYetValidStatus-noExpiry",
                             "legacy-missingTypeStatus-noExpiry", "legacy-tamperedStatus-noExpiry"}) {
        SatchelTest::FakeFetcher fetcher = base;
        const QByteArray bytes = readFile(kRoot + QStringLiteral("digitalcredentials-vc-test-fixtures/credentials/v2/ed25519/didKey/%1.json")
                                                      .arg(QLatin1String(name)));
        const VerificationReport report = CredentialVerifier(&fetcher).verify(CredentialFormat::Ob3Json, bytes, kNow);
        QVERIFY2(report.has(QStringLiteral("status-unavailable"), CheckOutcome::Warn), name);
        QVERIFY2(!report.has(QStringLiteral("revoked"), CheckOutcome::Pass), name);
        QCOMPARE(report.status(), VerificationStatus::Valid);
    }
    // Without the lists (offline), the same credentials are valid with a status warning, never revoked.
    SatchelTest::FakeFetcher offline;
    const QByteArray revoked = readFile(kRoot + QStringLiteral("digitalcredentials-verifier-core/credentials/v2/v2Revoked.json"));
    const VerificationReport report = CredentialVerifier(&offline).verify(CredentialFormat::Ob3Json, revoked, kNow);
    QVERIFY(report.has(QStringLiteral("status-unavailable"), CheckOutcome::Warn));
    QCOMPARE(report.status(), VerificationStatus::Valid);
}

QTEST_GUILESS_MAIN(TestExternalFixtures)
#include "TestExternalFixtures.moc"
