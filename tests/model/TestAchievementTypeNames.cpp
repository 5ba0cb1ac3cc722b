// achievementType enum values read as words wherever they are shown: the mapping itself, and the
// certificate page that prints it (the detail page's use is in TestCredentialHtml).
#include "export/CertificateWriter.h"
#include "model/AchievementTypeNames.h"

#include <QStandardPaths>
#include <QTest>

using namespace Satchel;

class TestAchievementTypeNames : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void label_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("expected");
        QTest::newRow("enum") << QStringLiteral("MicroCredential") << QStringLiteral("Micro-credential");
        QTest::newRow("two words") << QStringLiteral("CertificateOfCompletion") << QStringLiteral("Certificate of completion");
        QTest::newRow("possessive") << QStringLiteral("BachelorDegree") << QStringLiteral("Bachelor's degree");
        QTest::newRow("one word") << QStringLiteral("Badge") << QStringLiteral("Badge");
        QTest::newRow("spaces around") << QStringLiteral("  Course ") << QStringLiteral("Course");
        QTest::newRow("extension") << QStringLiteral("ext:WorkshopSeries") << QStringLiteral("Workshop series");
        QTest::newRow("extension acronym") << QStringLiteral("ext:AdvancedCNCSkills") << QStringLiteral("Advanced CNC skills");
        QTest::newRow("issuer's words") << QStringLiteral("Short course (online)") << QStringLiteral("Short course (online)");
        QTest::newRow("odd extension") << QStringLiteral("ext:<b>x</b>") << QStringLiteral("ext:<b>x</b>");
        QTest::newRow("empty") << QString() << QString();
    }

    void label()
    {
        QFETCH(QString, type);
        QFETCH(QString, expected);
        QCOMPARE(AchievementTypeNames::label(type), expected);
    }

    void certificateShowsWords()
    {
        StoredCredential stored;
        stored.summary.name = QStringLiteral("Data Analysis Fundamentals");
        stored.raw.format = CredentialFormat::Ob3Json;
        stored.raw.bytes = QByteArrayLiteral("{}");
        Credential credential;
        credential.format = CredentialFormat::Ob3Json;
        credential.name = stored.summary.name;
        credential.achievement.name = credential.name;
        credential.achievement.achievementType = QStringLiteral("MicroCredential");
        credential.issuer.name = QStringLiteral("Northfield Community College");
        const auto html = CertificateWriter::html(stored, credential, CertificateOptions{});
        QVERIFY2(html.ok(), qPrintable(html.ok() ? QString() : html.error().message));
        const QString page = QString::fromUtf8(*html);
        QVERIFY(page.contains(QLatin1String(">Micro-credential<")));
        QVERIFY(!page.contains(QLatin1String("MicroCredential")));
    }
};

QTEST_GUILESS_MAIN(TestAchievementTypeNames)
#include "TestAchievementTypeNames.moc"
