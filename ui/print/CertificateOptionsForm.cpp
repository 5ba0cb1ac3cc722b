#include "print/CertificateOptionsForm.h"

#include "export/CertificateOptionsStore.h"
#include "storage/Wallet.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

namespace Satchel {

CertificateOptionsForm::CertificateOptionsForm(Wallet *wallet, CertificateOptionsStore *remembered, QWidget *parent)
    : QWidget(parent)
    , m_wallet(wallet)
{
    m_design = new QComboBox(this);
    m_design->addItem(tr("Classic"), int(CertificateOptions::Design::Classic));
    m_design->addItem(tr("Modern"), int(CertificateOptions::Design::Modern));
    m_design->addItem(tr("Compact"), int(CertificateOptions::Design::Compact));
    m_paper = new QComboBox(this);
    m_paper->addItem(tr("A4"), int(CertificateOptions::Paper::A4));
    m_paper->addItem(tr("US Letter"), int(CertificateOptions::Paper::Letter));
    m_orientation = new QComboBox(this);
    m_orientation->addItem(tr("Portrait"), false);
    m_orientation->addItem(tr("Landscape"), true);

    m_layout = new QFormLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addRow(tr("&Design:"), m_design);
    m_layout->addRow(tr("&Paper:"), m_paper);
    m_layout->addRow(tr("&Orientation:"), m_orientation);
    m_learnerName = new QLineEdit(m_wallet->setting(QStringLiteral("learner.name")), this);
    m_learnerName->setPlaceholderText(tr("Used when a credential does not name you"));
    // The hint is the field's only explanation: the box is wide enough to show all of it.
    m_learnerName->setMinimumWidth(m_learnerName->fontMetrics().horizontalAdvance(m_learnerName->placeholderText()) + 20);
    m_layout->addRow(tr("Your &name:"), m_learnerName);

    // The last choice is remembered: a learner printing several certificates wants them alike.
    if (remembered)
        setOptions(remembered->rememberedCertificateOptions());

    for (QComboBox *box : { m_design, m_paper, m_orientation }) {
        connect(box, &QComboBox::currentIndexChanged, this, [this, remembered] {
            if (remembered)
                remembered->rememberCertificateOptions(options());
            Q_EMIT optionsChanged();
        });
    }
    connect(m_learnerName, &QLineEdit::editingFinished, this, [this] {
        const QString name = m_learnerName->text().trimmed();
        if (name == m_wallet->setting(QStringLiteral("learner.name")))
            return;
        (void)m_wallet->setSetting(QStringLiteral("learner.name"), name); // a failed write only loses the default
        Q_EMIT optionsChanged();
    });
}

void CertificateOptionsForm::setOptions(const CertificateOptions &options)
{
    const auto select = [](QComboBox *box, const QVariant &value) {
        const int index = box->findData(value);
        box->setCurrentIndex(index < 0 ? 0 : index);
    };
    select(m_design, int(options.design));
    select(m_paper, int(options.paper));
    select(m_orientation, options.landscape);
    if (!options.learnerName.isEmpty())
        m_learnerName->setText(options.learnerName);
}

CertificateOptions CertificateOptionsForm::options() const
{
    CertificateOptions options;
    options.design = CertificateOptions::Design(m_design->currentData().toInt());
    options.paper = CertificateOptions::Paper(m_paper->currentData().toInt());
    options.landscape = m_orientation->currentData().toBool();
    options.learnerName = m_learnerName->text().trimmed();
    return options;
}

} // namespace Satchel
