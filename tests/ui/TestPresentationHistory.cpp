// The presentation history window on a wallet whose log holds three lines (sent with two
// credentials, declined, failed with the verifier's words, its credential deleted since): newest
// first with what each carried, sortable, searchable by verifier or credential, Enter on a
// credential asks for its page, Forget asks and then removes the line, and an empty log says so.
// SATCHEL_SCREENSHOT_DIR=... saves presentation-history.png for a look by eye.
#include "NamedCredential.h"
#include "Screenshot.h"
#include "WhenModal.h"
#include "present/PresentationHistoryWindow.h"
#include "storage/PresentationLogRepository.h"
#include "storage/Wallet.h"

#include <QAbstractButton>
#include <QApplication>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Satchel;
using SatchelTest::storeNamed;
using SatchelTest::whenModal;

namespace {

using Window = PresentationHistoryWindow;

QString cellText(const QTreeView &view, int row, int column, int line = -1)
{
    const QModelIndex entry = view.model()->index(row, line < 0 ? column : 0);
    return (line < 0 ? entry : view.model()->index(line, 0, entry)).data().toString();
}

QStringList column(const QTreeView &view, int column)
{
    QStringList texts;
    for (int row = 0; row < view.model()->rowCount(); ++row)
        texts << cellText(view, row, column);
    return texts;
}

QString shownTime(const QDateTime &at)
{
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

class TestPresentationHistory : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Wallet> m_wallet;
    qint64 m_analysis = 0;
    qint64 m_firstAid = 0;
    qint64 m_failedId = 0;
    qint64 m_declinedId = 0;
    const QDateTime m_sentAt{QDate(2026, 11, 2), QTime(10, 0), Qt::UTC};
    const QDateTime m_failedAt{QDate(2026, 12, 1), QTime(16, 45), Qt::UTC};

    qint64 log(const QString &name, const QString &domain, const QString &protocol, const QString &outcome,
               const QDateTime &at, const QList<PresentedCredential> &credentials, const QString &message = {})
    {
        PresentationLogEntry entry;
        entry.verifierName = name;
        entry.verifierDomain = domain;
        entry.clientId = QStringLiteral("redirect_uri:https://%1/response").arg(domain);
        entry.protocol = protocol;
        entry.outcome = outcome;
        entry.message = message;
        entry.at = at;
        entry.credentials = credentials;
        const auto added = PresentationLogRepository(*m_wallet).add(entry);
        return added.ok() ? *added : 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        auto wallet = Wallet::open(m_dir.filePath(QStringLiteral("history.sqlite")));
        QVERIFY(wallet.ok());
        m_wallet = std::move(wallet.value());
        m_analysis = storeNamed(*m_wallet, QStringLiteral("Data Analysis Fundamentals"), 1);
        m_firstAid = storeNamed(*m_wallet, QStringLiteral("First Aid at Work"), 2);
        const qint64 welding = storeNamed(*m_wallet, QStringLiteral("Welding Basics"), 3);
        QVERIFY(m_analysis > 0 && m_firstAid > 0 && welding > 0);

        QVERIFY(log(QStringLiteral("Northbrook Employers"), QStringLiteral("verify.northbrook.example"),
                    QStringLiteral("OpenID4VP"), QStringLiteral("sent"), m_sentAt,
                    {{m_analysis, QStringLiteral("Data Analysis Fundamentals")},
                     {m_firstAid, QStringLiteral("First Aid at Work")}}) > 0);
        m_declinedId = log({}, QStringLiteral("jobs.example.com"), QStringLiteral("VC-API"), QStringLiteral("declined"),
                           QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC), {});
        m_failedId = log(QStringLiteral("Acme Hiring"), QStringLiteral("acme.example"), QStringLiteral("OpenID4VP"),
                         QStringLiteral("failed"), m_failedAt, {{welding, QStringLiteral("Welding Basics")}},
                         QStringLiteral("The verifier refused the presentation: unknown credential type"));
        QVERIFY(m_declinedId > 0 && m_failedId > 0);
        QVERIFY(m_wallet->remove(welding).ok()); // left the wallet since: its name stays in the log
    }

    void listsNewestFirstWithWhatWasCarried()
    {
        Window window(m_wallet.get());
        const QTreeView &view = *window.view();
        QCOMPARE(view.model()->rowCount(), 3);
        QVERIFY(window.emptyText().isEmpty());
        QCOMPARE(column(view, Window::ColumnVerifier),
                 QStringList({QStringLiteral("Acme Hiring (acme.example)"), QStringLiteral("jobs.example.com"),
                              QStringLiteral("Northbrook Employers (verify.northbrook.example)")}));
        QCOMPARE(column(view, Window::ColumnProtocol),
                 QStringList({QStringLiteral("OpenID4VP"), QStringLiteral("VC-API"), QStringLiteral("OpenID4VP")}));
        QCOMPARE(column(view, Window::ColumnResult),
                 QStringList({QStringLiteral("Failed"), QStringLiteral("Declined"), QStringLiteral("Sent")}));
        QCOMPARE(cellText(view, 0, Window::ColumnWhen), shownTime(m_failedAt));
        QCOMPARE(cellText(view, 2, Window::ColumnWhen), shownTime(m_sentAt));

        // Under each entry, the verifier's or Satchel's words if any, then what it carried in the
        // order sent; nothing under the one declined.
        const QAbstractItemModel &model = *view.model();
        QCOMPARE(model.rowCount(model.index(0, 0)), 2);
        QCOMPARE(cellText(view, 0, 0, 0),
                 QStringLiteral("What went wrong: The verifier refused the presentation: unknown credential type"));
        QCOMPARE(cellText(view, 0, 0, 1), QStringLiteral("Welding Basics (no longer in this wallet)"));
        QCOMPARE(model.rowCount(model.index(1, 0)), 0);
        QCOMPARE(model.rowCount(model.index(2, 0)), 2);
        QCOMPARE(cellText(view, 2, 0, 0), QStringLiteral("Data Analysis Fundamentals"));
        QCOMPARE(cellText(view, 2, 0, 1), QStringLiteral("First Aid at Work"));
        QVERIFY(view.isExpanded(model.index(2, 0)));
        QVERIFY(view.isFirstColumnSpanned(1, model.index(2, 0)));
        QVERIFY(!window.view()->accessibleName().isEmpty());
        SatchelTest::saveScreenshot(window, QStringLiteral("presentation-history.png"));
    }

    void sortsByAnyColumn()
    {
        Window window(m_wallet.get());
        window.view()->sortByColumn(Window::ColumnVerifier, Qt::AscendingOrder);
        QCOMPARE(column(*window.view(), Window::ColumnVerifier).first(), QStringLiteral("Acme Hiring (acme.example)"));
        QCOMPARE(column(*window.view(), Window::ColumnVerifier).last(),
                 QStringLiteral("Northbrook Employers (verify.northbrook.example)"));
        window.view()->sortByColumn(Window::ColumnWhen, Qt::AscendingOrder);
        QCOMPARE(column(*window.view(), Window::ColumnResult).first(), QStringLiteral("Sent"));
        QCOMPARE(cellText(*window.view(), 0, 0, 1), QStringLiteral("First Aid at Work")); // its lines keep their order
    }

    void searchesVerifiersAndCredentials()
    {
        Window window(m_wallet.get());
        window.filter()->setText(QStringLiteral("first aid"));
        QCOMPARE(column(*window.view(), Window::ColumnVerifier),
                 QStringList{QStringLiteral("Northbrook Employers (verify.northbrook.example)")});
        QCOMPARE(window.view()->model()->rowCount(window.view()->model()->index(0, 0)), 2); // the whole entry
        window.filter()->setText(QStringLiteral("JOBS.example"));
        QCOMPARE(column(*window.view(), Window::ColumnResult), QStringList{QStringLiteral("Declined")});
        window.filter()->setText(QStringLiteral("welding"));
        QCOMPARE(column(*window.view(), Window::ColumnVerifier), QStringList{QStringLiteral("Acme Hiring (acme.example)")});
        window.filter()->setText(QStringLiteral("plumbing"));
        QCOMPARE(window.view()->model()->rowCount(), 0);
        QCOMPARE(window.emptyText(), QStringLiteral("No presentation matches “plumbing”."));
        window.filter()->clear();
        QCOMPARE(window.view()->model()->rowCount(), 3);
        QVERIFY(window.emptyText().isEmpty());
        QVERIFY(window.view()->isFirstColumnSpanned(0, window.view()->model()->index(2, 0))); // spanned again
    }

    void enterOnACredentialAsksForItsPage()
    {
        Window window(m_wallet.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy asked(&window, &Window::credentialActivated);
        auto *open = window.findChild<QPushButton *>(QStringLiteral("openCredential"));
        QVERIFY(open);
        QTreeView *view = window.view();
        const QModelIndex sent = view->model()->index(2, 0);

        view->setFocus();
        view->setCurrentIndex(view->model()->index(1, 0, sent));
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(asked.count(), 1);
        QCOMPARE(asked.first().first().toLongLong(), m_firstAid);
        QVERIFY(window.isVisible()); // Enter opened the credential, it did not close the window

        // The button does the same; an entry's own line, or a credential gone from the wallet, opens nothing.
        view->setCurrentIndex(view->model()->index(0, 0, sent));
        QVERIFY(open->isEnabled());
        open->click();
        QCOMPARE(asked.count(), 2);
        QCOMPARE(asked.last().first().toLongLong(), m_analysis);
        const QModelIndex failed = view->model()->index(0, 0);
        for (int line : {0, 1}) { // the failure's words, the credential deleted since
            view->setCurrentIndex(view->model()->index(line, 0, failed));
            QVERIFY(!open->isEnabled());
            QTest::keyClick(view, Qt::Key_Return);
        }
        view->setCurrentIndex(sent);
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(asked.count(), 2);
    }

    void forgetAsksThenRemovesTheEntry()
    {
        Window window(m_wallet.get());
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window)); // Delete is a shortcut of the active window
        window.view()->setFocus();
        QCOMPARE(QApplication::focusWidget(), window.view());
        QTest::keySequence(&window, QKeySequence::Find); // Ctrl+F: to the search box
        QCOMPARE(QApplication::focusWidget(), window.filter());
        auto *forget = window.findChild<QPushButton *>(QStringLiteral("forgetEntry"));
        QVERIFY(forget);
        window.view()->setCurrentIndex(window.view()->model()->index(1, 0)); // the declined request
        QCOMPARE(window.selectedEntryId(), m_declinedId);

        QString question;
        whenModal<QMessageBox>([&question](QMessageBox *box) {
            question = box->text();
            box->button(QMessageBox::Cancel)->click();
        });
        forget->click();
        QVERIFY2(question.startsWith(QLatin1String("Remove the entry for jobs.example.com (")), qPrintable(question));
        QCOMPARE(PresentationLogRepository(*m_wallet).entries()->size(), 3);

        // Delete on the list asks the same; confirmed, the line goes from the wallet and the list.
        whenModal<QMessageBox>([](QMessageBox *box) {
            for (QAbstractButton *button : box->buttons())
                if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                    button->click();
        });
        window.activateWindow(); // the question box took it (offscreen gives it back to no one)
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.view()->setFocus();
        QTest::keyClick(window.view(), Qt::Key_Delete);
        const auto left = PresentationLogRepository(*m_wallet).entries();
        QVERIFY(left.ok());
        QCOMPARE(left->size(), 2);
        QCOMPARE(left->first().id, m_failedId);
        QCOMPARE(left->last().outcome, QStringLiteral("sent"));
        QCOMPARE(column(*window.view(), Window::ColumnResult).size(), 2);
        QVERIFY(!column(*window.view(), Window::ColumnResult).contains(QStringLiteral("Declined")));
    }

    void anEmptyLogSaysSo()
    {
        auto other = Wallet::open(m_dir.filePath(QStringLiteral("empty.sqlite")));
        QVERIFY(other.ok());
        Window window(other->get());
        QCOMPARE(window.view()->model()->rowCount(), 0);
        QVERIFY2(window.emptyText().startsWith(QLatin1String("Nothing shared with verifiers yet.")),
                 qPrintable(window.emptyText()));
        QVERIFY(!window.filter()->isEnabled());
        QVERIFY(!window.findChild<QPushButton *>(QStringLiteral("forgetEntry"))->isEnabled());
        SatchelTest::saveScreenshot(window, QStringLiteral("presentation-history-empty.png"));

        window.setWallet(m_wallet.get()); // another wallet: its log
        QVERIFY(window.emptyText().isEmpty());
        QCOMPARE(window.view()->model()->rowCount(), 2);
    }
};

QTEST_MAIN(TestPresentationHistory)
#include "TestPresentationHistory.moc"
