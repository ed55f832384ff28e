#pragma once

#include "selling/cartmodel.h"

#include <QList>
#include <QObject>

#include <functional>

class QCborValue;
class QCborMap;

namespace BoxOffice::Shared {
class Frame;
}

namespace BoxOffice::Ui {

class SeatMapModel;
class ServerConnection;

/**
 * The server side of the counter's cart: holds, releases, best available and extensions
 * for one event. Seats asked for show as pending on the map until the server answers; a
 * granted hold goes into the cart and its seats show as the clerk's; a hold the server
 * no longer has leaves the cart with a notice. Expiry times are turned into local time
 * with the database's clock, read off each new hold.
 */
class CartHolds final : public QObject
{
    Q_OBJECT

public:
    CartHolds(ServerConnection *connection, SeatMapModel *seatMap, CartModel *cart,
              QObject *parent = nullptr);

    /** The event whose seats are held; replies for an earlier one are ignored from now. */
    void setEvent(qint64 eventId);

    /** Holds those of seats that are free and not already asked for, in one hold. */
    void hold(const QList<int> &seats);
    /** Releases the hold that has seat; the hold's other seats are held again. */
    void releaseSeat(int seat);
    /** Releases every hold of the cart that is not in a sale. */
    void releaseAll();
    /** Asks the server for the best quantity seats together; answers bestAvailableFinished. */
    /** Best available seats of a category (and section), or places of standingArea if >= 0. */
    void bestAvailable(int quantity, int categoryId, int sectionId, int standingArea = -1);
    /** Extends every hold that can still be extended. */
    void extendAll();
    /** Removes a hold the server no longer has from the cart, with a notice. */
    void drop(qint64 holdId);

    /** Seat names for a notice: the first four, then "and N more". */
    QString seatList(const QList<int> &seats) const;

signals:
    void notice(const QString &text, bool warning);
    void holdFinished(bool ok);
    /** ok: the seats are held (and in the cart). */
    void bestAvailableFinished(bool ok, const QList<int> &seats);

private:
    void onHoldReply(const Shared::Frame &reply, const QList<int> &pending);
    void release(const CartModel::Hold &hold, std::function<void()> released);
    QDateTime localTime(const QCborValue &serverMs) const;
    void noteServerClock(const QCborMap &holdResult);

    ServerConnection *m_connection = nullptr;
    SeatMapModel *m_seatMap = nullptr;
    CartModel *m_cart = nullptr;
    qint64 m_eventId = 0;
    quint64 m_generation = 0;   // replies for an event left since are ignored
    qint64 m_clockOffsetMs = 0; // database clock minus local clock
};

} // namespace BoxOffice::Ui
