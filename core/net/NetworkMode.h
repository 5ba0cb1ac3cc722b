// Whether Satchel uses the network, for everything that fetches or sends: online; offline because
// the learner asked (Tools → Work offline, --offline); or offline since a fetch found no network at
// all. The application builds one (app/gui, app/cli) and passes it down by pointer; a Fetcher reads
// it before every request and reports what it finds, from worker threads, so every call is
// thread-safe. changed() is emitted on the thread that made the change.
//
// A detected outage holds for the fetchers that were working when it was found (the rest of a
// verification run uses the cache only, as it should); a fetcher made later tries the network again,
// and its first answer ends the outage. Otherwise nothing would ever end it, since an offline
// fetcher makes no request.
#pragma once

#include <QDateTime>
#include <QMutex>
#include <QObject>

#include <initializer_list>

namespace Satchel {

class NetworkMode : public QObject {
    Q_OBJECT
public:
    enum class State { Online, OfflineByChoice, OfflineDetected };
    Q_ENUM(State)

    explicit NetworkMode(QObject *parent = nullptr);

    State state() const;
    bool isOffline() const { return state() != State::Online; }
    bool isOfflineByChoice() const { return state() == State::OfflineByChoice; }
    // When the offline state began (chosen, or the failure that revealed it); invalid online.
    QDateTime offlineSince() const;
    // True when a fetcher that started at `startedAt` must not use the network.
    bool isOfflineForWorkStartedAt(const QDateTime &startedAt) const;

    // The learner's choice. Leaving it returns to online (a detected outage is forgotten with it).
    void setOfflineByChoice(bool offline);
    // A fetcher that started at workStartedAt found no network (several hosts failed before
    // anything answered it). Ignored when another fetcher has reached the network since then: two
    // hosts down do not take every other worker offline.
    void reportNetworkLost(const QDateTime &workStartedAt = QDateTime());
    // Something answered: a detected outage is over.
    void reportNetworkReached();

Q_SIGNALS:
    void changed(Satchel::NetworkMode::State state);

private:
    // Moves to state when the current one is among from.
    void moveTo(State state, std::initializer_list<State> from);

    mutable QMutex m_mutex;
    State m_state = State::Online;
    QDateTime m_since;
    QDateTime m_lastReached; // the last time any fetcher had an answer
};

} // namespace Satchel
