// Which of the learner's holder identities binds or signs (consent pages): each named by its label,
// key type and a shortened DID (the whole DID in the tooltip).
#pragma once

#include "storage/HolderKeyRecord.h"

#include <QComboBox>

namespace Satchel {

class IdentityChooser : public QComboBox {
    Q_OBJECT
public:
    explicit IdentityChooser(QWidget *parent = nullptr);
    // Lists them with proposed (a DID) selected; hidden with buddy when there are none (one is made).
    void setIdentities(const QList<HolderKeyRecord> &identities, const QString &proposed, QWidget *buddy);
    QString chosenDid() const { return currentData().toString(); }
    bool choose(const QString &did);
};

} // namespace Satchel
