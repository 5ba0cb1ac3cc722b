#include "NetworkMode.h"

#include <QMutexLocker>

#include <algorithm>

namespace Satchel {

NetworkMode::NetworkMode(QObject *parent) : QObject(parent) {}

NetworkMode::State NetworkMode::state() const
{
    const QMutexLocker lock(&m_mutex);
    return m_state;
}

QDateTime NetworkMode::offlineSince() const
{
    const QMutexLocker lock(&m_mutex);
    return m_since;
}

bool NetworkMode::isOfflineForWorkStartedAt(const QDateTime &startedAt) const
{
    const QMutexLocker lock(&m_mutex);
    switch (m_state) {
    case State::Online:
        return false;
    case State::OfflineByChoice:
        return true;
    case State::OfflineDetected:
        return !startedAt.isValid() || m_since >= startedAt;
    }
    return false;
}

void NetworkMode::setOfflineByChoice(bool offline)
{
    if (offline)
        moveTo(State::OfflineByChoice, {State::Online, State::OfflineDetected});
    else
        moveTo(State::Online, {State::OfflineByChoice, State::OfflineDetected});
}

void NetworkMode::reportNetworkLost(const QDateTime &workStartedAt)
{
    {
        const QMutexLocker lock(&m_mutex);
        if (workStartedAt.isValid() && m_lastReached.isValid() && m_lastReached >= workStartedAt)
            return;
    }
    // Already detected: a later fetcher found it again, so the outage holds for that one too.
    moveTo(State::OfflineDetected, {State::Online, State::OfflineDetected});
}

void NetworkMode::reportNetworkReached()
{
    {
        const QMutexLocker lock(&m_mutex);
        m_lastReached = QDateTime::currentDateTimeUtc();
    }
    moveTo(State::Online, {State::OfflineDetected});
}

void NetworkMode::moveTo(State state, std::initializer_list<State> from)
{
    {
        // Checked and changed under one lock: a detected outage must not replace the learner's choice.
        const QMutexLocker lock(&m_mutex);
        if (std::find(from.begin(), from.end(), m_state) == from.end())
            return;
        const bool same = m_state == state;
        m_state = state;
        m_since = state == State::Online ? QDateTime() : QDateTime::currentDateTimeUtc();
        if (same) // a detected outage found again: only its time moves, nobody needs telling
            return;
    }
    Q_EMIT changed(state);
}

} // namespace Satchel
