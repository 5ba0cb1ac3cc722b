// The tags-and-collections dialog: what it shows for one or several credentials and what each
// action writes to the wallet (and that a refused input writes nothing).
#include "NamedCredential.h"
#include "organize/OrganizeDialog.h"
#include "storage/Wallet.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Satchel;
using SatchelTest::storeNamed;

namespace {

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

class TestOrganizeDialog : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Wallet> m_wallet;
    qint64 m_first = 0;
    qint64 m_second = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        auto wallet = Wallet::open(m_dir.filePath(QStringLiteral("organize.sqlite")));
        QVERIFY(wallet.ok());
        m_wallet = std::move(wallet.value());
        m_first = storeNamed(*m_wallet, QStringLiteral("Welding Basics"), 1);
        m_second = storeNamed(*m_wallet, QStringLiteral("First Aid"), 2);
        QVERIFY(m_first > 0 && m_second > 0);
    }

    void tagsForSeveralCredentials()
    {
        OrganizeDialog dialog(m_wallet.get(), {m_first, m_second});
        QSignalSpy changed(&dialog, &OrganizeDialog::changed);
        QVERIFY(dialog.addTag(QStringLiteral("  portfolio  ")));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_wallet->tags(m_first), QStringList{QStringLiteral("portfolio")});
        QCOMPARE(m_wallet->tags(m_second), QStringList{QStringLiteral("portfolio")});
        QCOMPARE(dialog.shownTags(), QStringList{QStringLiteral("portfolio")});
        // The tag is searchable at once.
        CredentialQuery query;
        query.text = QStringLiteral("portfolio");
        QCOMPARE(m_wallet->matchingIds(query).value().size(), 2);

        // A tag only one of them has is not shown as shared.
        QVERIFY(m_wallet->addTag(m_first, QStringLiteral("metalwork")).ok());
        OrganizeDialog both(m_wallet.get(), {m_first, m_second});
        QCOMPARE(both.shownTags(), QStringList{QStringLiteral("portfolio")});
        OrganizeDialog one(m_wallet.get(), {m_first});
        QCOMPARE(sorted(one.shownTags()), (QStringList{QStringLiteral("metalwork"), QStringLiteral("portfolio")}));

        QVERIFY(both.removeTag(QStringLiteral("portfolio")));
        QCOMPARE(m_wallet->tags(m_second), QStringList());
        QCOMPARE(m_wallet->tags(m_first), QStringList{QStringLiteral("metalwork")});
    }

    void refusedTagsChangeNothing()
    {
        OrganizeDialog dialog(m_wallet.get(), {m_second});
        QSignalSpy changed(&dialog, &OrganizeDialog::changed);
        QVERIFY(!dialog.addTag(QStringLiteral("   ")));
        QVERIFY(!dialog.addTag(QString(101, QLatin1Char('x'))));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(m_wallet->tags(m_second), QStringList());
    }

    // Enter in the tag box adds the tag, once, and says nothing about an empty box.
    void enterAddsTheTypedTag()
    {
        OrganizeDialog dialog(m_wallet.get(), {m_second});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *box = dialog.findChild<QLineEdit *>();
        QVERIFY(box);
        box->setFocus();
        QSignalSpy changed(&dialog, &OrganizeDialog::changed);
        QTest::keyClicks(box, QStringLiteral("evening class"));
        QTest::keyClick(box, Qt::Key_Return);
        QCOMPARE(m_wallet->tags(m_second), QStringList{QStringLiteral("evening class")});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(box->text(), QString());
        QCOMPARE(dialog.shownError(), QString());
        QVERIFY(dialog.isVisible()); // Enter did not close the dialog either
        // Enter in the empty box still explains itself.
        QTest::keyClick(box, Qt::Key_Enter);
        QCOMPARE(dialog.shownError(), QStringLiteral("Type a tag first."));
        QCOMPARE(changed.count(), 1);
        QVERIFY(m_wallet->removeTag(m_second, QStringLiteral("evening class")).ok());
    }

    void collections()
    {
        OrganizeDialog dialog(m_wallet.get(), {m_first, m_second});
        const qint64 jobs = dialog.createCollection(QStringLiteral("Job applications"));
        QVERIFY(jobs > 0);
        QCOMPARE(m_wallet->collectionsOf(m_first), QList<qint64>{jobs});
        QCOMPARE(m_wallet->collectionsOf(m_second), QList<qint64>{jobs});
        QCOMPARE(m_wallet->collections().value(0).count, 2);

        OrganizeDialog one(m_wallet.get(), {m_second});
        QVERIFY(one.setInCollection(jobs, false));
        QCOMPARE(m_wallet->collectionsOf(m_second), QList<qint64>());
        QCOMPARE(m_wallet->collectionsOf(m_first), QList<qint64>{jobs});
        QCOMPARE(dialog.createCollection(QStringLiteral("  ")), 0); // a name is needed
        QCOMPARE(m_wallet->collections().size(), 1);

        // SATCHEL_SCREENSHOT_DIR=... saves what the learner sees, for a look by eye.
        if (qEnvironmentVariableIsSet("SATCHEL_SCREENSHOT_DIR")) {
            QVERIFY(m_wallet->addTag(m_first, QStringLiteral("portfolio")).ok());
            OrganizeDialog shown(m_wallet.get(), {m_first, m_second});
            shown.show();
            QVERIFY(QTest::qWaitForWindowExposed(&shown));
            shown.grab().save(qEnvironmentVariable("SATCHEL_SCREENSHOT_DIR") + QStringLiteral("/organize.png"));
        }
    }
};

QTEST_MAIN(TestOrganizeDialog)
#include "TestOrganizeDialog.moc"
