// Presenting an SD-JWT VC: which Disclosures go for which claims paths, against RFC 9901's own
// examples (tests/data/sdjwt, SOURCES there). The known answers are the RFC's presentations: §5.2
// discloses given_name, family_name, address and the first nationalities element of the §5.1
// SD-JWT; Appendix A.3's presentation discloses age_equal_or_over/18 (a recursive Disclosure with
// its parent) and nationalities of the A.3 SD-JWT VC. Exactly those, nothing more. Then the Key
// Binding JWT and the refusals (no cnf under a query that requires binding, another key than cnf's).
#include "crypto/Jws.h"
#include "crypto/P256KeyPair.h"
#include "crypto/P256SigningKey.h"
#include "formats/SdJwt.h"
#include "present/CredentialMatcher.h"
#include "present/SdJwtPresentation.h"

#include <QFile>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

#include <functional>

using namespace Satchel;

namespace {

QByteArray vector(const QString &name)
{
    QFile file(QStringLiteral(SATCHEL_TEST_DATA_DIR "/sdjwt/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed() : QByteArray();
}

// The encoded Disclosures of a serialization, as a set (the RFC orders its presentations freely).
QSet<QByteArray> disclosuresOf(const QByteArray &serialization)
{
    QList<QByteArray> parts = serialization.split('~');
    return QSet<QByteArray>(parts.begin() + 1, parts.end() - 1);
}

template <typename T>
QString why(const Result<T> &result)
{
    return result ? QString() : result.error().message;
}

RequestedCredential query(const QList<QJsonArray> &paths, bool binding = true)
{
    RequestedCredential q;
    q.id = QStringLiteral("pid");
    q.formats = {QStringLiteral("dc+sd-jwt")};
    q.requireHolderBinding = binding;
    for (const QJsonArray &path : paths)
        q.claims.append(ClaimConstraint{{}, {path}, {}, {}, false});
    return q;
}

// A variant of an RFC SD-JWT with its payload changed (cnf): the same Disclosures, a dummy
// signature. Presenting never checks the issuer's signature (the wallet verified it on import).
QByteArray withPayload(const QByteArray &serialization, const std::function<void(QJsonObject &)> &edit)
{
    auto sdJwt = SdJwt::parse(serialization);
    QJsonObject payload = sdJwt->payload();
    edit(payload);
    const QByteArray jwt = Jws::assemble(sdJwt->header(), QJsonDocument(payload).toJson(QJsonDocument::Compact),
                                         QByteArray(64, '\1'));
    return jwt + serialization.mid(sdJwt->issuerJwt().size());
}

} // namespace

class TestSdJwtPresentation : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void selection_data();
    void selection();
    void claimSets();
    void keyBinding();
    void refusals();
    void matching();
};

void TestSdJwtPresentation::selection_data()
{
    QTest::addColumn<QString>("issued");
    QTest::addColumn<QList<QJsonArray>>("paths");
    QTest::addColumn<QStringList>("expected"); // the disclosed claims, in the SD-JWT's order
    QTest::addColumn<QString>("published");    // the RFC's presentation of the same claims, if it has one

    const QString rfc51 = QStringLiteral("rfc9901-5.1-issued.txt");
    const QString a3 = QStringLiteral("rfc9901-A.3-issued.txt");
    QTest::newRow("§5.2's presentation")
        << rfc51
        << QList<QJsonArray>{{"given_name"}, {"family_name"}, {"address"}, {"nationalities", 0}}
        << QStringList{"given_name", "family_name", "address", "nationalities[0]"}
        << QStringLiteral("rfc9901-5.2-presentation.txt");
    QTest::newRow("A.3's presentation: a recursive Disclosure with its parent, a whole array claim")
        << a3 << QList<QJsonArray>{{"age_equal_or_over", "18"}, {"nationalities"}}
        << QStringList{"nationalities", "age_equal_or_over.18", "age_equal_or_over"}
        << QStringLiteral("rfc9901-A.3-presentation.txt");
    QTest::newRow("nested: the address's locality only, not place_of_birth's")
        << a3 << QList<QJsonArray>{{"address", "locality"}} << QStringList{"address.locality", "address"} << QString();
    QTest::newRow("a selected object goes whole")
        << a3 << QList<QJsonArray>{{"address"}}
        << QStringList{"address.street_address", "address.locality", "address.postal_code", "address.country",
                       "address"}
        << QString();
    QTest::newRow("array elements: every one (null)")
        << rfc51 << QList<QJsonArray>{{"nationalities", QJsonValue::Null}}
        << QStringList{"nationalities[0]", "nationalities[1]"} << QString();
    QTest::newRow("array elements: the second") << rfc51 << QList<QJsonArray>{{"nationalities", 1}}
                                                 << QStringList{"nationalities[1]"} << QString();
    QTest::newRow("an open claim needs no Disclosure") << rfc51 << QList<QJsonArray>{{"iss"}} << QStringList() << QString();
    QTest::newRow("no claims asked: none") << a3 << QList<QJsonArray>{} << QStringList() << QString();
    QTest::newRow("a claim it does not have") << a3 << QList<QJsonArray>{{"address", "region"}} << QStringList() << QString();
}

void TestSdJwtPresentation::selection()
{
    QFETCH(QString, issued);
    QFETCH(QList<QJsonArray>, paths);
    QFETCH(QStringList, expected);
    QFETCH(QString, published);
    const QByteArray stored = vector(issued);
    auto disclosed = SdJwtPresentation::disclosedClaims(stored, query(paths));
    QVERIFY2(disclosed, qPrintable(why(disclosed)));
    QCOMPARE(*disclosed, expected);

    // The presentation carries exactly those Disclosures, and a verifier's processing accepts them.
    const P256SigningKey other(std::move(P256KeyPair::generate().value()));
    auto stripped = SdJwtPresentation::present(withPayload(stored, [](QJsonObject &p) { p.remove("cnf"); }),
                                               query(paths, false), other, {}, {});
    QVERIFY2(stripped, qPrintable(why(stripped)));
    QVERIFY(stripped->endsWith('~')); // no cnf, binding not required: no Key Binding JWT
    QCOMPARE(disclosuresOf(*stripped).size(), expected.size());
    QVERIFY(disclosuresOf(stored).contains(disclosuresOf(*stripped)));
    QVERIFY(SdJwt::parse(*stripped)->processedClaims());
    if (!published.isEmpty())
        QCOMPARE(disclosuresOf(*stripped), disclosuresOf(vector(published)));
}

void TestSdJwtPresentation::claimSets()
{
    // §6.4.1: the first claim set the credential satisfies decides what is disclosed.
    RequestedCredential q = query({});
    q.claims = {ClaimConstraint{QStringLiteral("a"), {QJsonArray{"address", "region"}}, {}, {}, false},
                ClaimConstraint{QStringLiteral("b"), {QJsonArray{"birthdate"}}, {}, {}, false},
                ClaimConstraint{QStringLiteral("c"), {QJsonArray{"given_name"}}, {}, {}, false}};
    q.claimSets = {{QStringLiteral("a"), QStringLiteral("b")}, {QStringLiteral("b"), QStringLiteral("c")}};
    auto disclosed = SdJwtPresentation::disclosedClaims(vector(QStringLiteral("rfc9901-A.3-issued.txt")), q);
    QVERIFY(disclosed);
    QCOMPARE(*disclosed, (QStringList{"given_name", "birthdate"}));
}

void TestSdJwtPresentation::keyBinding()
{
    const P256SigningKey holder(std::move(P256KeyPair::generate().value()));
    const QJsonObject jwk = QJsonDocument::fromJson(holder.publicJwk()).object();
    const QByteArray stored = withPayload(vector(QStringLiteral("rfc9901-5.1-issued.txt")),
                                          [&jwk](QJsonObject &p) { p.insert("cnf", QJsonObject{{"jwk", jwk}}); });
    const QDateTime at = QDateTime::fromSecsSinceEpoch(1780000000, Qt::UTC);
    auto presented = SdJwtPresentation::present(stored, query({{"family_name"}}), holder,
                                                QStringLiteral("redirect_uri:https://v.example/cb"),
                                                QStringLiteral("nonce-1"), at);
    QVERIFY2(presented, qPrintable(why(presented)));
    auto sdJwt = SdJwt::parse(*presented);
    QVERIFY(sdJwt);
    QCOMPARE(sdJwt->disclosures().size(), 1);
    QCOMPARE(sdJwt->disclosures().first().name, QStringLiteral("family_name"));
    auto kb = Jws::parse(sdJwt->keyBindingJwt());
    QVERIFY(kb);
    QVERIFY(kb->verify(*PublicKey::fromJwk(jwk), {SignatureAlgorithm::ES256}));
    QCOMPARE(kb->header(), (QJsonObject{{"alg", "ES256"}, {"typ", "kb+jwt"}}));
    const QJsonObject claims = *kb->payloadObject();
    QCOMPARE(claims.value("aud").toString(), QStringLiteral("redirect_uri:https://v.example/cb"));
    QCOMPARE(claims.value("nonce").toString(), QStringLiteral("nonce-1"));
    QCOMPARE(claims.value("iat").toInteger(), 1780000000);
    QCOMPARE(claims.value("sd_hash").toString(),
             QString::fromLatin1(*SdJwt::digest(QStringLiteral("sha-256"), sdJwt->presentedPart())));
    QCOMPARE(claims.size(), 4);
}

void TestSdJwtPresentation::refusals()
{
    const P256SigningKey stranger(std::move(P256KeyPair::generate().value()));
    const QByteArray stored = vector(QStringLiteral("rfc9901-A.3-issued.txt"));
    auto notMine = SdJwtPresentation::present(stored, query({{"given_name"}}), stranger, {}, {});
    QVERIFY(!notMine);
    QCOMPARE(notMine.error().code, QStringLiteral("key-not-bound"));

    const QByteArray unbound = withPayload(stored, [](QJsonObject &p) { p.remove("cnf"); });
    auto required = SdJwtPresentation::present(unbound, query({{"given_name"}}), stranger, {}, {});
    QVERIFY(!required);
    QCOMPARE(required.error().code, QStringLiteral("holder-binding"));
    QCOMPARE(required.error().message, SdJwtPresentation::unbound().message);
}

// CredentialMatcher on SD-JWT VCs: vct, claims with Disclosures in place, holder binding.
void TestSdJwtPresentation::matching()
{
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1780000000, Qt::UTC);
    const QByteArray a3 = vector(QStringLiteral("rfc9901-A.3-issued.txt"));
    const auto judge = [&now](const RequestedCredential &q, const QByteArray &bytes, bool keyMissing = false) {
        WalletCandidate candidate = CredentialMatcher::candidateFrom(7, CredentialFormat::SdJwtVc, bytes);
        candidate.status = QStringLiteral("valid");
        candidate.holderKeyMissing = keyMissing;
        return CredentialMatcher::judge(q, QueryLanguage::Dcql, candidate, now);
    };
    RequestedCredential pid = query({{"address", "locality"}});
    pid.vctValues = {QStringLiteral("urn:eudi:pid:de:1")};
    const CandidateVerdict matched = judge(pid, a3);
    QVERIFY2(matched.matches(), qPrintable(matched.reason));
    QVERIFY(matched.selective);
    QCOMPARE(matched.disclosed, (QStringList{"address.locality", "address"}));

    RequestedCredential other = pid;
    other.vctValues = {QStringLiteral("urn:eudi:pid:fr:1")};
    QCOMPARE(judge(other, a3).problem, MatchProblem::WrongType);
    RequestedCredential missing = query({{"address", "region"}});
    QCOMPARE(judge(missing, a3).problem, MatchProblem::FieldMissing);
    QCOMPARE(judge(pid, a3, true).problem, MatchProblem::NoHolderBinding);
    const QByteArray unbound = withPayload(a3, [](QJsonObject &p) { p.remove("cnf"); });
    const CandidateVerdict refused = judge(pid, unbound);
    QCOMPARE(refused.problem, MatchProblem::NoHolderBinding);
    QCOMPARE(refused.reason, SdJwtPresentation::unbound().message);
    pid.requireHolderBinding = false;
    QVERIFY(judge(pid, unbound).matches());
    RequestedCredential ldp = pid;
    ldp.formats = {QStringLiteral("ldp_vc")};
    QCOMPARE(judge(ldp, a3).problem, MatchProblem::WrongFormat);
}

QTEST_GUILESS_MAIN(TestSdJwtPresentation)
#include "TestSdJwtPresentation.moc"
