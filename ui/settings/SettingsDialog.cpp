#include "settings/SettingsDialog.h"
#include "ui_SettingsDialog.h"

#include "common/ColorScheme.h"
#include "i18n/Translations.h"
#include "reminders/ReminderSettingsBox.h"
#include "settings/HolderIdentitiesWidget.h"
#include "settings/TrustRegistriesWidget.h"
#include "common/TabOrder.h"
#include "storage/Wallet.h"
#include "common/ClearButtonName.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFileDialog>
#include <QLocale>
#include <QRegularExpression>
#include <QSettings>

namespace Satchel {

SettingsDialog::SettingsDialog(Wallet *wallet, QWidget *parent, NetworkMode *network)
    : QDialog(parent)
    , m_wallet(wallet)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
    m_ui->identities->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    ClearButtonName::apply(m_ui->identityValue);
    m_ui->maxAge->setValue(m_wallet ? std::clamp(m_wallet->setting(QStringLiteral("verify.maxAgeHours"),
                                                                   QStringLiteral("24")).toInt(), 1, 24 * 30)
                                    : 24);
    // How long a status list or hosted badge answer is trusted before it is fetched again (the wallet
    // setting NetworkDocumentFetcher reads; it travels with the wallet).
    connect(m_ui->maxAge, qOverload<int>(&QSpinBox::valueChanged), this, [this](int hours) {
        if (m_wallet)
            (void)m_wallet->setSetting(QStringLiteral("verify.maxAgeHours"), QString::number(hours));
    });

    // Built here as they need the wallet. Made after the form, they would follow Close in the Tab
    // order: Close is moved back to the end once they exist.
    m_holderIdentities = new HolderIdentitiesWidget(m_wallet, m_ui->keysBox);
    m_ui->keysLayout->addWidget(m_holderIdentities);
    connect(m_holderIdentities, &HolderIdentitiesWidget::identitiesChanged, this, &SettingsDialog::identitiesChanged);
    auto *reminders = new ReminderSettingsBox(m_wallet, m_ui->generalPage);
    connect(reminders, &ReminderSettingsBox::warnDaysChanged, this, &SettingsDialog::remindersChanged);
    m_ui->generalLayout->insertWidget(m_ui->generalLayout->indexOf(m_ui->walletBox), reminders);
    m_trustRegistries = new TrustRegistriesWidget(m_wallet, network, this);
    connect(m_trustRegistries, &TrustRegistriesWidget::registriesChanged, this, &SettingsDialog::trustRegistriesChanged);
    m_ui->tabs->addTab(m_trustRegistries, QString());
    TabOrder::moveToEnd(m_ui->close);
    // The form puts the tab bar first in the focus chain; the dialog still opens with the first
    // widget of its page focused, not the tab bar.
    m_ui->identities->setFocus();

    connect(m_ui->identityAdd, &QPushButton::clicked, this, &SettingsDialog::addIdentity);
    connect(m_ui->identityValue, &QLineEdit::returnPressed, this, &SettingsDialog::addIdentity);
    connect(m_ui->identityValue, &QLineEdit::textEdited, this, [this](const QString &text) {
        const int index = m_ui->identityType->findData(guessType(text));
        if (index >= 0)
            m_ui->identityType->setCurrentIndex(index);
    });
    connect(m_ui->identityRemove, &QPushButton::clicked, this, &SettingsDialog::removeIdentity);
    connect(m_ui->chooseWallet, &QPushButton::clicked, this, &SettingsDialog::chooseWallet);
    connect(m_ui->close, &QPushButton::clicked, this, &QDialog::accept);

    retranslateUi();
    reloadIdentities();
    // Connected after the first fill so that opening the dialog does not re-apply the language.
    connect(m_ui->language, qOverload<int>(&QComboBox::currentIndexChanged), this, &SettingsDialog::applyLanguage);
    connect(m_ui->colorScheme, qOverload<int>(&QComboBox::currentIndexChanged), this, &SettingsDialog::applyColorScheme);
}

SettingsDialog::~SettingsDialog() = default;

QTabWidget *SettingsDialog::tabs() const
{
    return m_ui->tabs;
}

void SettingsDialog::retranslateUi()
{
    m_ui->retranslateUi(this);
    m_ui->tabs->setTabText(kTrustTab, tr("Trust registries")); // a page the form does not have
    // The items carry the value stored for each choice, which a form cannot give them.
    const QVariant type = m_ui->identityType->currentData();
    m_ui->identityType->clear();
    m_ui->identityType->addItem(tr("E-mail"), QStringLiteral("email"));
    m_ui->identityType->addItem(tr("Web address"), QStringLiteral("url"));
    m_ui->identityType->addItem(tr("Phone"), QStringLiteral("telephone"));
    m_ui->identityType->addItem(tr("DID"), QStringLiteral("did"));
    m_ui->identityType->setCurrentIndex(qMax(0, m_ui->identityType->findData(type)));

    const QSignalBlocker blocker(m_ui->language);
    m_ui->language->clear();
    m_ui->language->addItem(tr("System default"), QString());
    for (const QString &code : Translations::availableLanguages()) {
        const QLocale locale(code);
        QString name = locale.nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        m_ui->language->addItem(name.isEmpty() ? code : name, code);
    }
    const QString chosen = QSettings().value(QLatin1String(Translations::kLanguageSettingKey)).toString();
    m_ui->language->setCurrentIndex(qMax(0, m_ui->language->findData(chosen)));

    const QSignalBlocker schemeBlocker(m_ui->colorScheme);
    m_ui->colorScheme->clear();
    for (ColorScheme::Choice choice : {ColorScheme::Choice::System, ColorScheme::Choice::Light, ColorScheme::Choice::Dark})
        m_ui->colorScheme->addItem(ColorScheme::label(choice), ColorScheme::settingValue(choice));
    const auto scheme = ColorScheme::fromSettingValue(QSettings().value(QLatin1String(ColorScheme::kSettingKey)).toString());
    m_ui->colorScheme->setCurrentIndex(qMax(0, m_ui->colorScheme->findData(ColorScheme::settingValue(scheme))));

    m_ui->walletPath->setText(m_wallet ? m_wallet->path() : tr("No wallet is open."));
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SettingsDialog::reloadIdentities()
{
    m_ui->identities->setRowCount(0);
    if (!m_wallet)
        return;
    const auto identities = m_wallet->identities();
    m_ui->identities->setRowCount(int(identities.size()));
    for (int row = 0; row < identities.size(); ++row) {
        const int typeIndex = m_ui->identityType->findData(identities.at(row).first);
        m_ui->identities->setItem(row, 0, new QTableWidgetItem(typeIndex >= 0 ? m_ui->identityType->itemText(typeIndex)
                                                                           : identities.at(row).first));
        m_ui->identities->setItem(row, 1, new QTableWidgetItem(identities.at(row).second));
    }
    m_ui->identityRemove->setEnabled(!identities.isEmpty());
}

QString SettingsDialog::guessType(const QString &value)
{
    const QString v = value.trimmed();
    if (v.startsWith(QLatin1String("did:")))
        return QStringLiteral("did");
    if (v.startsWith(QLatin1String("http://")) || v.startsWith(QLatin1String("https://")))
        return QStringLiteral("url");
    if (v.contains(QLatin1Char('@')))
        return QStringLiteral("email");
    static const QRegularExpression phone(QStringLiteral("^\\+?[0-9 ()-]{6,}$"));
    if (phone.match(v).hasMatch())
        return QStringLiteral("telephone");
    return {};
}

void SettingsDialog::addIdentity()
{
    const QString value = m_ui->identityValue->text().trimmed();
    if (!m_wallet || value.isEmpty())
        return;
    const QString type = m_ui->identityType->currentData().toString();
    const Status status = m_wallet->addIdentity(type, value);
    if (!status.ok()) {
        m_ui->identityError->setText(status.error().message);
        return;
    }
    m_ui->identityError->clear();
    m_ui->identityValue->clear();
    reloadIdentities();
    Q_EMIT identitiesChanged();
}

void SettingsDialog::removeIdentity()
{
    const int row = m_ui->identities->currentRow();
    if (!m_wallet || row < 0)
        return;
    const Status status = m_wallet->removeIdentity(m_ui->identities->item(row, 1)->text());
    if (!status.ok()) {
        m_ui->identityError->setText(status.error().message);
        return;
    }
    m_ui->identityError->clear();
    reloadIdentities();
    Q_EMIT identitiesChanged();
}

void SettingsDialog::applyLanguage()
{
    const QString language = m_ui->language->currentData().toString();
    // The settings dialog is where the choice is made, so it keeps it (main() reads it at start-up).
    QSettings settings;
    if (language.isEmpty())
        settings.remove(QLatin1String(Translations::kLanguageSettingKey));
    else
        settings.setValue(QLatin1String(Translations::kLanguageSettingKey), language);
    Translations::install(QCoreApplication::instance(), Translations::effectiveLanguage(language));
    Q_EMIT languageChanged(Translations::effectiveLanguage(language));
}

void SettingsDialog::applyColorScheme()
{
    const auto choice = ColorScheme::fromSettingValue(m_ui->colorScheme->currentData().toString());
    // Kept here like the language; main() applies it at the next start.
    QSettings().setValue(QLatin1String(ColorScheme::kSettingKey), ColorScheme::settingValue(choice));
    ColorScheme::apply(choice);
}

void SettingsDialog::chooseWallet()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Open or create a wallet"), m_wallet ? m_wallet->path() : QString(),
        tr("Satchel wallets (*.sqlite);;All files (*)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    // The window reopens the wallet: this dialog's pointer is stale from here on, so it closes.
    m_wallet = nullptr;
    Q_EMIT walletChangeRequested(path);
    accept();
}

} // namespace Satchel
