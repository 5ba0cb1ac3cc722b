// The skills roll-up: frameworks found from targetFramework or the targetUrl's host, skills merged
// across credentials, the badges that evidence each, and invalid credentials not counted. Checked
// against the alignments the refvc fixtures really carry.
#include "ReviewTestWallet.h"
#include "skills/SkillsSummary.h"
#include "skills/WalletSkills.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Satchel;

namespace {

Alignment alignment(const QString &name, const QString &url, const QString &framework = {},
                    const QString &code = {}, const QString &type = {})
{
    Alignment a;
    a.targetName = name;
    a.targetUrl = url;
    a.targetFramework = framework;
    a.targetCode = code;
    a.targetType = type;
    return a;
}

} // namespace

class TestSkillsSummary : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void frameworkOf_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("framework");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("expected");
        QTest::newRow("ESCO by host") << "http://data.europa.eu/esco/skill/abc" << "" << "" << "ESCO";
        QTest::newRow("ESCO by name") << "https://example.org/x" << "ESCO v1.1" << "" << "ESCO";
        QTest::newRow("O*NET by host") << "https://www.onetonline.org/link/summary/15-1252.00" << "" << "" << "O*NET";
        QTest::newRow("O*NET by name") << "" << "O*NET-SOC 2019" << "" << "O*NET";
        QTest::newRow("CASE by path") << "https://case.example.edu/ims/case/v1p0/CFItems/1234" << "" << "" << "CASE (case.example.edu)";
        QTest::newRow("CASE by type") << "https://standards.example.gov/item/9" << "" << "CFItem" << "CASE (standards.example.gov)";
        QTest::newRow("named framework") << "https://skills.example.org/s/1" << "Example Skills Framework v2" << "" << "Example Skills Framework v2";
        QTest::newRow("host only") << "https://www.skills.example.net/s/1" << "" << "" << "skills.example.net";
        QTest::newRow("nothing") << "" << "" << "" << "Other";
    }

    void frameworkOf()
    {
        QFETCH(QString, url);
        QFETCH(QString, framework);
        QFETCH(QString, type);
        QFETCH(QString, expected);
        QCOMPARE(SkillsSummary::frameworkOf(alignment(QStringLiteral("Skill"), url, framework, {}, type)), expected);
    }

    void mergesSkillsAcrossCredentials()
    {
        const Alignment esco = alignment(QStringLiteral("use spreadsheets software"),
                                         QStringLiteral("http://data.europa.eu/esco/skill/1973c966"));
        const Alignment onet = alignment(QStringLiteral("Data Scientists"),
                                         QStringLiteral("https://www.onetonline.org/link/summary/15-2051.00"));
        QList<SkillSource> sources{
            {QStringLiteral("1"), QStringLiteral("Spreadsheets 101"), {esco}, {QStringLiteral("Data")}, true},
            {QStringLiteral("2"), QStringLiteral("Data Analytics"), {esco, onet}, {QStringLiteral("data"), QStringLiteral("Python")}, true},
            {QStringLiteral("3"), QStringLiteral("Forged"), {onet}, {QStringLiteral("Forged tag")}, false},
            {QStringLiteral("4"), QStringLiteral("No skills"), {}, {}, true}};
        const SkillsSummary summary = SkillsSummary::build(sources);
        QCOMPARE(summary.credentialCount, 4);
        QCOMPARE(summary.alignedCount, 2);
        QCOMPARE(summary.frameworks.size(), 2);
        QCOMPARE(summary.frameworks.at(0).name, QStringLiteral("ESCO"));
        QCOMPARE(summary.frameworks.at(0).badgeCount, 2);
        QCOMPARE(summary.frameworks.at(0).skills.size(), 1);
        QCOMPARE(summary.frameworks.at(0).skills.at(0).badges,
                 QStringList({QStringLiteral("Spreadsheets 101"), QStringLiteral("Data Analytics")}));
        QCOMPARE(summary.frameworks.at(1).name, QStringLiteral("O*NET"));
        QCOMPARE(summary.frameworks.at(1).badgeCount, 1);
        QCOMPARE(summary.frameworks.at(1).skills.at(0).badges, QStringList{QStringLiteral("Data Analytics")});
        QCOMPARE(summary.frameworks.at(1).skills.at(0).notCounted, QStringList{QStringLiteral("Forged")});
        // Tags merge case-insensitively; an invalid credential's tags are left out.
        QCOMPARE(summary.tags.size(), 2);
        QCOMPARE(summary.tags.at(0).tag, QStringLiteral("Data"));
        QCOMPARE(summary.tags.at(0).badges.size(), 2);
        QCOMPARE(summary.tags.at(1).tag, QStringLiteral("Python"));
        QCOMPARE(summary.skillCount(), 2);
    }

    void rollUpOfFixtureWallet()
    {
        QTemporaryDir dir;
        auto wallet = Wallet::open(dir.filePath(QStringLiteral("w.sqlite")));
        QVERIFY(wallet.ok());
        const qint64 rich = ReviewTestWallet::importFixture(**wallet, QStringLiteral("ob3/di-rich.json"));
        const qint64 minimal = ReviewTestWallet::importFixture(**wallet, QStringLiteral("ob3/di-minimal.json"));
        const qint64 jwt = ReviewTestWallet::importFixture(**wallet, QStringLiteral("ob3/jwt-es256-didjwk.jwt"));
        QVERIFY(rich > 0 && minimal > 0 && jwt > 0);
        ReviewTestWallet::verifyOffline(**wallet, QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC));

        auto summary = WalletSkills::summarize(**wallet);
        QVERIFY(summary.ok());
        QCOMPARE(summary->credentialCount, 3);
        QCOMPARE(summary->alignedCount, 1);
        // di-rich.json: "Write clear procedural documentation" (Example Skills Framework v2, ESF-8065)
        // and "Communication" (Example Occupation Taxonomy); the other two name no skill.
        QCOMPARE(summary->frameworks.size(), 2);
        QCOMPARE(summary->frameworks.at(0).name, QStringLiteral("Example Occupation Taxonomy"));
        QCOMPARE(summary->frameworks.at(1).name, QStringLiteral("Example Skills Framework v2"));
        QCOMPARE(summary->skillCount(), 2);
        const QString richName = (*wallet)->credential(rich)->summary.name;
        for (const SkillFramework &framework : summary->frameworks) {
            QCOMPARE(framework.badgeCount, 1);
            QCOMPARE(framework.skills.size(), 1);
            QCOMPARE(framework.skills.at(0).badges, QStringList{richName});
            QVERIFY(framework.skills.at(0).notCounted.isEmpty());
        }
        QCOMPARE(summary->frameworks.at(0).skills.at(0).name, QStringLiteral("Communication"));
        QCOMPARE(summary->frameworks.at(0).skills.at(0).url, QStringLiteral("https://occupations.example.org/occupation/32136"));
        QCOMPARE(summary->frameworks.at(1).skills.at(0).name, QStringLiteral("Write clear procedural documentation"));
        QCOMPARE(summary->frameworks.at(1).skills.at(0).code, QStringLiteral("ESF-8065"));
        QStringList tags;
        for (const TagEntry &t : summary->tags)
            tags << t.tag;
        QCOMPARE(tags, QStringList({QStringLiteral("communication"), QStringLiteral("eng230"), QStringLiteral("refvc")}));
        QCOMPARE(summary->tags.at(0).badges, QStringList{richName});
    }

    void tamperedCredentialIsNotCounted()
    {
        QTemporaryDir dir;
        auto wallet = Wallet::open(dir.filePath(QStringLiteral("w.sqlite")));
        QVERIFY(wallet.ok());
        const qint64 tampered = ReviewTestWallet::importFixture(
            **wallet, QStringLiteral("ob3/di-invalid-tampered-achievement-description.json"));
        QVERIFY(tampered > 0);
        ReviewTestWallet::verifyOffline(**wallet, QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC));
        QCOMPARE((*wallet)->credential(tampered)->summary.status, QStringLiteral("invalid"));

        auto summary = WalletSkills::summarize(**wallet);
        QVERIFY(summary.ok());
        QCOMPARE(summary->credentialCount, 1);
        QCOMPARE(summary->alignedCount, 0);
        QCOMPARE(summary->frameworks.size(), 2); // the skills are listed, with their evidence not counted
        const QString name = (*wallet)->credential(tampered)->summary.name;
        for (const SkillFramework &framework : summary->frameworks) {
            QCOMPARE(framework.badgeCount, 0);
            QVERIFY(framework.skills.at(0).badges.isEmpty());
            QCOMPARE(framework.skills.at(0).notCounted, QStringList{name});
        }
        QVERIFY(summary->tags.isEmpty());
        // A fresh verdict overrides the stored one (a review's own re-verification).
        auto trusted = WalletSkills::summarize(**wallet, {{tampered, QStringLiteral("valid")}});
        QVERIFY(trusted.ok());
        QCOMPARE(trusted->frameworks.at(0).badgeCount, 1);
    }
};

QTEST_GUILESS_MAIN(TestSkillsSummary)
#include "TestSkillsSummary.moc"
