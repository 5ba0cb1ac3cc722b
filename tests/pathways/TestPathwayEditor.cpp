// The learner's pathway editor, offscreen: badges picked from a wallet and a rule make a pathway in
// the format, saved through PathwayStore and read back; invalid forms are refused with a message
// and nothing is stored; a saved pathway opens again in the editor unchanged.
#include "pathways/PathwayEditorDialog.h"
#include "pathways/PathwayFormat.h"
#include "pathways/PathwayStore.h"
#include "storage/Wallet.h"

#include <QApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Satchel;

class TestPathwayEditor : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Wallet> m_wallet;
    std::unique_ptr<PathwayStore> m_store;
    const QString kDa101 = QStringLiteral("https://northbrook.example.edu/achievements/da101");
    const QString kDa110 = QStringLiteral("https://northbrook.example.edu/achievements/da110");

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("wallet.sqlite"));
        QProcess p;
        p.start(QStringLiteral(SATCHEL_CLI),
            { QStringLiteral("--wallet"), path, QStringLiteral("--offline"), QStringLiteral("import"),
                QStringLiteral(SATCHEL_SOURCE_DIR "/resources/demo/credentials") });
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 0);
        auto wallet = Wallet::open(path);
        QVERIFY(wallet.ok());
        m_wallet = std::move(wallet.value());
        m_store = std::make_unique<PathwayStore>(*m_wallet);
    }

    void createAndReopen()
    {
        PathwayEditorDialog dialog(m_wallet.get(), m_store.get(), std::nullopt);
        dialog.setName(QStringLiteral("My data path"));
        dialog.setGroup(PathwayNodeKind::AtLeast, 2);
        QVERIFY(dialog.checkAchievement(kDa101));
        QVERIFY(dialog.checkAchievement(kDa110));
        dialog.addRule(QString(), QStringLiteral("statistics"), QString());
        // For looking at the form: SATCHEL_TEST_SCREENSHOTS=<dir> saves a picture of it.
        if (qEnvironmentVariableIsSet("SATCHEL_TEST_SCREENSHOTS")) {
            dialog.show();
            QVERIFY(dialog.grab().save(
                qEnvironmentVariable("SATCHEL_TEST_SCREENSHOTS") + QStringLiteral("/pathway-editor.png")));
        }
        QVERIFY2(dialog.save(), qPrintable(dialog.errorText()));

        auto stored = m_store->get(dialog.savedId());
        QVERIFY(stored.ok());
        const Pathway &p = stored->pathway;
        QCOMPARE(p.name, QStringLiteral("My data path"));
        QCOMPARE(p.source, QStringLiteral("satchel"));
        QCOMPARE(stored->source, PathwayEditorDialog::kSource); // what makes it editable in the view
        QVERIFY(PathwayFormat::validate(p).ok());
        const PathwayNode &root = p.nodes.at(p.root);
        QCOMPARE(root.kind, PathwayNodeKind::AtLeast);
        QCOMPARE(root.requiredNumber, 2);
        QCOMPARE(root.children.size(), 3);
        QCOMPARE(p.nodes.at(root.children.at(0)).achievementId, kDa101);
        QCOMPARE(p.nodes.at(root.children.at(2)).ruleTag, QStringLiteral("statistics"));
        QVERIFY(PathwayEditorDialog::canEdit(p));

        // Opened again and saved without changes: the same definition.
        PathwayEditorDialog again(m_wallet.get(), m_store.get(), p);
        QCOMPARE(PathwayFormat::write(again.pathway()), PathwayFormat::write(p));
    }

    void refusesInvalid()
    {
        const int before = int(m_store->list()->size());
        PathwayEditorDialog dialog(m_wallet.get(), m_store.get(), std::nullopt);
        QVERIFY(!dialog.save());
        QCOMPARE(dialog.errorText(), QStringLiteral("Give the pathway a name."));
        dialog.setName(QStringLiteral("Empty"));
        QVERIFY(!dialog.save());
        QCOMPARE(dialog.errorText(), QStringLiteral("Pick at least one badge or add a rule."));
        dialog.setGroup(PathwayNodeKind::AtLeast, 3);
        QVERIFY(dialog.checkAchievement(kDa101));
        QVERIFY(!dialog.save());
        QVERIFY(dialog.errorText().contains(QLatin1String("3")));
        QCOMPARE(int(m_store->list()->size()), before);
    }

    void nestedPathwaysAreNotEditedInTheForm()
    {
        auto read = PathwayFormat::read([] {
            QFile f(QStringLiteral(SATCHEL_SOURCE_DIR "/resources/pathways/demo-data-analytics-certificate.json"));
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }());
        QVERIFY(read.ok());
        QVERIFY(!PathwayEditorDialog::canEdit(*read));
    }
};

QTEST_MAIN(TestPathwayEditor)
#include "TestPathwayEditor.moc"
