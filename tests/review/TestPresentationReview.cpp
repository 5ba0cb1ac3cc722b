// An advisor reviews a signed presentation file (issue 15) like a packet: each credential verified
// by Satchel (ReviewSession::reviewPresentation), the holder's signature and the challenge shown in
// the review window's header: accepted for the code the advisor gave, refused for another code or a
// file whose holder did not sign it. A screenshot of the window for people to look at.
#include "../present/PresentTestSupport.h"
#include "../present/PresentTestWallet.h"
#include "OfflineNetwork.h"

#include "crypto/Ed25519SigningKey.h"
#include "review/ReviewHtml.h"
#include "review/ReviewSession.h"
#include "review/ReviewWindow.h"
#include "share/SignedPresentationFile.h"

#include <QDir>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Satchel;

namespace {
const QString kChallenge = QStringLiteral("career-fair-31");
} // namespace

class TestPresentationReview : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        const QString walletPath = m_dir.filePath(QStringLiteral("learner.sqlite"));
        const QHash<QString, qint64> rows = PresentTest::fillWallet(walletPath);
        QVERIFY(!rows.isEmpty());
        auto wallet = Wallet::open(walletPath);
        QVERIFY(wallet);
        SignedPresentationOptions options;
        options.credentialIds = {rows.value(QStringLiteral("minimal")), rows.value(QStringLiteral("rich")),
                                 rows.value(QStringLiteral("jwt"))};
        options.challenge = kChallenge;
        auto vp = SignedPresentationFile::build(**wallet, options, m_key);
        QVERIFY(vp);
        m_vp = *vp;
        m_path = writeFile(QStringLiteral("presentation.json"), m_vp);
    }

    void sessionVerifiesEachCredentialAndTheHolder()
    {
        ReviewOptions options;
        options.network = SatchelTest::offlineNetwork();
        auto reviewed = ReviewSession::reviewPresentation(m_vp, kChallenge, options);
        QVERIFY2(reviewed, qPrintable(reviewed ? QString() : reviewed.error().message));
        QVERIFY(reviewed->presentation);
        QVERIFY(reviewed->presentation->accepted());
        QCOMPARE(reviewed->learnerName, m_key.did());
        QCOMPARE(reviewed->credentials.size(), 3);
        for (const ReviewedCredential &credential : reviewed->credentials)
            QVERIFY2(credential.status == QLatin1String("valid"), qPrintable(credential.name + QLatin1Char(' ') + credential.reason));

        // The report says who signed it and for which code, instead of a packet's date.
        const QString html = ReviewHtml::report(*reviewed, QString());
        QVERIFY(html.contains(QLatin1String("Valid: the holder signed this presentation.")));
        QVERIFY(html.contains(kChallenge));
        QVERIFY(!html.contains(QLatin1String("Packet made on")));

        auto other = ReviewSession::reviewPresentation(m_vp, QStringLiteral("another-code"), options);
        QVERIFY(other);
        QVERIFY(!other->presentation->accepted());
        QCOMPARE(int(other->presentation->binding.outcome), int(CheckOutcome::Fail));

        auto empty = ReviewSession::reviewPresentation("{\"type\":\"VerifiablePresentation\"}", kChallenge, options);
        QCOMPARE(empty.error().code, QStringLiteral("empty-presentation"));
    }

    void windowShowsHolderSignatureAndChallenge()
    {
        ReviewWindow window(QString(), SatchelTest::offlineNetwork());
        window.resize(900, 640);
        window.show();
        QSignalSpy finished(&window, &ReviewWindow::reviewFinished);
        window.startPresentationReview(m_path, kChallenge);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().at(0).toBool(), true);
        QCOMPARE(window.credentialTree()->topLevelItemCount(), 3);
        QVERIFY(window.credentialTree()->isColumnHidden(4)); // no learner's receipts in a presentation
        const QString header = window.headerLabel()->text();
        QVERIFY2(header.contains(QLatin1String("Signed by its holder")), qPrintable(header));
        QVERIFY(header.contains(kChallenge));
        QVERIFY(header.contains(m_key.did()));
        saveShot(window, QStringLiteral("review-presentation.png"));

        // Another holder's name put in the file: the window says the signature does not hold.
        const Ed25519SigningKey other(PresentTest::keyFromSeed('o'));
        const QString forged = writeFile(QStringLiteral("forged.json"),
                                         QByteArray(m_vp).replace(("\"holder\":\"" + m_key.did() + '"').toUtf8(),
                                                                  ("\"holder\":\"" + other.did() + '"').toUtf8()));
        finished.clear();
        window.startPresentationReview(forged, QStringLiteral("another-code"));
        QVERIFY(finished.wait(60000));
        const QString refused = window.headerLabel()->text();
        QVERIFY2(refused.contains(QLatin1String("does not hold")), qPrintable(refused));
        QVERIFY(refused.contains(QLatin1String("another-code")));
        saveShot(window, QStringLiteral("review-presentation-refused.png"));
    }

private:
    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }

    static void saveShot(QWidget &widget, const QString &name)
    {
        QTest::qWait(50);
        QDir().mkpath(QStringLiteral(SATCHEL_SHOT_DIR));
        QVERIFY(widget.grab().save(QStringLiteral(SATCHEL_SHOT_DIR "/") + name));
    }

    QTemporaryDir m_dir;
    Ed25519SigningKey m_key{PresentTest::keyFromSeed('l')};
    QByteArray m_vp;
    QString m_path;
};

QTEST_MAIN(TestPresentationReview)
#include "TestPresentationReview.moc"
