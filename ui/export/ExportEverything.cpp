#include "export/ExportEverything.h"

#include "export/PlainExportRunner.h"

#include <QCheckBox>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QStatusBar>

namespace Satchel {

void ExportEverything::start(QMainWindow *window, Wallet *wallet, int credentialCount)
{
    const QString suggested
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .filePath(QStringLiteral("badges-%1.zip").arg(QDate::currentDate().toString(Qt::ISODate)));
    QString path = QFileDialog::getSaveFileName(window, tr("Export everything"), suggested, tr("Zip archives (*.zip)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".zip");
    QMessageBox ask(QMessageBox::Question, tr("Export everything"),
        tr("Every badge goes into the zip as its original file and as a badge image with the "
           "credential inside."),
        QMessageBox::Ok | QMessageBox::Cancel, window);
    auto *withCertificates = new QCheckBox(tr("Also a printable PDF certificate of each badge (takes longer)"), &ask);
    withCertificates->setChecked(credentialCount <= 200);
    ask.setCheckBox(withCertificates);
    if (ask.exec() != QMessageBox::Ok)
        return;

    auto *runner = new PlainExportRunner(wallet, window);
    auto *progress = new QProgressDialog(tr("Exporting…"), tr("Cancel"), 0, 0, window);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(0);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    QObject::connect(progress, &QProgressDialog::canceled, runner, &PlainExportRunner::cancel);
    QObject::connect(
        runner, &PlainExportRunner::progressed, progress, [progress](int done, int total, const QString &stage) {
            progress->setLabelText(stage);
            progress->setMaximum(total);
            progress->setValue(done);
        });
    QObject::connect(
        runner, &PlainExportRunner::finished, window, [window, runner, progress](bool ok, const QString &message) {
            progress->deleteLater();
            runner->deleteLater();
            if (ok)
                window->statusBar()->showMessage(message, 8000);
            else
                QMessageBox::warning(window, tr("Export everything"), message);
        });
    runner->start(path, withCertificates->isChecked());
}

} // namespace Satchel
