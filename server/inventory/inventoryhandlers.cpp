#include "inventory/inventoryhandlers.h"

#include "auth/session.h"
#include "core/metrics.h"
#include "db/dbpool.h"
#include "db/transactionguard.h"
#include "inventory/batcher.h"
#include "inventory/eventcatalog.h"
#include "inventory/layoutcache.h"
#include "inventory/seatmirror.h"
#include "net/clientconnection.h"
#include "net/dispatcher.h"
#include "net/ratelimits.h"

#include <QCborArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace BoxOffice::Server {

/** One BestAvailable request across its attempts (a stale mirror may need a retry). */
struct InventoryHandlers::BestAvailableJob
{
    static constexpr int MaxAttempts = 3;
    // Places: the last few of a big area go to many buyers at once; each retry excludes what
    // it found taken, so more attempts converge on what is really free.
    static constexpr int MaxPlaceAttempts = 6;

    QPointer<ClientConnection> conn;
    Shared::MessageType type = Shared::MessageType::Invalid;
    qint64 id = 0;
    qint64 eventId = 0;
    int count = 0;
    int categoryIndex = 0;
    int sectionIndex = -1;
    int standingIndex = -1; // places of this standing area instead of seats
    QString owner;
    QString audit;
    int cap = 0;
    std::shared_ptr<const CachedLayout> layout;
    QSet<int> exclude; // seats an earlier attempt found taken (the mirror had not seen it yet)
    int attempt = 1;
};

Q_LOGGING_CATEGORY(lcInventory, "boxoffice.server.inventory")

using namespace BoxOffice::Shared;

namespace {

constexpr qint64 MaxId = std::numeric_limits<qint64>::max();

QCborArray seatArray(const QList<int> &seats)
{
    QCborArray a;
    for (int s : seats)
        a.append(s);
    return a;
}

// Who a staff action is audited as; empty for buyers (their holds and sales are recorded in
// holds and sales, keyed by their session).
QString staffAudit(const ClientConnection &c)
{
    const auto &session = c.session();
    if (!session || session->kind != SessionKind::Staff)
        return {};
    QJsonObject o;
    o.insert(QStringLiteral("actor"), session->user);
    o.insert(QStringLiteral("role"), session->roleText());
    o.insert(QStringLiteral("address"), c.peerAddress());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString codeMessage(ErrorCode code)
{
    // HoldLimit's text names its figures: sendInventoryError.
    switch (code) {
    case ErrorCode::SeatUnavailable:
        return QStringLiteral("one or more seats are not available; nothing was held");
    case ErrorCode::UnknownHold:
        return QStringLiteral("no such active hold");
    case ErrorCode::HoldExpired:
        return QStringLiteral("the hold has expired");
    case ErrorCode::NotOwner:
        return QStringLiteral("the hold belongs to someone else");
    case ErrorCode::ExtendLimit:
        return QStringLiteral("the hold is at its maximum lifetime");
    case ErrorCode::NotOnSale:
        return QStringLiteral("the event is not on sale");
    case ErrorCode::UnknownEvent:
        return QStringLiteral("no such event");
    case ErrorCode::TooManySeats:
        return QStringLiteral("more seats than the per-order limit");
    case ErrorCode::Internal:
        return QStringLiteral("the server could not complete the request; nothing was changed");
    default:
        return QString::fromLatin1(errorCodeName(code));
    }
}

// An error reply for a refused inventory request; HoldLimit carries the cap and what the
// session holds (`limit`, `held`) next to the code, so a client can say "you hold 8 of 8".
void sendInventoryError(ClientConnection &c, MessageType type, qint64 id, const InventoryResult &r)
{
    if (r.code != ErrorCode::HoldLimit) {
        c.sendError(type, id, r.code, codeMessage(r.code));
        return;
    }
    QCborMap details;
    details.insert(Key::Limit, r.limit);
    details.insert(Key::Held, r.held);
    c.sendError(type, id, r.code,
                QStringLiteral("this session holds %1 seats of this event; at most %2 may be held at once "
                               "(pay for or release some first)")
                    .arg(r.held)
                    .arg(r.limit),
                details);
}

} // namespace

InventoryHandlers::InventoryHandlers(Dispatcher &d, Batcher &batcher, SeatMirror &mirror,
                                     EventCatalog &catalog, LayoutCache &layouts, DbPool &pool,
                                     Metrics &metrics, int staffHoldLimit, RateLimits &rateLimits,
                                     QObject *parent)
    : QObject(parent)
    , m_batcher(batcher)
    , m_mirror(mirror)
    , m_catalog(catalog)
    , m_layouts(layouts)
    , m_pool(pool)
    , m_metrics(metrics)
    , m_staffHoldLimit(staffHoldLimit)
    , m_rateLimits(rateLimits)
{
    // The cap on what the requesting session may hold in one event (0: the event's own
    // max_seats_per_order, the buyers' cap). Clerks hold seats for groups at the counter.
    auto holdCap = [this](const ClientConnection &c) {
        const auto &session = c.session();
        return session && session->kind == SessionKind::Staff ? m_staffHoldLimit : 0;
    };

    // Reads the event id and checks it exists; replies and returns nullopt otherwise.
    auto readEvent = [this](ClientConnection &c, const Frame &f,
                            FieldReader &in) -> std::optional<EventInfo> {
        const qint64 eventId = in.integer(Key::Event, 1, MaxId);
        if (!in.ok()) {
            c.sendError(f.type, f.id, in.error(), in.message());
            c.strike();
            return std::nullopt;
        }
        auto event = m_catalog.find(eventId);
        if (!event)
            c.sendError(f.type, f.id, ErrorCode::UnknownEvent, codeMessage(ErrorCode::UnknownEvent));
        return event;
    };

    // Queues a request and replies when its batch commits; the reply is dropped if the
    // client is gone by then (the hold then simply expires).
    auto submit = [this](ClientConnection &c, const Frame &f, InventoryRequest request,
                         std::function<QCborMap(const InventoryResult &)> onSuccess) {
        QPointer<ClientConnection> conn(&c);
        const MessageType type = f.type;
        const qint64 id = f.id;
        const InventoryOp op = request.op;
        const qint64 eventId = request.eventId, holdId = request.holdId;
        const QString owner = request.owner;
        const bool queued =
            m_batcher.submit(std::move(request), [this, conn, type, id, op, onSuccess, eventId, holdId,
                                                  owner](const InventoryResult &r) {
                const bool ok = r.code == ErrorCode::None;
                switch (op) {
                case InventoryOp::Hold:
                    ++(ok ? m_metrics.holdsOk : m_metrics.holdsRefused);
                    m_metrics.holdsCapped += r.code == ErrorCode::HoldLimit;
                    break;
                case InventoryOp::Release:
                    m_metrics.releases += ok;
                    break;
                case InventoryOp::Extend:
                    m_metrics.extends += ok;
                    break;
                }
                if (!conn)
                    return;
                if (!ok && r.code == ErrorCode::HoldExpired && op != InventoryOp::Hold) {
                    answerExpired(conn, type, id, eventId, holdId, owner, r);
                    return;
                }
                if (ok)
                    conn->sendResult(type, id, onSuccess(r));
                else
                    sendInventoryError(*conn, type, id, r);
            });
        if (!queued)
            c.sendError(type, id, ErrorCode::ServerBusy, QStringLiteral("server queue full; retry shortly"));
    };

    d.on(MessageType::Hold, [this, readEvent, submit, holdCap](ClientConnection &c, const Frame &f) {
        if (!m_rateLimits.allowHold(c, f.type, f.id))
            return;
        FieldReader in(f.body);
        const auto event = readEvent(c, f, in);
        if (!event)
            return;
        InventoryRequest request;
        request.op = InventoryOp::Hold;
        request.eventId = event->id;
        request.owner = c.owner();
        request.audit = staffAudit(c);
        request.cap = holdCap(c);
        request.seats = in.seatList(Key::Seats, event->seatCount, event->maxSeatsPerOrder);
        if (!in.ok()) {
            c.sendError(f.type, f.id, in.error(), in.message());
            c.strike();
            return;
        }
        const qint64 eventId = event->id;
        submit(c, f, std::move(request), [eventId](const InventoryResult &r) {
            QCborMap m;
            m.insert(Key::Hold, r.holdId);
            m.insert(Key::Event, eventId);
            m.insert(Key::Seats, seatArray(r.seats));
            m.insert(Key::Expires, r.expiresMs);
            m.insert(Key::MaxExpires, r.maxExpiresMs);
            return m;
        });
    });

    // The layout is read from the database once per event and served from memory after.
    d.on(MessageType::GetLayout, [this, readEvent](ClientConnection &c, const Frame &f) {
        FieldReader in(f.body);
        const auto event = readEvent(c, f, in);
        if (!event)
            return;
        QPointer<ClientConnection> conn(&c);
        m_layouts.get(event->id, [conn, type = f.type, id = f.id](std::shared_ptr<const CachedLayout> layout,
                                                                  ErrorCode code) {
            if (!conn)
                return;
            if (!layout)
                conn->sendError(type, id, code, codeMessage(code));
            else
                conn->sendResult(type, id, layout->encoded);
        });
    });

    d.on(MessageType::BestAvailable, [this, readEvent, holdCap](ClientConnection &c, const Frame &f) {
        if (!m_rateLimits.allowHold(c, f.type, f.id))
            return;
        FieldReader in(f.body);
        const auto event = readEvent(c, f, in);
        if (!event)
            return;
        const qint64 count = in.integer(Key::Count, 1, MaxId);
        // Places of a standing area (its index in the layout's `standing`), or seats of a category.
        const auto standing = in.optionalInteger(Key::Standing, 0, std::numeric_limits<int>::max());
        const qint64 categoryId =
            standing ? 0 : in.integer(Key::Category, 0, std::numeric_limits<int>::max());
        const auto sectionId =
            standing ? std::nullopt : in.optionalInteger(Key::Section, 0, std::numeric_limits<int>::max());
        if (!in.ok()) {
            c.sendError(f.type, f.id, in.error(), in.message());
            c.strike();
            return;
        }
        if (count > event->maxSeatsPerOrder) {
            // Like Hold's seat list: a client knows the limit from ListEvents.
            c.sendError(f.type, f.id, ErrorCode::TooManySeats,
                        QStringLiteral("at most %1 seats per request, %2 asked")
                            .arg(event->maxSeatsPerOrder)
                            .arg(count));
            c.strike();
            return;
        }
        auto job = std::make_shared<BestAvailableJob>();
        job->conn = &c;
        job->type = f.type;
        job->id = f.id;
        job->eventId = event->id;
        job->count = int(count);
        job->owner = c.owner();
        job->audit = staffAudit(c);
        job->cap = holdCap(c);
        const int seatCount = event->seatCount;
        m_layouts.get(event->id, [this, job, categoryId, sectionId, standing,
                                  seatCount](std::shared_ptr<const CachedLayout> layout, ErrorCode code) {
            if (!job->conn)
                return;
            if (!layout) {
                job->conn->sendError(job->type, job->id, code, codeMessage(code));
                return;
            }
            if (standing && *standing >= layout->layout.standing.size()) {
                job->conn->sendError(job->type, job->id, ErrorCode::BadField,
                                     QStringLiteral("no standing area %1 in this event").arg(*standing));
                job->conn->strike();
                return;
            }
            job->standingIndex = standing ? int(*standing) : -1;
            job->categoryIndex = standing ? layout->layout.standing.at(int(*standing)).category
                                          : layout->layout.categoryIndex(int(categoryId));
            job->sectionIndex = sectionId ? layout->layout.sectionIndex(int(*sectionId)) : -1;
            if (job->categoryIndex < 0 || (sectionId && job->sectionIndex < 0)) {
                job->conn->sendError(job->type, job->id, ErrorCode::BadField,
                                     job->categoryIndex < 0
                                         ? QStringLiteral("no category %1 in this event").arg(categoryId)
                                         : QStringLiteral("no section %1 in this event").arg(*sectionId));
                job->conn->strike();
                return;
            }
            if (layout->layout.seatCount() != seatCount) {
                qCWarning(lcInventory) << "layout of event" << job->eventId << "has"
                                       << layout->layout.seatCount() << "seats, the event" << seatCount;
                job->conn->sendError(job->type, job->id, ErrorCode::Internal,
                                     codeMessage(ErrorCode::Internal));
                return;
            }
            job->layout = std::move(layout);
            m_mirror.whenLoaded(job->eventId, seatCount, [this, job](bool ok) {
                if (ok) {
                    bestAvailableAttempt(job);
                } else if (job->conn) {
                    job->conn->sendError(job->type, job->id, ErrorCode::Internal,
                                         codeMessage(ErrorCode::Internal));
                }
            });
        });
    });

    auto holdOp = [readEvent, submit](InventoryOp op) {
        return [readEvent, submit, op](ClientConnection &c, const Frame &f) {
            FieldReader in(f.body);
            const auto event = readEvent(c, f, in);
            if (!event)
                return;
            InventoryRequest request;
            request.op = op;
            request.eventId = event->id;
            request.owner = c.owner();
            request.audit = staffAudit(c);
            request.holdId = in.integer(Key::Hold, 1, MaxId);
            if (!in.ok()) {
                c.sendError(f.type, f.id, in.error(), in.message());
                c.strike();
                return;
            }
            submit(c, f, std::move(request), [op](const InventoryResult &r) {
                QCborMap m;
                m.insert(Key::Hold, r.holdId);
                switch (op) {
                case InventoryOp::Release:
                    m.insert(Key::Released, r.count);
                    break;
                case InventoryOp::Extend:
                    m.insert(Key::Expires, r.expiresMs);
                    m.insert(Key::MaxExpires, r.maxExpiresMs);
                    break;
                case InventoryOp::Hold:
                    break;
                }
                return m;
            });
        };
    };
    d.on(MessageType::Release, holdOp(InventoryOp::Release));
    d.on(MessageType::Extend, holdOp(InventoryOp::Extend));

    d.on(MessageType::Subscribe, [this, readEvent](ClientConnection &c, const Frame &f) {
        FieldReader in(f.body);
        const auto event = readEvent(c, f, in);
        if (!event)
            return;
        QCborMap r;
        r.insert(Key::Event, event->id);
        r.insert(Key::SeatCount, event->seatCount);
        c.sendResult(f.type, f.id, r);
        c.subscriptions().insert(event->id);
        m_mirror.subscribe(event->id, event->seatCount, &c);
    });
    d.on(MessageType::Unsubscribe, [this, readEvent](ClientConnection &c, const Frame &f) {
        FieldReader in(f.body);
        const auto event = readEvent(c, f, in);
        if (!event)
            return;
        c.subscriptions().remove(event->id);
        m_mirror.unsubscribe(event->id, &c);
        QCborMap r;
        r.insert(Key::Event, event->id);
        c.sendResult(f.type, f.id, r);
    });
}

void InventoryHandlers::bestAvailableAttempt(const std::shared_ptr<BestAvailableJob> &job)
{
    if (!job->conn)
        return; // nobody to give the seats to: hold nothing
    const auto states = m_mirror.states(job->eventId);
    if (!states) {
        // The mirror is reloading (the listener reconnected): choose from the fresh states.
        m_mirror.whenLoaded(job->eventId, job->layout->layout.seatCount(), [this, job](bool ok) {
            if (ok)
                bestAvailableAttempt(job);
            else if (job->conn)
                job->conn->sendError(job->type, job->id, ErrorCode::Internal,
                                     codeMessage(ErrorCode::Internal));
        });
        return;
    }
    const EventLayout &layout = job->layout->layout;
    if (job->standingIndex >= 0) {
        // Places are alike: any free ones, from a random place on (buyers asking at once then
        // rarely pick the same ones; the database still decides, as for seats).
        const EventLayout::StandingArea &area = layout.standing.at(job->standingIndex);
        const QList<int> places = chooseStandingPlaces(
            area, *states, job->count, int(QRandomGenerator::global()->bounded(area.capacity)), job->exclude);
        if (places.isEmpty()) {
            job->conn->sendError(job->type, job->id, ErrorCode::SeatUnavailable,
                                 QStringLiteral("%1 of %2 places free in %3; %4 asked")
                                     .arg(freeStandingPlaces(area, *states))
                                     .arg(area.capacity)
                                     .arg(area.name)
                                     .arg(job->count));
            return;
        }
        holdChosen(job, places);
        return;
    }
    const QList<int> seats = chooseBestAvailable(job->layout->index, *states, job->count, job->categoryIndex,
                                                 job->sectionIndex, job->exclude);
    if (seats.isEmpty()) {
        QString where = layout.categories.at(job->categoryIndex).name;
        if (job->sectionIndex >= 0)
            where += QStringLiteral(" in ") + layout.sections.at(job->sectionIndex).name;
        job->conn->sendError(job->type, job->id, ErrorCode::SeatUnavailable,
                             QStringLiteral("no %1 adjacent seats free in %2").arg(job->count).arg(where));
        return;
    }
    holdChosen(job, seats);
}

void InventoryHandlers::holdChosen(const std::shared_ptr<BestAvailableJob> &job, const QList<int> &seats)
{
    InventoryRequest request;
    request.op = InventoryOp::Hold;
    request.eventId = job->eventId;
    request.owner = job->owner;
    request.audit = job->audit;
    request.cap = job->cap;
    request.seats = seats;
    const bool queued = m_batcher.submit(std::move(request), [this, job, seats](const InventoryResult &r) {
        const bool ok = r.code == ErrorCode::None;
        ++(ok ? m_metrics.holdsOk : m_metrics.holdsRefused);
        m_metrics.holdsCapped += r.code == ErrorCode::HoldLimit;
        const int maxAttempts =
            job->standingIndex >= 0 ? BestAvailableJob::MaxPlaceAttempts : BestAvailableJob::MaxAttempts;
        if (r.code == ErrorCode::SeatUnavailable && job->attempt < maxAttempts) {
            // The mirror lags the database by a notification: someone (perhaps this very
            // client, a moment ago) took one of these seats. Choose again without them.
            for (int s : seats)
                job->exclude.insert(s);
            ++job->attempt;
            bestAvailableAttempt(job);
            return;
        }
        if (!job->conn)
            return;
        if (r.code == ErrorCode::HoldLimit) {
            sendInventoryError(*job->conn, job->type, job->id, r);
            return;
        }
        if (!ok) {
            job->conn->sendError(job->type, job->id, r.code,
                                 r.code == ErrorCode::SeatUnavailable
                                     ? QStringLiteral("no %1 %2 could be held after %3 attempts; "
                                                      "the seats are going fast")
                                           .arg(job->count)
                                           .arg(job->standingIndex >= 0 ? QStringLiteral("places")
                                                                        : QStringLiteral("adjacent seats"))
                                           .arg(job->attempt)
                                     : codeMessage(r.code));
            return;
        }
        QCborMap m;
        m.insert(Key::Hold, r.holdId);
        m.insert(Key::Event, job->eventId);
        m.insert(Key::Seats, seatArray(r.seats));
        m.insert(Key::Expires, r.expiresMs);
        m.insert(Key::MaxExpires, r.maxExpiresMs);
        job->conn->sendResult(job->type, job->id, m);
    });
    if (!queued)
        job->conn->sendError(job->type, job->id, ErrorCode::ServerBusy,
                             QStringLiteral("server queue full; retry shortly"));
}

void InventoryHandlers::answerExpired(QPointer<ClientConnection> conn, MessageType type, qint64 id,
                                      qint64 eventId, qint64 holdId, const QString &owner,
                                      const InventoryResult &r)
{
    // No id oracle (issue 18): bo_apply_batch (004) answers a swept hold HoldExpired before
    // it looks at the owner, so someone else's swept hold is answered here like one that
    // does not exist (NotOwner, which ClientConnection::sendError turns into UnknownHold).
    m_pool.auxWorker()->post([self = QPointer<InventoryHandlers>(this), conn, type, id, eventId, holdId,
                              owner, r](QSqlDatabase &db) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT owner = ? FROM holds WHERE event_id = ? AND hold_id = ?"));
        q.addBindValue(owner);
        q.addBindValue(eventId);
        q.addBindValue(holdId);
        const bool mine = q.exec() && q.next() && q.value(0).toBool();
        QMetaObject::invokeMethod(
            self.data(),
            [conn, type, id, mine, r] {
                if (!conn)
                    return;
                InventoryResult answer = r;
                if (!mine)
                    answer.code = ErrorCode::NotOwner;
                sendInventoryError(*conn, type, id, answer);
            },
            Qt::QueuedConnection);
    });
}

} // namespace BoxOffice::Server
