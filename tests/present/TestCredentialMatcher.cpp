// Which of a real wallet's credentials answer a verifier's query, and why the others do not: DCQL
// (type values, format, issuer and field claims, claim sets) and Presentation Exchange (JSON Schema
// filters on type and issuer), against OB 3.0 credentials of known types and issuers, a CLR, a
// VC-JWT and an OB 2.0 badge; expired, revoked and unverified matches flagged.
#include "PresentTestSupport.h"
#include "PresentTestWallet.h"

#include "present/CredentialMatcher.h"
#include "present/PresentationQueryReader.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Satchel;
using namespace PresentTest;

namespace {

const QString kRefvcIssuer = QStringLiteral("did:key:z6MkiUk57zpRo2NYLUd9N7EXQRzHAChzzzcNRKTBepMdFCXb");
const QString k1EdTechIssuer = QStringLiteral("https://example.edu/issuers/565049");

PresentationRequest dcqlRequest(const QJsonObject &query)
{
    PresentationRequest request;
    const Status read = PresentationQueryReader::readDcql(query, request);
    if (!read)
        qWarning() << read.error().message;
    return request;
}

PresentationRequest peRequest(const QJsonArray &fields, const QJsonObject &format = {{QStringLiteral("ldp_vc"), QJsonObject{}}})
{
    const QJsonObject definition{
        {QStringLiteral("id"), QStringLiteral("def")},
        {QStringLiteral("format"), format},
        {QStringLiteral("input_descriptors"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("badge")},
                                {QStringLiteral("constraints"), QJsonObject{{QStringLiteral("fields"), fields}}}}}}};
    PresentationRequest request;
    const Status read = PresentationQueryReader::readPresentationDefinition(definition, request);
    if (!read)
        qWarning() << read.error().message;
    return request;
}

QJsonObject field(const QStringList &paths, const QJsonObject &filter)
{
    return QJsonObject{{QStringLiteral("path"), QJsonArray::fromStringList(paths)}, {QStringLiteral("filter"), filter}};
}

QJsonObject typeField(const QString &type)
{
    return field({QStringLiteral("$.type"), QStringLiteral("$.vc.type")},
                 QJsonObject{{QStringLiteral("type"), QStringLiteral("array")},
                             {QStringLiteral("contains"), QJsonObject{{QStringLiteral("const"), type}}}});
}

const CandidateVerdict *verdictFor(const QueryMatches &matches, qint64 row)
{
    for (const QList<CandidateVerdict> *list : {&matches.matching, &matches.others}) {
        for (const CandidateVerdict &v : *list) {
            if (v.row == row)
                return &v;
        }
    }
    return nullptr;
}

} // namespace

class TestCredentialMatcher : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Wallet> m_wallet;
    QHash<QString, qint64> m_rows;
    QList<WalletCandidate> m_candidates;

    // The problem of the named credential for the request's first query (None: it matches).
    MatchProblem problem(const PresentationRequest &request, const QString &name)
    {
        const QList<QueryMatches> matches = CredentialMatcher::match(request, m_candidates);
        const CandidateVerdict *verdict = verdictFor(matches.first(), m_rows.value(name));
        return verdict ? verdict->problem : MatchProblem::NotPresentable;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("wallet.sqlite"));
        m_rows = fillWallet(path);
        QCOMPARE(m_rows.size(), walletFixtures().size());
        auto wallet = Wallet::open(path);
        QVERIFY(wallet.ok());
        m_wallet = std::move(*wallet);
        // As the last verification left them: one valid, one revoked, the others never verified.
        const QDateTime at = QDateTime::currentDateTimeUtc();
        QVERIFY(m_wallet->saveVerification(m_rows.value(QStringLiteral("minimal")), QStringLiteral("valid"), at, "{}").ok());
        QVERIFY(m_wallet->saveVerification(m_rows.value(QStringLiteral("rich")), QStringLiteral("revoked"), at, "{}").ok());
        auto candidates = CredentialMatcher::candidates(*m_wallet);
        QVERIFY(candidates.ok());
        m_candidates = *candidates;
        QVERIFY(m_candidates.size() >= walletFixtures().size() + 3); // the CLR's nested credentials too
    }

    void dcqlTypeAndFormat()
    {
        const PresentationRequest request = dcqlRequest(dcql(QStringLiteral("ldp_vc")));
        for (const char *name : {"minimal", "rich", "expired", "1edtech"})
            QCOMPARE(int(problem(request, QLatin1String(name))), int(MatchProblem::None));
        QCOMPARE(int(problem(request, QStringLiteral("clr"))), int(MatchProblem::WrongType));
        QCOMPARE(int(problem(request, QStringLiteral("jwt"))), int(MatchProblem::WrongFormat));
        QCOMPARE(int(problem(request, QStringLiteral("ob2"))), int(MatchProblem::NotPresentable));

        // Matches are listed with what the learner should know before sending them.
        const QueryMatches matches = CredentialMatcher::match(request, m_candidates).first();
        const CandidateVerdict *minimal = verdictFor(matches, m_rows.value(QStringLiteral("minimal")));
        QVERIFY(!minimal->expired && !minimal->revoked && !minimal->unverified);
        QCOMPARE(minimal->subjectId, QStringLiteral("did:key:z6MkjG1GQ1zEAQ3R1tSfZCjdfyDrFtwmHdhgbaVN9BpfjQ8j"));
        QVERIFY(verdictFor(matches, m_rows.value(QStringLiteral("rich")))->revoked);
        const CandidateVerdict *expired = verdictFor(matches, m_rows.value(QStringLiteral("expired")));
        QVERIFY(expired->expired && expired->unverified && expired->matches());
        // The others say why, in words.
        for (const CandidateVerdict &other : matches.others)
            QVERIFY(!other.reason.isEmpty());
        QVERIFY(matches.matching.first().reason.isEmpty());
        // The type as the credential writes it works too.
        const PresentationRequest compact = dcqlRequest(dcql(QStringLiteral("ldp_vc"), {}, QStringLiteral("badge"),
                                                             QStringLiteral("OpenBadgeCredential")));
        QCOMPARE(int(problem(compact, QStringLiteral("minimal"))), int(MatchProblem::None));
        const PresentationRequest clr = dcqlRequest(dcql(QStringLiteral("ldp_vc"), {}, QStringLiteral("badge"),
                                                         QStringLiteral("https://purl.imsglobal.org/spec/clr/vocab.html#ClrCredential")));
        QCOMPARE(int(problem(clr, QStringLiteral("clr"))), int(MatchProblem::None));
        QCOMPARE(int(problem(clr, QStringLiteral("minimal"))), int(MatchProblem::WrongType));
    }

    void dcqlIssuer()
    {
        const PresentationRequest request = dcqlRequest(
            dcql(QStringLiteral("ldp_vc"), {claim({QStringLiteral("issuer"), QStringLiteral("id")}, {kRefvcIssuer})}));
        QCOMPARE(int(problem(request, QStringLiteral("minimal"))), int(MatchProblem::None));
        QCOMPARE(int(problem(request, QStringLiteral("1edtech"))), int(MatchProblem::WrongIssuer));
        const QueryMatches matches = CredentialMatcher::match(request, m_candidates).first();
        QVERIFY(verdictFor(matches, m_rows.value(QStringLiteral("1edtech")))->reason.contains(QStringLiteral("issued by")));
    }

    void dcqlFieldMissingOrDifferent()
    {
        const QJsonArray path{QStringLiteral("credentialSubject"), QStringLiteral("achievement"), QStringLiteral("achievementType")};
        const PresentationRequest request = dcqlRequest(dcql(QStringLiteral("ldp_vc"), {claim(path, {QStringLiteral("Course")})}));
        QCOMPARE(int(problem(request, QStringLiteral("rich"))), int(MatchProblem::None));
        QCOMPARE(int(problem(request, QStringLiteral("minimal"))), int(MatchProblem::FieldMissing));
        const PresentationRequest other = dcqlRequest(dcql(QStringLiteral("ldp_vc"), {claim(path, {QStringLiteral("Degree")})}));
        QCOMPARE(int(problem(other, QStringLiteral("rich"))), int(MatchProblem::ValueMismatch));
        // The reason names the field the learner can look for, not just "credentialSubject".
        const QList<QueryMatches> differing = CredentialMatcher::match(other, m_candidates);
        const CandidateVerdict *rich = verdictFor(differing.first(), m_rows.value(QStringLiteral("rich")));
        QVERIFY(rich);
        QVERIFY2(rich->reason.contains(QStringLiteral("“achievement.achievementType”")), qPrintable(rich->reason));
        // Asking for a field without values: present is enough.
        const PresentationRequest any = dcqlRequest(dcql(QStringLiteral("ldp_vc"), {claim(path)}));
        QCOMPARE(int(problem(any, QStringLiteral("rich"))), int(MatchProblem::None));
    }

    void dcqlClaimSets()
    {
        QJsonObject course = claim({QStringLiteral("credentialSubject"), QStringLiteral("achievement"),
                                    QStringLiteral("achievementType")},
                                   {QStringLiteral("Course")});
        course.insert(QStringLiteral("id"), QStringLiteral("course"));
        QJsonObject fromEdu = claim({QStringLiteral("issuer"), QStringLiteral("id")}, {k1EdTechIssuer});
        fromEdu.insert(QStringLiteral("id"), QStringLiteral("edu"));
        QJsonObject query = dcql(QStringLiteral("ldp_vc"), {course, fromEdu});
        QJsonArray credentials = query.value(QStringLiteral("credentials")).toArray();
        QJsonObject first = credentials.first().toObject();
        first.insert(QStringLiteral("claim_sets"), QJsonArray{QJsonArray{QStringLiteral("course")}, QJsonArray{QStringLiteral("edu")}});
        credentials.replace(0, first);
        query.insert(QStringLiteral("credentials"), credentials);
        const PresentationRequest request = dcqlRequest(query);
        QCOMPARE(int(problem(request, QStringLiteral("rich"))), int(MatchProblem::None));
        QCOMPARE(int(problem(request, QStringLiteral("1edtech"))), int(MatchProblem::None));
        QVERIFY(problem(request, QStringLiteral("minimal")) != MatchProblem::None);
    }

    void dcqlJwt()
    {
        const PresentationRequest request = dcqlRequest(dcql(QStringLiteral("jwt_vc_json")));
        QCOMPARE(int(problem(request, QStringLiteral("jwt"))), int(MatchProblem::None));
        QCOMPARE(int(problem(request, QStringLiteral("minimal"))), int(MatchProblem::WrongFormat));
    }

    void presentationExchange()
    {
        const QJsonObject fromEdu = field({QStringLiteral("$.issuer.id"), QStringLiteral("$.issuer")},
                                          QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                                                      {QStringLiteral("const"), k1EdTechIssuer}});
        const PresentationRequest request = peRequest({typeField(QStringLiteral("OpenBadgeCredential")), fromEdu});
        QCOMPARE(int(problem(request, QStringLiteral("1edtech"))), int(MatchProblem::None));
        QCOMPARE(int(problem(request, QStringLiteral("minimal"))), int(MatchProblem::WrongIssuer));
        QCOMPARE(int(problem(request, QStringLiteral("clr"))), int(MatchProblem::WrongType));
        QCOMPARE(int(problem(request, QStringLiteral("jwt"))), int(MatchProblem::WrongFormat));
        // A pattern filter, and an optional field that is absent.
        QJsonObject optional = field({QStringLiteral("$.credentialSubject.nickname")}, {});
        optional.insert(QStringLiteral("optional"), true);
        const PresentationRequest pattern = peRequest(
            {field({QStringLiteral("$.issuer.id")}, QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                                                                 {QStringLiteral("pattern"), QStringLiteral("^did:key:")}}),
             optional});
        QCOMPARE(int(problem(pattern, QStringLiteral("minimal"))), int(MatchProblem::None));
        QCOMPARE(int(problem(pattern, QStringLiteral("1edtech"))), int(MatchProblem::WrongIssuer));
        // PE for a VC-JWT: paths written for its payload ($.vc.type) read the credential.
        const PresentationRequest jwt = peRequest({typeField(QStringLiteral("OpenBadgeCredential"))},
                                                  {{QStringLiteral("jwt_vp_json"), QJsonObject{}}});
        QCOMPARE(int(problem(jwt, QStringLiteral("jwt"))), int(MatchProblem::None));
        QCOMPARE(int(problem(jwt, QStringLiteral("minimal"))), int(MatchProblem::WrongFormat));
    }
};

QTEST_GUILESS_MAIN(TestCredentialMatcher)
#include "TestCredentialMatcher.moc"
