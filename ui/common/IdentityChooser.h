// Which of the learner's holder identities binds or signs (consent pages): each named by its label,
// key type and a shortened DID (the whole DID in the tooltip).
#pragma once

#include "storage/HolderKeyRecord.h"

#include <QComboBox>

class QBoxLayout;
class QLabel;

namespace Satchel {

class IdentityChooser : public QComboBox {
    Q_OBJECT
public:
    // labelText names the choice with a mnemonic ("Signed &by:"); the label, a sibling the caller
    // lays out (label()), is the chooser's buddy and shows and hides with it.
    IdentityChooser(const QString &labelText, QWidget *parent);
    QLabel *label() const { return m_label; }
    // Adds the label and the chooser to layout as one row, the chooser taking the width.
    void addRowTo(QBoxLayout *layout);
    // Lists them with proposed (a DID) selected; hidden with its label when there are none (one is
    // made).
    void setIdentities(const QList<HolderKeyRecord> &identities, const QString &proposed);
    QString chosenDid() const { return currentData().toString(); }
    bool choose(const QString &did);

private:
    QLabel *m_label;
};

} // namespace Satchel
