// QLatin1String / QLatin1Char read their bytes as Latin-1, but our sources are UTF-8: a "·" or an
// "é" inside one shows as "Â·" or "Ã©". This scans core/, ui/ and app/ for any non-ASCII byte in
// such a literal (use QStringLiteral or u"" for those).
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

namespace {

// The end of the string or character literal that starts at text[start] (a quote or R"delim(),
// or -1 when there is none. Sets nonAscii when a byte of it is outside ASCII.
qsizetype literalEnd(const QByteArray &text, qsizetype start, bool *nonAscii)
{
    auto scan = [&](qsizetype from, qsizetype to) {
        for (qsizetype i = from; i < to; ++i)
            if (static_cast<unsigned char>(text.at(i)) >= 0x80)
                *nonAscii = true;
    };
    if (text.at(start) == 'R' && start + 1 < text.size() && text.at(start + 1) == '"') {
        const qsizetype open = text.indexOf('(', start + 2);
        if (open < 0)
            return -1;
        const QByteArray close = ')' + text.mid(start + 2, open - start - 2) + '"';
        const qsizetype end = text.indexOf(close, open);
        if (end < 0)
            return -1;
        scan(open, end);
        return end + close.size();
    }
    const char quote = text.at(start);
    for (qsizetype i = start + 1; i < text.size(); ++i) {
        if (text.at(i) == '\\') {
            ++i;
            continue;
        }
        if (text.at(i) == quote) {
            scan(start + 1, i);
            return i + 1;
        }
        if (text.at(i) == '\n')
            return -1;
    }
    return -1;
}

// "file:line: excerpt" for each Latin-1 literal with a non-ASCII byte in text.
QStringList offences(const QString &file, const QByteArray &text)
{
    static const QRegularExpression call(QStringLiteral(R"(QLatin1(String|StringView|Char)\s*\(\s*)"));
    QStringList found;
    const QString decoded = QString::fromLatin1(text); // one QChar per byte: offsets stay byte offsets
    auto it = call.globalMatch(decoded);
    while (it.hasNext()) {
        const auto match = it.next();
        qsizetype pos = match.capturedEnd();
        bool nonAscii = false;
        // Adjacent literals concatenate: "a" "b".
        auto startsLiteral = [&text](qsizetype at) {
            return at < text.size()
                && (text.at(at) == '"' || text.at(at) == '\''
                    || (text.at(at) == 'R' && at + 1 < text.size() && text.at(at + 1) == '"'));
        };
        while (startsLiteral(pos)) {
            const qsizetype end = literalEnd(text, pos, &nonAscii);
            if (end < 0)
                break;
            pos = end;
            while (pos < text.size() && QChar::isSpace(uchar(text.at(pos))))
                ++pos;
        }
        if (nonAscii) {
            const int line = int(text.left(match.capturedStart()).count('\n')) + 1;
            found << QStringLiteral("%1:%2: %3")
                         .arg(file)
                         .arg(line)
                         .arg(QString::fromUtf8(text.mid(match.capturedStart(), pos - match.capturedStart())));
        }
    }
    return found;
}

} // namespace

class TestSourceLiterals : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void detectsTheMistake()
    {
        // Known answers for the scanner itself.
        QCOMPARE(offences(QStringLiteral("a.cpp"), "x.join(QLatin1String(\" \xC2\xB7 \"));").size(), 1);
        QCOMPARE(offences(QStringLiteral("a.cpp"), "QLatin1Char('\xC3\xA9')").size(), 1);
        QCOMPARE(offences(QStringLiteral("a.cpp"), "QLatin1String(\"ok\" \"\xE2\x80\xA6\")").size(), 1);
        QCOMPARE(offences(QStringLiteral("a.cpp"), "QLatin1String(\"a\\\"b\") + QStringLiteral(\"\xC2\xB7\")").size(), 0);
        QCOMPARE(offences(QStringLiteral("a.cpp"), "QLatin1String(kName) // \xC2\xB7").size(), 0);
    }

    void noNonAsciiLatin1Literals()
    {
        QStringList found;
        int files = 0;
        for (const char *dir : {"core", "ui", "app"}) {
            QDirIterator it(QStringLiteral(SATCHEL_SOURCE_DIR "/") + QLatin1String(dir),
                            {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                QFile file(path);
                QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
                found << offences(path.mid(int(qstrlen(SATCHEL_SOURCE_DIR)) + 1), file.readAll());
                ++files;
            }
        }
        QVERIFY(files > 100);
        QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("Non-ASCII bytes in Latin-1 literals:\n  ")
                                             + found.join(QStringLiteral("\n  "))));
    }
};

QTEST_GUILESS_MAIN(TestSourceLiterals)
#include "TestSourceLiterals.moc"
