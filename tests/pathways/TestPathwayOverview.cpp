// What the Pathways view shows, without widgets: the demo wallet (imported with satchel-cli, so the
// rows are what the GUI reads) against the two demo pathways. Node states, labels, the badge a met
// leaf opens, the criteria a missing leaf links to, "next", and the detail view's "Counts toward".
#include "pathways/PathwayEngine.h"
#include "pathways/PathwayOverview.h"
#include "pathways/PathwayStore.h"
#include "pathways/WalletCredentials.h"
#include "storage/Wallet.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Satchel;

namespace {

const QString kCertificate = QStringLiteral("https://northbrook.example.edu/pathways/data-analytics-certificate");
const QString kCredits = QStringLiteral("urn:satchel:demo:pathway:workforce-technology-credits");

const PathwayNodeRow *rowFor(const Pathway &p, const QList<PathwayNodeRow> &rows, const QString &nodeId)
{
    for (const PathwayNodeRow &r : rows)
        if (p.nodes.at(r.node).id == nodeId)
            return &r;
    return nullptr;
}

} // namespace

class TestPathwayOverview : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString wallet() const { return m_dir.filePath(QStringLiteral("wallet.sqlite")); }
    std::unique_ptr<Wallet> m_wallet;
    std::unique_ptr<PathwayStore> m_store;
    std::optional<PathwayEngine> m_engine;

    int cli(const QStringList &args) const
    {
        QProcess p;
        p.start(QStringLiteral(SATCHEL_CLI),
            QStringList { QStringLiteral("--wallet"), wallet(), QStringLiteral("--offline") } + args);
        if (!p.waitForFinished(120000))
            qFatal("satchel-cli did not finish");
        if (p.exitCode() != 0)
            qWarning() << p.readAllStandardError();
        return p.exitCode();
    }

    Pathway pathway(const QString &id) const { return m_store->get(id)->pathway; }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QStringList files;
        const QDir demo(QStringLiteral(SATCHEL_SOURCE_DIR "/resources/demo/credentials"));
        for (const QString &f : demo.entryList(QDir::Files, QDir::Name))
            files << demo.filePath(f);
        QCOMPARE(cli(QStringList { QStringLiteral("import") } + files), 0);
        QCOMPARE(cli({ QStringLiteral("pathways"), QStringLiteral("import"),
                     QStringLiteral(SATCHEL_SOURCE_DIR "/resources/pathways/demo-data-analytics-certificate.json"),
                     QStringLiteral(SATCHEL_SOURCE_DIR "/resources/pathways/demo-workforce-credits.json") }),
            0);
        auto opened = Wallet::open(wallet());
        QVERIFY(opened.ok());
        m_wallet = std::move(opened.value());
        m_store = std::make_unique<PathwayStore>(*m_wallet);
        auto credentials = WalletCredentials::load(*m_wallet);
        QVERIFY(credentials.ok());
        QVERIFY(credentials->size() >= 14);
        m_engine.emplace(*credentials, QDateTime(QDate(2026, 11, 28), QTime(0, 0), Qt::UTC));
    }

    void certificateTree()
    {
        const Pathway p = pathway(kCertificate);
        const PathwayProgress progress = m_engine->evaluate(p);
        const QList<PathwayNodeRow> rows = PathwayOverview::rows(p, progress, *m_engine);
        QCOMPARE(rows.size(), 9); // root, the 4-of-6 group and its 6 badges, the capstone
        QCOMPARE(rows.first().depth, 0);
        QCOMPARE(rows.first().state, PathwayNodeState::PartlyMet);
        QCOMPARE(rows.first().progress, QStringLiteral("1 of 2"));
        QCOMPARE(rows.first().missing, QStringList { QStringLiteral("DA290 Data Analytics Capstone (required)") });

        const PathwayNodeRow *micro = rowFor(p, rows, QStringLiteral("micro-credentials"));
        QVERIFY(micro);
        QCOMPARE(micro->depth, 1);
        QCOMPARE(micro->state, PathwayNodeState::Met);
        QCOMPARE(micro->rule, QStringLiteral("At least 4 of 6"));
        QCOMPARE(micro->progress, QStringLiteral("4 of 4"));

        for (const char *met : { "da101", "da110", "da120", "da130" }) {
            const PathwayNodeRow *leaf = rowFor(p, rows, QLatin1String(met));
            QVERIFY2(leaf, met);
            QCOMPARE(leaf->depth, 2);
            QCOMPARE(leaf->state, PathwayNodeState::Met);
            QCOMPARE(leaf->progress, QStringLiteral("Earned"));
            QCOMPARE(leaf->counted.size(), 1);
            QVERIFY(leaf->counted.first().contains(QLatin1String("matched by achievement id")));
            // The badge it opens is the wallet row that counted.
            QVERIFY(leaf->credentialId > 0);
            auto summary = m_wallet->credential(leaf->credentialId);
            QVERIFY(summary.ok());
            QCOMPARE(summary->summary.achievementId,
                QStringLiteral("https://northbrook.example.edu/achievements/") + QLatin1String(met));
            QVERIFY(leaf->criteriaUrl.isEmpty());
        }
        const PathwayNodeRow *capstone = rowFor(p, rows, QStringLiteral("da290"));
        QVERIFY(capstone);
        QCOMPARE(capstone->state, PathwayNodeState::NotMet);
        QVERIFY(capstone->isNext);
        QCOMPARE(capstone->credentialId, 0);
        QCOMPARE(capstone->criteriaUrl, QUrl(QStringLiteral("https://northbrook.example.edu/achievements/da290")));
        QCOMPARE(PathwayOverview::nextNames(p, progress), QStringList { capstone->title });
        QCOMPARE(PathwayOverview::stateText(capstone->state), QStringLiteral("Not met"));
        QCOMPARE(PathwayOverview::ownerText(p), QStringLiteral("Northbrook Community College"));
    }

    void creditsTree()
    {
        const Pathway p = pathway(kCredits);
        const PathwayProgress progress = m_engine->evaluate(p);
        const QList<PathwayNodeRow> rows = PathwayOverview::rows(p, progress, *m_engine);
        QCOMPARE(rows.size(), 11); // the credits group and its 10 badges
        QCOMPARE(rows.first().state, PathwayNodeState::PartlyMet);
        QCOMPARE(rows.first().progress, QStringLiteral("10 of 12 credits"));
        QVERIFY(rows.first().rule.startsWith(QLatin1String("At least 12 credits")));
        QCOMPARE(qRound(rows.first().percent), 83);
        int met = 0;
        for (const PathwayNodeRow &r : rows.mid(1)) {
            QCOMPARE(r.depth, 1);
            QVERIFY(r.isLeaf);
            met += r.state == PathwayNodeState::Met;
            QCOMPARE(r.state == PathwayNodeState::Met, r.credentialId > 0);
        }
        QVERIFY(met > 0);
        QCOMPARE(p.nodes.at(rows.at(1).node).id.isEmpty(), false);
        const PathwayNodeRow *next = rowFor(p, rows, QStringLiteral("cld-f"));
        QVERIFY(next);
        QVERIFY(next->isNext);
    }

    void countsToward()
    {
        const Pathway certificate = pathway(kCertificate);
        const PathwayProgress progress = m_engine->evaluate(certificate);
        const QList<PathwayNodeRow> rows = PathwayOverview::rows(certificate, progress, *m_engine);
        const PathwayNodeRow *da101 = rowFor(certificate, rows, QStringLiteral("da101"));
        QVERIFY(da101);
        const auto toward
            = PathwayOverview::countsToward(certificate, progress, *m_engine, QString::number(da101->credentialId));
        QVERIFY(toward.has_value());
        QCOMPARE(toward->pathwayName, certificate.name);
        QCOMPARE(toward->percent, 50.0);
        QCOMPARE(toward->requirements, QStringList { da101->title });
        // A credential that counts nowhere gives nothing.
        QVERIFY(!PathwayOverview::countsToward(certificate, progress, *m_engine, QStringLiteral("999999")).has_value());
    }
};

QTEST_GUILESS_MAIN(TestPathwayOverview)
#include "TestPathwayOverview.moc"
