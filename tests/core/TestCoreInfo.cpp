// CoreInfo: the build facts the CLI prints with --version. The allocator line is checked against
// what the build configured: a build that linked mimalloc but lost the override (link order, a
// linker dropping the library) would silently verify at glibc's pace again.
#include "CoreInfo.h"

#include <QTest>

using namespace Satchel;

class TestCoreInfo : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void allocatorIsTheConfiguredOne()
    {
#ifdef SATCHEL_EXPECT_MIMALLOC
        QVERIFY(CoreInfo::mallocIsMimalloc());
        QVERIFY2(CoreInfo::allocator().startsWith(QLatin1String("mimalloc 2.")), qPrintable(CoreInfo::allocator()));
#else
        QVERIFY(!CoreInfo::mallocIsMimalloc());
        QCOMPARE(CoreInfo::allocator(), QStringLiteral("system malloc"));
#endif
    }
};

QTEST_GUILESS_MAIN(TestCoreInfo)
#include "TestCoreInfo.moc"
