#include "inventory/layoutmoves.h"

#include "inventory/eventcatalog.h"
#include "inventory/layoutcache.h"
#include "inventory/seatmirror.h"
#include "protocol/frame.h"

#include <QLoggingCategory>
#include <QPointer>

namespace BoxOffice::Server {

Q_LOGGING_CATEGORY(lcMoves, "boxoffice.server.layoutmoves")

using namespace BoxOffice::Shared;

LayoutMoves::LayoutMoves(EventCatalog &catalog, LayoutCache &layouts, SeatMirror &mirror, QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_layouts(layouts)
    , m_mirror(mirror)
{}

void LayoutMoves::onNotification(const QString &payload)
{
    const QStringList parts = payload.split(QLatin1Char(':'));
    bool ok = false;
    const qint64 eventId = parts.value(0).toLongLong(&ok);
    if (!ok || eventId <= 0) {
        qCWarning(lcMoves) << "ignoring a bo_event_layout notification:" << payload;
        return;
    }
    if (parts.size() == 3) {
        // Requests are checked against the new seat count from now on.
        const int seats = parts.at(2).toInt(&ok);
        if (ok && seats >= 0)
            m_catalog.setSeatCount(eventId, seats);
    }
    reload(eventId);
}

void LayoutMoves::reload(qint64 eventId)
{
    m_layouts.forget(eventId);
    m_layouts.get(eventId, [self = QPointer<LayoutMoves>(this),
                            eventId](std::shared_ptr<const CachedLayout> layout, ErrorCode code) {
        if (!self)
            return;
        if (!layout) {
            // The watchers keep the old map; they get the new one when they subscribe again.
            qCWarning(lcMoves) << "event" << eventId
                               << "moved, but its layout could not be read:" << int(code);
            return;
        }
        const int seats = layout->layout.seatCount();
        self->m_catalog.setSeatCount(eventId, seats);
        qCInfo(lcMoves) << "event" << eventId << "moved to a layout of" << seats << "seats and places";
        self->m_mirror.relayout(eventId, seats, encodePush(MessageType::LayoutChanged, layout->encoded));
    });
}

} // namespace BoxOffice::Server
