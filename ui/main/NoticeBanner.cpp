#include "main/NoticeBanner.h"

#include "common/StatusStyle.h"
#include "common/ThemeColors.h"

#include <QEvent>
#include <QApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

namespace Satchel {

namespace {
constexpr int kNamesShown = 3; // more would push Show off a narrow window
} // namespace

NoticeBanner::NoticeBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_show(new QPushButton(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("noticeBanner"));
    ThemeColors::follow(this, [this] {
        const QPalette palette = QApplication::palette();
        const auto tone = ThemeColors::Tone::Negative;
        setStyleSheet(QStringLiteral("#noticeBanner { background: %1; border: 1px solid %2; border-left: 6px solid %2;"
                                     " border-radius: 4px; } #noticeBanner QLabel { color: %3; }")
                          .arg(ThemeColors::bannerBackground(tone, palette).name(),
                               ThemeColors::bannerBorder(tone, palette).name(),
                               ThemeColors::bannerText(tone, palette).name()));
    });
    m_icon->setPixmap(QIcon(StatusStyle::iconPath(QStringLiteral("revoked"))).pixmap(20, 20));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_close->setAutoRaise(true);
    m_close->setText(QStringLiteral("\u00d7"));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(10, 6, 6, 6);
    row->addWidget(m_icon);
    row->addWidget(m_text, 1);
    row->addWidget(m_show);
    row->addWidget(m_close);
    connect(m_show, &QPushButton::clicked, this, [this] { Q_EMIT showRequested(credentialIds()); });
    connect(m_close, &QToolButton::clicked, this, &NoticeBanner::dismiss);
    retranslateUi();
    hide();
}

void NoticeBanner::addChanged(const QList<qint64> &revoked, const QList<qint64> &expired, const QStringList &names)
{
    for (int i = 0; i < revoked.size() + expired.size(); ++i) {
        const bool isRevoked = i < revoked.size();
        const qint64 id = isRevoked ? revoked.at(i) : expired.at(i - revoked.size());
        if (m_revoked.contains(id) || m_expired.contains(id))
            continue;
        (isRevoked ? m_revoked : m_expired).append(id);
        if (i < names.size())
            m_names.append(names.at(i));
    }
    if (credentialIds().isEmpty())
        return;
    retranslateUi();
    show();
}

void NoticeBanner::dismiss()
{
    m_revoked.clear();
    m_expired.clear();
    m_names.clear();
    hide();
}

QString NoticeBanner::text() const
{
    return m_text->text();
}

void NoticeBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void NoticeBanner::retranslateUi()
{
    m_show->setText(tr("Show"));
    m_show->setToolTip(tr("Select these credentials in the wallet"));
    m_close->setToolTip(tr("Close this notice"));
    m_close->setAccessibleName(tr("Close this notice"));
    const int count = int(m_revoked.size() + m_expired.size());
    if (count == 0) {
        m_text->clear();
        return;
    }
    QStringList shown = m_names.mid(0, kNamesShown);
    if (m_names.size() > kNamesShown)
        shown << tr("%n more", nullptr, int(m_names.size()) - kNamesShown);
    QStringList parts{tr("%n credential(s) stopped being valid since the last check: %1.", nullptr, count)
                          .arg(shown.join(tr(", ")))};
    if (!m_revoked.isEmpty())
        parts << tr("%n revoked.", nullptr, int(m_revoked.size()));
    if (!m_expired.isEmpty())
        parts << tr("%n expired.", nullptr, int(m_expired.size()));
    parts << tr("Open one to see why and what to do.");
    m_text->setText(parts.join(QLatin1Char(' ')));
}

} // namespace Satchel
