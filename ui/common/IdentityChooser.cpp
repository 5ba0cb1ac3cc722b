#include "common/IdentityChooser.h"

#include "common/HolderIdentityText.h"

namespace Satchel {

IdentityChooser::IdentityChooser(QWidget *parent) : QComboBox(parent) {}

void IdentityChooser::setIdentities(const QList<HolderKeyRecord> &identities, const QString &proposed, QWidget *buddy)
{
    clear();
    for (const HolderKeyRecord &identity : identities) {
        addItem(HolderIdentityText::line(identity), identity.did);
        setItemData(count() - 1, identity.did, Qt::ToolTipRole);
        if (identity.did == proposed)
            setCurrentIndex(count() - 1);
    }
    setVisible(!identities.isEmpty());
    if (buddy)
        buddy->setVisible(!identities.isEmpty());
}

bool IdentityChooser::choose(const QString &did)
{
    const int index = findData(did);
    if (index < 0)
        return false;
    setCurrentIndex(index);
    return true;
}

} // namespace Satchel
