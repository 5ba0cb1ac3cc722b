// "Export certificates…" for a selection: one PDF per credential into a chosen folder, or one
// multi-page transcript of them all, with a progress bar and Cancel. The work runs in
// CertificateBatchExporter; this is only its face.
#pragma once

#include <QDialog>
#include <QList>

#include <memory>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace Satchel {

namespace Ui {
class CertificateBatchDialog;
}

class CertificateBatchExporter;
class CertificateOptionsForm;
class CertificateOptionsStore;
class Wallet;

class CertificateBatchDialog : public QDialog {
    Q_OBJECT
public:
    // remembered: where the print choices are kept between prints (null: not remembered). Not owned.
    CertificateBatchDialog(Wallet *wallet, QList<qint64> credentialIds, CertificateOptionsStore *remembered = nullptr,
                           QWidget *parent = nullptr);
    ~CertificateBatchDialog() override;

    void setFolder(const QString &folder);
    void setTranscript(bool transcript, const QString &title = {});
    void startExport(); // what "Export" does; for tests
    CertificateBatchExporter *exporter() const { return m_exporter; }

protected:
    void reject() override;

private:
    void chooseFolder();
    void onProgressed(int done, int total);
    void onFinished(bool cancelled);
    void updateDescription();

    QList<qint64> m_ids;
    CertificateBatchExporter *m_exporter = nullptr;
    std::unique_ptr<Ui::CertificateBatchDialog> m_ui; // CertificateBatchDialog.ui: progress, status, buttons
    // The print options, with this dialog's rows added to them.
    CertificateOptionsForm *m_form = nullptr;
    QComboBox *m_output = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_folder = nullptr;
    QPushButton *m_export = nullptr;
};

} // namespace Satchel
