// The issuer's trust line where people see it (issue 16): a card's symbol and its tooltip, the
// detail page, the advisor's review (window and report) and the certificate, for each state:
// listed, listed with a stale copy, known personally, not listed. The registry copies are put in
// the wallet as a refresh keeps them (tests/trust covers fetching them). With
// SATCHEL_SCREENSHOT_DIR set, each view is saved as a picture.
#include "../review/ReviewTestWallet.h"
#include "Screenshot.h"
#include "detail/CredentialHtml.h"
#include "detail/DetailView.h"
#include "export/CertificateWriter.h"
#include "gallery/CardDelegate.h"
#include "gallery/CredentialListModel.h"
#include "gallery/GalleryView.h"
#include "review/ReviewDetailDialog.h"
#include "review/ReviewHtml.h"
#include "review/ReviewPacketDialog.h"
#include "review/ReviewWindow.h"
#include "settings/TrustRegistriesWidget.h"
#include "trust/IssuerTrustChecker.h"
#include "trust/KnownIssuers.h"
#include "trust/TrustRegistrySettings.h"

#include <QApplication>
#include <QHelpEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QTreeWidget>

using namespace Satchel;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);
const QUrl kFreshList(QStringLiteral("https://fresh.registry.example/registry.json"));
const QUrl kOldList(QStringLiteral("https://old.registry.example/registry.json"));

QByteArray dccRegistry(const QString &issuerId, const QString &name)
{
    const QJsonObject registry{{issuerId, QJsonObject{{QStringLiteral("name"), name},
                                                      {QStringLiteral("location"), QStringLiteral("Testland")},
                                                      {QStringLiteral("url"), QStringLiteral("https://college.example")}}}};
    return QJsonDocument(QJsonObject{{QStringLiteral("meta"), QJsonObject()}, {QStringLiteral("registry"), registry}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

class TestIssuerTrustUi : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_walletPath;
    // The four credentials and what their issuer is: listed, stale, known personally, not listed.
    QList<qint64> m_ids;
    QStringList m_issuers;
    const QList<IssuerTrust::Kind> m_kinds{IssuerTrust::Kind::Listed, IssuerTrust::Kind::ListedStale,
                                           IssuerTrust::Kind::KnownPersonally, IssuerTrust::Kind::NotListed};

    static qint64 importPath(Wallet &wallet, const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return 0;
        auto raw = CredentialReader::detect(file.readAll(), path);
        auto parsed = raw ? CredentialReader::parse(*raw) : Result<Credential>(raw.error());
        auto stored = parsed ? wallet.store(*raw, *parsed) : Result<StoreOutcome>(parsed.error());
        return stored ? stored->id : 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_walletPath = m_dir.filePath(QStringLiteral("wallet.sqlite"));
        auto wallet = Wallet::open(m_walletPath);
        QVERIFY(wallet);
        // The fourth: di-minimal claimed by another issuer (so its signature no longer verifies).
        const QByteArray reissued = ReviewTestWallet::readFixture(QStringLiteral("ob3/di-minimal.json"))
                                        .replace("did:key:z6MkiUk57zpRo2NYLUd9N7EXQRzHAChzzzcNRKTBepMdFCXb",
                                                 "did:web:unlisted-college.example");
        const QString reissuedPath = m_dir.filePath(QStringLiteral("reissued.json"));
        QFile out(reissuedPath);
        QVERIFY(out.open(QIODevice::WriteOnly) && out.write(reissued) == reissued.size());
        out.close();
        for (const QString &f : {QStringLiteral("ob3/di-rich.json"), QStringLiteral("ob3/jwt-es256-didjwk.jwt"),
                                 QStringLiteral("ob3/jwt-rs256-jwk-header.jwt"), reissuedPath}) {
            const qint64 id = f.startsWith(QLatin1Char('/')) ? importPath(**wallet, f) : ReviewTestWallet::importFixture(**wallet, f);
            QVERIFY2(id > 0, qPrintable(f));
            const QString issuer = (*wallet)->credential(id)->summary.issuerId;
            QVERIFY2(!issuer.isEmpty() && !m_issuers.contains(issuer), qPrintable(f + QLatin1Char(' ') + issuer));
            m_ids.append(id);
            m_issuers.append(issuer);
        }
        ReviewTestWallet::verifyOffline(**wallet, kNow);

        // Only the two test lists are used; the second one's copy is 45 days old.
        QList<TrustRegistry> registries = TrustRegistrySettings::load(**wallet);
        for (TrustRegistry &registry : registries)
            registry.enabled = false;
        registries.append(TrustRegistry{kFreshList.toString(), QStringLiteral("Fresh College Registry"), kFreshList,
                                        TrustRegistry::Format::Dcc, false, true});
        registries.append(TrustRegistry{kOldList.toString(), QStringLiteral("Old Registry"), kOldList,
                                        TrustRegistry::Format::Dcc, false, true});
        QVERIFY(TrustRegistrySettings::save(**wallet, registries));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY((*wallet)->putDocument(FetchedDocument{kFreshList.toString(QUrl::FullyEncoded), 200,
                                                       QStringLiteral("application/json"),
                                                       dccRegistry(m_issuers.at(0), QStringLiteral("Example College")),
                                                       now.addDays(-1)}));
        QVERIFY((*wallet)->putDocument(FetchedDocument{kOldList.toString(QUrl::FullyEncoded), 200,
                                                       QStringLiteral("application/json"),
                                                       dccRegistry(m_issuers.at(1), QStringLiteral("Northwind Institute")),
                                                       now.addDays(-45)}));
        QVERIFY(KnownIssuers::setKnown(**wallet, m_issuers.at(2), true));
    }

    void checkerAnswersEachState()
    {
        auto wallet = Wallet::open(m_walletPath);
        QVERIFY(wallet);
        IssuerTrustChecker checker(**wallet);
        for (int i = 0; i < m_issuers.size(); ++i)
            QCOMPARE(checker.check(m_issuers.at(i)).kind, m_kinds.at(i));
        QVERIFY(checker.check(m_issuers.at(1)).line().startsWith(
            QStringLiteral("Listed by Old Registry as Northwind Institute, but the registry's copy is 45 day")));
    }

    void cardsShowASymbolWithATooltip()
    {
        auto wallet = Wallet::open(m_walletPath);
        QVERIFY(wallet);
        GalleryView gallery;
        gallery.resize(900, 560);
        gallery.setWallet(wallet->get());
        QTRY_COMPARE(gallery.model()->rowCount(), 4);
        for (int i = 0; i < m_ids.size(); ++i) {
            const QModelIndex index = gallery.model()->index(gallery.model()->rowOfId(m_ids.at(i)), 0);
            QCOMPARE(IssuerTrust::Kind(index.data(CredentialListModel::TrustKindRole).toInt()), m_kinds.at(i));
            QVERIFY(!index.data(CredentialListModel::TrustSymbolRole).toString().isEmpty());
            QVERIFY(index.data(Qt::ToolTipRole).toString().contains(index.data(CredentialListModel::TrustLineRole).toString()));
        }
        // The symbol's own tooltip is the line alone.
        gallery.show();
        QVERIFY(QTest::qWaitForWindowExposed(&gallery));
        QListView *view = gallery.galleryWidget();
        const QModelIndex first = gallery.model()->index(gallery.model()->rowOfId(m_ids.at(0)), 0);
        const QPoint at = CardDelegate::trustSymbolRect(view->visualRect(first)).center().toPoint();
        QHelpEvent help(QEvent::ToolTip, at, view->viewport()->mapToGlobal(at));
        QStyleOptionViewItem option;
        option.rect = view->visualRect(first);
        QVERIFY(view->itemDelegate()->helpEvent(&help, view, option, first));
        QTRY_VERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(), QStringLiteral("Listed by Fresh College Registry as Example College"));
        QToolTip::hideText();
        SatchelTest::saveScreenshot(gallery, QStringLiteral("trust-cards.png"));
    }

    void detailPageShowsTheLine_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("expected");
        QTest::newRow("listed") << 0 << QStringLiteral("Listed by Fresh College Registry as Example College");
        QTest::newRow("stale") << 1 << QStringLiteral("but the registry&#39;s copy is 45 day");
        QTest::newRow("known") << 2 << QStringLiteral("you marked this issuer as known to you");
        QTest::newRow("not-listed") << 3 << QStringLiteral("Not listed in the registries you use");
    }
    void detailPageShowsTheLine()
    {
        QFETCH(int, which);
        QFETCH(QString, expected);
        auto wallet = Wallet::open(m_walletPath);
        QVERIFY(wallet);
        auto page = DetailView::loadPage(**wallet, m_ids.at(which));
        QVERIFY(page);
        QVERIFY(page->issuerTrust);
        QCOMPARE(page->issuerTrust->kind, m_kinds.at(which));
        const QString html = CredentialHtml::render(*page, QApplication::palette());
        QVERIFY2(html.contains(expected) || html.contains(QString(expected).replace(QLatin1String("&#39;"), QLatin1String("'"))),
                 qPrintable(expected));
        QVERIFY(html.contains(QLatin1String(which == 2 ? CredentialHtml::kUnknownIssuerUrl : CredentialHtml::kKnownIssuerUrl)));
        // The verdict is the verifier's alone: the issuer-mismatch credential stays not valid
        // whatever the registries say.
        if (which == 3)
            QVERIFY(page->summary.status != QLatin1String("valid"));

        DetailView view;
        view.resize(900, 560);
        view.show(); // a page loaded while hidden is painted only once shown
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy loaded(&view, &DetailView::loadFinished);
        QVERIFY(view.showCredential(**wallet, m_ids.at(which)));
        QVERIFY(loaded.wait(20000));
        QTest::qWait(300);
        SatchelTest::saveScreenshot(view, QStringLiteral("trust-detail-%1.png").arg(QLatin1String(QTest::currentDataTag())));
    }

    void reviewShowsTheLines()
    {
        const QString packet = m_dir.filePath(QStringLiteral("learner.satchel-review"));
        {
            auto wallet = Wallet::open(m_walletPath);
            QVERIFY(wallet);
            ReviewPacketDialog dialog(**wallet, m_ids);
            const Status written = dialog.writeTo(packet);
            QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
        }
        // The advisor's registries: here the same wallet, so the same four answers.
        ReviewWindow window(m_walletPath, SatchelTest::offlineNetwork());
        window.resize(1100, 520);
        window.show();
        QSignalSpy finished(&window, &ReviewWindow::reviewFinished);
        window.startReview(packet, QByteArray());
        QVERIFY(finished.wait(60000));
        QCOMPARE(window.credentialTree()->topLevelItemCount(), 4);
        int seen = 0;
        for (const ReviewedCredential &c : window.result().credentials) {
            QVERIFY(c.issuerTrust);
            const int which = int(m_issuers.indexOf(c.issuerId));
            QVERIFY(which >= 0);
            QCOMPARE(c.issuerTrust->kind, m_kinds.at(which));
            ++seen;
        }
        QCOMPARE(seen, 4);
        for (int row = 0; row < 4; ++row) {
            QTreeWidgetItem *item = window.credentialTree()->topLevelItem(row);
            const ReviewedCredential &c = window.result().credentials.at(item->data(0, Qt::UserRole).toInt());
            QVERIFY(item->text(1).startsWith(c.issuerTrust->symbol()));
            QVERIFY(item->toolTip(1).contains(c.issuerTrust->line()));
        }
        const QString report = ReviewHtml::report(window.result(), QString());
        QVERIFY(report.contains(QStringLiteral("Listed by Fresh College Registry as Example College")));
        QVERIFY(report.contains(QStringLiteral("Not listed in the registries you use")));
        QCOMPARE(window.result().toJson().value(QLatin1String("credentials")).toArray().at(0).toObject()
                     .value(QLatin1String("issuerTrust")).toObject().value(QLatin1String("status")).toString(),
                 window.result().credentials.at(0).issuerTrust->code());
        QTest::qWait(50);
        SatchelTest::saveScreenshot(window, QStringLiteral("trust-review.png"));

        // A credential in full from the review: the advisor's line, not the review wallet's
        // (which keeps no registry copies and would say "not checked").
        int staleRow = -1;
        for (int row = 0; row < window.result().credentials.size(); ++row) {
            if (window.result().credentials.at(row).issuerId == m_issuers.at(1))
                staleRow = row;
        }
        QVERIFY(staleRow >= 0);
        window.showDetail(staleRow);
        QVERIFY(window.detailDialog());
        QTRY_VERIFY(window.detailDialog()->detailView()->lastHtml().contains(
            QStringLiteral("Listed by Old Registry as Northwind Institute")));
        QVERIFY(!window.detailDialog()->detailView()->lastHtml().contains(QLatin1String(CredentialHtml::kKnownIssuerUrl)));
    }

    void certificateCarriesTheLine()
    {
        auto wallet = Wallet::open(m_walletPath);
        QVERIFY(wallet);
        auto job = CertificateWriter::prepare(**wallet, m_ids.at(1), CertificateOptions{});
        QVERIFY(job);
        QVERIFY(QString::fromUtf8(job->html).contains(QStringLiteral("class=\"trust\"")));
        QVERIFY(QString::fromUtf8(job->html).contains(QStringLiteral("copy is 45 day")));
    }

    void settingsPageListsTheRegistries()
    {
        auto wallet = Wallet::open(m_walletPath);
        QVERIFY(wallet);
        TrustRegistriesWidget widget(wallet->get(), SatchelTest::offlineNetwork());
        widget.resize(640, 480);
        const int builtIns = int(TrustRegistrySettings::builtIns().size());
        QCOMPARE(widget.list()->count(), builtIns + 2);
        QCOMPARE(widget.list()->item(builtIns)->checkState(), Qt::Checked);
        QCOMPARE(widget.list()->item(0)->checkState(), Qt::Unchecked);
        QVERIFY(widget.list()->item(builtIns + 1)->text().contains(QStringLiteral("copy of")));
        QVERIFY(!widget.addUrl(QStringLiteral("ftp://nowhere.example/x")));
        // Refreshing offline: the worker answers, the kept copies stay and say so.
        QSignalSpy changed(&widget, &TrustRegistriesWidget::registriesChanged);
        widget.refreshNow();
        QVERIFY(changed.wait(20000));
        QVERIFY2(widget.resultLabel()->text().contains(QStringLiteral("answering from the copy of")),
                 qPrintable(widget.resultLabel()->text()));
        SatchelTest::saveScreenshot(widget, QStringLiteral("trust-settings.png"));
        // A switch is saved in the wallet at once.
        widget.list()->item(0)->setCheckState(Qt::Checked);
        QVERIFY(TrustRegistrySettings::load(**wallet).at(0).enabled);
    }
};

QTEST_MAIN(TestIssuerTrustUi)
#include "TestIssuerTrustUi.moc"
