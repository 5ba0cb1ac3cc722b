// With French chosen, the detail page of real credentials (refvc fixtures, verified as the GUI does)
// carries no English text that the French catalogue translates: every string is built through
// tr() in the context lupdate gives it, and dates follow the French locale. The English strings
// looked for come from translations/satchel_fr.ts itself, so a new translated string is covered
// without touching this test.
#include "OfflineNetwork.h"
#include "detail/CredentialHtml.h"
#include "detail/DetailView.h"
#include "detail/VerificationHtml.h"
#include "i18n/Translations.h"
#include "importer/ImportService.h"
#include "io/HtmlEscape.h"
#include "storage/Wallet.h"
#include "verify/VerificationRunner.h"
#include "TsCatalogue.h"
#include "WalletImport.h"

#include <QApplication>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>

using namespace Satchel;

namespace {

const QString kRefvc = QStringLiteral(SATCHEL_FIXTURES_DIR "/refvc/");
// Shorter pieces ("Name", "Issuer") also occur in what issuers write; these are sentences.
constexpr int kMinNeedle = 14;

// The finished, singular messages whose French differs from the English.
QList<TsMessage> translatedMessages()
{
    QList<TsMessage> out;
    for (const TsMessage &m : readTsCatalogue(QStringLiteral(SATCHEL_SOURCE_DIR "/translations/satchel_fr.ts")))
        if (m.finished && !m.numerus && m.translation != m.source)
            out << m;
    return out;
}

// The fixed parts of a catalogue string long enough to be recognised in a page: the text between
// its placeholders and markup, when the French translation does not keep it as it is.
QStringList needles(const TsMessage &entry)
{
    static const QRegularExpression split(QStringLiteral(R"(%L?\d+|%n|<[^>]*>|&[a-z#0-9]+;|\n)"));
    QStringList out;
    for (QString piece : entry.source.split(split, Qt::SkipEmptyParts)) {
        piece = piece.trimmed();
        if (piece.size() >= kMinNeedle && piece.contains(QLatin1Char(' ')) && !entry.translation.contains(piece))
            out << piece;
    }
    return out;
}

} // namespace

class TestDetailTranslation : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_walletPath;
    QList<qint64> m_ids;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(Translations::install(QCoreApplication::instance(), QStringLiteral("fr")));
        m_walletPath = m_dir.filePath(QStringLiteral("french.sqlite"));
        QStringList inputs;
        // Valid and invalid ones of each family: passed, failed, skipped and unchecked lines.
        for (const char *file : {"ob3/di-rich.json", "ob3/di-i18n.json", "ob3/jwt-es256-didjwk.jwt",
                                 "ob3/di-invalid-expired.json", "ob3/di-invalid-tampered-subject-name.json",
                                 "ob3/jwt-invalid-alg-none.jwt", "ob3/di-invalid-not-yet-valid.json",
                                 "clr/clr-valid.json", "ob2/signed-valid.jws"})
            inputs << kRefvc + QLatin1String(file);
        ImportOptions offline;
        offline.network = SatchelTest::offlineNetwork();
        const ImportReport report = SatchelTest::WalletImport(m_walletPath, offline).importPaths(inputs);
        for (const ImportItemReport &item : report.items)
            if (item.credentialId > 0)
                m_ids << item.credentialId;
        QVERIFY2(m_ids.size() >= 8, qPrintable(QString::number(m_ids.size())));

        VerificationRunner runner(SatchelTest::offlineNetwork());
        QSignalSpy finished(&runner, &VerificationRunner::finished);
        QVERIFY(runner.start(m_walletPath, {}, {}, true));
        QVERIFY(finished.wait(60000));
    }

    void qtSpeaksFrenchToo()
    {
        // Qt's own strings (standard buttons) and the default locale follow the chosen language.
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Close"), QStringLiteral("Fermer"));
        QCOMPARE(QLocale().language(), QLocale::French);
        QCOMPARE(QLocale().toString(QDate(2026, 12, 4), QLocale::LongFormat), QStringLiteral("vendredi 4 décembre 2026"));
    }

    void noEnglishCatalogueStringOnTheFrenchPage()
    {
        const QList<TsMessage> catalogue = translatedMessages();
        QVERIFY(catalogue.size() > 500);
        // The catalogue and the loaded .qm agree: a known verification line is French.
        QCOMPARE(QCoreApplication::translate("Satchel::CredentialSchemaCheck", "The credential names no schema."),
                 QStringLiteral("Le justificatif ne désigne aucun schéma."));

        auto wallet = Wallet::open(m_walletPath);
        QVERIFY(wallet.ok());
        QStringList found;
        for (qint64 id : std::as_const(m_ids)) {
            auto page = DetailView::loadPage(**wallet, id);
            QVERIFY(page.ok());
            QVERIFY2(!page->verificationReport.isEmpty(), qPrintable(page->summary.name));
            const QString text = QTextDocumentFragment::fromHtml(CredentialHtml::render(*page, QPalette())).toPlainText();
            for (const TsMessage &entry : catalogue) {
                for (const QString &needle : needles(entry)) {
                    if (text.contains(needle))
                        found << QStringLiteral("%1 [%2]: %3").arg(page->summary.name, entry.context, needle);
                }
            }
            // Dates in French too (the last check is today's, in the long format).
            QVERIFY2(text.contains(QLocale(QLocale::French).monthName(QDate::currentDate().month())),
                     qPrintable(page->summary.name));
        }
        found.removeDuplicates();
        QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("English on the French page:\n  ") + found.join(QStringLiteral("\n  "))));
    }

    void reportsInAnotherLanguageSaySo()
    {
        // Lines written at a check in English cannot be translated afterwards: the page says so
        // and points to "Verify now"; lines written in French need no such note.
        const QString note = HtmlEscape::escape(VerificationHtml::tr("These lines were written at the last check, in "
                                                                     "another language. Verify now to read them in this one."));
        const QDateTime checked(QDate(2026, 12, 4), QTime(10, 0), Qt::UTC);
        auto report = [](const char *language, const char *message) -> QString {
            QString json = QStringLiteral(R"({"checks":[{"code":"schema","outcome":"skip","message":"%1"}])")
                               .arg(QLatin1String(message));
            if (language)
                json += QStringLiteral(R"(,"language":"%1")").arg(QLatin1String(language));
            return json + QLatin1Char('}');
        };
        QVERIFY(VerificationHtml::render(QStringLiteral("valid"), checked,
                                         report("en", "The credential names no schema."))
                    .contains(note));
        QVERIFY(VerificationHtml::render(QStringLiteral("valid"), checked,
                                         report(nullptr, "The credential names no schema."))
                    .contains(note));
        const QString french = VerificationHtml::render(QStringLiteral("valid"), checked,
                                                        report("fr", "Le justificatif ne désigne aucun schéma."));
        QVERIFY(!french.contains(note));
        QVERIFY(french.contains(QStringLiteral("vendredi 4 décembre 2026")));
    }

    void cleanupTestCase() { Translations::install(QCoreApplication::instance(), QStringLiteral("en")); }
};

QTEST_MAIN(TestDetailTranslation)
#include "TestDetailTranslation.moc"
