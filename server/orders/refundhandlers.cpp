#include "orders/refundhandlers.h"

#include "auth/session.h"
#include "db/dbworker.h"
#include "db/transactionguard.h"
#include "net/clientconnection.h"
#include "net/dispatcher.h"
#include "payments/paymentgateway.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

namespace BoxOffice::Server {

Q_LOGGING_CATEGORY(lcRefunds, "boxoffice.server.orders.refunds")

using namespace BoxOffice::Shared;
using Status = PaymentGateway::Result::Status;
using Reply = RefundHandlers::Reply;

struct RefundHandlers::SettleRun
{
    Reply reply;
    QList<CardRefund> queue;
    Done done;
};

namespace {

constexpr qint64 MaxId = std::numeric_limits<qint64>::max();
constexpr qint64 MaxMoney = 1'000'000'000'000; // minor units, as OrderHandlers
constexpr int MaxTickets = 100;
// A card refund the gateway did not answer is asked again after this long, with its key.
constexpr int RetryAfterS = 30;

const QString InternalMessage =
    QStringLiteral("the server could not complete the request; nothing was changed");

QString staffAudit(const ClientConnection &c)
{
    QJsonObject o;
    o.insert(QStringLiteral("actor"), c.session()->user);
    o.insert(QStringLiteral("role"), c.session()->roleText());
    o.insert(QStringLiteral("address"), c.peerAddress());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

bool printableAscii(const QString &s)
{
    for (QChar c : s)
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return false;
    return true;
}

/** The idempotency key of a request (16–64 printable ASCII characters, as PayOrder's). */
QString readKey(FieldReader &in)
{
    const QString key = in.string(Key::PaymentKey, 64);
    if (in.ok() && (key.size() < 16 || !printableAscii(key)))
        in.fail(ErrorCode::BadField, QStringLiteral("'key' must be 16 to 64 printable ASCII characters"));
    return key;
}

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

QVariant intOrNull(std::optional<qint64> v)
{
    return v ? QVariant(qlonglong(*v)) : QVariant(QMetaType::fromType<qlonglong>());
}

QString pgArray(const QList<qint64> &values)
{
    QStringList parts;
    for (qint64 v : values)
        parts.append(QString::number(v));
    return QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
}

QCborArray intArray(const QString &pgText)
{
    QCborArray a;
    for (const QString &part : pgText.mid(1, pgText.size() - 2).split(QLatin1Char(','), Qt::SkipEmptyParts))
        a.append(part.toLongLong());
    return a;
}

bool exec(QSqlQuery &q, const char *what)
{
    if (q.exec())
        return true;
    qCWarning(lcRefunds) << what << "failed:" << q.lastError().text();
    return false;
}

Reply internal()
{
    return Reply{ErrorCode::Internal, InternalMessage, {}, {}};
}

/** The refund rows of request key into reply (Key::Refunds) and its card refunds still open. */
bool readRefundRows(QSqlDatabase &db, const QString &key, Reply &reply)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT payment_id, method, amount_minor, state, coalesce(gateway_ref, ''),"
                             " idempotency_key FROM payments WHERE request_key = ? AND kind = 'refund'"
                             " ORDER BY payment_id"));
    q.addBindValue(key);
    if (!exec(q, "reading refund rows"))
        return false;
    QCborArray rows;
    while (q.next()) {
        QCborMap r;
        r.insert(Key::Payment, q.value(0).toLongLong());
        r.insert(Key::Method, q.value(1).toString());
        r.insert(Key::Amount, q.value(2).toLongLong());
        r.insert(Key::State, q.value(3).toString());
        rows.append(r);
        if (q.value(1).toString() == QLatin1String("card") &&
            q.value(3).toString() == QLatin1String("refunding"))
            reply.pending.append(RefundHandlers::CardRefund{q.value(0).toLongLong(), q.value(5).toString(),
                                                            q.value(4).toString(), q.value(2).toLongLong()});
    }
    reply.result.insert(Key::Refunds, rows);
    return true;
}

Reply refundJob(QSqlDatabase &db, qint64 orderId, const std::optional<QList<qint64>> &serials,
                const QString &key, const QString &reason, const QString &audit)
{
    TransactionGuard tx(db);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT r_code, r_message, r_replay, r_state, r_amount, r_serials::text,"
                             " (SELECT currency FROM orders WHERE order_id = ?)"
                             " FROM bo_refund_order(?, CAST(? AS bigint[]), ?, ?, CAST(? AS jsonb))"));
    q.addBindValue(orderId);
    q.addBindValue(orderId);
    q.addBindValue(serials ? QVariant(pgArray(*serials)) : QVariant(QMetaType::fromType<QString>()));
    q.addBindValue(key);
    q.addBindValue(textOrNull(reason));
    q.addBindValue(textOrNull(audit));
    if (!tx.begun() || !exec(q, "refunding an order") || !q.next())
        return internal();
    const int code = q.value(0).toInt();
    if (code != 0)
        return Reply{ErrorCode(code), q.value(1).toString(), {}, {}}; // rolled back
    Reply reply;
    reply.result.insert(Key::Order, orderId);
    reply.result.insert(Key::State, q.value(3).toString());
    reply.result.insert(Key::Amount, q.value(4).toLongLong());
    reply.result.insert(Key::Currency, q.value(6).toString());
    reply.result.insert(Key::Tickets, intArray(q.value(5).toString()));
    reply.result.insert(Key::Replay, q.value(2).toBool());
    q.finish();
    if (!readRefundRows(db, key, reply) || !tx.commit())
        return internal();
    return reply;
}

Reply quoteJob(QSqlDatabase &db, const RefundHandlers::ExchangeRequest &r)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT r_code, r_message, r_replay, r_difference, r_currency"
                             " FROM bo_exchange_quote(?, ?, ?, ?)"));
    q.addBindValue(r.serial);
    q.addBindValue(r.hold);
    q.addBindValue(r.owner);
    q.addBindValue(r.key);
    if (!exec(q, "quoting an exchange") || !q.next())
        return internal();
    if (q.value(0).toInt() != 0)
        return Reply{ErrorCode(q.value(0).toInt()), q.value(1).toString(), {}, {}};
    Reply reply;
    reply.result.insert(Key::Replay, q.value(2).toBool());
    reply.result.insert(Key::Difference, q.value(3).toLongLong());
    reply.result.insert(Key::Currency, q.value(4).toString());
    return reply;
}

Reply exchangeJob(QSqlDatabase &db, const RefundHandlers::ExchangeRequest &r, const QString &authRef,
                  qint64 authAmount, const OrderStore::TicketCodeFn &codeFor)
{
    TransactionGuard tx(db);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT r_code, r_message, r_replay, r_new_serial, r_difference, r_payment, r_change"
                       " FROM bo_exchange(?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb))"));
    q.addBindValue(r.serial);
    q.addBindValue(r.hold);
    q.addBindValue(r.owner);
    q.addBindValue(r.key);
    q.addBindValue(textOrNull(r.method));
    q.addBindValue(intOrNull(r.tendered));
    q.addBindValue(textOrNull(authRef));
    q.addBindValue(authRef.isEmpty() ? intOrNull(std::nullopt) : intOrNull(authAmount));
    q.addBindValue(textOrNull(r.audit));
    if (!tx.begun() || !exec(q, "exchanging a ticket") || !q.next())
        return internal();
    if (q.value(0).toInt() != 0)
        return Reply{ErrorCode(q.value(0).toInt()), q.value(1).toString(), {}, {}}; // rolled back
    Reply reply;
    const qint64 newSerial = q.value(3).toLongLong();
    reply.result.insert(Key::Replay, q.value(2).toBool());
    reply.result.insert(Key::Ticket, r.serial);
    reply.result.insert(Key::Difference, q.value(4).toLongLong());
    reply.result.insert(Key::Payment,
                        q.value(5).isNull() ? QCborValue(nullptr) : QCborValue(q.value(5).toLongLong()));
    if (!q.value(6).isNull())
        reply.result.insert(Key::ChangeDue, q.value(6).toLongLong());
    q.finish();

    QSqlQuery t(db);
    t.setForwardOnly(true);
    t.prepare(QStringLiteral(
        "SELECT t.serial, t.event_id, t.seat_index, t.price_minor, t.currency, sec.name, st.row_label,"
        " st.seat_number, t.order_id, o.state, e.name"
        " FROM tickets t JOIN orders o ON o.order_id = t.order_id JOIN events e ON e.event_id = t.event_id"
        " JOIN seats st ON st.layout_id = e.layout_id AND st.seat_index = t.seat_index"
        " JOIN sections sec ON sec.layout_id = st.layout_id AND sec.section_id = st.section_id"
        " WHERE t.serial = ?"));
    t.addBindValue(newSerial);
    if (!exec(t, "reading an exchanged ticket") || !t.next())
        return internal();
    QCborMap ticket;
    ticket.insert(Key::Serial, newSerial);
    ticket.insert(Key::Event, t.value(1).toLongLong());
    ticket.insert(Key::Seat, t.value(2).toInt());
    ticket.insert(Key::Price, t.value(3).toLongLong());
    ticket.insert(Key::Section, t.value(5).toString());
    ticket.insert(Key::Row, t.value(6).toString());
    ticket.insert(Key::SeatNumber, t.value(7).toInt());
    ticket.insert(Key::EventName, t.value(10).toString());
    if (codeFor)
        ticket.insert(Key::Code, codeFor(t.value(1).toLongLong(), t.value(2).toInt(), newSerial));
    reply.result.insert(Key::NewTicket, ticket);
    reply.result.insert(Key::Currency, t.value(4).toString());
    reply.result.insert(Key::Order, t.value(8).toLongLong());
    reply.result.insert(Key::State, t.value(9).toString());
    t.finish();
    if (!readRefundRows(db, r.key, reply) || !tx.commit())
        return internal();
    return reply;
}

/** Sets the state of refund row paymentId in the reply's refunds. */
void setRefundState(QCborMap &result, qint64 paymentId, const QString &state)
{
    QCborArray rows = result.value(Key::Refunds).toArray();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QCborMap row = rows.at(i).toMap();
        if (row.value(Key::Payment).toInteger() == paymentId) {
            row.insert(Key::State, state);
            rows[i] = row;
        }
    }
    result.insert(Key::Refunds, rows);
}

} // namespace

RefundHandlers::RefundHandlers(Dispatcher &d, const ServerSettings &settings, PaymentGateway *gateway,
                               OrderStore::TicketCodeFn codeFor, QObject *parent)
    : QObject(parent)
    , m_worker(std::make_unique<DbWorker>(settings.db, QStringLiteral("refunds")))
    , m_gateway(gateway)
    , m_codeFor(std::move(codeFor))
    , m_retryMs(std::max(1, settings.reconcileIntervalS) * 1000)
{
    connect(&m_retry, &QTimer::timeout, this, &RefundHandlers::retryRefunds);

    auto reply = [](ClientConnection &c, const Frame &f) {
        return [conn = QPointer<ClientConnection>(&c), type = f.type, id = f.id](const Reply &r) {
            if (!conn)
                return; // the client sends the same key again and gets this outcome
            if (r.code == ErrorCode::None)
                conn->sendResult(type, id, r.result);
            else
                conn->sendError(type, id, r.code, r.message.isEmpty() ? InternalMessage : r.message);
        };
    };
    auto refuse = [](ClientConnection &c, const Frame &f, FieldReader &in) {
        c.sendError(f.type, f.id, in.error(), in.message());
        c.strike();
    };

    d.on(MessageType::RefundOrder, [this, reply, refuse](ClientConnection &c, const Frame &f) {
        FieldReader in(f.body);
        const qint64 orderId = in.integer(Key::Order, 1, MaxId);
        const QString key = readKey(in);
        const QString reason = in.string(Key::Reason, 500, false).trimmed();
        std::optional<QList<qint64>> serials;
        const QCborValue tickets = f.body.value(Key::Tickets);
        if (!tickets.isUndefined() && in.ok()) {
            if (!tickets.isArray() || tickets.toArray().isEmpty() || tickets.toArray().size() > MaxTickets) {
                in.fail(
                    ErrorCode::BadField,
                    QStringLiteral("'tickets' must be an array of 1 to %1 ticket serials").arg(MaxTickets));
            } else {
                serials.emplace();
                for (const QCborValue &t : tickets.toArray()) {
                    if (!t.isInteger() || t.toInteger() < 1) {
                        in.fail(ErrorCode::BadField, QStringLiteral("'tickets' must hold positive integers"));
                        break;
                    }
                    serials->append(t.toInteger());
                }
            }
        }
        if (!in.ok()) {
            refuse(c, f, in);
            return;
        }
        const QString audit = staffAudit(c);
        post([orderId, serials, key, reason,
              audit](QSqlDatabase &db) { return refundJob(db, orderId, serials, key, reason, audit); },
             [this, done = reply(c, f)](const Reply &r) { settle(r, done); });
    });

    d.on(MessageType::ExchangeTicket, [this, reply, refuse](ClientConnection &c, const Frame &f) {
        FieldReader in(f.body);
        ExchangeRequest r;
        r.serial = in.integer(Key::Ticket, 1, MaxId);
        r.hold = in.integer(Key::Hold, 1, MaxId);
        r.key = readKey(in);
        r.method = in.string(Key::Method, 8, false);
        r.tendered = in.optionalInteger(Key::Tendered, 0, MaxMoney);
        r.token = in.string(Key::Token, 512, false);
        if (in.ok() && !r.method.isEmpty() && r.method != QLatin1String("cash") &&
            r.method != QLatin1String("card"))
            in.fail(ErrorCode::BadField, QStringLiteral("'method' must be cash or card"));
        if (in.ok() && r.method == QLatin1String("cash") && !r.tendered)
            in.fail(ErrorCode::BadField, QStringLiteral("a cash difference needs 'tendered'"));
        if (in.ok() && r.method == QLatin1String("card") && r.token.isEmpty())
            in.fail(ErrorCode::BadField, QStringLiteral("a card difference needs the gateway's 'token'"));
        if (!in.ok()) {
            refuse(c, f, in);
            return;
        }
        r.owner = c.owner();
        r.audit = staffAudit(c);
        exchange(r, reply(c, f));
    });
}

RefundHandlers::~RefundHandlers()
{
    m_retry.stop();
    if (m_worker)
        m_worker->stop();
}

void RefundHandlers::start()
{
    m_worker->start();
    if (m_gateway) {
        retryRefunds();
        m_retry.start(m_retryMs);
    }
}

void RefundHandlers::post(std::function<Reply(QSqlDatabase &)> job, Done then)
{
    QPointer<RefundHandlers> self(this);
    m_worker->post([self, job = std::move(job), then = std::move(then)](QSqlDatabase &db) {
        Reply r = job(db);
        if (!self)
            return;
        QMetaObject::invokeMethod(
            self.data(),
            [self, then, r = std::move(r)] {
                if (self)
                    then(r);
            },
            Qt::QueuedConnection);
    });
}

void RefundHandlers::settle(Reply reply, Done done)
{
    auto run = std::make_shared<SettleRun>();
    for (const CardRefund &r : std::as_const(reply.pending))
        if (!m_running.contains(r.paymentId))
            run->queue.append(r);
    reply.pending.clear();
    run->reply = std::move(reply);
    run->done = std::move(done);
    settleNext(run);
}

void RefundHandlers::settleNext(const std::shared_ptr<SettleRun> &run)
{
    if (run->queue.isEmpty() || !m_gateway) {
        if (!run->queue.isEmpty())
            qCWarning(lcRefunds) << run->queue.size() << "card refunds wait for a gateway (--gateway-url)";
        if (run->done)
            run->done(run->reply);
        return;
    }
    const CardRefund r = run->queue.takeFirst();
    m_running.insert(r.paymentId);
    QPointer<RefundHandlers> self(this);
    m_gateway->refund(r.key, r.reference, r.amount, [self, run, r](const PaymentGateway::Result &result) {
        if (!self)
            return;
        if (result.status == Status::Unknown) {
            // Asked again with the same key by retryRefunds: it refunds at most once.
            qCWarning(lcRefunds) << "refund" << r.paymentId
                                 << "outcome unknown; retried later:" << result.message;
            self->m_running.remove(r.paymentId);
            self->settleNext(run);
            return;
        }
        OrderStore::Step step;
        step.paymentId = r.paymentId;
        step.from = QStringList{QStringLiteral("refunding")};
        if (result.status == Status::Ok) {
            step.to = QStringLiteral("refunded");
        } else {
            // The tickets are void and the seats free already: the money is an operator's case.
            step.to = QStringLiteral("failed");
            step.message = result.message;
            qCCritical(lcRefunds) << "the gateway refused refund" << r.paymentId << "of" << r.amount
                                  << "- settle it by hand:" << result.message;
        }
        self->post(
            [step](QSqlDatabase &db) {
                Reply moved;
                if (!OrderStore::paymentStep(db, step))
                    moved.code = ErrorCode::Internal;
                return moved;
            },
            [self, run, r, to = step.to](const Reply &moved) {
                self->m_running.remove(r.paymentId);
                if (moved.code == ErrorCode::None)
                    setRefundState(run->reply.result, r.paymentId, to);
                self->settleNext(run);
            });
    });
}

void RefundHandlers::retryRefunds()
{
    post(
        [](QSqlDatabase &db) {
            Reply r;
            QSqlQuery q(db);
            q.setForwardOnly(true);
            q.prepare(
                QStringLiteral("SELECT payment_id, idempotency_key, coalesce(gateway_ref, ''), amount_minor"
                               " FROM payments WHERE state = 'refunding' AND method = 'card'"
                               " AND updated_at < now() - make_interval(secs => ?)"
                               " ORDER BY updated_at LIMIT 100"));
            q.addBindValue(RetryAfterS);
            if (!exec(q, "listing unfinished card refunds"))
                return r;
            while (q.next())
                r.pending.append(CardRefund{q.value(0).toLongLong(), q.value(1).toString(),
                                            q.value(2).toString(), q.value(3).toLongLong()});
            return r;
        },
        [this](const Reply &r) {
            if (!r.pending.isEmpty())
                qCInfo(lcRefunds) << "retrying" << r.pending.size() << "card refunds";
            settle(r, {});
        });
}

void RefundHandlers::exchange(const ExchangeRequest &r, Done done)
{
    auto run = [this, r, done](const QString &authRef, qint64 amount) {
        post([r, authRef, amount,
              codeFor = m_codeFor](QSqlDatabase &db) { return exchangeJob(db, r, authRef, amount, codeFor); },
             [this, done](const Reply &x) {
                 if (x.code != ErrorCode::None)
                     done(x);
                 else
                     settle(x, done);
             });
    };
    if (r.method != QLatin1String("card")) {
        run({}, 0);
        return;
    }
    // Card: the difference is authorized before the transaction, so ask for it first.
    post([r](QSqlDatabase &db) { return quoteJob(db, r); },
         [this, r, done, run](const Reply &quote) {
             if (quote.code != ErrorCode::None) {
                 done(quote);
                 return;
             }
             const qint64 difference = quote.result.value(Key::Difference).toInteger();
             if (quote.result.value(Key::Replay).toBool() || difference <= 0) {
                 run({}, 0); // a replay, or nothing to charge: no card call
                 return;
             }
             if (!m_gateway) {
                 done(Reply{
                     ErrorCode::PaymentUnavailable, QStringLiteral("card payments are unavailable"), {}, {}});
                 return;
             }
             const QString currency = quote.result.value(Key::Currency).toString();
             QPointer<RefundHandlers> self(this);
             m_gateway->authorize(
                 r.key + QStringLiteral(":authorize"), r.token, difference, currency,
                 [self, r, done, difference](const PaymentGateway::Result &a) {
                     if (!self)
                         return;
                     if (a.status == Status::Ok) {
                         self->exchangeAuthorized(r, a.reference, difference, done);
                     } else if (a.status == Status::Declined) {
                         done(Reply{
                             ErrorCode::PaymentDeclined, QStringLiteral("the card was declined"), {}, {}});
                     } else {
                         // Unknown: whatever the gateway did is voided by key; nothing changed here.
                         if (self->m_gateway)
                             self->m_gateway->lookup(r.key + QStringLiteral(":authorize"),
                                                     [self, r](const PaymentGateway::Result &l) {
                                                         if (self && self->m_gateway &&
                                                             l.status == Status::Ok &&
                                                             l.state == QLatin1String("authorized"))
                                                             self->m_gateway->voidAuthorization(
                                                                 r.key + QStringLiteral(":void"), l.reference,
                                                                 [](const PaymentGateway::Result &) {});
                                                     });
                         done(Reply{ErrorCode::PaymentUnavailable,
                                    QStringLiteral("the card gateway did not answer; nothing was charged"),
                                    {},
                                    {}});
                     }
                 });
         });
}

void RefundHandlers::exchangeAuthorized(const ExchangeRequest &r, const QString &reference, qint64 amount,
                                        Done done)
{
    QPointer<RefundHandlers> self(this);
    post([r, reference, amount,
          codeFor = m_codeFor](QSqlDatabase &db) { return exchangeJob(db, r, reference, amount, codeFor); },
         [self, r, reference, amount, done](const Reply &x) {
             if (!self->m_gateway) {
                 done(x);
                 return;
             }
             if (x.code != ErrorCode::None) {
                 // Nothing was exchanged: give the authorization back. A retry needs a new key.
                 self->m_gateway->voidAuthorization(r.key + QStringLiteral(":void"), reference,
                                                    [](const PaymentGateway::Result &) {});
                 done(x);
                 return;
             }
             const qint64 paymentId = x.result.value(Key::Payment).toInteger();
             if (x.result.value(Key::Replay).toBool() || paymentId == 0) {
                 self->settle(x, done);
                 return;
             }
             self->m_gateway->capture(
                 r.key + QStringLiteral(":capture"), reference, amount,
                 [self, x, paymentId, done](const PaymentGateway::Result &c) {
                     if (!self)
                         return;
                     if (c.status == Status::Unknown) {
                         // The exchange is done; the orders reconciler captures a 'capturing' payment.
                         qCWarning(lcRefunds) << "capture of exchange payment" << paymentId
                                              << "unknown; left to the reconciler:" << c.message;
                         self->settle(x, done);
                         return;
                     }
                     OrderStore::Step step;
                     step.paymentId = paymentId;
                     step.from = QStringList{QStringLiteral("capturing")};
                     step.to = c.status == Status::Ok ? QStringLiteral("captured") : QStringLiteral("failed");
                     step.message = c.message;
                     if (c.status != Status::Ok)
                         qCCritical(lcRefunds) << "the gateway refused to capture exchange payment"
                                               << paymentId << "- an operator's case:" << c.message;
                     self->post(
                         [step](QSqlDatabase &db) {
                             OrderStore::paymentStep(db, step);
                             return Reply{};
                         },
                         [self, x, done](const Reply &) { self->settle(x, done); });
                 });
         });
}

} // namespace BoxOffice::Server
