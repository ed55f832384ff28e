#include "inventory/layoutcache.h"

#include "db/dbpool.h"
#include "db/transactionguard.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace BoxOffice::Server {

Q_LOGGING_CATEGORY(lcLayout, "boxoffice.server.layout")

using namespace BoxOffice::Shared;

namespace {

// The outlines of a version's standing areas, from its document (the rows have no place for
// them), matched to the areas read from the rows in document order by name; a place's record
// is put at its area's centre.
bool readOutlines(QSqlQuery &q, qint64 layoutId, LayoutVersionRows *rows, QString *error)
{
    q.prepare(QStringLiteral("SELECT coalesce(document -> 'standing', '[]')::text FROM layout_versions"
                             " WHERE layout_id = ?"));
    q.addBindValue(layoutId);
    if (!q.exec() || !q.next()) {
        *error = q.lastError().text();
        return false;
    }
    const QJsonArray areas = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).array();
    for (qsizetype i = 0; i < rows->standing.size(); ++i) {
        EventLayout::StandingArea &area = rows->standing[i];
        const QJsonObject o = areas.at(i).toObject();
        if (o.value(QStringLiteral("name")).toString() != area.name)
            continue; // not the document's area: drawn without an outline
        QList<QPointF> outline;
        double minX = 0, maxX = 0, minY = 0, maxY = 0; // not QRectF::united: it ignores points
        for (const QJsonValue p : o.value(QStringLiteral("points")).toArray()) {
            const QJsonArray xy = p.toArray();
            const QPointF point(xy.at(0).toDouble(), xy.at(1).toDouble());
            minX = outline.isEmpty() ? point.x() : std::min(minX, point.x());
            maxX = outline.isEmpty() ? point.x() : std::max(maxX, point.x());
            minY = outline.isEmpty() ? point.y() : std::min(minY, point.y());
            maxY = outline.isEmpty() ? point.y() : std::max(maxY, point.y());
            outline.append(point);
        }
        area.outline = outline;
        if (outline.isEmpty())
            continue;
        const QPointF centre((minX + maxX) / 2, (minY + maxY) / 2);
        for (int s = area.first; s < area.first + area.capacity; ++s) {
            rows->seats[s].x = float(centre.x());
            rows->seats[s].y = float(centre.y());
        }
    }
    return true;
}

} // namespace

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
    load(eventId);
}

void LayoutCache::load(qint64 eventId)
{
    const quint64 generation = m_generation.value(eventId);
    m_pool.auxWorker()->post([this, eventId, generation, known = m_versions](QSqlDatabase &db) {
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
            [this, eventId, generation, built = std::shared_ptr<const CachedLayout>(std::move(built)),
             version, code]() mutable {
                if (version)
                    m_versions.insert(version->layoutId, version);
                if (generation != m_generation.value(eventId)) {
                    load(eventId); // forgotten meanwhile: perhaps read before a move
                    return;
                }
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
            "SELECT seat_index, section_id, row_label, seat_number, category_id, x, y, accessible, x IS NULL"
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
            if (q.value(8).toBool()) {
                // A standing place (016): its area's places are consecutive, numbered from 1.
                seat.flags = EventLayout::Standing;
                EventLayout::StandingArea *area =
                    fresh->standing.isEmpty() ? nullptr : &fresh->standing.last();
                if (number == 1 || !area || area->first + area->capacity != index || area->name != label ||
                    area->section != seat.section || area->category != seat.category) {
                    fresh->standing.append({label, seat.section, seat.category, index, 0, {}});
                    area = &fresh->standing.last();
                }
                ++area->capacity;
            }
            fresh->seats.append(seat);
        }
        if (!fresh->standing.isEmpty() && !readOutlines(q, layoutId, fresh.get(), error))
            return std::nullopt;
        rows = fresh;
        *version = fresh;
    }
    layout.stageX = rows->stageX;
    layout.stageY = rows->stageY;
    layout.sections = rows->sections;
    layout.categories = rows->categories;
    layout.rowLabels = rows->rowLabels;
    layout.seats = rows->seats;
    layout.standing = rows->standing;
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
