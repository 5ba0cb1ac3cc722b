#include "settings/SettingsDialog.h"

#include "common/ColorScheme.h"
#include "i18n/Translations.h"
#include "reminders/ReminderSettingsBox.h"
#include "settings/HolderIdentitiesWidget.h"
#include "settings/TrustRegistriesWidget.h"
#include "storage/Wallet.h"
#include "common/ClearButtonName.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QFileDialog>
#include <QGroupBox>
#include <QSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Satchel {

SettingsDialog::SettingsDialog(Wallet *wallet, QWidget *parent, NetworkMode *network)
    : QDialog(parent)
    , m_wallet(wallet)
{
    setWindowIcon(QIcon(QStringLiteral(":/icons/satchel.svg")));
    resize(720, 620);

    m_identityBox = new QGroupBox(this);
    m_identityHelp = new QLabel(m_identityBox);
    m_identityHelp->setWordWrap(true);
    m_identities = new QTableWidget(0, 2, m_identityBox);
    m_identities->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_identities->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_identities->verticalHeader()->hide();
    m_identities->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_identityType = new QComboBox(m_identityBox);
    m_identityValue = new QLineEdit(m_identityBox);
    m_identityValue->setClearButtonEnabled(true);
    ClearButtonName::apply(m_identityValue);
    m_add = new QPushButton(m_identityBox);
    m_remove = new QPushButton(m_identityBox);
    m_identityError = new QLabel(m_identityBox);
    m_identityError->setWordWrap(true);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_identityType);
    addRow->addWidget(m_identityValue, 1);
    addRow->addWidget(m_add);
    addRow->addWidget(m_remove);
    auto *identityLayout = new QVBoxLayout(m_identityBox);
    identityLayout->addWidget(m_identityHelp);
    identityLayout->addWidget(m_identities, 1);
    identityLayout->addLayout(addRow);
    identityLayout->addWidget(m_identityError);

    m_languageBox = new QGroupBox(this);
    m_language = new QComboBox(m_languageBox);
    m_languageNote = new QLabel(m_languageBox);
    m_languageNote->setWordWrap(true);
    auto *languageLayout = new QVBoxLayout(m_languageBox);
    languageLayout->addWidget(m_language);
    languageLayout->addWidget(m_languageNote);

    m_appearanceBox = new QGroupBox(this);
    m_colorSchemeLabel = new QLabel(m_appearanceBox);
    m_colorScheme = new QComboBox(m_appearanceBox);
    m_colorSchemeLabel->setBuddy(m_colorScheme);
    auto *appearanceLayout = new QHBoxLayout(m_appearanceBox);
    appearanceLayout->addWidget(m_colorSchemeLabel);
    appearanceLayout->addWidget(m_colorScheme, 1);

    // How long a status list or hosted badge answer is trusted before it is fetched again
    // (the wallet setting NetworkDocumentFetcher reads; it travels with the wallet).
    m_verifyBox = new QGroupBox(this);
    m_maxAgeLabel = new QLabel(m_verifyBox);
    m_maxAgeLabel->setWordWrap(true);
    m_maxAge = new QSpinBox(m_verifyBox);
    m_maxAge->setRange(1, 24 * 30);
    m_maxAgeLabel->setBuddy(m_maxAge);
    m_maxAge->setValue(m_wallet ? std::clamp(m_wallet->setting(QStringLiteral("verify.maxAgeHours"),
                                                               QStringLiteral("24")).toInt(), 1, 24 * 30)
                                : 24);
    auto *verifyLayout = new QHBoxLayout(m_verifyBox);
    verifyLayout->addWidget(m_maxAgeLabel, 1);
    verifyLayout->addWidget(m_maxAge);
    connect(m_maxAge, qOverload<int>(&QSpinBox::valueChanged), this, [this](int hours) {
        if (m_wallet)
            (void)m_wallet->setSetting(QStringLiteral("verify.maxAgeHours"), QString::number(hours));
    });

    m_walletBox = new QGroupBox(this);
    m_walletPath = new QLabel(m_walletBox);
    m_walletPath->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_walletPath->setWordWrap(true);
    m_chooseWallet = new QPushButton(m_walletBox);
    auto *walletLayout = new QHBoxLayout(m_walletBox);
    walletLayout->addWidget(m_walletPath, 1);
    walletLayout->addWidget(m_chooseWallet);

    m_close = new QPushButton(this);
    m_close->setDefault(true);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_close);

    // Identities: the ones badges name (e-mail, URL...) and the learner's own keys.
    m_keysBox = new QGroupBox(this);
    m_holderIdentities = new HolderIdentitiesWidget(m_wallet, m_keysBox);
    auto *keysLayout = new QVBoxLayout(m_keysBox);
    keysLayout->addWidget(m_holderIdentities);
    connect(m_holderIdentities, &HolderIdentitiesWidget::identitiesChanged, this, &SettingsDialog::identitiesChanged);
    auto *identitiesPage = new QWidget(this);
    auto *identitiesLayout = new QVBoxLayout(identitiesPage);
    identitiesLayout->addWidget(m_identityBox, 2);
    identitiesLayout->addWidget(m_keysBox, 3);
    identitiesLayout->setContentsMargins(0, 0, 0, 0);
    auto *generalPage = new QWidget(this);
    auto *generalLayout = new QVBoxLayout(generalPage);
    generalLayout->addWidget(m_languageBox);
    generalLayout->addWidget(m_appearanceBox);
    generalLayout->addWidget(m_verifyBox);
    auto *reminders = new ReminderSettingsBox(m_wallet, generalPage);
    connect(reminders, &ReminderSettingsBox::warnDaysChanged, this, &SettingsDialog::remindersChanged);
    generalLayout->addWidget(reminders);
    generalLayout->addWidget(m_walletBox);
    generalLayout->addStretch(1);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(identitiesPage, QString());
    m_tabs->addTab(generalPage, QString());
    m_trustRegistries = new TrustRegistriesWidget(m_wallet, network, this);
    connect(m_trustRegistries, &TrustRegistriesWidget::registriesChanged, this, &SettingsDialog::trustRegistriesChanged);
    m_tabs->addTab(m_trustRegistries, QString());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &SettingsDialog::addIdentity);
    connect(m_identityValue, &QLineEdit::returnPressed, this, &SettingsDialog::addIdentity);
    connect(m_identityValue, &QLineEdit::textEdited, this, [this](const QString &text) {
        const int index = m_identityType->findData(guessType(text));
        if (index >= 0)
            m_identityType->setCurrentIndex(index);
    });
    connect(m_remove, &QPushButton::clicked, this, &SettingsDialog::removeIdentity);
    connect(m_chooseWallet, &QPushButton::clicked, this, &SettingsDialog::chooseWallet);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);

    retranslateUi();
    reloadIdentities();
    // Connected after the first fill so that opening the dialog does not re-apply the language.
    connect(m_language, qOverload<int>(&QComboBox::currentIndexChanged), this, &SettingsDialog::applyLanguage);
    connect(m_colorScheme, qOverload<int>(&QComboBox::currentIndexChanged), this, &SettingsDialog::applyColorScheme);
}

void SettingsDialog::retranslateUi()
{
    setWindowTitle(tr("Settings"));
    m_identityBox->setTitle(tr("My identities"));
    m_keysBox->setTitle(tr("My keys"));
    m_tabs->setTabText(kIdentitiesTab, tr("Identities"));
    m_tabs->setTabText(kGeneralTab, tr("General"));
    m_tabs->setTabText(kTrustTab, tr("Trust registries"));
    m_identityHelp->setText(tr("The e-mail addresses, web addresses, phone numbers and DIDs that badges may be "
                               "issued to. Satchel matches recipients against them on this computer only."));
    m_identities->setHorizontalHeaderLabels({tr("Type"), tr("Value")});
    const QVariant type = m_identityType->currentData();
    m_identityType->clear();
    m_identityType->addItem(tr("E-mail"), QStringLiteral("email"));
    m_identityType->addItem(tr("Web address"), QStringLiteral("url"));
    m_identityType->addItem(tr("Phone"), QStringLiteral("telephone"));
    m_identityType->addItem(tr("DID"), QStringLiteral("did"));
    m_identityType->setCurrentIndex(qMax(0, m_identityType->findData(type)));
    m_identityValue->setPlaceholderText(tr("learner@example.org"));
    m_identities->setAccessibleName(tr("My identities"));
    m_identityType->setAccessibleName(tr("Type of the identity to add"));
    m_identityValue->setAccessibleName(tr("Identity to add"));
    m_add->setText(tr("Add"));
    m_remove->setText(tr("Remove"));

    m_languageBox->setTitle(tr("Language"));
    const QSignalBlocker blocker(m_language);
    m_language->clear();
    m_language->setAccessibleName(tr("Interface language"));
    m_language->addItem(tr("System default"), QString());
    for (const QString &code : Translations::availableLanguages()) {
        const QLocale locale(code);
        QString name = locale.nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        m_language->addItem(name.isEmpty() ? code : name, code);
    }
    const QString chosen = QSettings().value(QLatin1String(Translations::kLanguageSettingKey)).toString();
    m_language->setCurrentIndex(qMax(0, m_language->findData(chosen)));
    m_languageNote->setText(tr("The interface switches at once; a few texts change after a restart."));

    m_appearanceBox->setTitle(tr("Appearance"));
    m_colorSchemeLabel->setText(tr("&Colours:"));
    const QSignalBlocker schemeBlocker(m_colorScheme);
    m_colorScheme->clear();
    for (ColorScheme::Choice choice : {ColorScheme::Choice::System, ColorScheme::Choice::Light, ColorScheme::Choice::Dark})
        m_colorScheme->addItem(ColorScheme::label(choice), ColorScheme::settingValue(choice));
    const auto scheme = ColorScheme::fromSettingValue(QSettings().value(QLatin1String(ColorScheme::kSettingKey)).toString());
    m_colorScheme->setCurrentIndex(qMax(0, m_colorScheme->findData(ColorScheme::settingValue(scheme))));

    m_verifyBox->setTitle(tr("Verification"));
    m_maxAgeLabel->setText(tr("Check again with the issuer whether a badge was revoked when the last answer is "
                              "older than:"));
    m_maxAge->setSuffix(tr(" h"));
    m_maxAge->setAccessibleName(tr("Hours before checking again"));
    m_walletBox->setTitle(tr("Wallet file"));
    m_walletPath->setText(m_wallet ? m_wallet->path() : tr("No wallet is open."));
    m_chooseWallet->setText(tr("Open another wallet…"));
    m_close->setText(tr("Close"));
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SettingsDialog::reloadIdentities()
{
    m_identities->setRowCount(0);
    if (!m_wallet)
        return;
    const auto identities = m_wallet->identities();
    m_identities->setRowCount(int(identities.size()));
    for (int row = 0; row < identities.size(); ++row) {
        const int typeIndex = m_identityType->findData(identities.at(row).first);
        m_identities->setItem(row, 0, new QTableWidgetItem(typeIndex >= 0 ? m_identityType->itemText(typeIndex)
                                                                           : identities.at(row).first));
        m_identities->setItem(row, 1, new QTableWidgetItem(identities.at(row).second));
    }
    m_remove->setEnabled(!identities.isEmpty());
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
    const QString value = m_identityValue->text().trimmed();
    if (!m_wallet || value.isEmpty())
        return;
    const QString type = m_identityType->currentData().toString();
    const Status status = m_wallet->addIdentity(type, value);
    if (!status.ok()) {
        m_identityError->setText(status.error().message);
        return;
    }
    m_identityError->clear();
    m_identityValue->clear();
    reloadIdentities();
    Q_EMIT identitiesChanged();
}

void SettingsDialog::removeIdentity()
{
    const int row = m_identities->currentRow();
    if (!m_wallet || row < 0)
        return;
    const Status status = m_wallet->removeIdentity(m_identities->item(row, 1)->text());
    if (!status.ok()) {
        m_identityError->setText(status.error().message);
        return;
    }
    m_identityError->clear();
    reloadIdentities();
    Q_EMIT identitiesChanged();
}

void SettingsDialog::applyLanguage()
{
    const QString language = m_language->currentData().toString();
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
    const auto choice = ColorScheme::fromSettingValue(m_colorScheme->currentData().toString());
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
