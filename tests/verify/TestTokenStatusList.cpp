// IETF Token Status Lists (draft-ietf-oauth-status-list): the Status List decoder against the
// draft's own examples and test vectors (tests/data/sdjwt/tsl-*.json, see SOURCES), and the Status
// List Token rules of TokenStatusListChecker over a fake fetcher, its signature check stubbed (the
// real one, with the issuer's key, is in TestTokenStatusListInterop).
#include "verify/NetworkDocumentFetcher.h"
#include "verify/TokenStatusList.h"
#include "verify/TokenStatusListChecker.h"

#include "FakeFetcher.h"
#include "crypto/Base64Url.h"
#include "crypto/Inflate.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace Satchel;
using SatchelTest::FakeFetcher;

Q_DECLARE_METATYPE(CheckOutcome)

namespace {

const QDateTime kNow = QDateTime::fromSecsSinceEpoch(1767225600, Qt::UTC); // 2026-01-01
const QString kUri = QStringLiteral("https://status.example.org/statuslists/1");
const QString kIssuer = QStringLiteral("https://issuer.example.org");

QJsonObject readVector(const QString &file)
{
    QFile f(QStringLiteral(SATCHEL_TEST_DATA_DIR "/sdjwt/") + file);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file));
    return QJsonDocument::fromJson(f.readAll()).object();
}

// The draft's 2-bit example (§4.1): status[0] = 1, [1] = 2, [2] = 0, [3] = 3, 12 statuses.
QJsonObject twoBitExample()
{
    return readVector(QStringLiteral("tsl-bits2.json")).value(QLatin1String("status_list")).toObject();
}

QJsonObject claims(const QJsonObject &overrides = {})
{
    QJsonObject payload{{"sub", kUri},
                        {"iss", kIssuer},
                        {"iat", double(kNow.toSecsSinceEpoch() - 3600)},
                        {"exp", double(kNow.toSecsSinceEpoch() + 3600)},
                        {"ttl", 43200},
                        {"status_list", twoBitExample()}};
    for (auto it = overrides.begin(); it != overrides.end(); ++it) {
        if (it.value().isNull())
            payload.remove(it.key());
        else
            payload.insert(it.key(), it.value());
    }
    return payload;
}

// An unsigned-looking token: these tests stub the signature check, so any signature bytes will do.
QByteArray token(const QJsonObject &payload, const QString &typ = QStringLiteral("statuslist+jwt"))
{
    return Jws::assemble({{"alg", "ES256"}, {"typ", typ}}, QJsonDocument(payload).toJson(QJsonDocument::Compact),
                         QByteArray(64, '\x01'));
}

QJsonObject reference(const QJsonValue &idx, const QString &uri = kUri)
{
    return {{"idx", idx}, {"uri", uri}};
}

} // namespace

class TestTokenStatusList : public QObject {
    Q_OBJECT
private:
    VerificationCheck checkAgainst(const QByteArray &served, const QJsonObject &ref,
                                   const TokenStatusListChecker::SignatureCheck &signature = [](const Jws &) { return Status(); },
                                   bool fromCache = false)
    {
        m_fetcher = FakeFetcher();
        m_fetcher.serve(kUri, served);
        m_fetcher.documents[kUri].fromCache = fromCache;
        m_fetcher.documents[kUri].fetchedAt = kNow.addDays(-2);
        return TokenStatusListChecker(&m_fetcher, kNow, signature).check(ref, kIssuer);
    }
    FakeFetcher m_fetcher;

private Q_SLOTS:
    void publishedVectors_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("§4.1 bits 1") << "tsl-bits1.json";
        QTest::newRow("§4.1 bits 2") << "tsl-bits2.json";
        QTest::newRow("test vector bits 1") << "tsl-vector-bits1.json";
        QTest::newRow("test vector bits 2") << "tsl-vector-bits2.json";
    }

    void publishedVectors()
    {
        QFETCH(QString, file);
        const QJsonObject vector = readVector(file);
        auto list = TokenStatusList::fromJson(vector.value(QLatin1String("status_list")).toObject());
        QVERIFY2(list.ok(), qPrintable(list.ok() ? QString() : list.error().message));
        if (vector.contains(QLatin1String("byte_array")))
            QCOMPARE(list->bytes().toHex(), vector.value(QLatin1String("byte_array")).toString().toLatin1());
        const quint64 size = quint64(vector.value(QLatin1String("size")).toDouble());
        QCOMPARE(list->size(), size);
        const QJsonObject expected = vector.value(QLatin1String("status")).toObject();
        int nonZeroExpected = 0;
        for (auto it = expected.begin(); it != expected.end(); ++it) {
            auto value = list->statusAt(it.key().toULongLong());
            QVERIFY(value.ok());
            QVERIFY2(*value == quint32(it.value().toInt()), qPrintable(QStringLiteral("status[%1]").arg(it.key())));
            nonZeroExpected += it.value().toInt() != 0;
        }
        // Every status the draft does not list is 0 (VALID).
        int nonZero = 0;
        for (quint64 i = 0; i < size; ++i)
            nonZero += *list->statusAt(i) != 0;
        QCOMPARE(nonZero, nonZeroExpected);
        auto past = list->statusAt(size);
        QVERIFY(!past.ok());
        QCOMPARE(past.error().code, QStringLiteral("out-of-range"));
    }

    void badListsRefused_data()
    {
        QTest::addColumn<QJsonObject>("statusList");
        QTest::addColumn<QString>("code");
        const QString lst = twoBitExample().value(QLatin1String("lst")).toString();
        QTest::newRow("bits 3") << QJsonObject{{"bits", 3}, {"lst", lst}} << "malformed";
        QTest::newRow("bits 16") << QJsonObject{{"bits", 16}, {"lst", lst}} << "malformed";
        QTest::newRow("bits as text") << QJsonObject{{"bits", "2"}, {"lst", lst}} << "malformed";
        QTest::newRow("no lst") << QJsonObject{{"bits", 1}} << "malformed";
        QTest::newRow("not base64url") << QJsonObject{{"bits", 1}, {"lst", "eNrb+RgAAhcBXQ=="}} << "malformed";
        // The same bytes gzip-framed: the draft says ZLIB.
        const QByteArray gzip = Inflate::gzip(QByteArray::fromHex("b9a3"));
        QTest::newRow("gzip, not zlib") << QJsonObject{{"bits", 1}, {"lst", QString::fromLatin1(Base64Url::encode(gzip))}}
                                        << "malformed";
        // 17 MiB of zeros in about 17 KB of ZLIB (qCompress: a 4-byte length, then a ZLIB stream).
        const QByteArray bomb = qCompress(QByteArray(17 * 1024 * 1024, '\0'), 9).mid(4);
        QTest::newRow("inflates past the bound")
            << QJsonObject{{"bits", 1}, {"lst", QString::fromLatin1(Base64Url::encode(bomb))}} << "too-large";
    }

    void badListsRefused()
    {
        QFETCH(QJsonObject, statusList);
        QFETCH(QString, code);
        auto list = TokenStatusList::fromJson(statusList);
        QVERIFY(!list.ok());
        QCOMPARE(list.error().code, code);
    }

    // The draft's 2-bit example served as a token: 0 passes, 1 revoked, 2 suspended, 3 a warning.
    void statusValues_data()
    {
        QTest::addColumn<int>("idx");
        QTest::addColumn<QString>("code");
        QTest::addColumn<CheckOutcome>("outcome");
        QTest::addColumn<QString>("says");
        QTest::newRow("0x00 VALID") << 2 << "revoked" << CheckOutcome::Pass << "valid";
        QTest::newRow("0x01 INVALID") << 0 << "revoked" << CheckOutcome::Fail << "revoked";
        QTest::newRow("0x02 SUSPENDED") << 1 << "revoked" << CheckOutcome::Fail << "suspended";
        QTest::newRow("0x03 application") << 3 << "status" << CheckOutcome::Warn << "0x03";
        QTest::newRow("past the end") << 12 << "status-index" << CheckOutcome::Fail << "12";
    }

    void statusValues()
    {
        QFETCH(int, idx);
        QFETCH(QString, code);
        QFETCH(CheckOutcome, outcome);
        QFETCH(QString, says);
        const VerificationCheck check = checkAgainst(token(claims()), reference(idx));
        QCOMPARE(check.code, code);
        QCOMPARE(check.outcome, outcome);
        QVERIFY2(check.message.contains(says), qPrintable(check.message));
        QCOMPARE(m_fetcher.accepted, QList<QByteArray>{QByteArray("application/statuslist+jwt")});
    }

    void tokenRules_data()
    {
        QTest::addColumn<QByteArray>("served");
        QTest::addColumn<QString>("code");
        const qint64 now = kNow.toSecsSinceEpoch();
        QTest::newRow("typ") << token(claims(), QStringLiteral("JWT")) << "status-token";
        QTest::newRow("not a JWS") << QByteArray("{\"status_list\": {}}") << "status-token";
        QTest::newRow("sub of another list") << token(claims({{"sub", QString(kUri + QLatin1Char('0'))}})) << "status-token";
        QTest::newRow("no sub") << token(claims({{"sub", QJsonValue::Null}})) << "status-token";
        QTest::newRow("iss of someone else") << token(claims({{"iss", "https://elsewhere.example"}})) << "status-token";
        QTest::newRow("no iat") << token(claims({{"iat", QJsonValue::Null}})) << "status-token";
        QTest::newRow("iat in the future") << token(claims({{"iat", double(now + 3600)}})) << "status-token";
        QTest::newRow("expired") << token(claims({{"exp", double(now - 60)}})) << "status-token";
        QTest::newRow("ttl zero") << token(claims({{"ttl", 0}})) << "status-token";
        QTest::newRow("bits 3") << token(claims({{"status_list", QJsonObject{{"bits", 3}, {"lst", "eNo76fITAAPfAgc"}}}}))
                                << "status-token";
        QTest::newRow("media type as typ is fine")
            << token(claims(), QStringLiteral("application/statuslist+jwt")) << "revoked";
        QTest::newRow("no iss is fine") << token(claims({{"iss", QJsonValue::Null}})) << "revoked";
    }

    void tokenRules()
    {
        QFETCH(QByteArray, served);
        QFETCH(QString, code);
        const VerificationCheck check = checkAgainst(served, reference(0));
        QCOMPARE(check.code, code);
        QCOMPARE(check.outcome, CheckOutcome::Fail);
    }

    void signatureOutcomes()
    {
        const auto failing = [](const Jws &) { return Status(Error{QStringLiteral("signature"), QStringLiteral("bad")}); };
        VerificationCheck check = checkAgainst(token(claims()), reference(2), failing);
        QCOMPARE(check.code, QStringLiteral("status-signature"));
        QCOMPARE(check.outcome, CheckOutcome::Fail);
        // The issuer's key could not be looked up (offline): not known, never a verdict.
        const auto lookupFailed = [](const Jws &) { return Status(Error{QStringLiteral("lookup-failed"), QStringLiteral("offline")}); };
        check = checkAgainst(token(claims()), reference(2), lookupFailed);
        QCOMPARE(check.code, QStringLiteral("status-unavailable"));
        QCOMPARE(check.outcome, CheckOutcome::Warn);
        // No signature check at all: refused.
        check = checkAgainst(token(claims()), reference(2), {});
        QCOMPARE(check.code, QStringLiteral("status-signature"));
    }

    void referenceRules()
    {
        for (const QJsonObject &bad : {reference(-1), reference(1.5), reference(QStringLiteral("2")), QJsonObject{{"idx", 2}}}) {
            const VerificationCheck check = checkAgainst(token(claims()), bad);
            QCOMPARE(check.code, QStringLiteral("status-index"));
            QCOMPARE(check.outcome, CheckOutcome::Fail);
        }
    }

    void keptCopies()
    {
        // Answered from the cache: the verdict says how old the copy is.
        VerificationCheck check = checkAgainst(token(claims()), reference(0), [](const Jws &) { return Status(); }, true);
        QCOMPARE(check.outcome, CheckOutcome::Fail);
        QVERIFY2(check.message.contains(QLatin1String("fetched on")), qPrintable(check.message));
        // A kept copy that has lapsed says nothing either way.
        const QByteArray lapsed = token(claims({{"exp", double(kNow.toSecsSinceEpoch() - 60)}}));
        check = checkAgainst(lapsed, reference(0), [](const Jws &) { return Status(); }, true);
        QCOMPARE(check.code, QStringLiteral("status-unavailable"));
        QCOMPARE(check.outcome, CheckOutcome::Warn);
        // Nothing kept and no network.
        check = TokenStatusListChecker(nullptr, kNow, [](const Jws &) { return Status(); }).check(reference(0), kIssuer);
        QCOMPARE(check.code, QStringLiteral("status-unavailable"));
        QCOMPARE(check.outcome, CheckOutcome::Warn);
        QVERIFY2(check.message.contains(QLatin1String("not checked")), qPrintable(check.message));
    }

    // The wallet's cache treats a Status List Token as a status list: fresh for a day at most, and
    // no longer than its ttl.
    void tokensAreVolatile()
    {
        FetchedDocument document;
        document.body = token(claims());
        QVERIFY(NetworkDocumentFetcher::isVolatile(document));
        document.body = Jws::assemble({{"alg", "ES256"}, {"typ", "dc+sd-jwt"}}, "{}", "x");
        QVERIFY(!NetworkDocumentFetcher::isVolatile(document));
    }
};

QTEST_GUILESS_MAIN(TestTokenStatusList)
#include "TestTokenStatusList.moc"
