#pragma once

#include <QObject>

namespace BoxOffice::Server {

class DbPool;
class Dispatcher;
class TicketSigner;

/**
 * FindOrders (docs/protocol.md, "Refunds, exchanges, lookup and shifts"): the orders a clerk
 * is asked about at the counter, by order number, customer name, e-mail or phone, or by the
 * code on a ticket. A ticket code is verified on the socket thread (a forged code finds
 * nothing and never reaches the database); the search is one statement (bo_find_orders) on
 * the pool's aux worker.
 */
class LookupHandlers final : public QObject
{
    Q_OBJECT
public:
    /** signer may be null: then ticket codes are not searched for. */
    LookupHandlers(Dispatcher &dispatcher, const TicketSigner *signer, DbPool &pool,
                   QObject *parent = nullptr);

private:
    const TicketSigner *m_signer;
    DbPool &m_pool;
};

} // namespace BoxOffice::Server
