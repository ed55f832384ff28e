#pragma once

#include "orders/orderstore.h"

#include <QCborMap>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <functional>
#include <memory>

namespace BoxOffice::Server {

class DbWorker;
class PaymentGateway;

/**
 * The sale saga (docs/payments.md, "The sale saga"): money and seats move together. Lives on
 * the socket thread; database steps run on the orders DbWorker, gateway calls on the
 * gateway's thread (the same one), each step recorded before the next call so that a crash
 * anywhere leaves a payment the reconciler can finish.
 *
 * - cash and comp: one transaction (bo_order_pay_offline).
 * - card: payment 'authorizing' (holds extended) → authorize → 'authorized' → sale
 *   (order 'paid', payment 'capturing') → capture → 'captured', order 'completed'. A failure
 *   after the authorization voids it unless the seats were sold.
 * - reconciliation at start and every interval: open card payments no live saga holds are
 *   looked up at the gateway and finished: sold → captured, not sold → voided and released.
 */
class SaleSaga final : public QObject
{
    Q_OBJECT
public:
    /** Where a test-only crash is injected (--test-crash-after). */
    enum class CrashPoint { None, AfterAuthorize, AfterSale };

    struct Reply
    {
        Shared::ErrorCode code = Shared::ErrorCode::None;
        QString message;
        QCborMap result;
    };
    using Done = std::function<void(const Reply &)>;

    /** gateway may be null: card payments are then refused with PaymentUnavailable. */
    SaleSaga(DbWorker &worker, PaymentGateway *gateway, QObject *parent = nullptr);

    void setCrashPoint(CrashPoint point) { m_crash = point; }
    /** Ticket codes for replies; without it tickets carry no code. */
    void setTicketCodes(OrderStore::TicketCodeFn codeFor) { m_codeFor = std::move(codeFor); }
    /** Reconciles now and then every intervalMs. */
    void startReconciling(int intervalMs);

    void pay(const OrderStore::PaymentAttempt &attempt, const QString &token, Done done);
    /** One reconciliation round (skipped while one runs). */
    void reconcile();

signals:
    /** After each reconciliation round, with the number of payments finished. */
    void reconciled(int finished);

private:
    struct CardRun;

    void payOffline(const OrderStore::PaymentAttempt &attempt, Done done);
    void payCard(const OrderStore::PaymentAttempt &attempt, const QString &token, Done done);
    void authorized(const std::shared_ptr<CardRun> &run, const QString &reference);
    void authorizeUnknown(const std::shared_ptr<CardRun> &run);
    void voidThen(const std::shared_ptr<CardRun> &run, Shared::ErrorCode code, const QString &message);
    void capture(const std::shared_ptr<CardRun> &run);
    void finish(const std::shared_ptr<CardRun> &run, Shared::ErrorCode code, const QString &message);
    /** Reads the order for a success reply (with change and payment) and calls done. */
    void replyWithOrder(qint64 orderId, qint64 paymentId, std::optional<qint64> change, Done done);
    /** Runs a payment step on the worker, then next(moved) on this thread. */
    void step(OrderStore::Step s, std::function<void(bool)> next);
    void reconcileOne(QList<OrderStore::OpenPayment> queue, int finished);
    void reconcileDone(const OrderStore::OpenPayment &p, std::function<void()> next);

    DbWorker &m_worker;
    QPointer<PaymentGateway> m_gateway;
    CrashPoint m_crash = CrashPoint::None;
    OrderStore::TicketCodeFn m_codeFor;
    QHash<QString, std::shared_ptr<CardRun>> m_running; // by the client's key
    QSet<qint64> m_runningPayments;
    QTimer m_timer;
    bool m_reconciling = false;
};

} // namespace BoxOffice::Server
