// Settings › Identities: the learner's keys listed with label, shortened DID and its copy button,
// key type, where kept and the default; Add (sealed under the passphrase the prompt gives, since
// there is no keychain here) of both key types, Rename, Make default and Retire, each reaching the
// wallet, and a retire refused while a public link the key signed is shared.
#include "Screenshot.h"
#include "settings/HolderIdentitiesWidget.h"
#include "settings/SettingsDialog.h"
#include "storage/Wallet.h"

#include <QApplication>
#include <QClipboard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Satchel;

class TestHolderIdentitiesUi : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Wallet> m_wallet;

    static bool finishedOk(HolderIdentitiesWidget &widget, QSignalSpy &finished)
    {
        if (!finished.wait(60000))
            return false;
        return !widget.isBusy() && finished.takeFirst().first().toBool();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("SATCHEL_NO_KEYCHAIN", "1"); // keys are sealed under the passphrase the prompt gives
        auto wallet = Wallet::open(m_dir.filePath(QStringLiteral("identities.sqlite")));
        QVERIFY(wallet.ok());
        m_wallet = std::move(wallet.value());
    }

    void addRenameDefaultRetire()
    {
        SettingsDialog dialog(m_wallet.get());
        dialog.tabs()->setCurrentIndex(SettingsDialog::kIdentitiesTab);
        QCOMPARE(dialog.tabs()->tabText(SettingsDialog::kIdentitiesTab), QStringLiteral("Identities"));
        HolderIdentitiesWidget *widget = dialog.holderIdentities();
        QVERIFY(widget);
        auto *table = widget->findChild<QTableWidget *>(QStringLiteral("holderIdentities"));
        QVERIFY(table);
        QCOMPARE(table->rowCount(), 0);
        QStringList asked;
        widget->setPassphrasePrompt([&asked](const QString &label) {
            asked.append(label);
            return QByteArray("a key passphrase");
        });
        QSignalSpy finished(widget, &HolderIdentitiesWidget::workFinished);
        QSignalSpy changed(&dialog, &SettingsDialog::identitiesChanged);

        QVERIFY(widget->startAdd(QStringLiteral("School"), QStringLiteral("ed25519")));
        QVERIFY(finishedOk(*widget, finished));
        QCOMPARE(asked, QStringList{QStringLiteral("School")});
        QVERIFY(widget->startAdd(QStringLiteral("Work"), QStringLiteral("p256")));
        QVERIFY(finishedOk(*widget, finished));
        QCOMPARE(changed.count(), 2);

        const QList<HolderKeyRecord> records = m_wallet->holderKeys(); // newest first, as the table
        QCOMPARE(records.size(), 2);
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Work"));
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("P-256 (did:jwk)"));
        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("Sealed in the wallet"));
        QCOMPARE(table->item(0, 4)->text(), QString());
        QCOMPARE(table->item(1, 0)->text(), QStringLiteral("School"));
        QCOMPARE(table->item(1, 2)->text(), QStringLiteral("Ed25519 (did:key)"));
        QCOMPARE(table->item(1, 4)->text(), QStringLiteral("Default"));
        QVERIFY(records[0].did.startsWith(QLatin1String("did:jwk:")));
        QVERIFY(records[1].isDefault);

        // The DID cell shows the start and end of the DID, and its button copies the whole of it.
        QWidget *didCell = table->cellWidget(1, 1);
        QVERIFY(didCell);
        QCOMPARE(HolderIdentitiesWidget::shortDid(records[1].did),
                 records[1].did.left(14) + QChar(0x2026) + records[1].did.right(6));
        auto *copy = didCell->findChild<QToolButton *>(QStringLiteral("copyDid"));
        QVERIFY(copy);
        copy->click();
        QCOMPARE(QApplication::clipboard()->text(), records[1].did);

        QVERIFY(widget->rename(records[0].did, QStringLiteral("Day job")).ok());
        QVERIFY(widget->makeDefault(records[0].did).ok());
        QCOMPARE(m_wallet->holderKey()->did, records[0].did);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Day job"));
        QCOMPARE(table->item(0, 4)->text(), QStringLiteral("Default"));
        QCOMPARE(table->item(1, 4)->text(), QString());
        QCOMPARE(widget->statusText(), QStringLiteral("“Day job” is now the default."));
        QCOMPARE(widget->rename(records[0].did, QStringLiteral("  ")).error().code, QStringLiteral("invalid-label"));
        SatchelTest::saveScreenshot(dialog, QStringLiteral("settings-identities.png"));

        // A key that signed a link still shared stays; once it is stopped, the key can go.
        PublicLinkRecord link;
        link.server = QStringLiteral("https://verifierplus.example/");
        link.viewUrl = link.server + QStringLiteral("share/1");
        link.getUrl = link.server + QStringLiteral("api/1");
        link.unshareUrl = link.getUrl;
        link.holderDid = records[1].did;
        auto linkId = m_wallet->addPublicLink(link);
        QVERIFY(linkId.ok());
        QVERIFY(widget->startRetire(records[1].did));
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.takeFirst().first().toBool(), false);
        QVERIFY(widget->statusText().contains(QLatin1String("Stop the public links")));
        QCOMPARE(table->rowCount(), 2);
        QVERIFY(m_wallet->markPublicLinkStopped(*linkId, QDateTime::currentDateTimeUtc()).ok());
        QVERIFY(widget->startRetire(records[1].did));
        QVERIFY(finishedOk(*widget, finished));
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(m_wallet->holderKeys().size(), 1);
        QCOMPARE(m_wallet->holderKeys().first().did, records[0].did);
    }
};

QTEST_MAIN(TestHolderIdentitiesUi)
#include "TestHolderIdentitiesUi.moc"
