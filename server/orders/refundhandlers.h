#pragma once

#include "core/serversettings.h"
#include "orders/orderstore.h"

#include <QCborArray>
#include <QCborMap>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace BoxOffice::Server {

class DbWorker;
class Dispatcher;
class PaymentGateway;

/**
 * RefundOrder and ExchangeTicket (docs/payments.md, "Refunds and exchanges"). Each is one
 * transaction of server/sql/009 (bo_refund_order, bo_exchange) on a worker of its own
 * ("refunds"): tickets, seats (with their NOTIFY), refund rows, order state and audit
 * together. Card money moves outside the transaction, as in the sale saga:
 *
 * - a card refund row is committed 'refunding' first, then the gateway's refund is called
 *   with the row's key, then the row becomes 'refunded' (or 'failed' on a definite no). An
 *   unknown outcome leaves it 'refunding'; a timer here retries those with the same key
 *   (the orders reconciler does not look at refunds).
 * - a dearer exchange by card is authorized first (key K:authorize), then the exchange
 *   transaction records the payment 'capturing', then it is captured (K:capture), so the
 *   orders reconciler captures it if this node dies in between. A refused exchange voids
 *   the authorization (K:void).
 */
class RefundHandlers final : public QObject
{
    Q_OBJECT
public:
    /** gateway may be null: card refunds then stay 'refunding' and card exchanges are refused. */
    RefundHandlers(Dispatcher &dispatcher, const ServerSettings &settings, PaymentGateway *gateway,
                   OrderStore::TicketCodeFn codeFor, QObject *parent = nullptr);
    ~RefundHandlers() override;

    /** Starts the worker and the retry of unfinished card refunds (at once, then every interval). */
    void start();

    /** A card refund row waiting for the gateway. */
    struct CardRefund
    {
        qint64 paymentId = 0;
        QString key;
        QString reference;
        qint64 amount = 0;
    };
    struct Reply
    {
        Shared::ErrorCode code = Shared::ErrorCode::None;
        QString message;
        QCborMap result;
        QList<CardRefund> pending; // card refunds of the reply still 'refunding'
    };
    using Done = std::function<void(const Reply &)>;

    /** An ExchangeTicket request, read and checked on the socket thread. */
    struct ExchangeRequest
    {
        qint64 serial = 0;
        qint64 hold = 0;
        QString key;
        QString method; // empty, cash or card
        std::optional<qint64> tendered;
        QString token;
        QString owner;
        QString audit;
    };

private:
    struct SettleRun;

    /** Runs job on the worker and then(reply) on this thread, if this object still lives. */
    void post(std::function<Reply(QSqlDatabase &)> job, Done then);
    /** Calls the gateway for each pending refund, records the outcome, updates the reply's refunds. */
    void settle(Reply reply, Done done);
    void settleNext(const std::shared_ptr<SettleRun> &run);
    void retryRefunds();
    void exchange(const ExchangeRequest &request, Done done);
    void exchangeAuthorized(const ExchangeRequest &request, const QString &reference, qint64 amount,
                            Done done);

    std::unique_ptr<DbWorker> m_worker;
    QPointer<PaymentGateway> m_gateway;
    OrderStore::TicketCodeFn m_codeFor;
    QSet<qint64> m_running; // card refund rows whose gateway call runs on this node
    QTimer m_retry;
    int m_retryMs = 30000;
};

} // namespace BoxOffice::Server
