// satchel_fr.ts is complete: every string lupdate finds in the sources has a finished French
// translation, and the embedded .qm loads and translates.
#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct TsEntry {
    QString context;
    QString source;
    bool finished = false;
};

QList<TsEntry> readTs(const QString &path)
{
    QList<TsEntry> entries;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return entries;
    QXmlStreamReader xml(&file);
    QString context;
    TsEntry current;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("name") && !inMessage) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("message")) {
                inMessage = true;
                current = TsEntry{context, QString(), false};
            } else if (xml.name() == QLatin1String("source") && inMessage) {
                current.source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation") && inMessage) {
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                bool hasText = false;
                // Plural forms hold <numerusform> children; plain messages hold text.
                while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                    xml.readNext();
                    if (xml.isCharacters() && !xml.text().trimmed().isEmpty())
                        hasText = true;
                }
                current.finished = hasText && type.isEmpty();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            inMessage = false;
            entries << current;
        }
    }
    return entries;
}

QString key(const TsEntry &e) { return e.context + QLatin1Char('\x1f') + e.source; }

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyStringIsTranslated()
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
        QVERIFY(scratch.isValid());
        const QString listFile = scratch.filePath(QStringLiteral("sources.lst"));
        {
            QFile list(listFile);
            QVERIFY(list.open(QIODevice::WriteOnly));
            list.write(files.join(QLatin1Char('\n')).toUtf8());
        }
        const QString freshTs = scratch.filePath(QStringLiteral("fresh_fr.ts"));
        QProcess lupdate;
        lupdate.start(QStringLiteral(SATCHEL_LUPDATE),
                      {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                       QStringLiteral("-I") + source + QStringLiteral("/core"),
                       QStringLiteral("-I") + source + QStringLiteral("/ui"),
                       QStringLiteral("-I") + source + QStringLiteral("/app/cli"),
                       QStringLiteral("-I") + source + QStringLiteral("/app/gui"),
                       QLatin1Char('@') + listFile, QStringLiteral("-ts"), freshTs});
        QVERIFY2(lupdate.waitForFinished(240000), "lupdate did not finish");
        QCOMPARE(lupdate.exitCode(), 0);

        const QList<TsEntry> fresh = readTs(freshTs);
        QVERIFY2(!fresh.isEmpty(), "lupdate found no translatable strings");
        QHash<QString, TsEntry> committed;
        for (const TsEntry &e : readTs(source + QStringLiteral("/translations/satchel_fr.ts")))
            committed.insert(key(e), e);

        QStringList missing;
        for (const TsEntry &e : fresh) {
            const auto it = committed.constFind(key(e));
            if (it == committed.constEnd() || !it->finished)
                missing << e.context + QStringLiteral(": ") + e.source;
        }
        if (!missing.isEmpty())
            qWarning().noquote() << "Untranslated strings (run the update_translations target and translate):\n  "
                                 << missing.join(QStringLiteral("\n  "));
        QCOMPARE(missing.size(), 0);
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
