#include "selling/cartholds.h"

#include "net/errortext.h"
#include "net/serverconnection.h"
#include "protocol/frame.h"
#include "seatmap/seatmapmodel.h"

#include <QCborArray>
#include <QCborMap>

#include <algorithm>

namespace BoxOffice::Ui {

using Shared::ErrorCode;
using Shared::Frame;
using Shared::MessageType;
namespace Key = Shared::Key;

namespace {

QList<int> seatsOf(const QCborMap &result)
{
    QList<int> seats;
    for (const QCborValue &v : result.value(Key::Seats).toArray()) {
        if (v.isInteger())
            seats.append(int(v.toInteger()));
    }
    return seats;
}

bool gone(ErrorCode code)
{
    return code == ErrorCode::UnknownHold || code == ErrorCode::HoldExpired;
}

} // namespace

CartHolds::CartHolds(ServerConnection *connection, SeatMapModel *seatMap, CartModel *cart, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_seatMap(seatMap)
    , m_cart(cart)
{}

void CartHolds::setEvent(qint64 eventId)
{
    m_eventId = eventId;
    ++m_generation;
}

void CartHolds::drop(qint64 holdId)
{
    const auto &holds = m_cart->holds();
    const auto it =
        std::find_if(holds.begin(), holds.end(), [holdId](const auto &h) { return h.id == holdId; });
    if (it == holds.end())
        return;
    const QList<int> seats = it->seats;
    m_seatMap->setMark(seats, SeatMapModel::Mark::None);
    m_cart->removeHold(holdId);
    emit notice(tr("No longer held for you, removed from the cart: %1").arg(seatList(seats)), true);
}

void CartHolds::hold(const QList<int> &requested)
{
    QList<int> seats;
    for (const int s : requested) {
        if (s >= 0 && s < m_seatMap->seatCount() && m_seatMap->mark(s) == SeatMapModel::Mark::None &&
            m_seatMap->display(s) == SeatMapModel::Display::Available)
            seats.append(s);
    }
    if (seats.isEmpty())
        return;
    const int limit = m_seatMap->layout().maxSeatsPerOrder;
    if (limit > 0 && seats.size() > limit) {
        emit notice(tr("At most %n seat(s) can be held at once for this event.", nullptr, limit), true);
        return;
    }
    m_seatMap->setMark(seats, SeatMapModel::Mark::Pending);
    QCborArray array;
    for (const int s : seats)
        array.append(s);
    QCborMap fields;
    fields.insert(Key::Event, m_eventId);
    fields.insert(Key::Seats, array);
    const quint64 generation = m_generation;
    m_connection->request(MessageType::Hold, fields, [this, generation, seats](const Frame &reply) {
        if (generation == m_generation)
            onHoldReply(reply, seats);
    });
}

void CartHolds::onHoldReply(const Frame &reply, const QList<int> &pending)
{
    if (reply.isError()) {
        m_seatMap->setMark(pending, SeatMapModel::Mark::None);
        if (reply.errorCode() == ErrorCode::SeatUnavailable) {
            QList<int> taken;
            for (const int s : pending) {
                if (m_seatMap->state(s) != Shared::SeatState::Available)
                    taken.append(s);
            }
            emit notice(taken.isEmpty() ? tr("Those seats were just taken by someone else.")
                                        : tr("Taken by someone else just now: %1").arg(seatList(taken)),
                        true);
        } else {
            emit notice(tr("Could not hold the seats: %1").arg(ErrorText::describe(reply.errorCode())), true);
        }
        emit holdFinished(false);
        return;
    }
    const QCborMap result = reply.result();
    noteServerClock(result);
    CartModel::Hold hold;
    hold.id = result.value(Key::Hold).toInteger();
    hold.seats = seatsOf(result);
    hold.expires = localTime(result.value(Key::Expires));
    hold.maxExpires = localTime(result.value(Key::MaxExpires));
    m_seatMap->setMark(pending, SeatMapModel::Mark::None);
    m_seatMap->setMark(hold.seats, SeatMapModel::Mark::Mine);
    m_cart->addHold(hold);
    emit holdFinished(true);
}

void CartHolds::releaseSeat(int seat)
{
    const CartModel::Hold *found = m_cart->holdOf(seat);
    if (!found || found->busy)
        return;
    const CartModel::Hold hold = *found;
    release(hold, [this, hold, seat] {
        // A hold is released whole: hold the seats the clerk keeps again at once.
        QList<int> keep = hold.seats;
        keep.removeAll(seat);
        if (!keep.isEmpty())
            this->hold(keep);
    });
}

void CartHolds::releaseAll()
{
    const QList<CartModel::Hold> holds = m_cart->holds();
    for (const CartModel::Hold &hold : holds) {
        if (!hold.busy)
            release(hold, {});
    }
}

void CartHolds::release(const CartModel::Hold &hold, std::function<void()> released)
{
    m_cart->setBusy(hold.id, true);
    QCborMap fields;
    fields.insert(Key::Event, m_eventId);
    fields.insert(Key::Hold, hold.id);
    const quint64 generation = m_generation;
    m_connection->request(
        MessageType::Release, fields,
        [this, generation, hold, released = std::move(released)](const Frame &reply) {
            if (generation != m_generation)
                return;
            // A hold the server no longer has is as good as released.
            if (reply.isError() && !gone(reply.errorCode())) {
                m_cart->setBusy(hold.id, false);
                emit notice(tr("Could not release: %1").arg(ErrorText::describe(reply.errorCode())), true);
                return;
            }
            m_seatMap->setMark(hold.seats, SeatMapModel::Mark::None);
            m_cart->removeHold(hold.id);
            if (released)
                released();
        });
}

void CartHolds::bestAvailable(int quantity, int categoryId, int sectionId, int standingArea)
{
    QCborMap fields;
    fields.insert(Key::Event, m_eventId);
    fields.insert(Key::Count, quantity);
    if (standingArea >= 0) {
        fields.insert(Key::Standing, standingArea); // places of a standing area
    } else {
        fields.insert(Key::Category, categoryId);
        if (sectionId >= 0)
            fields.insert(Key::Section, sectionId);
    }
    const quint64 generation = m_generation;
    m_connection->request(
        MessageType::BestAvailable, fields, [this, generation, standingArea](const Frame &reply) {
            if (generation != m_generation)
                return;
            if (reply.isError()) {
                const QString reason = reply.errorCode() == ErrorCode::SeatUnavailable
                                           ? (standingArea >= 0 ? tr("not as many places left in the area")
                                                                : tr("no seats together left that fit"))
                                           : ErrorText::describe(reply.errorCode());
                emit notice(tr("Best available: %1").arg(reason), true);
                emit bestAvailableFinished(false, {});
                emit holdFinished(false);
                return;
            }
            const QList<int> seats = seatsOf(reply.result());
            onHoldReply(reply, seats);
            emit bestAvailableFinished(true, seats);
        });
}

void CartHolds::extendAll()
{
    for (const CartModel::Hold &hold : m_cart->holds()) {
        if (hold.busy || hold.expires.msecsTo(hold.maxExpires) <= 1000)
            continue;
        QCborMap fields;
        fields.insert(Key::Event, m_eventId);
        fields.insert(Key::Hold, hold.id);
        const quint64 generation = m_generation;
        const qint64 id = hold.id;
        m_connection->request(MessageType::Extend, fields, [this, generation, id](const Frame &reply) {
            if (generation != m_generation)
                return;
            if (reply.isError()) {
                if (gone(reply.errorCode()))
                    drop(id);
                else
                    emit notice(tr("Could not extend: %1").arg(ErrorText::describe(reply.errorCode())), true);
                return;
            }
            const QCborMap result = reply.result();
            m_cart->updateExpiry(id, localTime(result.value(Key::Expires)),
                                 localTime(result.value(Key::MaxExpires)));
        });
    }
}

QDateTime CartHolds::localTime(const QCborValue &serverMs) const
{
    return QDateTime::fromMSecsSinceEpoch(Shared::cborInteger(serverMs) - m_clockOffsetMs, Qt::UTC);
}

void CartHolds::noteServerClock(const QCborMap &holdResult)
{
    // A new hold expires exactly one TTL after the database's now(): that gives its clock.
    const qint64 expires = Shared::cborInteger(holdResult.value(Key::Expires));
    const int ttl = m_seatMap->layout().holdTtlS;
    if (expires > 0 && ttl > 0)
        m_clockOffsetMs = expires - qint64(ttl) * 1000 - QDateTime::currentMSecsSinceEpoch();
}

QString CartHolds::seatList(const QList<int> &seats) const
{
    QStringList names;
    for (const int s : seats.mid(0, 4))
        names.append(m_seatMap->seatName(s));
    if (seats.size() > 4)
        names.append(tr("and %n more", nullptr, int(seats.size()) - 4));
    return names.join(QStringLiteral("; "));
}

} // namespace BoxOffice::Ui
