#include "inventory/layoutcache.h"

#include "db/dbpool.h"
#include "db/transactionguard.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

namespace BoxOffice::Server {

Q_LOGGING_CATEGORY(lcLayout, "boxoffice.server.layout")

using namespace BoxOffice::Shared;

LayoutCache::LayoutCache(DbPool &pool, QObject *parent)
    : QObject(parent)
    , m_pool(pool)
{}

void LayoutCache::get(qint64 eventId, Callback cb)
{
    if (auto cached = m_layouts.value(eventId)) {
        cb(std::move(cached), ErrorCode::None);
        return;
    }
    auto &waiting = m_waiting[eventId];
    waiting.append(std::move(cb));
    if (waiting.size() > 1)
        return; // a load is under way
    m_pool.auxWorker()->post([this, eventId, known = m_versions](QSqlDatabase &db) {
        QElapsedTimer timer;
        timer.start();
        ErrorCode code = ErrorCode::None;
        QString error;
        std::shared_ptr<CachedLayout> built;
        std::shared_ptr<const LayoutVersionRows> version;
        if (auto layout = query(db, eventId, known, &version, &code, &error)) {
            // Encoding (qCompress of the seat records) and the index are built here too, off
            // the socket thread.
            built = std::make_shared<CachedLayout>();
            built->encoded = encodeLayout(*layout);
            built->index = BestAvailableIndex(*layout);
            built->layout = std::move(*layout);
            qCInfo(lcLayout) << "layout of event" << eventId << "loaded:" << built->layout.seatCount()
                             << "seats in" << timer.elapsed() << "ms";
        } else if (code == ErrorCode::Internal) {
            qCWarning(lcLayout) << "loading the layout of event" << eventId << "failed:" << error;
        }
        QMetaObject::invokeMethod(
            this,
            [this, eventId, built = std::shared_ptr<const CachedLayout>(std::move(built)), version,
             code]() mutable {
                if (version)
                    m_versions.insert(version->layoutId, version);
                loaded(eventId, std::move(built), code);
            },
            Qt::QueuedConnection);
    });
}

void LayoutCache::loaded(qint64 eventId, std::shared_ptr<const CachedLayout> layout, ErrorCode code)
{
    if (layout)
        m_layouts.insert(eventId, layout);
    const QList<Callback> waiting = m_waiting.take(eventId);
    for (const Callback &cb : waiting)
        cb(layout, layout ? ErrorCode::None : code);
}

std::optional<EventLayout> LayoutCache::query(QSqlDatabase &db, qint64 eventId, const VersionMap &known,
                                              std::shared_ptr<const LayoutVersionRows> *version,
                                              ErrorCode *code, QString *error)
{
    *code = ErrorCode::Internal;
    // One snapshot for the five reads, so a layout is never half old, half new.
    TransactionGuard tx(db);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const auto failed = [&](const QSqlQuery &query) {
        *error = query.lastError().text();
        return std::nullopt;
    };
    if (!tx.begun() || !q.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")))
        return failed(q);

    // The event's pinned layout version: its rows never change (016_layout_versions.sql).
    q.prepare(QStringLiteral("SELECT e.name, v.name, e.currency, lv.stage_x, lv.stage_y, e.hold_ttl_s,"
                             " e.hold_max_s, e.max_seats_per_order, e.layout_id, e.seat_count"
                             " FROM events e JOIN venues v ON v.venue_id = e.venue_id"
                             " JOIN layout_versions lv ON lv.layout_id = e.layout_id WHERE e.event_id = ?"));
    q.addBindValue(eventId);
    if (!q.exec())
        return failed(q);
    if (!q.next()) {
        *code = ErrorCode::UnknownEvent;
        return std::nullopt;
    }
    EventLayout layout;
    layout.eventId = eventId;
    layout.eventName = q.value(0).toString();
    layout.venueName = q.value(1).toString();
    layout.currency = q.value(2).toString();
    layout.stageX = q.value(3).toFloat();
    layout.stageY = q.value(4).toFloat();
    layout.holdTtlS = q.value(5).toInt();
    layout.holdMaxS = q.value(6).toInt();
    layout.maxSeatsPerOrder = q.value(7).toInt();
    const qint64 layoutId = q.value(8).toLongLong();
    const int seatCount = q.value(9).toInt();
    if (seatCount < 0 || seatCount > MaxLayoutSeats) {
        *error = QStringLiteral("event has %1 seats, more than a layout may hold").arg(seatCount);
        return std::nullopt;
    }

    // The version's rows are read once per version, whichever of its events asks first.
    std::shared_ptr<const LayoutVersionRows> rows = known.value(layoutId);
    if (!rows) {
        auto fresh = std::make_shared<LayoutVersionRows>();
        fresh->layoutId = layoutId;
        fresh->stageX = layout.stageX;
        fresh->stageY = layout.stageY;
        QHash<int, int> sectionIndex;
        q.prepare(
            QStringLiteral("SELECT section_id, name FROM sections WHERE layout_id = ? ORDER BY section_id"));
        q.addBindValue(layoutId);
        if (!q.exec())
            return failed(q);
        while (q.next()) {
            sectionIndex.insert(q.value(0).toInt(), int(fresh->sections.size()));
            fresh->sections.append({q.value(0).toInt(), q.value(1).toString()});
        }

        // Every category of the version; the event's prices are set below (0: not priced).
        QHash<int, int> categoryIndex;
        q.prepare(QStringLiteral("SELECT category_id, name, colour, 0 FROM price_categories"
                                 " WHERE layout_id = ? ORDER BY category_id"));
        q.addBindValue(layoutId);
        if (!q.exec())
            return failed(q);
        while (q.next()) {
            categoryIndex.insert(q.value(0).toInt(), int(fresh->categories.size()));
            fresh->categories.append(
                {q.value(0).toInt(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong()});
        }
        if (fresh->sections.size() > 0xffff || fresh->categories.size() > 0xff) {
            *error = QStringLiteral("too many sections or categories for the seat records");
            return std::nullopt;
        }

        QHash<QString, int> rowIndex;
        fresh->seats.reserve(seatCount);
        q.prepare(QStringLiteral(
            "SELECT seat_index, section_id, row_label, seat_number, category_id, x, y, accessible"
            " FROM seats WHERE layout_id = ? ORDER BY seat_index"));
        q.addBindValue(layoutId);
        if (!q.exec())
            return failed(q);
        while (q.next()) {
            const int index = q.value(0).toInt();
            const int number = q.value(3).toInt();
            if (index != fresh->seats.size() || index >= seatCount) {
                *error = QStringLiteral("seat indexes of layout %1 are not dense 0..%2")
                             .arg(layoutId)
                             .arg(seatCount - 1);
                return std::nullopt;
            }
            if (number < 0 || number > 0xffff) {
                *error = QStringLiteral("seat %1 has number %2, outside 0..65535").arg(index).arg(number);
                return std::nullopt;
            }
            const QString label = q.value(2).toString();
            auto row = rowIndex.constFind(label);
            if (row == rowIndex.cend()) {
                if (fresh->rowLabels.size() >= 0xffff) {
                    *error = QStringLiteral("too many row labels for the seat records");
                    return std::nullopt;
                }
                row = rowIndex.insert(label, int(fresh->rowLabels.size()));
                fresh->rowLabels.append(label);
            }
            EventLayout::Seat seat;
            seat.section = quint16(sectionIndex.value(q.value(1).toInt()));
            seat.row = quint16(*row);
            seat.number = quint16(number);
            seat.category = quint8(categoryIndex.value(q.value(4).toInt()));
            seat.x = q.value(5).toFloat();
            seat.y = q.value(6).toFloat();
            seat.flags = q.value(7).toBool() ? EventLayout::Accessible : 0;
            fresh->seats.append(seat);
        }
        rows = fresh;
        *version = fresh;
    }
    layout.stageX = rows->stageX;
    layout.stageY = rows->stageY;
    layout.sections = rows->sections;
    layout.categories = rows->categories;
    layout.rowLabels = rows->rowLabels;
    layout.seats = rows->seats;
    if (layout.seats.size() != seatCount) {
        *error = QStringLiteral("layout %1 has %2 seats, the event %3")
                     .arg(layoutId)
                     .arg(layout.seats.size())
                     .arg(seatCount);
        return std::nullopt;
    }
    q.prepare(QStringLiteral("SELECT category_id, price_minor FROM event_prices WHERE event_id = ?"));
    q.addBindValue(eventId);
    if (!q.exec())
        return failed(q);
    while (q.next()) {
        if (const int i = layout.categoryIndex(q.value(0).toInt()); i >= 0)
            layout.categories[i].priceMinor = q.value(1).toLongLong();
    }
    tx.commit();
    *code = ErrorCode::None;
    return layout;
}

} // namespace BoxOffice::Server
