// satchel_fr.ts is complete: every string lupdate finds in the sources has a finished French
// translation, and the embedded .qm loads and translates.
#include "i18n/Translations.h"
#include "TsCatalogue.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

namespace {

using Satchel::readTsCatalogue;
using TsEntry = Satchel::TsMessage;

QString key(const TsEntry &e) { return e.context + QLatin1Char('\x1f') + e.source; }

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT
    // lupdate over the sources now, into a scratch .ts: what the committed catalogues must cover.
    static QList<TsEntry> freshEntries()
    {
        const QString source = QStringLiteral(SATCHEL_SOURCE_DIR);
        QStringList files;
        for (const char *dir : {"core", "ui", "app"}) {
            QDirIterator it(source + QLatin1Char('/') + QLatin1String(dir),
                            {QStringLiteral("*.cpp"), QStringLiteral("*.h"), QStringLiteral("*.ui")},
                            QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                files << it.next();
        }
        QTemporaryDir scratch;
        if (!scratch.isValid())
            return {};
        const QString listFile = scratch.filePath(QStringLiteral("sources.lst"));
        {
            QFile list(listFile);
            if (!list.open(QIODevice::WriteOnly))
                return {};
            list.write(files.join(QLatin1Char('\n')).toUtf8());
        }
        const QString freshTs = scratch.filePath(QStringLiteral("fresh.ts"));
        QProcess lupdate;
        lupdate.start(QStringLiteral(SATCHEL_LUPDATE),
                      {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                       QStringLiteral("-I") + source + QStringLiteral("/core"),
                       QStringLiteral("-I") + source + QStringLiteral("/ui"),
                       QStringLiteral("-I") + source + QStringLiteral("/app/cli"),
                       QStringLiteral("-I") + source + QStringLiteral("/app/gui"),
                       QLatin1Char('@') + listFile, QStringLiteral("-ts"), freshTs});
        if (!lupdate.waitForFinished(240000) || lupdate.exitCode() != 0)
            return {};
        return readTsCatalogue(freshTs);
    }

    // The entries of fresh (all, or only the plural ones) that the committed .ts lacks or has
    // not finished.
    static QStringList untranslated(const QList<TsEntry> &fresh, const QString &tsName, bool pluralsOnly)
    {
        QHash<QString, TsEntry> committed;
        for (const TsEntry &e : readTsCatalogue(QStringLiteral(SATCHEL_SOURCE_DIR "/translations/") + tsName))
            committed.insert(key(e), e);
        QStringList missing;
        for (const TsEntry &e : fresh) {
            if (pluralsOnly && !e.numerus)
                continue;
            const auto it = committed.constFind(key(e));
            if (it == committed.constEnd() || !it->finished)
                missing << e.context + QStringLiteral(": ") + e.source;
        }
        if (!missing.isEmpty())
            qWarning().noquote() << "Untranslated strings in" << tsName
                                 << "(run the update_translations target and translate):\n  "
                                 << missing.join(QStringLiteral("\n  "));
        return missing;
    }

private Q_SLOTS:
    void everyStringIsTranslated()
    {
        const QList<TsEntry> fresh = freshEntries();
        QVERIFY2(!fresh.isEmpty(), "lupdate failed or found no translatable strings");
        for (const char *language : { "fr", "es", "de" })
            QCOMPARE(untranslated(fresh, QStringLiteral("satchel_%1.ts").arg(QLatin1String(language)), false).size(), 0);
        // English needs only its plural forms ("1 credential", "2 credentials"): every other
        // string is its own English text.
        QCOMPARE(untranslated(fresh, QStringLiteral("satchel_en.ts"), true).size(), 0);
    }

    // A translation that drops or invents a placeholder shows "%2" to the learner or loses the
    // value: every %1…%99 and %n of the source is in each translation (and plural form), and no other.
    void placeholdersSurvive()
    {
        static const QRegularExpression s_placeholder(QStringLiteral("%(?:L?\\d{1,2}|n)"));
        const auto placeholders = [](const QString &text) {
            QStringList found;
            for (auto it = s_placeholder.globalMatch(text); it.hasNext();)
                found << it.next().captured().remove(QLatin1Char('L'));
            found.removeDuplicates();
            found.sort();
            return found;
        };
        for (const char *language : { "fr", "es", "de", "en" }) {
            const QString ts = QStringLiteral(SATCHEL_SOURCE_DIR "/translations/satchel_%1.ts").arg(QLatin1String(language));
            for (const TsEntry &e : readTsCatalogue(ts)) {
                if (!e.finished)
                    continue;
                const QStringList expected = placeholders(e.source);
                for (const QString &form : e.forms) {
                    QStringList got = placeholders(form);
                    // A singular form may spell the number out ("un justificatif" for %n = 1).
                    if (e.numerus && expected.contains(QStringLiteral("%n")) && !got.contains(QStringLiteral("%n"))) {
                        got << QStringLiteral("%n");
                        got.sort();
                    }
                    QVERIFY2(got == expected, qPrintable(QStringLiteral("%1 %2: \"%3\" → \"%4\"")
                                                             .arg(QLatin1String(language), e.context, e.source, form)));
                }
            }
        }
    }

    void englishPluralsAreWords()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/satchel_en.qm")));
        QCOMPARE(translator.translate("Satchel::MainWindow", "%n credential(s) could not be removed.", nullptr, 2),
                 QStringLiteral("%n credentials could not be removed."));
        QCOMPARE(translator.translate("Satchel::MainWindow", "%n credential(s) could not be removed.", nullptr, 1),
                 QStringLiteral("%n credential could not be removed."));
    }

    void embeddedFrenchCatalogueLoads()
    {
        QVERIFY(Satchel::Translations::availableLanguages().contains(QStringLiteral("fr")));
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/satchel_fr.qm")));
        QVERIFY(!translator.isEmpty());
        // Contexts must be the run-time class names, namespace included, or nothing is translated.
        QCOMPARE(translator.translate("Satchel::PathwayFormat", "The pathway has no id"),
                 QStringLiteral("Le parcours n’a pas d’identifiant"));
        QCOMPARE(translator.translate("Satchel::CredentialReader", "The file is empty."),
                 QStringLiteral("Le fichier est vide."));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
