#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QTimer>

#include <optional>

class QSqlDatabase;

namespace BoxOffice::Server {

class DbPool;

struct EventInfo
{
    qint64 id = 0;
    qint64 venueId = 0;
    int seatCount = 0;
    int maxSeatsPerOrder = 0;
    QString currency;
};

/**
 * The events this node knows, for validating requests on the socket thread before they
 * reach the database (which checks again). Refreshed from the database periodically.
 */
class EventCatalog final : public QObject
{
    Q_OBJECT
public:
    EventCatalog(DbPool &pool, QObject *parent = nullptr);

    /** Loads synchronously on the caller's connection (start-up). */
    bool loadNow(QSqlDatabase &db, QString *error);
    void startRefreshing(int intervalMs);

    std::optional<EventInfo> find(qint64 eventId) const;
    /** The event moved to another layout version with this many seats (LayoutMoves). */
    void setSeatCount(qint64 eventId, int seatCount);

signals:
    /** A refresh found the event's seat count changed (LayoutMoves reloads the event). */
    void seatCountChanged(qint64 eventId);

private:
    static QHash<qint64, EventInfo> query(QSqlDatabase &db, bool *ok, QString *error);

    DbPool &m_pool;
    QHash<qint64, EventInfo> m_events;
    QTimer m_refresh;
    bool m_refreshing = false;
};

} // namespace BoxOffice::Server
