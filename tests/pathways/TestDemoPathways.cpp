// The shipped pathway definitions: the two demo pathways (resources/pathways/demo-*.json) against
// the demo wallet's credentials (resources/demo), and the complete example of the format docs.
#include "PathwayTestData.h"

#include "pathways/ClrPathwayImporter.h"
#include "pathways/PathwayEngine.h"
#include "pathways/PathwayFormat.h"

#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace Satchel;
using namespace SatchelTest;

namespace {

const QString kDemoDir = QStringLiteral(SATCHEL_SOURCE_DIR "/resources/demo/");

// The credential JSON of a demo file: JSON as is, a VC-JWT's payload ("vc" unwrapped).
QJsonObject credentialJson(const QString &file)
{
    const QByteArray bytes = readFile(kDemoDir + file).trimmed();
    if (file.endsWith(QLatin1String(".json")))
        return QJsonDocument::fromJson(bytes).object();
    if (file.endsWith(QLatin1String(".jwt")) || file.endsWith(QLatin1String(".jws"))) {
        const QList<QByteArray> parts = bytes.split('.');
        if (parts.size() != 3)
            return {};
        const QJsonObject payload = QJsonDocument::fromJson(
            QByteArray::fromBase64(parts.at(1), QByteArray::Base64UrlEncoding)).object();
        return payload.contains(QLatin1String("vc")) ? payload.value(QLatin1String("vc")).toObject() : payload;
    }
    return {};
}

// The demo wallet as the engine sees it once imported: every credential (CLR-nested ones as their
// own entries), with the status the manifest expects verification to give.
QList<EarnedCredential> demoCredentials()
{
    const QJsonObject manifest = readJsonObject(kDemoDir + QStringLiteral("manifest.json"));
    const QJsonObject codes = manifest.value(QLatin1String("pathways")).toObject()
                                  .value(QLatin1String("ncc-data-analytics-certificate")).toObject()
                                  .value(QLatin1String("achievementIds")).toObject();
    QList<EarnedCredential> out;
    int n = 0;
    for (const QJsonValue &v : manifest.value(QLatin1String("files")).toArray()) {
        const QJsonObject entry = v.toObject();
        const QString file = entry.value(QLatin1String("file")).toString();
        const QString status = entry.value(QLatin1String("expectStatus")).toString();
        const QJsonObject json = credentialJson(file);
        const QString key = QString::number(++n);
        if (json.value(QLatin1String("credentialSubject")).toObject().contains(QLatin1String("verifiableCredential"))) {
            const Credential clr = ClrPathwayImporter::clrFromJson(json);
            out += EarnedCredential::withNested(clr, key, status);
            continue;
        }
        EarnedCredential e;
        e.key = key;
        e.name = entry.value(QLatin1String("name")).toString();
        e.issuerId = entry.value(QLatin1String("issuerId")).toString();
        e.status = status;
        if (!json.isEmpty()) {
            // Reuse the CLR reader's nested-credential mapping for one standalone credential.
            QJsonObject wrapper{{QStringLiteral("credentialSubject"),
                                 QJsonObject{{QStringLiteral("verifiableCredential"), QJsonArray{json}}}}};
            const Credential c = ClrPathwayImporter::clrFromJson(wrapper).nested.value(0);
            e = EarnedCredential::fromCredential(c, key, status);
        } else {
            // A baked image: the manifest says which achievement it holds.
            e.achievementId = codes.value(entry.value(QLatin1String("humanCode")).toString()).toString();
            if (entry.contains(QLatin1String("creditsEarned")))
                e.creditsEarned = entry.value(QLatin1String("creditsEarned")).toDouble();
        }
        out.append(e);
    }
    return out;
}

QStringList ids(const Pathway &p, const QList<int> &indices)
{
    QStringList out;
    for (int i : indices)
        out << p.nodes.at(i).id;
    return out;
}

} // namespace

class TestDemoPathways : public QObject {
    Q_OBJECT

    QDateTime m_now = QDateTime(QDate(2026, 11, 28), QTime(0, 0), Qt::UTC);  // the demo's generation date

    static Pathway load(const QString &path)
    {
        auto p = PathwayFormat::read(readFile(path));
        if (!p)
            qFatal("%s: %s", qPrintable(path), qPrintable(p.error().message));
        return *p;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void certificateIsPartlyComplete()
    {
        const Pathway p = load(QStringLiteral(SATCHEL_SOURCE_DIR "/resources/pathways/demo-data-analytics-certificate.json"));
        PathwayEngine engine(demoCredentials(), m_now);
        const PathwayProgress progress = engine.evaluate(p);
        // DA101, DA110, DA120, DA130 held: the 4-of-6 group is met; the capstone DA290 is not.
        const NodeProgress &micro = progress.nodes.at(p.indexOf(QStringLiteral("micro-credentials")));
        QVERIFY(micro.satisfied);
        QCOMPARE(micro.have, 4);
        QVERIFY(!progress.satisfied);
        QCOMPARE(progress.percent, 50.0);
        QCOMPARE(ids(p, progress.nodes.at(p.root).next), QStringList{QStringLiteral("da290")});
        // DA101..DA120 are held twice (alone and inside the learner record CLR): both count, once.
        QCOMPARE(progress.nodes.at(p.indexOf(QStringLiteral("da101"))).counted.size(), 2);
    }

    void creditsArePartlyComplete()
    {
        const Pathway p = load(QStringLiteral(SATCHEL_SOURCE_DIR "/resources/pathways/demo-workforce-credits.json"));
        PathwayEngine engine(demoCredentials(), m_now);
        const PathwayProgress progress = engine.evaluate(p);
        const NodeProgress &root = progress.nodes.at(p.root);
        // PM210 3 + ENG230 3 + NET101 2 + DA101..DA130 4 x 0.5 = 10 of 12; the cloud certificate expired.
        QCOMPARE(root.creditsEarned, 10.0);
        QVERIFY(!progress.satisfied);
        QCOMPARE(qRound(progress.percent * 10), 833);
        const NodeProgress &cloud = progress.nodes.at(p.indexOf(QStringLiteral("cld-f")));
        QCOMPARE(cloud.skipped.size(), 1);
        QCOMPARE(cloud.skipped.at(0).reason, QStringLiteral("expired"));
        QCOMPARE(ids(p, root.next), QStringList{QStringLiteral("cld-f")});
    }

    void documentedExampleReads()
    {
        const QString readme = QString::fromUtf8(readFile(QStringLiteral(SATCHEL_SOURCE_DIR "/core/pathways/README.md")));
        const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("```json\\n(.*?)```"),
                                                             QRegularExpression::DotMatchesEverythingOption).match(readme);
        QVERIFY(m.hasMatch());
        auto p = PathwayFormat::read(m.captured(1).toUtf8());
        QVERIFY2(p.ok(), p.ok() ? "" : qPrintable(p.error().message));
        QCOMPARE(p->name, QStringLiteral("College Certificate in Data Analytics"));
        QCOMPARE(p->nodes.at(p->indexOf(QStringLiteral("micro"))).requiredNumber, 4);
        QVERIFY(p->nodes.at(p->indexOf(QStringLiteral("first-aid"))).mustBeValid == false);
    }
};

QTEST_GUILESS_MAIN(TestDemoPathways)
#include "TestDemoPathways.moc"
