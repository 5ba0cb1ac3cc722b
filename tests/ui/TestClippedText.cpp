// Text the learner must read is not cut off: in the main window at 1366×768 and in the dialogs at
// the size they open with, every placeholder fits its box, every button its label and every list
// column header its column, in each shipped language.
// SATCHEL_SCREENSHOT_DIR=... saves each dialog, for a look by eye.
#include "net/NetworkMode.h"
#include "common/PassphraseDialog.h"
#include "gallery/GalleryView.h"
#include "i18n/Translations.h"
#include "importer/ImportDialog.h"
#include "main/MainWindow.h"
#include "organize/OrganizeDialog.h"
#include "pathways/PathwayEditorDialog.h"
#include "print/CertificateBatchDialog.h"
#include "settings/SettingsDialog.h"
#include "storage/Wallet.h"

#include <QAbstractButton>
#include <QApplication>
#include <QHeaderView>
#include <QLineEdit>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOption>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Satchel;

namespace {

// What does not fit in widget (and its children), one line each; empty when all is readable.
QStringList clipped(QWidget *root)
{
    QStringList problems;
    for (QLineEdit *edit : root->findChildren<QLineEdit *>()) {
        if (!edit->isVisible() || edit->placeholderText().isEmpty())
            continue;
        // The text area: the box less its frame and the style's inner margins (about 4 px a side).
        QStyleOptionFrame option;
        option.initFrom(edit);
        option.lineWidth = edit->hasFrame() ? edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, edit) : 0;
        const QRect text = edit->style()->subElementRect(QStyle::SE_LineEditContents, &option, edit);
        const int needed = edit->fontMetrics().horizontalAdvance(edit->placeholderText()) + 8
            + (edit->isClearButtonEnabled() ? 24 : 0);
        if (needed > text.width())
            problems << QStringLiteral("placeholder \"%1\": %2 px in %3").arg(edit->placeholderText()).arg(needed).arg(text.width());
    }
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (!button->isVisible() || button->text().isEmpty() || button->inherits("QToolButton"))
            continue;
        if (button->sizeHint().width() > button->width() + 1)
            problems << QStringLiteral("button \"%1\": %2 px in %3").arg(button->text()).arg(button->sizeHint().width()).arg(button->width());
    }
    for (QTableView *table : root->findChildren<QTableView *>()) {
        if (!table->isVisible())
            continue;
        QHeaderView *header = table->horizontalHeader();
        for (int section = 0; section < header->count(); ++section) {
            const QString title = table->model()->headerData(section, Qt::Horizontal).toString();
            const int needed = header->fontMetrics().horizontalAdvance(title) + 12;
            if (!header->isSectionHidden(section) && needed > header->sectionSize(section))
                problems << QStringLiteral("column \"%1\": %2 px in %3").arg(title).arg(needed).arg(header->sectionSize(section));
        }
    }
    return problems;
}

void keepForALook(QWidget &widget, const QString &name)
{
    if (qEnvironmentVariableIsSet("SATCHEL_SCREENSHOT_DIR"))
        widget.grab().save(qEnvironmentVariable("SATCHEL_SCREENSHOT_DIR") + QLatin1Char('/') + name);
}

qint64 storeOne(Wallet &wallet)
{
    Credential c;
    c.format = CredentialFormat::Ob3Json;
    c.id = QStringLiteral("urn:uuid:clipped-1");
    c.name = QStringLiteral("Data Analysis Fundamentals");
    c.issuer.id = QStringLiteral("https://issuer.example");
    c.issuer.name = QStringLiteral("Northfield Community College");
    RawCredential raw;
    raw.format = c.format;
    raw.bytes = QByteArrayLiteral("{\"id\":\"urn:uuid:clipped-1\"}");
    auto outcome = wallet.store(raw, c);
    return outcome.ok() ? outcome->id : 0;
}

} // namespace

class TestClippedText : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

public:
    static void initMain() { QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts); }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void readable_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : Translations::availableLanguages())
            QTest::newRow(qPrintable(language)) << language;
    }

    void readable()
    {
        QFETCH(QString, language);
        QVERIFY(Translations::install(qApp, language));
        auto restore = qScopeGuard([] { Translations::install(qApp, QStringLiteral("en")); });
        auto opened = Wallet::open(m_dir.filePath(QStringLiteral("clipped-%1.sqlite").arg(language)));
        QVERIFY(opened.ok());
        NetworkMode network;
        MainWindow window(std::move(opened.value()), &network);
        const qint64 id = storeOne(*window.wallet());
        QVERIFY(id > 0);
        window.gallery()->reload();
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QStringList problems;
        const auto look = [&](QWidget *widget, const QString &name) {
            widget->show();
            QVERIFY(QTest::qWaitForWindowExposed(widget));
            QTest::qWait(20);
            for (const QString &problem : clipped(widget))
                problems << QStringLiteral("%1: %2").arg(name, problem);
            keepForALook(*widget, QStringLiteral("clip-%1-%2.png").arg(language, name));
        };
        window.gallery()->setMode(GalleryView::List);
        look(&window, QStringLiteral("window"));
        look(window.importDialog(), QStringLiteral("import"));
        window.importDialog()->hide();
        std::unique_ptr<SettingsDialog> settings(window.createSettingsDialog());
        settings->setAttribute(Qt::WA_DeleteOnClose, false);
        look(settings.get(), QStringLiteral("settings"));
        OrganizeDialog organize(window.wallet(), {id}, &window);
        look(&organize, QStringLiteral("organize"));
        PassphraseDialog newBackup(PassphraseDialog::Purpose::NewBackup, QStringLiteral("satchel-2026-12-04.satchel-backup"), &window);
        look(&newBackup, QStringLiteral("backup"));
        PassphraseDialog openBackup(PassphraseDialog::Purpose::OpenBackup, QStringLiteral("satchel-2026-12-04.satchel-backup"), &window);
        openBackup.setProblem(QStringLiteral("x"));
        look(&openBackup, QStringLiteral("restore"));
        CertificateBatchDialog batch(window.wallet(), {id}, nullptr, &window);
        look(&batch, QStringLiteral("certificates"));
        PathwayEditorDialog pathway(window.wallet(), nullptr, std::nullopt, &window);
        look(&pathway, QStringLiteral("pathway"));

        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestClippedText)
#include "TestClippedText.moc"
