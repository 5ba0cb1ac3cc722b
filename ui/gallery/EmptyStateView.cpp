#include "gallery/EmptyStateView.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace Satchel {

namespace {
constexpr int kMaxShownSearch = 60; // a pasted paragraph in the search box must not fill the page
} // namespace

EmptyStateView::EmptyStateView(QWidget *parent)
    : QWidget(parent)
{
    m_title = new QLabel(this);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText); // the search text is the learner's, shown as typed
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_body = new QLabel(this);
    m_body->setAlignment(Qt::AlignCenter);
    m_body->setWordWrap(true);
    m_body->setTextFormat(Qt::PlainText);

    m_buttons = new QWidget(this);
    m_buttonRow = new QHBoxLayout(m_buttons);
    m_buttonRow->setContentsMargins(0, 0, 0, 0);
    m_buttonRow->addStretch();
    m_buttonRow->addStretch();
    m_clear = new QPushButton(this);
    connect(m_clear, &QPushButton::clicked, this, &EmptyStateView::clearRequested);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(40, 40, 40, 40);
    layout->setSpacing(14);
    layout->addStretch(2);
    layout->addWidget(m_title);
    layout->addWidget(m_body);
    layout->addSpacing(6);
    layout->addWidget(m_buttons);
    layout->addWidget(m_clear, 0, Qt::AlignHCenter);
    layout->addStretch(3);

    retranslateUi();
    showEmptyWallet();
}

void EmptyStateView::setWalletActions(const QList<QAction *> &actions)
{
    m_actions = actions;
    while (m_buttonRow->count() > 2) {
        QLayoutItem *item = m_buttonRow->takeAt(1);
        delete item->widget();
        delete item;
    }
    int at = 1;
    for (QAction *action : actions) {
        auto *button = new QToolButton(m_buttons);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setIconSize(QSize(24, 24));
        button->setMinimumHeight(40);
        button->setFocusPolicy(Qt::StrongFocus); // reachable with Tab from the search box
        button->setVisible(action->isVisible());
        // QToolButton follows its action's text and state, not whether it is shown.
        connect(action, &QAction::changed, button, [button, action] { button->setVisible(action->isVisible()); });
        m_buttonRow->insertWidget(at++, button);
    }
}

void EmptyStateView::showEmptyWallet()
{
    m_reason = Reason::EmptyWallet;
    m_searchText.clear();
    retranslateUi();
}

void EmptyStateView::showNoMatches(const QString &searchText)
{
    m_reason = Reason::NoMatches;
    m_searchText = searchText.trimmed();
    if (m_searchText.size() > kMaxShownSearch)
        m_searchText = m_searchText.left(kMaxShownSearch) + QStringLiteral("…");
    retranslateUi();
}

QString EmptyStateView::title() const
{
    return m_title->text();
}

void EmptyStateView::retranslateUi()
{
    const bool empty = m_reason == Reason::EmptyWallet;
    if (empty) {
        m_title->setText(tr("Your wallet is empty"));
        m_body->setText(tr("Add your badges and credentials: drop files, folders or zip archives on this window, "
                           "or choose one of these."));
    } else {
        m_title->setText(m_searchText.isEmpty() ? tr("No credentials match these filters")
                                                : tr("No credentials match “%1”").arg(m_searchText));
        m_body->setText(tr("Check the spelling, search for fewer words, or show everything again."));
    }
    m_buttons->setVisible(empty);
    m_clear->setVisible(!empty);
    m_clear->setText(tr("Clear search and filters"));
}

void EmptyStateView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace Satchel
