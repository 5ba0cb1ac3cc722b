// Review packets end to end in core: a packet written from a learner's wallet re-verifies to the
// same statuses; a forged receipt is caught; passphrases, truncation, flipped bytes and hostile
// zips (path traversal, unlisted, huge, too many entries) are refused cleanly.
#include "OfflineNetwork.h"
#include "ReviewTestWallet.h"
#include "backup/SealedFile.h"
#include "crypto/Hash.h"
#include "io/HtmlEscape.h"
#include "io/StandalonePagePolicy.h"
#include "review/ReviewHtml.h"
#include "review/ReviewNotes.h"
#include "review/ReviewPacketFormat.h"
#include "review/ReviewPacketReader.h"
#include "review/ReviewPacketWriter.h"
#include "review/ReviewSession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <zip.h>

using namespace Satchel;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);
const QByteArray kPassphrase = "correct horse battery staple";

ScryptParameters cheapScrypt()
{
    return ScryptParameters{quint64(1) << 10, 8, 1};
}

using Entries = QList<QPair<QString, QByteArray>>;

// A zip written with libzip directly, so that it can hold what ArchiveWriter refuses to write.
QByteArray rawZip(const QString &path, const Entries &entries)
{
    int error = 0;
    zip_t *zip = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!zip)
        return {};
    for (const auto &[name, data] : entries) {
        zip_source_t *source = zip_source_buffer(zip, data.constData(), zip_uint64_t(data.size()), 0);
        if (!source || zip_file_add(zip, name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8) < 0) {
            zip_source_free(source);
            zip_discard(zip);
            return {};
        }
    }
    if (zip_close(zip) != 0)
        return {};
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray manifestListing(const Entries &entries, const QJsonArray &credentials = {})
{
    QJsonArray list;
    for (const auto &[name, data] : entries) {
        list.append(QJsonObject{{QStringLiteral("name"), name},
                                {QStringLiteral("size"), double(data.size())},
                                {QStringLiteral("sha256"), QString::fromLatin1(Hash::sha256(data).toHex())}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("satchel-review-packet")},
                                     {QStringLiteral("formatVersion"), 1},
                                     {QStringLiteral("credentials"), credentials},
                                     {QStringLiteral("entries"), list}})
        .toJson();
}

QString statusOf(const Wallet &wallet, qint64 id)
{
    auto stored = wallet.credential(id);
    return stored ? stored->summary.status : QString();
}

} // namespace

class TestReviewPacket : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_walletPath;
    QString m_tamperedWalletPath; // di-rich.json's tampered copy shares its id, so it lives apart
    QList<qint64> m_ids;
    qint64 m_tampered = 0;
    qint64 m_tamperedMinimal = 0;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    ReviewResult reviewFile(const QString &file, QByteArrayView passphrase = {})
    {
        auto packet = ReviewPacketReader::read(file, passphrase);
        if (!packet)
            qWarning("read failed: %s %s", qPrintable(packet.error().code), qPrintable(packet.error().message));
        if (!packet)
            return {};
        ReviewOptions options;
        options.now = kNow;
        options.network = SatchelTest::offlineNetwork();
        auto result = ReviewSession::review(*packet, options);
        return result ? *result : ReviewResult{};
    }

    Status writePacket(const ReviewSelection &selection, const QString &out, QByteArrayView passphrase = {},
                       const QString &walletPath = {})
    {
        auto wallet = Wallet::open(walletPath.isEmpty() ? m_walletPath : walletPath);
        if (!wallet)
            return wallet.error();
        const ReviewPacketWriter writer(**wallet);
        auto plan = writer.plan(selection);
        if (!plan)
            return plan.error();
        return writer.write(*plan, out, passphrase, cheapScrypt());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_walletPath = path(QStringLiteral("learner.sqlite"));
        auto wallet = Wallet::open(m_walletPath);
        QVERIFY(wallet.ok());
        for (const QString &fixture : {QStringLiteral("ob3/di-rich.json"), QStringLiteral("ob3/di-minimal.json"),
                                       QStringLiteral("ob3/jwt-eddsa-didkey.jwt"), QStringLiteral("ob3/di-invalid-expired.json")}) {
            const qint64 id = ReviewTestWallet::importFixture(**wallet, fixture);
            QVERIFY2(id > 0, qPrintable(fixture));
            m_ids.append(id);
        }
        QVERIFY((*wallet)->addIdentity(QStringLiteral("email"), QStringLiteral("learner@example.org")).ok());
        ReviewTestWallet::verifyOffline(**wallet, kNow);
        QCOMPARE(statusOf(**wallet, m_ids.at(0)), QStringLiteral("valid"));
        QCOMPARE(statusOf(**wallet, m_ids.at(3)), QStringLiteral("expired"));

        m_tamperedWalletPath = path(QStringLiteral("tampered.sqlite"));
        auto tampered = Wallet::open(m_tamperedWalletPath);
        QVERIFY(tampered.ok());
        m_tamperedMinimal = ReviewTestWallet::importFixture(**tampered, QStringLiteral("ob3/di-minimal.json"));
        m_tampered = ReviewTestWallet::importFixture(**tampered, QStringLiteral("ob3/di-invalid-tampered-achievement-description.json"));
        QVERIFY(m_tampered > 0 && m_tamperedMinimal > 0 && m_tampered != m_tamperedMinimal);
        ReviewTestWallet::verifyOffline(**tampered, kNow);
        QCOMPARE(statusOf(**tampered, m_tampered), QStringLiteral("invalid"));
    }

    void roundTripReverifiesToTheSameStatuses()
    {
        ReviewSelection selection;
        selection.credentialIds = m_ids;
        selection.learnerName = QStringLiteral("Nadia Nakamura");
        const QString out = path(QStringLiteral("roundtrip.satchel-review"));
        const Status written = writePacket(selection, out);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
        QVERIFY(!ReviewPacketReader::isEncrypted(out));

        auto packet = ReviewPacketReader::read(out);
        QVERIFY2(packet.ok(), qPrintable(packet.ok() ? QString() : packet.error().message));
        QCOMPARE(packet->learnerName, QStringLiteral("Nadia Nakamura"));
        QCOMPARE(packet->credentials.size(), m_ids.size());
        QCOMPARE(packet->manifestSha256.size(), 64);
        QVERIFY(packet->identities.isEmpty()); // never included unless chosen
        // The original bytes, exactly as stored.
        QCOMPARE(packet->credentials.at(0).bytes, ReviewTestWallet::readFixture(QStringLiteral("ob3/di-rich.json")));
        QCOMPARE(packet->credentials.at(2).bytes, ReviewTestWallet::readFixture(QStringLiteral("ob3/jwt-eddsa-didkey.jwt")));
        QVERIFY(packet->credentials.at(0).image.startsWith("<svg"));

        const ReviewResult result = reviewFile(out);
        QCOMPARE(result.credentials.size(), m_ids.size());
        const QStringList expected{QStringLiteral("valid"), QStringLiteral("valid"), QStringLiteral("valid"),
                                   QStringLiteral("expired")};
        for (int i = 0; i < result.credentials.size(); ++i) {
            const ReviewedCredential &c = result.credentials.at(i);
            QCOMPARE(c.status, expected.at(i));
            QCOMPARE(c.receiptStatus, expected.at(i));
            QVERIFY(!c.differs());
        }
        QCOMPARE(result.differing(), 0);
        QVERIFY(!result.cancelled);
        // di-rich.json states 6 credits earned and jwt-eddsa-didkey.jwt 9; the others none.
        QCOMPARE(result.totalCredits, 15.0);
        QCOMPARE(result.timeline().size(), m_ids.size());
        // The report PDF (ui/review/ReviewReportPdf) is tested with the review window.
    }

    void countsFollowTheVerificationAsItGoes()
    {
        ReviewSelection selection;
        selection.credentialIds = m_ids; // valid, valid, valid, expired
        const QString out = path(QStringLiteral("counts.satchel-review"));
        QVERIFY(writePacket(selection, out).ok());
        auto packet = ReviewPacketReader::read(out);
        QVERIFY(packet.ok());
        ReviewOptions options;
        options.now = kNow;
        options.network = SatchelTest::offlineNetwork();
        ReviewCounts live;
        QList<int> done;
        options.progress = [&](int n, int total, const QString &status) {
            QCOMPARE(total, 4);
            done << n;
            live.add(status);
        };
        auto result = ReviewSession::review(*packet, options);
        QVERIFY(result.ok());
        QCOMPARE(done, (QList<int>{1, 2, 3, 4}));
        const ReviewCounts counts = result->counts();
        QCOMPARE(counts.valid, 3);
        QCOMPARE(counts.notValid, 1);
        QCOMPARE(counts.notChecked, 0);
        QCOMPARE(live.text(), counts.text());
        QCOMPARE(counts.text(), QStringLiteral("3 valid · 1 not valid · 0 could not be checked"));
        QVERIFY(result->walletPath.isEmpty()); // no workspace asked for: nothing is kept
    }

    void keptWorkspaceHoldsTheReviewWallet()
    {
        ReviewSelection selection;
        selection.credentialIds = {m_ids.at(0)};
        const QString out = path(QStringLiteral("kept.satchel-review"));
        QVERIFY(writePacket(selection, out).ok());
        auto packet = ReviewPacketReader::read(out);
        QVERIFY(packet.ok());
        QTemporaryDir workspace;
        ReviewOptions options;
        options.now = kNow;
        options.network = SatchelTest::offlineNetwork();
        options.workspace = workspace.path();
        auto result = ReviewSession::review(*packet, options);
        QVERIFY(result.ok());
        QCOMPARE(result->walletPath, workspace.filePath(QStringLiteral("review.sqlite")));
        auto wallet = Wallet::open(result->walletPath);
        QVERIFY(wallet.ok());
        auto stored = (*wallet)->credential(result->credentials.at(0).walletId);
        QVERIFY(stored.ok());
        QCOMPARE(stored->summary.status, QStringLiteral("valid")); // Satchel's own verdict, saved
        QVERIFY(stored->verificationReport.contains(QLatin1String("\"signature\"")));
        // di-rich.json aligns to two skills.
        QCOMPARE(result->credentials.at(0).skills.size(), 2);
    }

    void allCredentialsTakesTheWholeWallet()
    {
        auto wallet = Wallet::open(m_walletPath);
        QVERIFY(wallet.ok());
        ReviewSelection selection;
        selection.allCredentials = true;
        auto plan = ReviewPacketWriter(**wallet).plan(selection);
        QVERIFY(plan.ok());
        QCOMPARE(plan->credentials.size(), m_ids.size());
        QList<qint64> planned;
        for (const ReviewPacketPlan::Item &item : plan->credentials)
            planned << item.id;
        std::sort(planned.begin(), planned.end());
        QList<qint64> ids = m_ids;
        std::sort(ids.begin(), ids.end());
        QCOMPARE(planned, ids);
    }

    // The report does not call a genuine badge that names someone else plainly "Valid".
    void reportSaysNotTheLearners()
    {
        ReviewResult result;
        result.reviewedAt = QDateTime::currentDateTimeUtc();
        ReviewedCredential theirs;
        theirs.name = QStringLiteral("Someone Else's Badge");
        theirs.status = QStringLiteral("valid");
        theirs.checks = {{QStringLiteral("proof"), CheckOutcome::Pass, QStringLiteral("The signature matches.")},
                         {QStringLiteral("recipient-mismatch"), CheckOutcome::Warn,
                          QStringLiteral("It names none of the learner's identities.")}};
        ReviewedCredential own = theirs;
        own.name = QStringLiteral("Own Badge");
        own.checks.last().outcome = CheckOutcome::Pass;
        result.credentials = {theirs, own};
        const QString html = ReviewHtml::report(result, QString());
        QCOMPARE(html.count(QStringLiteral("Valid, but not issued to the learner")), 1);
        QVERIFY(html.contains(HtmlEscape::escape(QStringLiteral("It names none of the learner's identities."))));
        QCOMPARE(html.count(QStringLiteral("every check passed.")), 1); // the learner's own badge only
    }

    void reasonsReadAsText()
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QCOMPARE(ReviewHtml::readableReason(QStringLiteral("The credential expired on 2021-02-23T12:17:40Z.")),
                 QStringLiteral("The credential expired on 23 February 2021."));
        QCOMPARE(ReviewHtml::readableReason(QStringLiteral("The key at https://keys.example.org/a/b.json?x=1 could not be fetched (HTTP 404).")),
                 QStringLiteral("The key at keys.example.org could not be fetched (HTTP 404)."));
        QCOMPARE(ReviewHtml::issuerText(QStringLiteral("did:key:z6MkiUk57zpRo2NYLUd9N7EXQRzHAChzzzcNRKTBepMdFCXb")),
                 QStringLiteral("did:key:z6MkiUk57zpR…"));
        QCOMPARE(ReviewHtml::issuerText(QStringLiteral("Example University")), QStringLiteral("Example University"));
        QLocale::setDefault(before);
    }

    void forgedReceiptForTamperedCredentialShowsInvalid()
    {
        {
            auto wallet = Wallet::open(m_tamperedWalletPath);
            QVERIFY(wallet.ok());
            // The learner's wallet (or the learner) claims the tampered credential is valid.
            QVERIFY((*wallet)->saveVerification(m_tampered, QStringLiteral("valid"), kNow, QByteArray("{}")).ok());
        }
        ReviewSelection selection;
        selection.credentialIds = {m_tamperedMinimal, m_tampered};
        const QString out = path(QStringLiteral("forged.satchel-review"));
        QVERIFY(writePacket(selection, out, {}, m_tamperedWalletPath).ok());
        const ReviewResult result = reviewFile(out);
        QCOMPARE(result.credentials.size(), 2);
        QCOMPARE(result.credentials.at(0).status, QStringLiteral("valid"));
        QVERIFY(!result.credentials.at(0).differs());
        const ReviewedCredential &tampered = result.credentials.at(1);
        QCOMPARE(tampered.receiptStatus, QStringLiteral("valid"));
        QCOMPARE(tampered.status, QStringLiteral("invalid"));
        QCOMPARE(tampered.reasonCode, QStringLiteral("signature"));
        QVERIFY(tampered.differs());
        QCOMPARE(result.differing(), 1);
        const QJsonObject json = result.toJson();
        QCOMPARE(json.value(QStringLiteral("differing")).toInt(), 1);
        // An invalid credential's skills are listed as not counted.
        bool sawNotCounted = false;
        for (const SkillFramework &f : result.skills.frameworks)
            for (const SkillEntry &s : f.skills)
                sawNotCounted |= !s.notCounted.isEmpty();
        QVERIFY(sawNotCounted);
        QCOMPARE(result.totalCredits, 0.0); // the tampered copy's 6 credits do not count
    }

    void pathwayBringsItsCredentials()
    {
        QVERIFY(ReviewTestWallet::addWritingPathway(m_walletPath));
        ReviewSelection selection;
        selection.pathwayId = QStringLiteral("urn:test:pathway:writing");
        auto wallet = Wallet::open(m_walletPath);
        QVERIFY(wallet.ok());
        auto plan = ReviewPacketWriter(**wallet).plan(selection);
        QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().message));
        QCOMPARE(plan->credentials.size(), 1); // only di-rich.json counts toward it
        QCOMPARE(plan->credentials.at(0).id, m_ids.at(0));
        QCOMPARE(plan->pathways.size(), 1);

        const QString out = path(QStringLiteral("pathway.satchel-review"));
        QVERIFY(writePacket(selection, out).ok());
        const ReviewResult result = reviewFile(out);
        QCOMPARE(result.pathways.size(), 1);
        QCOMPARE(result.pathways.at(0).name, QStringLiteral("Technical communication"));
        QCOMPARE(result.pathways.at(0).satisfied, false);
        QCOMPARE(qRound(result.pathways.at(0).percent), 50);
        QVERIFY(!result.pathways.at(0).rows.isEmpty());

        // Choosing the credential alone brings the pathway it counts toward.
        ReviewSelection byCredential;
        byCredential.credentialIds = {m_ids.at(0)};
        plan = ReviewPacketWriter(**wallet).plan(byCredential);
        QVERIFY(plan.ok());
        QCOMPARE(plan->pathways.size(), 1);
        byCredential.credentialIds = {m_ids.at(1)};
        plan = ReviewPacketWriter(**wallet).plan(byCredential);
        QVERIFY(plan.ok());
        QCOMPARE(plan->pathways.size(), 0);
        ReviewSelection unknown;
        unknown.pathwayId = QStringLiteral("urn:test:none");
        QCOMPARE(ReviewPacketWriter(**wallet).plan(unknown).error().code, QStringLiteral("pathway-not-found"));
    }

    void identitiesOnlyWhenChosen()
    {
        ReviewSelection selection;
        selection.credentialIds = {m_ids.at(1)};
        selection.includeIdentities = true;
        const QString out = path(QStringLiteral("identities.satchel-review"));
        QVERIFY(writePacket(selection, out).ok());
        auto packet = ReviewPacketReader::read(out);
        QVERIFY(packet.ok());
        QCOMPARE(packet->identities.size(), 1);
        QCOMPARE(packet->identities.at(0).second, QStringLiteral("learner@example.org"));
    }

    void emptySelectionIsRefused()
    {
        auto wallet = Wallet::open(m_walletPath);
        QVERIFY(wallet.ok());
        auto plan = ReviewPacketWriter(**wallet).plan(ReviewSelection{});
        QVERIFY(!plan.ok());
        QCOMPARE(plan.error().code, QStringLiteral("review-empty"));
        ReviewSelection unknown;
        unknown.collection = QStringLiteral("no such collection");
        plan = ReviewPacketWriter(**wallet).plan(unknown);
        QVERIFY(!plan.ok());
        QCOMPARE(plan.error().code, QStringLiteral("collection-not-found"));
    }

    void encryptedRoundTripAndWrongPassphrase()
    {
        ReviewSelection selection;
        selection.credentialIds = {m_ids.at(0), m_ids.at(2)};
        const QString out = path(QStringLiteral("sealed.satchel-review"));
        QVERIFY(writePacket(selection, out, kPassphrase).ok());
        QVERIFY(ReviewPacketReader::isEncrypted(out));

        auto noPassphrase = ReviewPacketReader::read(out);
        QVERIFY(!noPassphrase.ok());
        QCOMPARE(noPassphrase.error().code, QStringLiteral("review-needs-passphrase"));
        auto wrong = ReviewPacketReader::read(out, "not the passphrase");
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().code, QStringLiteral("review-wrong-passphrase"));
        QVERIFY(!wrong.error().message.isEmpty());

        const ReviewResult result = reviewFile(out, kPassphrase);
        QVERIFY(result.encrypted);
        QCOMPARE(result.credentials.size(), 2);
        QCOMPARE(result.credentials.at(0).status, QStringLiteral("valid"));
        QCOMPARE(result.credentials.at(1).status, QStringLiteral("valid"));
    }

    void truncatedFilesAreRefused_data()
    {
        QTest::addColumn<bool>("sealed");
        QTest::newRow("plain zip") << false;
        QTest::newRow("encrypted") << true;
    }

    void truncatedFilesAreRefused()
    {
        QFETCH(bool, sealed);
        ReviewSelection selection;
        selection.credentialIds = {m_ids.at(0)};
        const QString out = path(QStringLiteral("truncated.satchel-review"));
        QVERIFY(writePacket(selection, out, sealed ? QByteArrayView(kPassphrase) : QByteArrayView()).ok());
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.resize(file.size() - 100));
        file.close();
        auto packet = ReviewPacketReader::read(out, sealed ? QByteArrayView(kPassphrase) : QByteArrayView());
        QVERIFY(!packet.ok());
        QCOMPARE(packet.error().code, QStringLiteral("review-truncated"));
    }

    void flippedByteIsRefused_data()
    {
        QTest::addColumn<bool>("sealed");
        QTest::newRow("plain zip") << false;
        QTest::newRow("encrypted") << true;
    }

    void flippedByteIsRefused()
    {
        QFETCH(bool, sealed);
        ReviewSelection selection;
        selection.credentialIds = {m_ids.at(0)};
        const QString out = path(QStringLiteral("flipped.satchel-review"));
        QVERIFY(writePacket(selection, out, sealed ? QByteArrayView(kPassphrase) : QByteArrayView()).ok());
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray bytes = file.readAll();
        bytes[bytes.size() / 3] = char(bytes.at(bytes.size() / 3) ^ 0x01);
        QVERIFY(file.seek(0));
        QCOMPARE(file.write(bytes), bytes.size());
        file.close();
        auto packet = ReviewPacketReader::read(out, sealed ? QByteArrayView(kPassphrase) : QByteArrayView());
        QVERIFY(!packet.ok());
        if (sealed)
            QCOMPARE(packet.error().code, QStringLiteral("review-wrong-passphrase"));
        else
            QVERIFY2(packet.error().code.startsWith(QLatin1String("review-")), qPrintable(packet.error().code));
        QVERIFY(!packet.error().message.isEmpty());
    }

    void changedEntryFailsItsHash()
    {
        const QByteArray credential = ReviewTestWallet::readFixture(QStringLiteral("ob3/di-minimal.json"));
        const Entries listed{{QStringLiteral("credentials/c1/credential.json"), credential}};
        const QJsonArray credentials{QJsonObject{{QStringLiteral("id"), QStringLiteral("c1")},
                                                 {QStringLiteral("file"), QStringLiteral("credentials/c1/credential.json")}}};
        QByteArray changed = credential;
        changed.replace("Cloud", "Crowd");
        QVERIFY(changed != credential);
        const QByteArray zip = rawZip(path(QStringLiteral("hash.zip")),
                                      {{QStringLiteral("manifest.json"), manifestListing(listed, credentials)},
                                       {QStringLiteral("credentials/c1/credential.json"), changed}});
        auto packet = ReviewPacketReader::fromZip(zip);
        QVERIFY(!packet.ok());
        QCOMPARE(packet.error().code, QStringLiteral("review-hash-mismatch"));

        // The same packet, unchanged, reads.
        const QByteArray good = rawZip(path(QStringLiteral("hash-ok.zip")),
                                       {{QStringLiteral("manifest.json"), manifestListing(listed, credentials)},
                                        listed.at(0)});
        QVERIFY(ReviewPacketReader::fromZip(good).ok());
    }

    void hostileZipsAreRefused_data()
    {
        QTest::addColumn<QString>("entryName");
        QTest::newRow("dot-dot") << QStringLiteral("../../evil.json");
        QTest::newRow("dot-dot inside") << QStringLiteral("credentials/../../evil.json");
        QTest::newRow("absolute") << QStringLiteral("/etc/passwd");
        QTest::newRow("drive") << QStringLiteral("C:/Windows/evil.json");
        QTest::newRow("backslash") << QStringLiteral("..\\evil.json");
    }

    void hostileZipsAreRefused()
    {
        QFETCH(QString, entryName);
        const Entries evil{{entryName, QByteArray("{}")}};
        const QByteArray zip = rawZip(path(QStringLiteral("evil.zip")),
                                      {{QStringLiteral("manifest.json"), manifestListing({})}, evil.at(0)});
        QVERIFY(!zip.isEmpty());
        auto packet = ReviewPacketReader::fromZip(zip);
        QVERIFY(!packet.ok());
        QCOMPARE(packet.error().code, QStringLiteral("review-unsafe-entry"));
        QVERIFY(packet.error().message.contains(entryName));
    }

    void unlistedEntryIsRefused()
    {
        const QByteArray zip = rawZip(path(QStringLiteral("unlisted.zip")),
                                      {{QStringLiteral("manifest.json"), manifestListing({})},
                                       {QStringLiteral("extra.json"), QByteArray("{}")}});
        auto packet = ReviewPacketReader::fromZip(zip);
        QVERIFY(!packet.ok());
        QCOMPARE(packet.error().code, QStringLiteral("review-malformed"));
    }

    void hugeEntryIsRefused()
    {
        const QByteArray huge(ReviewPacketFormat::kMaxEntryBytes + 1, 'a');
        const Entries listed{{QStringLiteral("big.json"), huge}};
        const QByteArray zip = rawZip(path(QStringLiteral("huge.zip")),
                                      {{QStringLiteral("manifest.json"), manifestListing(listed)}, listed.at(0)});
        auto packet = ReviewPacketReader::fromZip(zip);
        QVERIFY(!packet.ok());
        QCOMPARE(packet.error().code, QStringLiteral("review-too-large"));
    }

    void tooManyEntriesAreRefused()
    {
        Entries entries{{QStringLiteral("manifest.json"), manifestListing({})}};
        for (int i = 0; i < ReviewPacketFormat::kMaxEntries + 1; ++i)
            entries.append({QStringLiteral("e%1").arg(i), QByteArray()});
        const QByteArray zip = rawZip(path(QStringLiteral("many.zip")), entries);
        QVERIFY(!zip.isEmpty());
        auto packet = ReviewPacketReader::fromZip(zip);
        QVERIFY(!packet.ok());
        QCOMPARE(packet.error().code, QStringLiteral("review-too-large"));
    }

    void summaryPageCarriesTheStandalonePolicy()
    {
        // summary.html is for any browser, like the verification page: no script, no remote load,
        // whatever a credential's text holds.
        ReviewPacketPlan plan;
        plan.learnerName = QStringLiteral("<script>alert(1)</script>");
        const QString html = ReviewHtml::packetSummary(plan, SkillsSummary());
        QVERIFY(html.contains(StandalonePagePolicy::headMeta()));
        QVERIFY(html.indexOf(StandalonePagePolicy::headMeta()) < html.indexOf(QLatin1String("<title>")));
        QVERIFY(!html.contains(QLatin1String("<script>")));
    }

    void notAPacket()
    {
        const QString file = path(QStringLiteral("text.satchel-review"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("hello");
        out.close();
        auto packet = ReviewPacketReader::read(file);
        QVERIFY(!packet.ok());
        QCOMPARE(packet.error().code, QStringLiteral("review-malformed"));
        // A backup is a sealed file too, but not a review packet.
        QVERIFY(!SealedFile::hasMagic(QByteArrayLiteral("SATCHBK\x1a"), ReviewPacketFormat::sealedMagic()));
    }

    void advisorNotesAreKeyedByManifest()
    {
        auto advisor = Wallet::open(path(QStringLiteral("advisor.sqlite")));
        QVERIFY(advisor.ok());
        const QString hash(64, u'a');
        QVERIFY(ReviewNotes::load(**advisor, hash).isEmpty());
        QVERIFY(ReviewNotes::save(**advisor, hash, QStringLiteral("Suggest the data course.")).ok());
        QCOMPARE(ReviewNotes::load(**advisor, hash), QStringLiteral("Suggest the data course."));
        QVERIFY(ReviewNotes::load(**advisor, QString(64, u'b')).isEmpty());
    }
};

QTEST_MAIN(TestReviewPacket)
#include "TestReviewPacket.moc"
