// RecipientMatcher: OB 2.0 recipients (plain, salted/unsalted sha256, sha512, md5), OB 3.0
// identifier entries and credentialSubject.id against the learner's identities. The hashes are
// known answers computed outside Satchel (Python hashlib) or quoted in standards.md.
#include "verify/RecipientMatcher.h"

#include <QTest>

using namespace Satchel;

class TestRecipientMatcher : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void matches_data();
    void matches();
    void checkOutcomes();
};

void TestRecipientMatcher::matches_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("identity");
    QTest::addColumn<bool>("hashed");
    QTest::addColumn<QString>("salt");
    QTest::addColumn<QString>("learnerType");
    QTest::addColumn<QString>("learnerValue");
    QTest::addColumn<bool>("expected");

    auto row = [](const char *name, const QString &type, const QString &identity, bool hashed, const QString &salt,
                   const QString &learnerType, const QString &learnerValue, bool expected) {
        QTest::newRow(name) << type << identity << hashed << salt << learnerType << learnerValue << expected;
    };
    const QString email = QStringLiteral("email");
    const QString learner = QStringLiteral("learner@example.org");
    // refvc ob2/hosted-valid.json (manifest recipient farah.petrov@mail.example.com).
    const QString farah = QStringLiteral("sha256$5a8ba203174dcaa070bd52c78a9a3fc394bcfb9b82804957b4abe92905f832c3");
    const QString farahSalt = QStringLiteral("d00e6de8f9ab");
    const QString farahEmail = QStringLiteral("farah.petrov@mail.example.com");
    const QString did = QStringLiteral("did:key:z6MkjG1GQ1zEAQ3R1tSfZCjdfyDrFtwmHdhgbaVN9BpfjQ8j");

    row("plain email", email, learner, false, {}, email, learner, true);
    row("plain email, other case", email, QStringLiteral("Learner@Example.ORG"), false, {}, email, learner, true);
    row("plain email, other address", email, QStringLiteral("someone@example.org"), false, {}, email, learner, false);
    row("salted sha256 (refvc)", email, farah, true, farahSalt, email, farahEmail, true);
    row("salted sha256, address typed in capitals", email, farah, true, farahSalt, email,
        QStringLiteral("Farah.Petrov@Mail.Example.COM"), true);
    row("salted sha256, upper-case hex", email, QStringLiteral("sha256$") + farah.mid(7).toUpper(), true, farahSalt,
        email, farahEmail, true);
    row("salted sha256, wrong salt", email, farah, true, QStringLiteral("d00e6de8f9ac"), email, farahEmail, false);
    row("salted sha256, other address", email, farah, true, farahSalt, email,
        QStringLiteral("zara.lindqvist@mail.example.com"), false);
    // standards.md: sha256("nobody@example.org" + "deadsea") = ecf5409f...1942 (the ob20 fixtures).
    row("salted sha256 (ob20 fixtures)", email,
        QStringLiteral("sha256$ecf5409f3f4b91ab60cc5ef4c02aef7032354375e70cf4d8e43f6a1d29891942"), true,
        QStringLiteral("deadsea"), email, QStringLiteral("nobody@example.org"), true);
    row("unsalted sha256", email,
        QStringLiteral("sha256$0c0e00b8fd07431a3369510af66fb89be4f3d10911a6e29afe8a058518f39aa3"), true, {}, email,
        learner, true);
    row("salted sha512", email,
        QStringLiteral("sha512$24ed6e0a8bd8be8672180b2851a3ef015b3513d446fda3e53aa79f2d9855d13f"
                       "b2b8fdc403788562b0a44daae5bfd49536dd996e33c05419e2983601b74cdd40"),
        true, QStringLiteral("pepper"), email, learner, true);
    row("salted md5 (OB 1.x)", email, QStringLiteral("md5$e16d6108cdc20b0ac2b9a66e68d1460c"), true,
        QStringLiteral("salt"), email, learner, true);
    row("unknown hash algorithm", email, QStringLiteral("sha1$0000"), true, {}, email, learner, false);
    row("OB 3.0 emailAddress identifier", QStringLiteral("emailAddress"), farah, true, farahSalt, email, farahEmail,
        true);
    row("kinds differ", QStringLiteral("url"), QStringLiteral("https://example.org/learner"), false, {}, email, learner,
        false);
    row("url", QStringLiteral("url"), QStringLiteral("https://example.org/learner"), false, {}, QStringLiteral("url"),
        QStringLiteral("https://example.org/learner"), true);
    row("subject id, DID", QStringLiteral("id"), did, false, {}, QStringLiteral("did"), did, true);
    row("subject id, other DID", QStringLiteral("id"), did, false, {}, QStringLiteral("did"),
        QStringLiteral("did:key:z6Mkother"), false);
    row("subject id, mailto", QStringLiteral("id"), QStringLiteral("mailto:Learner@example.org"), false, {}, email,
        learner, true);
}

void TestRecipientMatcher::matches()
{
    QFETCH(QString, type);
    QFETCH(QString, identity);
    QFETCH(bool, hashed);
    QFETCH(QString, salt);
    QFETCH(QString, learnerType);
    QFETCH(QString, learnerValue);
    QFETCH(bool, expected);
    const RecipientIdentity recipient { type, identity, hashed, salt };
    QCOMPARE(RecipientMatcher::matches(recipient, { learnerType, learnerValue }), expected);
}

void TestRecipientMatcher::checkOutcomes()
{
    const QList<RecipientIdentity> recipients { { QStringLiteral("email"),
        QStringLiteral("sha256$5a8ba203174dcaa070bd52c78a9a3fc394bcfb9b82804957b4abe92905f832c3"), true,
        QStringLiteral("d00e6de8f9ab") } };

    const VerificationCheck none = RecipientMatcher({}).check(recipients);
    QCOMPARE(none.code, QStringLiteral("recipient-mismatch"));
    QCOMPARE(none.outcome, CheckOutcome::Skip);
    QVERIFY(none.message.contains(QLatin1String("identities")));

    const RecipientMatcher learner({ { QStringLiteral("telephone"), QStringLiteral("+15555550100") },
        { QStringLiteral("email"), QStringLiteral("farah.petrov@mail.example.com") } });
    QCOMPARE(learner.check(recipients).outcome, CheckOutcome::Pass);

    // Issued to someone else: a warning, never a failure (the badge itself may be genuine).
    const RecipientMatcher other({ { QStringLiteral("email"), QStringLiteral("learner@example.org") } });
    const VerificationCheck mismatch = other.check(recipients);
    QCOMPARE(mismatch.code, QStringLiteral("recipient-mismatch"));
    QCOMPARE(mismatch.outcome, CheckOutcome::Warn);

    QCOMPARE(other.check({}).outcome, CheckOutcome::Skip);
    // Only kinds the learner has none of: nothing to compare.
    const QList<RecipientIdentity> sourced { { QStringLiteral("sourcedId"), QStringLiteral("12345"), false, {} } };
    QCOMPARE(other.check(sourced).outcome, CheckOutcome::Skip);
}

QTEST_GUILESS_MAIN(TestRecipientMatcher)
#include "TestRecipientMatcher.moc"
