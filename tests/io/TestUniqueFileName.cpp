// UniqueFileName: the one way archives, transcripts and certificate batches avoid name clashes.
#include "io/UniqueFileName.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Satchel;

class TestUniqueFileName : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void numbersRepeatsWithAHyphen()
    {
        UniqueFileName names;
        QCOMPARE(names.take(QStringLiteral("badge.json")), QStringLiteral("badge.json"));
        QCOMPARE(names.take(QStringLiteral("badge.json")), QStringLiteral("badge-2.json"));
        QCOMPARE(names.take(QStringLiteral("badge.json")), QStringLiteral("badge-3.json"));
        QCOMPARE(names.take(QStringLiteral("badge.png")), QStringLiteral("badge.png"));
        // A name that happens to look numbered is taken like any other.
        QCOMPARE(names.take(QStringLiteral("badge-2.json")), QStringLiteral("badge-2-2.json"));
    }

    void keepsTheFolderPart()
    {
        UniqueFileName names;
        QCOMPARE(names.take(QStringLiteral("originals/a.jwt")), QStringLiteral("originals/a.jwt"));
        QCOMPARE(names.take(QStringLiteral("badges/a.jwt")), QStringLiteral("badges/a.jwt"));
        QCOMPARE(names.take(QStringLiteral("originals/a.jwt")), QStringLiteral("originals/a-2.jwt"));
    }

    void keepsOnlyTheLastSuffixNumbered()
    {
        UniqueFileName names;
        QCOMPARE(names.take(QStringLiteral("archive.tar.gz")), QStringLiteral("archive.tar.gz"));
        QCOMPARE(names.take(QStringLiteral("archive.tar.gz")), QStringLiteral("archive.tar-2.gz"));
    }

    void namesWithoutSuffixOrStem()
    {
        UniqueFileName names;
        QCOMPARE(names.take(QStringLiteral("README")), QStringLiteral("README"));
        QCOMPARE(names.take(QStringLiteral("README")), QStringLiteral("README-2"));
        QCOMPARE(names.take(QStringLiteral("folder/.json")), QStringLiteral("folder/file.json"));
        QCOMPARE(names.take(QString()), QStringLiteral("file"));
    }

    void parenthesisedStyleAvoidsFilesOnDisk()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile existing(dir.filePath(QStringLiteral("Certificate.pdf")));
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.close();
        UniqueFileName names(UniqueFileName::Style::Parenthesised, dir.path());
        QCOMPARE(names.take(QStringLiteral("Certificate.pdf")), QStringLiteral("Certificate (2).pdf"));
        QCOMPARE(names.take(QStringLiteral("Certificate.pdf")), QStringLiteral("Certificate (3).pdf"));
        QCOMPARE(names.take(QStringLiteral("Other.pdf")), QStringLiteral("Other.pdf"));
    }
};

QTEST_GUILESS_MAIN(TestUniqueFileName)
#include "TestUniqueFileName.moc"
