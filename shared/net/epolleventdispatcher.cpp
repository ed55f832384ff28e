#include "net/epolleventdispatcher.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSocketNotifier>
#include <QTimerEvent>

#include <cerrno>
#include <climits>
#include <cstdint>
#include <cstring>
#include <ctime>

#include <poll.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>

namespace BoxOffice::Shared {

Q_LOGGING_CATEGORY(lcDispatcher, "boxoffice.eventdispatcher")

namespace {

constexpr int MaxEventsPerWait = 512;
constexpr qint64 NsPerMs = 1000000;

qint64 monotonicNs()
{
    timespec ts{};
    ::clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

// What poll() would report to Qt's dispatcher, by notifier type (Read, Write, Exception).
constexpr std::uint32_t ReadyFlags[3] = {EPOLLIN | EPOLLHUP | EPOLLERR, EPOLLOUT | EPOLLERR, EPOLLPRI};
constexpr std::uint32_t WatchFlags[3] = {EPOLLIN, EPOLLOUT, EPOLLPRI};

qint64 effectiveIntervalMs(qint64 interval, Qt::TimerType type)
{
    // Full seconds for very coarse timers, as Qt does.
    if (type == Qt::VeryCoarseTimer && interval > 0)
        return std::max<qint64>(1000, (interval + 500) / 1000 * 1000);
    return interval;
}

} // namespace

EpollEventDispatcher::EpollEventDispatcher(QObject *parent)
    : QAbstractEventDispatcher(parent)
    , m_epoll(::epoll_create1(EPOLL_CLOEXEC))
    , m_eventFd(::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC))
{
    if (m_epoll < 0 || m_eventFd < 0)
        qFatal("EpollEventDispatcher: cannot create epoll/eventfd: %s", std::strerror(errno));
    epoll_event ev{};
    ev.events = EPOLLIN;
    ev.data.fd = m_eventFd;
    if (::epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_eventFd, &ev) != 0)
        qFatal("EpollEventDispatcher: cannot watch the eventfd: %s", std::strerror(errno));
}

EpollEventDispatcher::~EpollEventDispatcher()
{
    ::close(m_eventFd);
    ::close(m_epoll);
}

// ---------------------------------------------------------------------------------------
// Socket notifiers

void EpollEventDispatcher::registerSocketNotifier(QSocketNotifier *notifier)
{
    const int fd = int(notifier->socket());
    const int type = int(notifier->type());
    if (fd < 0 || type < 0 || type > 2)
        return;
    FdEntry &entry = m_fds[fd];
    if (entry.notifiers[type] && entry.notifiers[type] != notifier)
        qCWarning(lcDispatcher) << "several socket notifiers of type" << type << "on descriptor" << fd;
    entry.notifiers[type] = notifier;
    updateEpoll(fd, entry);
}

void EpollEventDispatcher::unregisterSocketNotifier(QSocketNotifier *notifier)
{
    const int fd = int(notifier->socket());
    const int type = int(notifier->type());
    const auto it = m_fds.find(fd);
    if (it == m_fds.end() || type < 0 || type > 2 || it->second.notifiers[type] != notifier)
        return;
    FdEntry &entry = it->second;
    entry.notifiers[type] = nullptr;
    entry.pending &= ~(1u << type); // never activate a notifier that is gone
    if (entry.notifiers[0] || entry.notifiers[1] || entry.notifiers[2]) {
        updateEpoll(fd, entry);
        return;
    }
    if (entry.inEpoll) {
        // Fails harmlessly if the descriptor is already closed (epoll dropped it then).
        ::epoll_ctl(m_epoll, EPOLL_CTL_DEL, fd, nullptr);
    } else {
        std::erase(m_alwaysReady, fd);
    }
    m_fds.erase(it);
}

void EpollEventDispatcher::updateEpoll(int fd, FdEntry &entry)
{
    epoll_event ev{};
    for (int type = 0; type < 3; ++type) {
        if (entry.notifiers[type])
            ev.events |= WatchFlags[type];
    }
    ev.data.fd = fd;
    if (!entry.inEpoll && std::find(m_alwaysReady.cbegin(), m_alwaysReady.cend(), fd) != m_alwaysReady.cend())
        return; // a regular file: always ready, nothing to tell the kernel
    if (entry.inEpoll) {
        if (::epoll_ctl(m_epoll, EPOLL_CTL_MOD, fd, &ev) == 0)
            return;
        if (errno != ENOENT) {
            qCWarning(lcDispatcher) << "epoll_ctl(MOD) of descriptor" << fd
                                    << "failed:" << std::strerror(errno);
            return;
        }
        // The descriptor was closed and its number reused; epoll forgot it: add it again.
    }
    if (::epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &ev) == 0 ||
        (errno == EEXIST && ::epoll_ctl(m_epoll, EPOLL_CTL_MOD, fd, &ev) == 0)) {
        entry.inEpoll = true;
        return;
    }
    entry.inEpoll = false;
    if (errno == EPERM) {
        // Regular files and directories: poll() calls them always ready; so do we.
        m_alwaysReady.push_back(fd);
        return;
    }
    qCWarning(lcDispatcher) << "epoll_ctl(ADD) of descriptor" << fd << "failed:" << std::strerror(errno);
}

bool EpollEventDispatcher::activateNotifiers(const std::vector<int> &readyFds)
{
    bool any = false;
    for (const int fd : readyFds) {
        for (int type = 0; type < 3; ++type) {
            // Look up again each time: a handler may have removed or changed the entry.
            const auto it = m_fds.find(fd);
            if (it == m_fds.end())
                break;
            const unsigned bit = 1u << type;
            if (!(it->second.pending & bit))
                continue;
            it->second.pending &= ~bit;
            QSocketNotifier *notifier = it->second.notifiers[type];
            if (!notifier)
                continue;
            QEvent event(QEvent::SockAct);
            QCoreApplication::sendEvent(notifier, &event);
            any = true;
        }
    }
    return any;
}

// ---------------------------------------------------------------------------------------
// Timers

void EpollEventDispatcher::registerTimer(int timerId, qint64 interval, Qt::TimerType timerType,
                                         QObject *object)
{
    if (timerId <= 0 || interval < 0 || !object)
        return;
    unregisterTimer(timerId); // a stale entry of a reused id
    Timer t;
    t.id = timerId;
    t.intervalMs = effectiveIntervalMs(interval, timerType);
    t.type = timerType;
    t.object = object;
    t.queued = m_timerQueue.end();
    Timer &stored = m_timers.emplace(timerId, t).first->second;
    schedule(stored, monotonicNs() + stored.intervalMs * NsPerMs);
    m_objectTimers[object].append(timerId);
}

void EpollEventDispatcher::schedule(Timer &t, qint64 deadlineNs)
{
    if (t.queued != m_timerQueue.end())
        m_timerQueue.erase(t.queued);
    t.deadlineNs = deadlineNs;
    t.queued = m_timerQueue.emplace(deadlineNs, t.id);
}

bool EpollEventDispatcher::unregisterTimer(int timerId)
{
    const auto it = m_timers.find(timerId);
    if (it == m_timers.end())
        return false;
    Timer &t = it->second;
    if (t.queued != m_timerQueue.end())
        m_timerQueue.erase(t.queued);
    const auto owned = m_objectTimers.find(t.object);
    if (owned != m_objectTimers.end()) {
        owned->removeOne(timerId);
        if (owned->isEmpty())
            m_objectTimers.erase(owned);
    }
    m_timers.erase(it);
    return true;
}

bool EpollEventDispatcher::unregisterTimers(QObject *object)
{
    const QList<int> ids = m_objectTimers.take(object);
    for (const int id : ids) {
        const auto it = m_timers.find(id);
        if (it == m_timers.end())
            continue;
        if (it->second.queued != m_timerQueue.end())
            m_timerQueue.erase(it->second.queued);
        m_timers.erase(it);
    }
    return !ids.isEmpty();
}

QList<QAbstractEventDispatcher::TimerInfo> EpollEventDispatcher::registeredTimers(QObject *object) const
{
    QList<TimerInfo> infos;
    for (const int id : m_objectTimers.value(object)) {
        const auto it = m_timers.find(id);
        if (it != m_timers.end())
            infos.append(TimerInfo(id, int(it->second.intervalMs), it->second.type));
    }
    return infos;
}

int EpollEventDispatcher::remainingTime(int timerId)
{
    const auto it = m_timers.find(timerId);
    if (it == m_timers.end())
        return -1;
    const qint64 left = it->second.deadlineNs - monotonicNs();
    return left <= 0 ? 0 : int(std::min<qint64>(INT_MAX, (left + NsPerMs - 1) / NsPerMs));
}

int EpollEventDispatcher::waitTimeoutMs(qint64 nowNs) const
{
    for (const auto &[deadline, id] : m_timerQueue) {
        const auto it = m_timers.find(id);
        if (it == m_timers.end() || it->second.inHandler)
            continue; // a handler that runs a nested loop must not make that loop spin
        const qint64 left = deadline - nowNs;
        // Rounded up: waking before the deadline would only make us wait again.
        return left <= 0 ? 0 : int(std::min<qint64>(INT_MAX, (left + NsPerMs - 1) / NsPerMs));
    }
    return -1;
}

bool EpollEventDispatcher::activateTimers()
{
    const qint64 now = monotonicNs();
    // Only the timers due now: one registered or made due by a handler waits for the next
    // pass, so zero-interval timers cannot starve the sockets.
    std::vector<int> due;
    for (auto it = m_timerQueue.cbegin(); it != m_timerQueue.cend() && it->first <= now; ++it)
        due.push_back(it->second);
    bool any = false;
    for (const int id : due) {
        const auto it = m_timers.find(id);
        if (it == m_timers.end())
            continue;
        Timer &t = it->second;
        if (t.inHandler || t.deadlineNs > now)
            continue;
        qint64 next = t.deadlineNs + t.intervalMs * NsPerMs;
        if (next < now)
            next = now + t.intervalMs * NsPerMs; // late: skip what was missed, do not catch up
        schedule(t, next);
        t.inHandler = true;
        QObject *object = t.object;
        QTimerEvent event(id);
        QCoreApplication::sendEvent(object, &event);
        any = true;
        const auto again = m_timers.find(id);
        if (again != m_timers.end())
            again->second.inHandler = false;
    }
    return any;
}

// ---------------------------------------------------------------------------------------
// The loop

void EpollEventDispatcher::wakeUp()
{
    if (!m_wakeUpPending.testAndSetAcquire(0, 1))
        return; // already signalled, not yet drained
    const std::uint64_t one = 1;
    while (::write(m_eventFd, &one, sizeof one) < 0 && errno == EINTR) {
    }
}

void EpollEventDispatcher::interrupt()
{
    m_interrupted.storeRelaxed(1);
    wakeUp();
}

void EpollEventDispatcher::drainWakeUps()
{
    std::uint64_t value = 0;
    while (::read(m_eventFd, &value, sizeof value) < 0 && errno == EINTR) {
    }
    // After the read: a wakeUp() between the two finds the flag still set and writes
    // nothing, but what it announces was posted before and the next pass sends it.
    m_wakeUpPending.storeRelease(0);
}

bool EpollEventDispatcher::processEvents(QEventLoop::ProcessEventsFlags flags)
{
    m_interrupted.storeRelaxed(0);
    emit awake();
    QCoreApplication::sendPostedEvents();

    const bool includeTimers = !(flags & QEventLoop::X11ExcludeTimers);
    const bool includeNotifiers = !(flags & QEventLoop::ExcludeSocketNotifiers);
    const bool canWait = (flags & QEventLoop::WaitForMoreEvents) && !m_interrupted.loadRelaxed();
    if (canWait)
        emit aboutToBlock();
    if (m_interrupted.loadRelaxed())
        return false;

    int timeout = 0;
    if (canWait) {
        // Events posted meanwhile have signalled the eventfd, so waiting is safe.
        timeout = includeTimers ? waitTimeoutMs(monotonicNs()) : -1;
        if (includeNotifiers && !m_alwaysReady.empty())
            timeout = 0;
    }

    bool any = false;
    std::vector<int> ready;
    if (includeNotifiers) {
        epoll_event events[MaxEventsPerWait];
        const int n = ::epoll_wait(m_epoll, events, MaxEventsPerWait, timeout);
        if (n < 0 && errno != EINTR)
            qCWarning(lcDispatcher) << "epoll_wait failed:" << std::strerror(errno);
        ready.reserve(std::size_t(std::max(n, 0)) + m_alwaysReady.size());
        for (int i = 0; i < n; ++i) {
            const int fd = events[i].data.fd;
            if (fd == m_eventFd) {
                drainWakeUps();
                continue;
            }
            const auto it = m_fds.find(fd);
            if (it == m_fds.end())
                continue;
            unsigned mask = 0;
            for (int type = 0; type < 3; ++type) {
                if (it->second.notifiers[type] && (events[i].events & ReadyFlags[type]))
                    mask |= 1u << type;
            }
            if (mask) {
                it->second.pending |= mask;
                ready.push_back(fd);
            }
        }
        for (const int fd : m_alwaysReady) {
            FdEntry &entry = m_fds[fd];
            for (int type = 0; type < 3; ++type) {
                if (entry.notifiers[type])
                    entry.pending |= 1u << type;
            }
            ready.push_back(fd);
        }
    } else {
        // Sockets excluded: wait for a wake-up or the next timer only.
        pollfd p{m_eventFd, POLLIN, 0};
        if (::poll(&p, 1, timeout) > 0)
            drainWakeUps();
    }

    if (includeNotifiers)
        any = activateNotifiers(ready) || any;
    if (includeTimers)
        any = activateTimers() || any;
    return any;
}

bool installEventDispatcher()
{
    const QByteArray which = qgetenv("BOXOFFICE_EVENT_DISPATCHER");
    if (which == "qt")
        return false;
    if (!which.isEmpty() && which != "epoll")
        qWarning("BOXOFFICE_EVENT_DISPATCHER=%s is neither \"epoll\" nor \"qt\"; using epoll",
                 which.constData());
    QCoreApplication::setEventDispatcher(new EpollEventDispatcher);
    return true;
}

} // namespace BoxOffice::Shared
