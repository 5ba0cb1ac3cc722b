#include "settings/TrustRegistriesWidget.h"
#include "ui_TrustRegistriesWidget.h"

#include "common/ProgressStrip.h"
#include "i18n/LocaleText.h"
#include "storage/Wallet.h"
#include "trust/TrustRegistrySettings.h"
#include "trust/TrustRegistryUpdater.h"

#include <QEvent>
#include <QInputDialog>

namespace Satchel {

TrustRegistriesWidget::TrustRegistriesWidget(Wallet *wallet, NetworkMode *network, QWidget *parent)
    : QWidget(parent), m_wallet(wallet), m_network(network), m_ui(std::make_unique<Ui::TrustRegistriesWidget>())
{
    m_ui->setupUi(this);
    m_progress = new ProgressStrip(ProgressStrip::Idle::Hidden, new QPushButton(this), this);
    m_ui->layout->insertWidget(m_ui->layout->indexOf(m_ui->result), m_progress);

    connect(m_ui->add, &QPushButton::clicked, this, &TrustRegistriesWidget::askUrl);
    connect(m_ui->remove, &QPushButton::clicked, this, &TrustRegistriesWidget::removeSelected);
    connect(m_ui->refresh, &QPushButton::clicked, this, &TrustRegistriesWidget::refreshNow);
    connect(m_progress, &ProgressStrip::cancelRequested, &m_job, &BackgroundJob::cancel);
    connect(&m_job, &BackgroundJob::progressed, m_progress, [this](int done, int total) {
        m_progress->setProgress(done, total);
    });
    connect(m_ui->list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        const int row = m_ui->list->row(item);
        if (row < 0 || row >= m_registries.size())
            return;
        const bool on = item->checkState() == Qt::Checked;
        if (m_registries[row].enabled == on)
            return;
        m_registries[row].enabled = on;
        save();
    });
    connect(m_ui->list, &QListWidget::currentRowChanged, this, [this](int row) {
        m_ui->remove->setEnabled(row >= 0 && row < m_registries.size() && !m_registries.at(row).builtIn);
    });
    retranslateUi();
    reload();
}

TrustRegistriesWidget::~TrustRegistriesWidget() = default;

QListWidget *TrustRegistriesWidget::list() const
{
    return m_ui->list;
}

QPushButton *TrustRegistriesWidget::refreshButton() const
{
    return m_ui->refresh;
}

QLabel *TrustRegistriesWidget::resultLabel() const
{
    return m_ui->result;
}

void TrustRegistriesWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reload();
    }
    QWidget::changeEvent(event);
}

void TrustRegistriesWidget::retranslateUi()
{
    m_ui->retranslateUi(this);
    m_progress->cancelButton()->setText(tr("Cancel"));
}

QString TrustRegistriesWidget::itemText(const TrustRegistry &registry) const
{
    const QString format = registry.format == TrustRegistry::Format::Dcc ? tr("DCC registry") : tr("OpenID Federation");
    const auto copy = m_wallet ? m_wallet->document(registry.cacheKey()) : std::nullopt;
    const QString fetched = copy ? tr("copy of %1").arg(LocaleText::dateTime(copy->fetchedAt)) : tr("never fetched");
    return tr("%1\n%2 · %3 · %4").arg(registry.name, registry.url.toDisplayString(), format, fetched);
}

void TrustRegistriesWidget::reload()
{
    if (!m_wallet)
        return;
    m_registries = TrustRegistrySettings::load(*m_wallet);
    const QSignalBlocker blocker(m_ui->list);
    const int current = m_ui->list->currentRow();
    m_ui->list->clear();
    for (const TrustRegistry &registry : std::as_const(m_registries)) {
        auto *item = new QListWidgetItem(itemText(registry), m_ui->list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(registry.enabled ? Qt::Checked : Qt::Unchecked);
    }
    m_ui->list->setCurrentRow(qMin(current, int(m_ui->list->count()) - 1));
    m_ui->remove->setEnabled(current >= 0 && current < m_registries.size() && !m_registries.at(current).builtIn);
}

void TrustRegistriesWidget::save()
{
    if (!m_wallet)
        return;
    if (const Status saved = TrustRegistrySettings::save(*m_wallet, m_registries); !saved)
        m_ui->result->setText(saved.error().message);
    reload();
    Q_EMIT registriesChanged();
}

bool TrustRegistriesWidget::addUrl(const QString &url)
{
    auto added = TrustRegistrySettings::fromUrl(url, m_registries);
    if (!added) {
        m_ui->result->setText(added.error().message);
        return false;
    }
    m_registries.append(*added);
    save();
    m_ui->result->setText(tr("Added %1. Refresh now to fetch it.").arg(added->url.toDisplayString()));
    return true;
}

void TrustRegistriesWidget::askUrl()
{
    bool ok = false;
    const QString url = QInputDialog::getText(this, tr("Add a trust registry"),
                                              tr("The address of a registry in the DCC format, or of an OpenID "
                                                 "Federation trust anchor (…/.well-known/openid-federation):"),
                                              QLineEdit::Normal, QString(), &ok);
    if (ok && !url.trimmed().isEmpty())
        addUrl(url);
}

void TrustRegistriesWidget::removeSelected()
{
    const int row = m_ui->list->currentRow();
    if (row < 0 || row >= m_registries.size() || m_registries.at(row).builtIn)
        return;
    m_registries.removeAt(row);
    save();
}

void TrustRegistriesWidget::refreshNow()
{
    if (!m_wallet || m_job.isRunning())
        return;
    const QList<TrustRegistry> registries = TrustRegistrySettings::enabled(m_registries);
    if (registries.isEmpty()) {
        m_ui->result->setText(tr("No registry is switched on."));
        return;
    }
    NetworkMode *network = m_network;
    m_ui->refresh->setEnabled(false);
    m_ui->result->clear();
    m_progress->start();
    m_job.start(
        m_wallet->path(),
        [registries, network](Wallet &wallet, JobControl &control) -> Result<QList<TrustRefreshItem>> {
            return TrustRegistryUpdater::refreshWallet(wallet, network, registries, [&control](int done, int total) {
                control.reportProgress(done, total);
                return !control.isCancelled();
            });
        },
        [this](Result<QList<TrustRefreshItem>> items) {
            m_progress->finish();
            m_ui->refresh->setEnabled(true);
            if (!items) {
                m_ui->result->setText(items.error().message);
                return;
            }
            QStringList lines;
            for (const TrustRefreshItem &item : std::as_const(*items))
                lines.append(item.ok ? tr("%1: up to date").arg(item.registryName)
                                     : tr("%1: %2").arg(item.registryName, item.message));
            m_ui->result->setText(lines.join(QLatin1Char('\n')));
            reload();
            Q_EMIT registriesChanged();
        });
}

} // namespace Satchel
