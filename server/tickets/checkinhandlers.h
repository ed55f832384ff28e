#pragma once

#include <QObject>

namespace BoxOffice::Server {

class DbPool;
class Dispatcher;
class TicketSigner;

/**
 * CheckIn and TicketKey (docs/protocol.md, "Tickets and check-in"). A code's signature is
 * checked on the socket thread, so a forged or damaged code never reaches the database;
 * the admission itself is one UPDATE ... WHERE admitted_at IS NULL on the aux worker, so
 * two gates (on any nodes) scanning one ticket at the same moment admit it once.
 */
class CheckInHandlers final : public QObject
{
    Q_OBJECT
public:
    CheckInHandlers(Dispatcher &dispatcher, const TicketSigner &signer, DbPool &pool,
                    QObject *parent = nullptr);

private:
    const TicketSigner &m_signer;
    DbPool &m_pool;
};

} // namespace BoxOffice::Server
