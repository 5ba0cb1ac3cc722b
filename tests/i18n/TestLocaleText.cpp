// Dates, numbers and credits follow the language Satchel runs in (issue 17): the helpers against
// CLDR's published long date formats and decimal separators, and a certificate and a transcript
// page that use them (they printed ISO dates and "0.5" in every language before).
#include "export/CertificateWriter.h"
#include "i18n/LocaleText.h"

#include <QStandardPaths>
#include <QTest>

using namespace Satchel;

namespace {

// 23:30 in Los Angeles on 15 February is 16 February in UTC: the day the issuer wrote.
const QDateTime kIssued = QDateTime::fromString(QStringLiteral("2024-02-15T23:30:00-08:00"), Qt::ISODate);

class DefaultLocale {
public:
    explicit DefaultLocale(const QLocale &locale) { QLocale::setDefault(locale); }
    ~DefaultLocale() { QLocale::setDefault(m_before); }

private:
    QLocale m_before;
};

} // namespace

class TestLocaleText : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void dayNumberAndTag_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("day");
        QTest::addColumn<QString>("half");
        QTest::addColumn<QString>("large");
        QTest::addColumn<QString>("tag");
        QTest::newRow("en_GB") << QLocale(QLocale::English, QLocale::UnitedKingdom) << QStringLiteral("16 February 2024")
                               << QStringLiteral("0.5") << QStringLiteral("1234.5") << QStringLiteral("en-GB");
        QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates) << QStringLiteral("February 16, 2024")
                               << QStringLiteral("0.5") << QStringLiteral("1234.5") << QStringLiteral("en");
        QTest::newRow("fr") << QLocale(QLocale::French, QLocale::France) << QStringLiteral("16 février 2024")
                            << QStringLiteral("0,5") << QStringLiteral("1234,5") << QStringLiteral("fr");
        QTest::newRow("es") << QLocale(QLocale::Spanish, QLocale::Spain) << QStringLiteral("16 de febrero de 2024")
                            << QStringLiteral("0,5") << QStringLiteral("1234,5") << QStringLiteral("es");
        QTest::newRow("de") << QLocale(QLocale::German, QLocale::Germany) << QStringLiteral("16. Februar 2024")
                            << QStringLiteral("0,5") << QStringLiteral("1234,5") << QStringLiteral("de");
    }

    void dayNumberAndTag()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, day);
        QFETCH(QString, half);
        QFETCH(QString, large);
        QFETCH(QString, tag);
        const DefaultLocale scoped(locale);
        QCOMPARE(LocaleText::day(kIssued), day);
        QCOMPARE(LocaleText::day(QDateTime()), QString());
        QCOMPARE(LocaleText::number(0.5), half);
        QCOMPARE(LocaleText::number(1234.5), large);
        QCOMPARE(LocaleText::number(3), QStringLiteral("3"));
        QCOMPARE(LocaleText::languageTag(), tag);
    }

    // What happened here (checked, printed, reviewed) is dated by the day it was here: the test
    // runs eight hours behind UTC (TZ=XST8, set by tests/i18n/CMakeLists.txt), where 07:30 UTC on
    // 16 February is still the 15th.
    void localDayIsTheDayLivedHere()
    {
        QCOMPARE(kIssued.toLocalTime().offsetFromUtc(), -8 * 3600); // else TZ was not applied
        const DefaultLocale scoped(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QCOMPARE(LocaleText::day(kIssued), QStringLiteral("16 February 2024"));
        QCOMPARE(LocaleText::localDay(kIssued), QStringLiteral("15 February 2024"));
        QCOMPARE(LocaleText::localDay(QDateTime()), QString());
    }

    // The certificate's dates, credits and page language in German and Spanish.
    void certificateInTheLanguage_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("de") << QLocale(QLocale::German, QLocale::Germany)
                            << QStringList { QStringLiteral("<html lang=\"de\""), QStringLiteral("16. Februar 2024"),
                                   QStringLiteral("31. Dezember 2027"), QStringLiteral("0,5"), QStringLiteral("1. November 2026") };
        QTest::newRow("es") << QLocale(QLocale::Spanish, QLocale::Spain)
                            << QStringList { QStringLiteral("<html lang=\"es\""), QStringLiteral("16 de febrero de 2024"),
                                   QStringLiteral("31 de diciembre de 2027"), QStringLiteral("0,5"),
                                   QStringLiteral("1 de noviembre de 2026") };
    }

    void certificateInTheLanguage()
    {
        QFETCH(QLocale, locale);
        QFETCH(QStringList, expected);
        const DefaultLocale scoped(locale);
        StoredCredential stored;
        stored.summary.name = QStringLiteral("Spreadsheet Foundations");
        stored.raw.format = CredentialFormat::Ob3Json;
        stored.raw.bytes = QByteArrayLiteral("{}");
        // Checked at 05:00 UTC on 2 November: the evening of the 1st here.
        stored.summary.status = QStringLiteral("valid");
        stored.summary.verifiedAt = QDateTime(QDate(2026, 11, 2), QTime(5, 0), Qt::UTC);
        Credential credential;
        credential.format = CredentialFormat::Ob3Json;
        credential.name = stored.summary.name;
        credential.achievement.name = credential.name;
        credential.issuer.name = QStringLiteral("Northbrook Community College");
        credential.issued = kIssued;
        credential.validUntil = QDateTime(QDate(2027, 12, 31), QTime(12, 0), Qt::UTC);
        credential.creditsEarned = 0.5;
        const auto html = CertificateWriter::html(stored, credential, CertificateOptions {});
        QVERIFY2(html.ok(), qPrintable(html.ok() ? QString() : html.error().message));
        const QString page = QString::fromUtf8(*html);
        for (const QString &text : expected)
            QVERIFY2(page.contains(text), qPrintable(text + QStringLiteral(" missing")));
        QVERIFY(!page.contains(QLatin1String("2024-02-16")));
        QVERIFY(!page.contains(QLatin1String("2. November 2026")) && !page.contains(QLatin1String("2 de noviembre")));
        QVERIFY(!page.contains(QLatin1String("0.5 ")));
    }
};

QTEST_GUILESS_MAIN(TestLocaleText)
#include "TestLocaleText.moc"
