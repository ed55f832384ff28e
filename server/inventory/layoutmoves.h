#pragma once

#include <QObject>
#include <QString>

namespace BoxOffice::Server {

class EventCatalog;
class LayoutCache;
class SeatMirror;

/**
 * Moves of events to another layout version, seen on every node: bo_event_move_layout
 * (019_standing_places.sql) notifies "bo_event_layout" with "event:layout:seats" when it
 * commits. Each node then sets the event's seat count in its catalog, drops and reloads the
 * event's layout, and pushes LayoutChanged (the new layout map) followed by a Snapshot of the
 * new seats to the event's watchers. Lives on the socket thread.
 */
class LayoutMoves final : public QObject
{
    Q_OBJECT
public:
    LayoutMoves(EventCatalog &catalog, LayoutCache &layouts, SeatMirror &mirror, QObject *parent = nullptr);

    /** A "bo_event_layout" notification ("event:layout:seats", or the event id alone). */
    void onNotification(const QString &payload);
    /**
     * Reloads the event's layout and pushes it with a snapshot to its watchers. Also called
     * when the catalog's refresh finds an event's seat count changed: a notification lost
     * while the listener reconnected is made good within a refresh interval (5 s).
     */
    void reload(qint64 eventId);

private:
    EventCatalog &m_catalog;
    LayoutCache &m_layouts;
    SeatMirror &m_mirror;
};

} // namespace BoxOffice::Server
