#pragma once

#include <QAbstractEventDispatcher>
#include <QAtomicInt>
#include <QHash>
#include <QList>

#include <map>
#include <unordered_map>
#include <vector>

class QSocketNotifier;

namespace BoxOffice::Shared {

/**
 * A Linux event dispatcher on epoll and an eventfd. Qt's own dispatchers (glib's and the
 * poll() one) hand every socket to the kernel at each wake-up and search a list on each
 * notifier change, O(sockets) per wake-up; with thousands of WebSockets that is most of
 * the process's time. Here a wake-up costs O(ready sockets), a notifier change one
 * epoll_ctl, a timer change O(log timers).
 *
 * Same contract as Qt's poll() dispatcher: level-triggered (a notifier fires at each pass
 * while its socket is ready), read notifiers also fire on hang-up and error, write
 * notifiers on error; timers are delivered as QTimerEvent, never re-entered while their
 * handler runs, and a timer that is late is not fired twice to catch up.
 *
 * Use installEventDispatcher() before the QCoreApplication exists (the main thread) or
 * QThread::setEventDispatcher() before a thread starts.
 */
class EpollEventDispatcher final : public QAbstractEventDispatcher
{
    Q_OBJECT
public:
    explicit EpollEventDispatcher(QObject *parent = nullptr);
    ~EpollEventDispatcher() override;

    bool processEvents(QEventLoop::ProcessEventsFlags flags) override;

    void registerSocketNotifier(QSocketNotifier *notifier) override;
    void unregisterSocketNotifier(QSocketNotifier *notifier) override;

    void registerTimer(int timerId, qint64 interval, Qt::TimerType timerType, QObject *object) override;
    bool unregisterTimer(int timerId) override;
    bool unregisterTimers(QObject *object) override;
    QList<TimerInfo> registeredTimers(QObject *object) const override;
    int remainingTime(int timerId) override;

    void wakeUp() override;
    void interrupt() override;

private:
    struct FdEntry
    {
        QSocketNotifier *notifiers[3] = {nullptr, nullptr, nullptr}; // Read, Write, Exception
        unsigned pending = 0; // bit per type: ready, not yet activated in this pass
        bool inEpoll = false; // false for files epoll refuses (always ready, like poll())
    };
    struct Timer
    {
        int id = 0;
        qint64 intervalMs = 0;
        Qt::TimerType type = Qt::CoarseTimer;
        QObject *object = nullptr;
        qint64 deadlineNs = 0;
        bool inHandler = false;
        std::multimap<qint64, int>::iterator queued;
    };

    void updateEpoll(int fd, FdEntry &entry);
    void schedule(Timer &t, qint64 deadlineNs);
    int waitTimeoutMs(qint64 nowNs) const;
    bool activateTimers();
    bool activateNotifiers(const std::vector<int> &readyFds);
    void drainWakeUps();

    int m_epoll = -1;
    int m_eventFd = -1;
    QAtomicInt m_wakeUpPending = 0;
    QAtomicInt m_interrupted = 0;

    std::unordered_map<int, FdEntry> m_fds;
    std::vector<int> m_alwaysReady; // fds epoll cannot watch (regular files)

    std::unordered_map<int, Timer> m_timers;
    std::multimap<qint64, int> m_timerQueue; // deadline -> timer id
    QHash<QObject *, QList<int>> m_objectTimers;
};

/**
 * Installs an EpollEventDispatcher for the main thread, unless the environment variable
 * BOXOFFICE_EVENT_DISPATCHER is "qt" (Qt's default dispatcher, for comparison or as a
 * fallback). Call before constructing the Q(Core)Application. Returns whether it did.
 */
bool installEventDispatcher();

} // namespace BoxOffice::Shared
