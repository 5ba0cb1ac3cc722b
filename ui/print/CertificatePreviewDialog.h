// Print preview of one credential's certificate: the learner picks a design, paper and
// orientation, sees the finished PDF (QtPdf), then saves it or sends it to a printer. The PDF shown
// is the very file that is saved, the credential attached.
#pragma once

#include "export/CertificateJob.h"

#include <QBuffer>
#include <QByteArray>
#include <QDialog>

#include <memory>

class QPdfDocument;
class QPushButton;

namespace Satchel {

namespace Ui {
class CertificatePreviewDialog;
}

class CertificateOptionsForm;
class CertificateRenderer;
class CertificateOptionsStore;
class Wallet;

class CertificatePreviewDialog : public QDialog {
    Q_OBJECT
public:
    // remembered: where the print choices are kept between prints (null: not remembered). Not owned.
    CertificatePreviewDialog(Wallet *wallet, qint64 credentialId, CertificateOptionsStore *remembered = nullptr,
                             QWidget *parent = nullptr);
    ~CertificatePreviewDialog() override;

    // The finished PDF on show (empty while rendering or after a failure); for tests.
    QByteArray pdf() const { return m_pdf; }
    CertificateOptionsForm *optionsForm() const { return m_form; }
    bool saveTo(const QString &path);

Q_SIGNALS:
    void previewReady();
    void previewFailed(const QString &message);

private:
    void refresh();
    void onRendered(const QByteArray &rendered);
    void onRenderFailed(const QString &message);
    void chooseFileAndSave();
    void printWithDialog();
    void setBusy(bool busy);

    Wallet *m_wallet;
    qint64 m_credentialId;
    std::unique_ptr<Ui::CertificatePreviewDialog> m_ui; // CertificatePreviewDialog.ui
    // Made with the wallet and the remembered choices, so not in the .ui.
    CertificateOptionsForm *m_form = nullptr;
    // A .ui button box holds standard buttons only: these two are added to it in code.
    QPushButton *m_save = nullptr;
    QPushButton *m_print = nullptr;

    CertificateRenderer *m_renderer = nullptr;
    CertificateJob m_job;
    QByteArray m_pdf;
    QBuffer m_buffer;
    QPdfDocument *m_document = nullptr; // reads m_pdf through m_buffer
    bool m_refreshPending = false;
};

} // namespace Satchel
