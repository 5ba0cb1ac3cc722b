// The choices every certificate print shares (design, paper, orientation, and the learner's name
// for credentials that do not carry it), as one small form used by the preview and by the batch
// export, so both offer the same choices with the same names. The name is kept in the wallet
// (setting "learner.name", which satchel-cli reads too).
#pragma once

#include "export/CertificateOptions.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLineEdit;

namespace Satchel {

class CertificateOptionsStore;
class Wallet;

class CertificateOptionsForm : public QWidget {
    Q_OBJECT
public:
    // remembered: where the last design, paper and orientation are kept (null: the defaults, not
    // remembered). Neither owned.
    CertificateOptionsForm(Wallet *wallet, CertificateOptionsStore *remembered, QWidget *parent = nullptr);

    // The design, paper, orientation and learner name of options are shown and changed.
    void setOptions(const CertificateOptions &options);
    CertificateOptions options() const;
    QFormLayout *formLayout() const { return m_layout; }

Q_SIGNALS:
    void optionsChanged();

private:
    QFormLayout *m_layout = nullptr;
    QComboBox *m_design = nullptr;
    QComboBox *m_paper = nullptr;
    QComboBox *m_orientation = nullptr;
    QLineEdit *m_learnerName = nullptr;
    Wallet *m_wallet;
};

} // namespace Satchel
