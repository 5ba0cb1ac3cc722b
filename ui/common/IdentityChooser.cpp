#include "common/IdentityChooser.h"

#include "common/HolderIdentityText.h"

#include <QHBoxLayout>
#include <QLabel>

namespace Satchel {

IdentityChooser::IdentityChooser(const QString &labelText, QWidget *parent)
    : QComboBox(parent), m_label(new QLabel(labelText, parent))
{
    m_label->setBuddy(this);
}

void IdentityChooser::addRowTo(QBoxLayout *layout)
{
    auto *row = new QHBoxLayout;
    row->addWidget(m_label);
    row->addWidget(this, 1);
    layout->addLayout(row);
}

void IdentityChooser::setIdentities(const QList<HolderKeyRecord> &identities, const QString &proposed)
{
    clear();
    for (const HolderKeyRecord &identity : identities) {
        addItem(HolderIdentityText::line(identity), identity.did);
        setItemData(count() - 1, identity.did, Qt::ToolTipRole);
        if (identity.did == proposed)
            setCurrentIndex(count() - 1);
    }
    setVisible(!identities.isEmpty());
    m_label->setVisible(!identities.isEmpty());
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
