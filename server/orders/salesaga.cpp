#include "orders/salesaga.h"

#include "db/dbworker.h"
#include "payments/paymentgateway.h"
#include "protocol/frame.h"

#include <QLoggingCategory>

#include <cstdlib>

namespace BoxOffice::Server {

Q_LOGGING_CATEGORY(lcSaga, "boxoffice.server.orders.saga")

using namespace BoxOffice::Shared;
using Status = PaymentGateway::Result::Status;

struct SaleSaga::CardRun
{
    OrderStore::PaymentAttempt attempt;
    QString token;
    qint64 paymentId = 0;
    qint64 amount = 0;
    QString currency;
    QString reference;
    QList<Done> waiters; // the request, and any retry with the same key while it runs

    QString key(const char *step) const { return attempt.key + QLatin1Char(':') + QLatin1String(step); }
};

namespace {

const QStringList OpenStates{QStringLiteral("authorizing"), QStringLiteral("authorized"),
                             QStringLiteral("capturing"), QStringLiteral("voiding")};

/** Runs job on the worker's thread and then(result) on ctx's thread, if ctx still lives. */
template <typename T>
void runOn(DbWorker &worker, QObject *ctx, std::function<T(QSqlDatabase &)> job, std::function<void(T)> then)
{
    QPointer<QObject> guard(ctx);
    worker.post([guard, job = std::move(job), then = std::move(then)](QSqlDatabase &db) {
        T value = job(db);
        if (!guard)
            return;
        QMetaObject::invokeMethod(
            guard.data(),
            [guard, then, value = std::move(value)] {
                if (guard)
                    then(value);
            },
            Qt::QueuedConnection);
    });
}

[[noreturn]] void testCrash(const char *where)
{
    // --test-crash-after: the tests' way to kill the server at an exact step of the saga.
    qCCritical(lcSaga) << "test crash after" << where;
    std::abort();
}

bool sold(const QString &orderState)
{
    return orderState == QLatin1String("paid") || orderState == QLatin1String("completed");
}

} // namespace

SaleSaga::SaleSaga(DbWorker &worker, PaymentGateway *gateway, QObject *parent)
    : QObject(parent)
    , m_worker(worker)
    , m_gateway(gateway)
{
    connect(&m_timer, &QTimer::timeout, this, &SaleSaga::reconcile);
}

void SaleSaga::startReconciling(int intervalMs)
{
    if (!m_gateway)
        return;
    reconcile();
    m_timer.start(intervalMs);
}

void SaleSaga::pay(const OrderStore::PaymentAttempt &attempt, const QString &token, Done done)
{
    if (attempt.method == QLatin1String("card"))
        payCard(attempt, token, std::move(done));
    else
        payOffline(attempt, std::move(done));
}

void SaleSaga::payOffline(const OrderStore::PaymentAttempt &attempt, Done done)
{
    runOn<OrderStore::PaymentState>(
        m_worker, this, [attempt](QSqlDatabase &db) { return OrderStore::payOffline(db, attempt); },
        [this, attempt, done](const OrderStore::PaymentState &s) {
            if (!s.outcome.ok()) {
                done(Reply{s.outcome.code, s.outcome.message, {}});
                return;
            }
            replyWithOrder(attempt.orderId, s.paymentId, s.change, done);
        });
}

void SaleSaga::replyWithOrder(qint64 orderId, qint64 paymentId, std::optional<qint64> change, Done done)
{
    runOn<std::optional<QCborMap>>(
        m_worker, this,
        [orderId, codeFor = m_codeFor](QSqlDatabase &db) {
            bool ok = false;
            return OrderStore::readOrder(db, orderId, false, &ok, codeFor);
        },
        [paymentId, change, done](const std::optional<QCborMap> &order) {
            if (!order) {
                // The sale is committed; only reading it back failed. The same key again
                // answers it.
                done(Reply{ErrorCode::Internal,
                           QStringLiteral("the payment went through but the order could not be read; "
                                          "send the same request again"),
                           {}});
                return;
            }
            QCborMap result = *order;
            result.insert(Key::Payment, paymentId);
            if (change)
                result.insert(Key::ChangeDue, *change);
            done(Reply{ErrorCode::None, {}, result});
        });
}

void SaleSaga::step(OrderStore::Step s, std::function<void(bool)> next)
{
    runOn<bool>(
        m_worker, this, [s](QSqlDatabase &db) { return OrderStore::paymentStep(db, s); }, std::move(next));
}

void SaleSaga::payCard(const OrderStore::PaymentAttempt &attempt, const QString &token, Done done)
{
    if (!m_gateway) {
        done(Reply{ErrorCode::PaymentUnavailable,
                   QStringLiteral("card payments are not configured on this server (--gateway-url)"),
                   {}});
        return;
    }
    if (auto it = m_running.constFind(attempt.key); it != m_running.cend()) {
        if ((*it)->attempt.orderId != attempt.orderId) {
            done(Reply{ErrorCode::BadField, QStringLiteral("this key was used for another payment"), {}});
            return;
        }
        (*it)->waiters.append(std::move(done)); // a retry while the first attempt runs
        return;
    }
    runOn<OrderStore::PaymentState>(
        m_worker, this, [attempt](QSqlDatabase &db) { return OrderStore::beginCard(db, attempt); },
        [this, attempt, token, done](const OrderStore::PaymentState &s) {
            if (!s.outcome.ok()) {
                done(Reply{s.outcome.code, s.outcome.message, {}});
                return;
            }
            if (s.inProgress) {
                if (auto it = m_running.constFind(attempt.key); it != m_running.cend()) {
                    (*it)->waiters.append(done);
                    return;
                }
                done(Reply{ErrorCode::PaymentUnavailable,
                           QStringLiteral("a payment with this key is in progress; retry shortly"),
                           {}});
                return;
            }
            if (s.replay) {
                replyWithOrder(attempt.orderId, s.paymentId, std::nullopt, done);
                return;
            }
            auto run = std::make_shared<CardRun>();
            run->attempt = attempt;
            run->token = token;
            run->paymentId = s.paymentId;
            run->amount = s.amount;
            run->currency = s.currency;
            run->waiters.append(done);
            m_running.insert(attempt.key, run);
            m_runningPayments.insert(run->paymentId);
            if (!m_gateway) {
                finish(run, ErrorCode::PaymentUnavailable, QStringLiteral("the card gateway is gone"));
                return;
            }
            m_gateway->authorize(run->key("authorize"), token, run->amount, run->currency,
                                 [this, run](const PaymentGateway::Result &r) {
                                     switch (r.status) {
                                     case Status::Ok:
                                         if (m_crash == CrashPoint::AfterAuthorize)
                                             testCrash("authorize");
                                         authorized(run, r.reference);
                                         break;
                                     case Status::Declined:
                                         step(OrderStore::Step{run->paymentId,
                                                               {QStringLiteral("authorizing")},
                                                               QStringLiteral("failed"),
                                                               {},
                                                               r.message,
                                                               int(ErrorCode::PaymentDeclined),
                                                               {},
                                                               false,
                                                               run->attempt.audit},
                                              [this, run, r](bool) {
                                                  finish(run, ErrorCode::PaymentDeclined,
                                                         r.message.isEmpty()
                                                             ? QStringLiteral("the card was declined")
                                                             : r.message);
                                              });
                                         break;
                                     case Status::Unknown:
                                         authorizeUnknown(run);
                                         break;
                                     }
                                 });
        });
}

void SaleSaga::authorized(const std::shared_ptr<CardRun> &run, const QString &reference)
{
    run->reference = reference;
    step(OrderStore::Step{run->paymentId,
                          {QStringLiteral("authorizing")},
                          QStringLiteral("authorized"),
                          reference,
                          {},
                          {},
                          {},
                          false,
                          run->attempt.audit},
         [this, run](bool moved) {
             if (!moved) {
                 // The payment is no longer ours to move (a database failure, or a reconciler
                 // settled it meanwhile): no sale, so the authorization must not stay. Void by
                 // key; a reconciler voiding too sends the same key.
                 m_gateway->voidAuthorization(
                     run->key("void"), run->reference, [this, run](const PaymentGateway::Result &) {
                         finish(run, ErrorCode::PaymentUnavailable,
                                QStringLiteral("the payment could not be recorded; the "
                                               "card was not charged"));
                     });
                 return;
             }
             const QString audit = run->attempt.audit;
             const qint64 paymentId = run->paymentId;
             runOn<ErrorCode>(
                 m_worker, this,
                 [paymentId, audit](QSqlDatabase &db) { return OrderStore::sellCard(db, paymentId, audit); },
                 [this, run](ErrorCode code) {
                     if (code == ErrorCode::None) {
                         if (m_crash == CrashPoint::AfterSale)
                             testCrash("sale");
                         capture(run);
                     } else if (code == ErrorCode::Internal) {
                         // Committed or not, the reconciler finishes it from what it finds.
                         finish(
                             run, ErrorCode::Internal,
                             QStringLiteral("the sale could not be completed; the reconciler will settle the "
                                            "payment"));
                     } else {
                         voidThen(run, code,
                                  code == ErrorCode::HoldExpired
                                      ? QStringLiteral(
                                            "the holds expired before the sale; the card was not charged")
                                      : QStringLiteral(
                                            "the order can no longer be sold; the card was not charged"));
                     }
                 });
         });
}

void SaleSaga::authorizeUnknown(const std::shared_ptr<CardRun> &run)
{
    // Did the gateway authorize before the answer was lost? Ask by the same key.
    m_gateway->lookup(run->key("authorize"), [this, run](const PaymentGateway::Result &r) {
        const QString unavailable =
            QStringLiteral("the card gateway did not answer; the card was not charged, try again");
        if (r.status != Status::Ok) {
            // Still unknown: the payment stays 'authorizing' and the reconciler settles it
            // (voids any authorization, releases the seats, cancels the order).
            finish(
                run, ErrorCode::PaymentUnavailable,
                QStringLiteral("the card gateway did not answer; the payment will be settled and the order "
                               "cancelled"));
            return;
        }
        if (r.state == QLatin1String("authorized")) {
            run->reference = r.reference;
            step(OrderStore::Step{run->paymentId,
                                  {QStringLiteral("authorizing")},
                                  QStringLiteral("voiding"),
                                  r.reference,
                                  QStringLiteral("gateway answer lost"),
                                  int(ErrorCode::PaymentUnavailable),
                                  {},
                                  false,
                                  run->attempt.audit},
                 [this, run, unavailable](bool) {
                     voidThen(run, ErrorCode::PaymentUnavailable, unavailable);
                 });
            return;
        }
        step(OrderStore::Step{run->paymentId,
                              {QStringLiteral("authorizing")},
                              r.state == QLatin1String("voided") ? QStringLiteral("voided")
                                                                 : QStringLiteral("failed"),
                              r.reference,
                              QStringLiteral("gateway answer lost; gateway state ") + r.state,
                              int(ErrorCode::PaymentUnavailable),
                              {},
                              false,
                              run->attempt.audit},
             [this, run, unavailable](bool) { finish(run, ErrorCode::PaymentUnavailable, unavailable); });
    });
}

void SaleSaga::voidThen(const std::shared_ptr<CardRun> &run, ErrorCode code, const QString &message)
{
    m_gateway->voidAuthorization(
        run->key("void"), run->reference, [this, run, code, message](const PaymentGateway::Result &r) {
            if (r.status == Status::Unknown) {
                // Left 'voiding': the reconciler retries the void with the same key.
                finish(run, code, message);
                return;
            }
            if (r.status == Status::Declined)
                qCWarning(lcSaga) << "void of payment" << run->paymentId << "declined:" << r.message;
            step(OrderStore::Step{run->paymentId,
                                  {QStringLiteral("voiding")},
                                  QStringLiteral("voided"),
                                  {},
                                  r.message,
                                  int(code),
                                  {},
                                  false,
                                  run->attempt.audit},
                 [this, run, code, message](bool) { finish(run, code, message); });
        });
}

void SaleSaga::capture(const std::shared_ptr<CardRun> &run)
{
    m_gateway->capture(run->key("capture"), run->reference, run->amount,
                       [this, run](const PaymentGateway::Result &r) {
                           switch (r.status) {
                           case Status::Ok:
                               step(OrderStore::Step{run->paymentId,
                                                     {QStringLiteral("capturing")},
                                                     QStringLiteral("captured"),
                                                     {},
                                                     {},
                                                     0,
                                                     QStringLiteral("completed"),
                                                     false,
                                                     run->attempt.audit},
                                    [this, run](bool) { finish(run, ErrorCode::None, {}); });
                               break;
                           case Status::Unknown:
                               // The seats are sold and the money authorised: the sale stands ("paid"); the
                               // reconciler retries the capture with the same key until it succeeds.
                               qCWarning(lcSaga) << "capture of payment" << run->paymentId
                                                 << "unknown; the reconciler retries:" << r.message;
                               finish(run, ErrorCode::None, {});
                               break;
                           case Status::Declined:
                               // Seats sold, authorisation not capturable (expired?): an operator's case. The
                               // order stays 'paid'; the payment 'failed' shows it in GetOrder.
                               qCCritical(lcSaga) << "capture of payment" << run->paymentId
                                                  << "DECLINED after the sale:" << r.message;
                               step(OrderStore::Step{run->paymentId,
                                                     {QStringLiteral("capturing")},
                                                     QStringLiteral("failed"),
                                                     {},
                                                     QStringLiteral("capture declined: ") + r.message,
                                                     0,
                                                     {},
                                                     false,
                                                     run->attempt.audit},
                                    [this, run](bool) { finish(run, ErrorCode::None, {}); });
                               break;
                           }
                       });
}

void SaleSaga::finish(const std::shared_ptr<CardRun> &run, ErrorCode code, const QString &message)
{
    const qint64 paymentId = run->paymentId;
    m_worker.post([paymentId](QSqlDatabase &db) { OrderStore::unlockPayment(db, paymentId); });
    m_running.remove(run->attempt.key);
    m_runningPayments.remove(paymentId);
    const QList<Done> waiters = run->waiters;
    if (code != ErrorCode::None) {
        for (const Done &d : waiters)
            d(Reply{code, message, {}});
        return;
    }
    replyWithOrder(run->attempt.orderId, paymentId, std::nullopt, [waiters](const Reply &reply) {
        for (const Done &d : waiters)
            d(reply);
    });
}

void SaleSaga::reconcile()
{
    if (m_reconciling || !m_gateway)
        return;
    m_reconciling = true;
    const QSet<qint64> exclude = m_runningPayments;
    runOn<std::optional<QList<OrderStore::OpenPayment>>>(
        m_worker, this,
        [exclude](QSqlDatabase &db) -> std::optional<QList<OrderStore::OpenPayment>> {
            if (!OrderStore::tryLockReconciler(db))
                return std::nullopt; // another node's round is running
            return OrderStore::lockOpenPayments(db, exclude);
        },
        [this](const std::optional<QList<OrderStore::OpenPayment>> &open) {
            if (!open) {
                m_reconciling = false;
                emit reconciled(0);
                return;
            }
            for (const auto &p : *open)
                m_runningPayments.insert(p.paymentId);
            if (!open->isEmpty())
                qCInfo(lcSaga) << "reconciling" << open->size() << "open card payment(s)";
            reconcileOne(*open, 0);
        });
}

void SaleSaga::reconcileDone(const OrderStore::OpenPayment &p, std::function<void()> next)
{
    const qint64 id = p.paymentId;
    m_worker.post([id](QSqlDatabase &db) { OrderStore::unlockPayment(db, id); });
    m_runningPayments.remove(id);
    next();
}

void SaleSaga::reconcileOne(QList<OrderStore::OpenPayment> queue, int finished)
{
    if (queue.isEmpty() || !m_gateway) {
        for (const auto &p : std::as_const(queue))
            reconcileDone(p, [] {});
        m_worker.post([](QSqlDatabase &db) { OrderStore::unlockReconciler(db); });
        m_reconciling = false;
        emit reconciled(finished);
        return;
    }
    const OrderStore::OpenPayment p = queue.takeFirst();
    // The rest of the round, after this payment: finished counts the settled ones.
    auto next = [this, queue, finished, p](bool settled) {
        reconcileDone(
            p, [this, queue, finished, settled] { reconcileOne(queue, finished + (settled ? 1 : 0)); });
    };
    auto settle = [this, p, next](const QString &to, const QString &reference, const QString &message,
                                  int outcome, const QString &orderTo, bool release) {
        step(OrderStore::Step{p.paymentId, OpenStates, to, reference, message, outcome, orderTo, release, {}},
             [next](bool moved) { next(moved); });
    };
    const QString key = p.key + QStringLiteral(":authorize");
    m_gateway->lookup(key, [this, p, next, settle](const PaymentGateway::Result &r) {
        if (r.status != Status::Ok || !m_gateway) {
            qCInfo(lcSaga) << "payment" << p.paymentId << "lookup failed; next round:" << r.message;
            next(false);
            return;
        }
        const QString ref = r.reference.isEmpty() ? p.reference : r.reference;
        const bool seatsSold = sold(p.orderState);
        const int unavailable = int(ErrorCode::PaymentUnavailable);
        qCInfo(lcSaga) << "payment" << p.paymentId << "was" << p.state << "; gateway says" << r.state
                       << "; order" << p.orderState;
        if (r.state == QLatin1String("authorized")) {
            if (seatsSold) {
                m_gateway->capture(p.key + QStringLiteral(":capture"), ref, p.amount,
                                   [p, ref, next, settle](const PaymentGateway::Result &c) {
                                       if (c.status == Status::Ok)
                                           settle(QStringLiteral("captured"), ref, {}, 0,
                                                  QStringLiteral("completed"), false);
                                       else
                                           next(false); // retried next round
                                   });
            } else {
                m_gateway->voidAuthorization(
                    p.key + QStringLiteral(":void"), ref,
                    [ref, next, settle, unavailable](const PaymentGateway::Result &v) {
                        if (v.status == Status::Unknown)
                            next(false);
                        else
                            settle(QStringLiteral("voided"), ref, v.message, unavailable, {}, true);
                    });
            }
        } else if (r.state == QLatin1String("captured")) {
            if (seatsSold) {
                settle(QStringLiteral("captured"), ref, {}, 0, QStringLiteral("completed"), false);
            } else {
                // Never done by the saga (it captures only after the sale); give the money back.
                qCCritical(lcSaga) << "payment" << p.paymentId << "captured without sold seats; refunding";
                m_gateway->refund(p.key + QStringLiteral(":refund"), ref, p.amount,
                                  [ref, next, settle, unavailable](const PaymentGateway::Result &f) {
                                      if (f.status == Status::Ok)
                                          settle(QStringLiteral("refunded"), ref, f.message, unavailable, {},
                                                 true);
                                      else
                                          next(false);
                                  });
            }
        } else if (seatsSold) {
            // Sold seats and no authorization to capture: the saga never does this. An
            // operator's case; the payment is marked failed so that GetOrder shows it.
            qCCritical(lcSaga) << "payment" << p.paymentId << "of a sold order is" << r.state
                               << "at the gateway";
            settle(QStringLiteral("failed"), ref, QStringLiteral("gateway state ") + r.state, 0, {}, false);
        } else {
            // voided, refunded or never authorized ("none"): nothing is reserved.
            const QString to = r.state == QLatin1String("voided")     ? QStringLiteral("voided")
                               : r.state == QLatin1String("refunded") ? QStringLiteral("refunded")
                                                                      : QStringLiteral("failed");
            settle(to, ref, QStringLiteral("gateway state ") + r.state, unavailable, {}, true);
        }
    });
}

} // namespace BoxOffice::Server
