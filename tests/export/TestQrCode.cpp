// QrCode: the version libqrencode must pick for known inputs (byte-mode capacities of ISO/IEC
// 18004 table 7), the finder patterns, that the PNG and SVG have the matrix's dimensions and
// modules (the PNG is decoded again with QImage, pixel by pixel), and, where zbarimg (zbar-tools)
// is installed, that an independent reader decodes the PNG back to the text.
#include "export/QrCode.h"

#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Satchel;

class TestQrCode : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void versions_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("level");
        QTest::addColumn<int>("version");
        // Version 1 holds 17/14/11/7 bytes at L/M/Q/H, version 2 holds 32/26/20/14.
        QTest::newRow("14 bytes M") << "https://a.b/cd"
                                    << "M" << 1;
        QTest::newRow("15 bytes M") << "https://a.b/cde"
                                    << "M" << 2;
        QTest::newRow("19 bytes L") << "https://example.org"
                                    << "L" << 2;
        QTest::newRow("19 bytes M") << "https://example.org"
                                    << "M" << 2;
        QTest::newRow("19 bytes Q") << "https://example.org"
                                    << "Q" << 2;
        QTest::newRow("19 bytes H") << "https://example.org"
                                    << "H" << 3;
        QTest::newRow("7 bytes H") << "abcdefg"
                                   << "H" << 1;
        QTest::newRow("8 bytes H") << "abcdefgh"
                                   << "H" << 2;
        QTest::newRow("utf-8 counts bytes") << QStringLiteral("éééééééé") << "M" << 2; // 16 bytes
    }
    void versions()
    {
        QFETCH(QString, text);
        QFETCH(QString, level);
        QFETCH(int, version);
        auto ec = QrCode::levelFromName(level);
        QVERIFY(ec.ok());
        auto qr = QrCode::encode(text, *ec);
        QVERIFY2(qr.ok(), qPrintable(qr.ok() ? QString() : qr.error().message));
        QCOMPARE(qr->version(), version);
        QCOMPARE(qr->size(), 17 + 4 * version);
    }

    void finderPatterns()
    {
        auto qr = QrCode::encode(QStringLiteral("https://badges.example.org/credentials/42"));
        QVERIFY(qr.ok());
        const int n = qr->size();
        // The 7x7 finder: dark ring, light ring, dark 3x3 core; light separator around it.
        for (const auto &[ox, oy] : { QPair<int, int> { 0, 0 }, { n - 7, 0 }, { 0, n - 7 } }) {
            for (int y = 0; y < 7; ++y) {
                for (int x = 0; x < 7; ++x) {
                    const bool ring = x == 0 || y == 0 || x == 6 || y == 6;
                    const bool core = x >= 2 && x <= 4 && y >= 2 && y <= 4;
                    QCOMPARE(qr->isDark(ox + x, oy + y), ring || core);
                }
            }
        }
        QVERIFY(!qr->isDark(7, 0));
        QVERIFY(!qr->isDark(-1, 0));
        QVERIFY(!qr->isDark(n, n));
    }

    void pngMatchesMatrix()
    {
        auto qr = QrCode::encode(QStringLiteral("https://example.org"));
        QVERIFY(qr.ok());
        const int scale = 3;
        const int quiet = 4;
        const QByteArray png = qr->toPng(scale, quiet);
        QImage image;
        QVERIFY(image.loadFromData(png, "PNG"));
        QCOMPARE(image.width(), qr->imageSize(scale, quiet));
        QCOMPARE(image.height(), (qr->size() + 2 * quiet) * scale);
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const bool dark = qr->isDark(x / scale - quiet, y / scale - quiet);
                QCOMPARE(qGray(image.pixel(x, y)), dark ? 0 : 255);
            }
        }
    }

    void svgMatchesMatrix()
    {
        auto qr = QrCode::encode(QStringLiteral("https://example.org"), QrCode::ErrorCorrection::High);
        QVERIFY(qr.ok());
        const QString svg = QString::fromUtf8(qr->toSvg(10, 4));
        const int side = (qr->size() + 8) * 10;
        QVERIFY(svg.contains(QStringLiteral("width=\"%1\" height=\"%1\"").arg(side)));
        QVERIFY(svg.contains(QStringLiteral("viewBox=\"0 0 %1 %1\"").arg(qr->size() + 8)));
        // The path's rectangles cover exactly the dark modules.
        int darkInPath = 0;
        const QRegularExpression rect(QStringLiteral("M(\\d+),(\\d+)h(\\d+)v1h-\\3z"));
        QSet<QPair<int, int>> seen;
        for (auto it = rect.globalMatch(svg); it.hasNext();) {
            const auto m = it.next();
            const int x0 = m.captured(1).toInt() - 4;
            const int y = m.captured(2).toInt() - 4;
            for (int dx = 0; dx < m.captured(3).toInt(); ++dx) {
                QVERIFY(qr->isDark(x0 + dx, y));
                seen.insert({ x0 + dx, y });
                ++darkInPath;
            }
        }
        int dark = 0;
        for (int y = 0; y < qr->size(); ++y)
            for (int x = 0; x < qr->size(); ++x)
                dark += qr->isDark(x, y) ? 1 : 0;
        QCOMPARE(darkInPath, dark);
        QCOMPARE(seen.size(), dark);
    }

    void decodesBack_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("level");
        QTest::newRow("link") << "https://me.example.org/badges/cloud-infrastructure-basics-50021356.html"
                              << "M";
        QTest::newRow("encoded query") << "https://verifierplus.org/?url=https%3A%2F%2Fme.example.org%2Fb%2Fx.json"
                                       << "L";
        QTest::newRow("urn high") << "urn:uuid:e0381a4b-c11f-492e-8e28-a3128207406c"
                                  << "H";
        QTest::newRow("mixed case") << "https://Example.org/AbC?x=Y"
                                    << "Q";
    }
    void decodesBack()
    {
        QFETCH(QString, text);
        QFETCH(QString, level);
        const QString zbarimg = QStandardPaths::findExecutable(QStringLiteral("zbarimg"));
        if (zbarimg.isEmpty())
            QSKIP("zbarimg (zbar-tools) is not installed");
        auto qr = QrCode::encode(text, *QrCode::levelFromName(level));
        QVERIFY(qr.ok());
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("qr.png"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(qr->toPng(4));
        out.close();
        QProcess zbar;
        zbar.start(zbarimg, { QStringLiteral("-q"), QStringLiteral("--raw"), file });
        QVERIFY(zbar.waitForFinished(30000));
        QCOMPARE(zbar.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(zbar.readAllStandardOutput()).trimmed(), text);
    }

    void rejects()
    {
        QCOMPARE(QrCode::encode(QString()).error().code, QStringLiteral("invalid-argument"));
        QCOMPARE(
            QrCode::encode(QString(QrCode::kMaxInputBytes + 1, u'a')).error().code, QStringLiteral("invalid-argument"));
        QVERIFY(!QrCode::levelFromName(QStringLiteral("X")).ok());
    }
};

QTEST_GUILESS_MAIN(TestQrCode)
#include "TestQrCode.moc"
