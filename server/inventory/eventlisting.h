#pragma once

#include "protocol/frame.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace BoxOffice::Server {

class ClientConnection;
class DbPool;
class Dispatcher;
class Metrics;

/**
 * ListEvents, coalesced (issue 18): one database read answers every request that arrived
 * before it started, so a thousand asks cost one read, not a thousand. A request that
 * arrives while a read runs waits for the next one (a client that lists right after its
 * hold must see it), and a read whose askers have all gone is not made.
 */
class EventListing final : public QObject
{
    Q_OBJECT
public:
    EventListing(Dispatcher &dispatcher, DbPool &pool, Metrics &metrics, QObject *parent = nullptr);

private:
    struct Asker
    {
        QPointer<ClientConnection> conn;
        Shared::MessageType type;
        qint64 id;
    };
    void startRead();

    DbPool &m_pool;
    Metrics &m_metrics;
    QList<Asker> m_next;
    bool m_reading = false;
};

} // namespace BoxOffice::Server
