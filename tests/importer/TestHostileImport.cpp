// Hostile inputs made by hand, through the importer end to end: a credential with a member named
// twice, ambiguous or damaged baked images, unsafe zip entry names, input that would flood an
// error line, oversized pasted text. Each ends with a clear error that names the problem, the
// wallet unchanged, no crash and no hang.
#include "OfflineNetwork.h"
#include "formats/CredentialReader.h"
#include "importer/ImportService.h"
#include "storage/Wallet.h"

#include "TestFiles.h"
#include "WalletImport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

using namespace Satchel;
using Satchel::Test::readFile;
using Satchel::Test::writeFile;
using Satchel::Test::writeZip;

namespace {

const QString kRefvc = QStringLiteral(SATCHEL_FIXTURES_DIR "/refvc/");

QByteArray be32(quint32 v)
{
    const char b[4] = {char(v >> 24), char(v >> 16), char(v >> 8), char(v)};
    return QByteArray(b, 4);
}

// One PNG chunk with a correct CRC.
QByteArray pngChunk(const QByteArray &type, const QByteArray &body)
{
    const QByteArray typed = type + body;
    const auto crc = quint32(crc32(0L, reinterpret_cast<const Bytef *>(typed.constData()), uInt(typed.size())));
    return be32(quint32(body.size())) + typed + be32(crc);
}

QByteArray itxt(const QByteArray &text)
{
    return pngChunk("iTXt", QByteArray("openbadges") + '\0' + '\0' + '\0' + '\0' + '\0' + text);
}

// The baked fixture with `extra` chunks inserted before IEND (its last 12 bytes).
QByteArray pngWithExtraChunks(const QByteArray &extra)
{
    QByteArray png = readFile(kRefvc + QStringLiteral("baked/ob3-json.png"));
    png.insert(png.size() - 12, extra);
    return png;
}

QByteArray fileHash(const QString &path)
{
    return QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256);
}

} // namespace

class TestHostileImport : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    static ImportOptions offline()
    {
        ImportOptions options;
        options.network = SatchelTest::offlineNetwork();
        return options;
    }

    // A wallet holding one genuine credential, closed again so that its file can be compared.
    QString walletWithOneCredential()
    {
        const QString path = m_dir.filePath(QStringLiteral("w%1.sqlite").arg(++m_counter));
        const ImportReport seeded
            = SatchelTest::WalletImport(path, offline()).importPaths({kRefvc + QStringLiteral("ob3/jwt-es256-didjwk.jwt")});
        return seeded.importedCount() == 1 ? path : QString();
    }

    static int countOf(const QString &walletPath)
    {
        auto wallet = Wallet::open(walletPath);
        return wallet ? (*wallet)->count() : -1;
    }

    // Imports `path`; every item must fail with `code`; the wallet file must be byte-identical.
    ImportReport importFails(const QString &path, const QString &code)
    {
        const QString wallet = walletWithOneCredential();
        if (wallet.isEmpty())
            qFatal("could not seed a wallet");
        const QByteArray before = fileHash(wallet);
        QElapsedTimer timer;
        timer.start();
        const ImportReport report = SatchelTest::WalletImport(wallet, offline()).importPaths({path});
        if (timer.elapsed() > 10000)
            qWarning("import took %lld ms", timer.elapsed());
        for (const ImportItemReport &item : report.items) {
            if (item.outcome != ImportItemReport::Failed || item.code != code)
                qWarning() << item.input << item.code << item.message;
        }
        [&] {
            QVERIFY(!report.items.isEmpty());
            QCOMPARE(report.importedCount(), 0);
            QCOMPARE(report.duplicateCount(), 0);
            QCOMPARE(fileHash(wallet), before);
            QCOMPARE(countOf(wallet), 1);
        }();
        return report;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    // The signed credential with a forged "name" inserted before the signed one: one reader
    // would show the forgery, another verify the original. Refused at import.
    void forgedDuplicateName()
    {
        QByteArray bytes = readFile(kRefvc + QStringLiteral("ob3/di-minimal.json"));
        QVERIFY(bytes.contains("\"name\": \"Cloud Infrastructure Basics\""));
        bytes.insert(bytes.indexOf('{') + 1, "\n  \"name\": \"Doctorate in Everything\",");
        const QString path = m_dir.filePath(QStringLiteral("forged-name.json"));
        QVERIFY(writeFile(path, bytes));
        const ImportReport report = importFails(path, QStringLiteral("duplicate-key"));
        QCOMPARE(report.items.size(), 1);
        const ImportItemReport &item = report.items.first();
        QCOMPARE(item.code, QStringLiteral("duplicate-key"));
        QVERIFY2(item.message.contains(QStringLiteral("\"name\" appears twice")), qPrintable(item.message));
        QVERIFY(!item.message.contains(QStringLiteral("Doctorate")));

        // The same file pasted, and inside a JSON bundle: the same refusal.
        const QString wallet = walletWithOneCredential();
        const ImportReport pasted = SatchelTest::WalletImport(wallet, offline()).importText(bytes);
        QCOMPARE(pasted.items.size(), 1);
        QCOMPARE(pasted.items.first().code, QStringLiteral("duplicate-key"));
        const ImportReport bundle
            = SatchelTest::WalletImport(wallet, offline()).importText("{\"credential\": [" + bytes + "]}");
        QCOMPARE(bundle.failedCount(), 1);
        QCOMPARE(bundle.items.first().code, QStringLiteral("duplicate-key"));
        QCOMPARE(countOf(wallet), 1);
    }

    // A tampered copy of a credential in the wallet (same issuer and id, other bytes) is not
    // dropped, and does not replace the genuine one: the report says it is kept as a version.
    void sameIdOtherBytesIsKeptAsVersion()
    {
        const QByteArray genuine = readFile(kRefvc + QStringLiteral("ob3/di-minimal.json"));
        QByteArray forged = genuine;
        forged.replace("\"Cloud Infrastructure Basics\"", "\"Doctorate in Everything\"");
        const QString genuinePath = m_dir.filePath(QStringLiteral("genuine.json"));
        const QString forgedPath = m_dir.filePath(QStringLiteral("forged-copy.json"));
        QVERIFY(writeFile(genuinePath, genuine));
        QVERIFY(writeFile(forgedPath, forged));
        const QString wallet = m_dir.filePath(QStringLiteral("versions.sqlite"));
        QCOMPARE(SatchelTest::WalletImport(wallet, offline()).importPaths({genuinePath}).importedCount(), 1);

        const ImportReport report = SatchelTest::WalletImport(wallet, offline()).importPaths({forgedPath});
        QCOMPARE(report.items.size(), 1);
        const ImportItemReport &item = report.items.first();
        QCOMPARE(item.outcome, ImportItemReport::Version);
        QCOMPARE(item.code, QStringLiteral("version"));
        QCOMPARE(report.versionCount(), 1);
        QVERIFY2(item.message.contains(QLatin1String("both are kept")), qPrintable(item.message));
        QVERIFY(item.message.size() <= ImportItemReport::kMaxMessageChars);

        auto w = Wallet::open(wallet);
        QVERIFY(w.ok());
        QCOMPARE((*w)->count(), 1);
        QCOMPARE((*w)->credential(item.credentialId)->raw.bytes, genuine);
        const QList<CredentialVersion> versions = (*w)->versions(item.credentialId);
        QCOMPARE(versions.size(), 1);
        QCOMPARE(versions.first().raw.bytes, forged);

        // Either file again: nothing new.
        const ImportReport again = SatchelTest::WalletImport(wallet, offline()).importPaths({genuinePath, forgedPath});
        QCOMPARE(again.duplicateCount(), 2);
        QCOMPARE((*w)->versionCount(item.credentialId), 1);
    }

    void ambiguousOrDamagedImages_data()
    {
        QTest::addColumn<QByteArray>("image");
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("mentions");
        const QByteArray other = readFile(kRefvc + QStringLiteral("ob3/di-rich.json"));
        QTest::newRow("png two iTXt") << pngWithExtraChunks(itxt(other)) << "png" << "ambiguous-image"
                                      << "more than one Open Badges chunk";
        QTest::newRow("png iTXt and tEXt")
            << pngWithExtraChunks(pngChunk("tEXt", QByteArray("openbadges") + '\0' + other)) << "png"
            << "ambiguous-image" << "more than one Open Badges chunk";
        QTest::newRow("png same badge twice") << pngWithExtraChunks(itxt(readFile(kRefvc + QStringLiteral("ob3/di-minimal.json"))))
                                              << "png" << "ambiguous-image" << "ambiguous";
        QByteArray badCrc = readFile(kRefvc + QStringLiteral("baked/ob3-json.png"));
        badCrc[8 + 8 + 13] = char(badCrc[8 + 8 + 13] ^ 0x40); // IHDR's CRC
        QTest::newRow("png CRC error") << badCrc << "png" << "malformed" << "\"IHDR\" fails its CRC check";
        QByteArray badBadgeCrc = readFile(kRefvc + QStringLiteral("baked/ob3-json.png"));
        const qsizetype at = badBadgeCrc.indexOf("OpenBadgeCredential");
        QVERIFY(at > 0);
        badBadgeCrc[at] = 'K'; // the badge text edited after baking, its CRC left as it was
        QTest::newRow("png edited badge chunk") << badBadgeCrc << "png" << "malformed" << "\"iTXt\" fails its CRC check";

        QByteArray svg = readFile(kRefvc + QStringLiteral("baked/ob3-json.svg"));
        const qsizetype open = svg.indexOf("<openbadges:credential>");
        const qsizetype close = svg.indexOf("</openbadges:credential>") + int(qstrlen("</openbadges:credential>"));
        QVERIFY(open > 0 && close > open);
        QByteArray twice = svg;
        twice.insert(close, "\n  <openbadges:credential><![CDATA[" + other + "]]></openbadges:credential>");
        QTest::newRow("svg two credentials") << twice << "svg" << "ambiguous-image" << "more than one Open Badges element";
        QByteArray nested = svg;
        nested.insert(close, "\n  <g><openbadges:credential verify=\"https://elsewhere.example/b\"/></g>");
        QTest::newRow("svg second one nested") << nested << "svg" << "ambiguous-image" << "ambiguous";
    }

    void ambiguousOrDamagedImages()
    {
        QFETCH(QByteArray, image);
        QFETCH(QString, suffix);
        QFETCH(QString, code);
        QFETCH(QString, mentions);
        const QString path = m_dir.filePath(QStringLiteral("hostile-%1.%2").arg(++m_counter).arg(suffix));
        QVERIFY(writeFile(path, image));
        const ImportReport report = importFails(path, code);
        QCOMPARE(report.items.size(), 1);
        QCOMPARE(report.items.first().code, code);
        QVERIFY2(report.items.first().message.contains(mentions), qPrintable(report.items.first().message));
    }

    // Unsafe names are named in the report, never dropped as "holds no credential files".
    void unsafeZipEntriesAreNamed()
    {
        const QByteArray credential = readFile(kRefvc + QStringLiteral("ob3/di-minimal.json"));
        const QList<QByteArray> names{"../escape.json", "..\\windows-escape.json", "a/../../deep-escape.json",
                                      "/etc/absolute.json"};
        QList<QPair<QByteArray, QByteArray>> entries;
        for (const QByteArray &name : names)
            entries.append({name, credential});
        const QString zipPath = m_dir.filePath(QStringLiteral("unsafe.zip"));
        QVERIFY(writeZip(zipPath, entries));
        const ImportReport report = importFails(zipPath, QStringLiteral("unsafe-path"));
        QCOMPARE(report.items.size(), names.size());
        for (int i = 0; i < names.size(); ++i) {
            const ImportItemReport &item = report.items.at(i);
            QCOMPARE(item.code, QStringLiteral("unsafe-path"));
            QVERIFY2(item.message.contains(QString::fromUtf8(names.at(i))), qPrintable(item.message));
            QVERIFY(!item.message.contains(QStringLiteral("holds no credential files")));
        }
    }

    // Error lines quote input, but never more than one line of 300 characters.
    void errorLinesAreBounded_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("code");
        QTest::newRow("60,000-character URL") << QByteArray("https://example.org/" + QByteArray(60000, 'a')) << "fetch-failed";
        QTest::newRow("long member name twice")
            << QByteArray("{\"type\":[\"VerifiableCredential\"],\"" + QByteArray(60000, 'k') + "\":1,\"" + QByteArray(60000, 'k')
                          + "\":2}")
            << "duplicate-key";
        QTest::newRow("line breaks in a URL") << QByteArray("https://example.org/a\rInjected\x1b[31m\rline") << "fetch-failed";
    }

    void errorLinesAreBounded()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, code);
        const QString wallet = walletWithOneCredential();
        const ImportReport report = SatchelTest::WalletImport(wallet, offline()).importText(text, QStringLiteral("stdin"));
        QCOMPARE(report.items.size(), 1);
        const ImportItemReport &item = report.items.first();
        QCOMPARE(item.code, code);
        QVERIFY2(item.message.size() <= ImportItemReport::kMaxMessageChars + 1, qPrintable(QString::number(item.message.size())));
        QVERIFY(!item.message.contains(QLatin1Char('\n')) && !item.message.contains(QLatin1Char('\r')));
        QCOMPARE(countOf(wallet), 1);
    }

    // What satchel-cli reads from stdin (the cap plus one byte) is "too large", not a parse error.
    void oversizedTextIsTooLarge()
    {
        QByteArray text = "{\"name\": \"" + QByteArray(CredentialReader::kMaxFileBytes, 'x');
        text.truncate(CredentialReader::kMaxFileBytes + 1);
        const QString wallet = walletWithOneCredential();
        const ImportReport report = SatchelTest::WalletImport(wallet, offline()).importText(text, QStringLiteral("stdin"));
        QCOMPARE(report.items.size(), 1);
        QCOMPARE(report.items.first().code, QStringLiteral("too-large"));
        QVERIFY2(report.items.first().message.contains(QStringLiteral("larger than")), qPrintable(report.items.first().message));
        QCOMPARE(countOf(wallet), 1);
    }
};

QTEST_GUILESS_MAIN(TestHostileImport)
#include "TestHostileImport.moc"
