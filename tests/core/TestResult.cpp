// Result<T> carries either a value or an Error, never both.
#include "Result.h"

#include <QTest>

using namespace Satchel;

class TestResult : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void valueIsKept()
    {
        Result<int> r(42);
        QVERIFY(r.ok());
        QCOMPARE(r.value(), 42);
    }
    void errorIsKept()
    {
        Result<int> r(Error{QStringLiteral("malformed"), QStringLiteral("bad")});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("malformed"));
    }
    void voidResult()
    {
        Status s;
        QVERIFY(s.ok());
        Status f(Error{QStringLiteral("x"), QString()});
        QVERIFY(!f.ok());
        QCOMPARE(f.error().code, QStringLiteral("x"));
    }
};

QTEST_GUILESS_MAIN(TestResult)
#include "TestResult.moc"
