// "Export certificates…" for a selection: one PDF per credential into a chosen folder, or one
// multi-page transcript of them all, with a progress bar and Cancel. The work runs in
// CertificateBatchExporter; this is only its face.
#pragma once

#include <QDialog>
#include <QList>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace Satchel {

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
    CertificateOptionsForm *m_form = nullptr;
    QLineEdit *m_folder = nullptr;
    QComboBox *m_output = nullptr;
    QLineEdit *m_title = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_export = nullptr;
};

} // namespace Satchel
