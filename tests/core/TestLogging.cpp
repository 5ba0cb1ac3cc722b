// The core's logging categories (core/<module>/Logging.h): one per module, named satchel.<module>,
// warnings on and debug/info off by default, all of them on with QT_LOGGING_RULES="satchel.*=true"
// (the rule a bug report asks for).
#include "backup/Logging.h"
#include "export/Logging.h"
#include "importer/Logging.h"
#include "net/Logging.h"
#include "present/Logging.h"
#include "receive/Logging.h"
#include "reminders/Logging.h"
#include "review/Logging.h"
#include "share/Logging.h"
#include "storage/Logging.h"
#include "verify/Logging.h"

#include <QTest>

using namespace Satchel;

namespace {

using CategoryFunction = const QLoggingCategory &(*)();

const QList<QPair<CategoryFunction, const char *>> &categories()
{
    static const QList<QPair<CategoryFunction, const char *>> all{
        {lcBackup, "satchel.backup"},
        {lcExport, "satchel.export"},
        {lcImport, "satchel.import"},
        {lcNet, "satchel.net"},
        {lcPresent, "satchel.present"},
        {lcReceive, "satchel.receive"},
        {lcReminders, "satchel.reminders"},
        {lcReview, "satchel.review"},
        {lcShare, "satchel.share"},
        {lcStorage, "satchel.storage"},
        {lcVerify, "satchel.verify"},
    };
    return all;
}

} // namespace

class TestLogging : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Rules from the environment come after setFilterRules() and would win.
        if (qEnvironmentVariable("QT_LOGGING_RULES").contains(QLatin1String("satchel"))
            || qEnvironmentVariableIsSet("QT_LOGGING_CONF"))
            QSKIP("QT_LOGGING_RULES or QT_LOGGING_CONF sets the satchel categories here");
    }

    void namedPerModuleAndQuietByDefault()
    {
        QLoggingCategory::setFilterRules(QString());
        for (const auto &[category, name] : categories()) {
            QCOMPARE(category().categoryName(), name);
            QVERIFY2(category().isWarningEnabled(), name);
            QVERIFY2(!category().isInfoEnabled(), name);
            QVERIFY2(!category().isDebugEnabled(), name);
        }
    }

    void bugReportRuleTurnsThemOn()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("satchel.*=true"));
        for (const auto &[category, name] : categories()) {
            QVERIFY2(category().isInfoEnabled(), name);
            QVERIFY2(category().isDebugEnabled(), name);
        }
        QLoggingCategory::setFilterRules(QString());
    }
};

QTEST_GUILESS_MAIN(TestLogging)
#include "TestLogging.moc"
