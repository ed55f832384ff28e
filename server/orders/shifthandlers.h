#pragma once

#include <QObject>

namespace BoxOffice::Server {

class DbPool;
class Dispatcher;

/**
 * OpenShift, CloseShift and GetShift (docs/payments.md, "Shifts"): a clerk's cash drawer
 * from opening with a float to closing with the counted cash. The figures are computed by
 * bo_shift_summary from the payments recorded against the shift; the database's unique
 * index keeps one open shift per clerk, across nodes. Database work on the pool's aux worker.
 */
class ShiftHandlers final : public QObject
{
    Q_OBJECT
public:
    ShiftHandlers(Dispatcher &dispatcher, DbPool &pool, QObject *parent = nullptr);

private:
    DbPool &m_pool;
};

} // namespace BoxOffice::Server
