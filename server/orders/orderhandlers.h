#pragma once

#include "core/serversettings.h"
#include "orders/orderstore.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace BoxOffice::Server {

class DbWorker;
class Dispatcher;
class EventCatalog;
class PaymentGateway;
class SaleSaga;

/**
 * Orders and payments (messages 24–27): CreateOrder, PayOrder, CancelOrder, GetOrder.
 * Validates on the socket thread, runs database work on a worker of its own ("orders"), so a
 * sale never waits behind a seat-map snapshot or an inventory batch, and leaves payments to
 * the SaleSaga (docs/payments.md). Tickets in replies carry the codes of codeFor (the
 * TicketSigner), or none if it is empty.
 */
class OrderHandlers final : public QObject
{
    Q_OBJECT
public:
    /** gateway may be null (no --gateway-url): card payments are refused. */
    OrderHandlers(Dispatcher &dispatcher, EventCatalog &catalog, const ServerSettings &settings,
                  PaymentGateway *gateway, OrderStore::TicketCodeFn codeFor, QObject *parent = nullptr);
    ~OrderHandlers() override;

    SaleSaga &saga() { return *m_saga; }
    /** Starts the worker and the reconciler (at once, then every --reconcile-interval). */
    void start();
    void stop();

private:
    EventCatalog &m_catalog;
    std::unique_ptr<DbWorker> m_worker;
    SaleSaga *m_saga = nullptr;
    QUrl m_tokenizeUrl;
    int m_reconcileMs = 30000;
    OrderStore::TicketCodeFn m_codeFor;
};

} // namespace BoxOffice::Server
