#pragma once

#include "protocol/errors.h"

#include <QList>
#include <QString>

#include <functional>

namespace BoxOffice::Server {

enum class InventoryOp : qint16 {
    Hold = 1,
    Release = 2,
    Extend = 3,
    // 4 was Confirm, retired (issue 10): seats are sold through orders only. The database
    // answers it with MessageRetired should it ever be sent.
};

/** One validated inventory request, waiting for the next group commit. */
struct InventoryRequest
{
    InventoryOp op = InventoryOp::Hold;
    qint64 eventId = 0;
    qint64 holdId = 0;
    QString owner;
    QList<int> seats; // sorted, distinct; only for Hold
    /** For staff sessions, {"actor", "role", "address"} as JSON text: the change is
     *  audited in the same transaction. Empty for online buyers. */
    QString audit;
    /** For Hold: the most seats this session may hold in the event, 0 for the event's
     *  max_seats_per_order (the buyers' cap). Staff sessions get the staff limit. */
    int cap = 0;
};

/** What the database decided for one request. */
struct InventoryResult
{
    Shared::ErrorCode code = Shared::ErrorCode::None;
    qint64 holdId = 0;
    qint64 expiresMs = 0;
    qint64 maxExpiresMs = 0;
    qint64 saleId = 0;
    qint64 totalMinor = 0;
    int count = 0;
    QList<int> seats;
    /** For HoldLimit: the cap and what the session held when it was refused. */
    int limit = 0;
    int held = 0;
};

using InventoryCallback = std::function<void(const InventoryResult &)>;

} // namespace BoxOffice::Server
