#include "orders/orderstore.h"

#include "db/transactionguard.h"
#include "protocol/frame.h"

#include <QCborArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace BoxOffice::Server::OrderStore {

Q_LOGGING_CATEGORY(lcOrderStore, "boxoffice.server.orders.store")

using namespace BoxOffice::Shared;

namespace {

// Advisory lock spaces (two-int form, apart from the migrator's single-bigint key): one
// per open card payment while a saga or the reconciler works on it, one for the reconciler.
constexpr int PaymentLockClass = 0x426f5001;
constexpr int ReconcilerLockClass = 0x426f5002;

int paymentLockId(qint64 paymentId)
{
    return int(paymentId % 2147483647);
}

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? nullText() : QVariant(s);
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

ErrorCode toCode(int code)
{
    return code == 0 ? ErrorCode::None : ErrorCode(code);
}

bool exec(QSqlQuery &q, const char *what)
{
    if (q.exec())
        return true;
    qCWarning(lcOrderStore) << what << "failed:" << q.lastError().text();
    return false;
}

Outcome internal()
{
    return Outcome{ErrorCode::Internal,
                   QStringLiteral("the server could not complete the request; nothing was changed")};
}

QCborValue jsonText(const QVariant &v)
{
    if (v.isNull())
        return QCborValue(nullptr);
    return QCborValue(v.toString());
}

QString ticketState(int state)
{
    switch (state) {
    case 0:
        return QStringLiteral("valid");
    case 1:
        return QStringLiteral("refunded");
    case 2:
        return QStringLiteral("exchanged");
    }
    return QString::number(state);
}

} // namespace

Outcome createOrder(QSqlDatabase &db, const NewOrder &order, qint64 *orderId)
{
    TransactionGuard tx(db);
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT r_code, r_message, r_order FROM bo_order_create(?, ?, CAST(? AS bigint[]),"
                       " ?, ?, ?, CAST(? AS jsonb))"));
    q.addBindValue(order.eventId);
    q.addBindValue(order.owner);
    q.addBindValue(pgArray(order.holds));
    q.addBindValue(textOrNull(order.name));
    q.addBindValue(textOrNull(order.email));
    q.addBindValue(textOrNull(order.phone));
    q.addBindValue(textOrNull(order.audit));
    if (!tx.begun() || !exec(q, "creating an order") || !q.next())
        return internal();
    const ErrorCode code = toCode(q.value(0).toInt());
    if (code != ErrorCode::None)
        return Outcome{code, q.value(1).toString()};
    *orderId = q.value(2).toLongLong();
    q.finish();
    if (!tx.commit())
        return internal();
    return {};
}

namespace {

PaymentState paymentFrom(QSqlQuery &q, int codeCol, int msgCol)
{
    PaymentState s;
    const int raw = q.value(codeCol).toInt();
    s.outcome.message = q.value(msgCol).toString();
    if (raw == -2) {
        s.replay = true;
        s.inProgress = true;
    } else {
        s.outcome.code = toCode(raw);
    }
    return s;
}

} // namespace

PaymentState payOffline(QSqlDatabase &db, const PaymentAttempt &a)
{
    PaymentState s;
    TransactionGuard tx(db);
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT r_code, r_message, r_payment, r_change,"
                       " EXISTS (SELECT 1 FROM payments WHERE idempotency_key = ? AND payment_id = r_payment"
                       " AND created_at < now())"
                       " FROM bo_order_pay_offline(?, ?, ?, ?, ?, ?, CAST(? AS jsonb))"));
    q.addBindValue(a.key);
    q.addBindValue(a.orderId);
    q.addBindValue(a.owner);
    q.addBindValue(a.key);
    q.addBindValue(a.method);
    q.addBindValue(intOrNull(a.tendered));
    q.addBindValue(textOrNull(a.reason));
    q.addBindValue(textOrNull(a.audit));
    if (!tx.begun() || !exec(q, "paying an order") || !q.next()) {
        s.outcome = internal();
        return s;
    }
    s = paymentFrom(q, 0, 1);
    s.paymentId = q.value(2).toLongLong();
    if (!q.value(3).isNull())
        s.change = q.value(3).toLongLong();
    // A payment created before this transaction began is a replay of its key.
    s.replay = s.replay || q.value(4).toBool();
    q.finish();
    if (!tx.commit())
        s.outcome = internal();
    return s;
}

PaymentState beginCard(QSqlDatabase &db, const PaymentAttempt &a)
{
    PaymentState s;
    TransactionGuard tx(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT r_code, r_message, r_payment, r_state, r_amount, r_currency, r_ref"
                             " FROM bo_card_begin(?, ?, ?, CAST(? AS jsonb))"));
    q.addBindValue(a.orderId);
    q.addBindValue(a.owner);
    q.addBindValue(a.key);
    q.addBindValue(textOrNull(a.audit));
    if (!tx.begun() || !exec(q, "beginning a card payment") || !q.next()) {
        s.outcome = internal();
        return s;
    }
    s = paymentFrom(q, 0, 1);
    s.paymentId = q.value(2).toLongLong();
    s.state = q.value(3).toString();
    s.amount = q.value(4).toLongLong();
    s.currency = q.value(5).toString();
    s.reference = q.value(6).toString();
    // r_code 0 with state 'authorizing' and no stored outcome is a new payment; a replayed key
    // answers its stored outcome (also 0 for a sold one) with another state.
    const bool fresh = s.outcome.ok() && s.state == QLatin1String("authorizing") && !s.inProgress;
    s.replay = s.replay || !fresh;
    q.finish();
    if (fresh) {
        QSqlQuery lock(db);
        lock.prepare(QStringLiteral("SELECT pg_advisory_lock(?, ?)"));
        lock.addBindValue(PaymentLockClass);
        lock.addBindValue(paymentLockId(s.paymentId));
        if (!exec(lock, "locking a payment")) {
            s.outcome = internal();
            return s;
        }
    }
    if (!tx.commit())
        s.outcome = internal();
    return s;
}

bool paymentStep(QSqlDatabase &db, const Step &step)
{
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT bo_payment_step(?, CAST(? AS text[]), ?, ?, ?, ?, ?, ?, CAST(? AS jsonb))"));
    q.addBindValue(step.paymentId);
    q.addBindValue(QString(QLatin1Char('{') + step.from.join(QLatin1Char(',')) + QLatin1Char('}')));
    q.addBindValue(step.to);
    q.addBindValue(textOrNull(step.reference));
    q.addBindValue(textOrNull(step.message.left(500)));
    q.addBindValue(step.outcome ? QVariant(*step.outcome) : QVariant(QMetaType::fromType<int>()));
    q.addBindValue(textOrNull(step.orderTo));
    q.addBindValue(step.release);
    q.addBindValue(textOrNull(step.audit));
    if (!exec(q, "recording a payment step") || !q.next())
        return false;
    const bool moved = q.value(0).toBool();
    if (!moved)
        qCWarning(lcOrderStore) << "payment" << step.paymentId << "was not in" << step.from << "for"
                                << step.to;
    return moved;
}

ErrorCode sellCard(QSqlDatabase &db, qint64 paymentId, const QString &audit)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT bo_card_sell(?, CAST(? AS jsonb))"));
    q.addBindValue(paymentId);
    q.addBindValue(textOrNull(audit));
    if (!exec(q, "selling a card order") || !q.next())
        return ErrorCode::Internal;
    return toCode(q.value(0).toInt());
}

Outcome cancelOrder(QSqlDatabase &db, qint64 orderId, const QString &owner, const QString &audit,
                    int *released)
{
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT r_code, r_message, r_released FROM bo_order_cancel(?, ?, CAST(? AS jsonb))"));
    q.addBindValue(orderId);
    q.addBindValue(owner);
    q.addBindValue(textOrNull(audit));
    if (!exec(q, "cancelling an order") || !q.next())
        return internal();
    *released = q.value(2).toInt();
    return Outcome{toCode(q.value(0).toInt()), q.value(1).toString()};
}

QString normalizeOrderNumber(const QString &text)
{
    QString out;
    for (QChar c : text) {
        if (c == QLatin1Char('-') || c == QLatin1Char(' '))
            continue;
        c = c.toUpper();
        if (c == QLatin1Char('O'))
            c = QLatin1Char('0');
        else if (c == QLatin1Char('I') || c == QLatin1Char('L'))
            c = QLatin1Char('1');
        if (!QStringLiteral("0123456789ABCDEFGHJKMNPQRSTVWXYZ").contains(c))
            return {};
        out.append(c);
    }
    return out.size() == 8 ? out : QString();
}

QString displayOrderNumber(const QString &stored)
{
    return stored.left(4) + QLatin1Char('-') + stored.mid(4);
}

qint64 orderIdByNumber(QSqlDatabase &db, const QString &number, bool *ok)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT order_id FROM orders WHERE order_number = ?"));
    q.addBindValue(number);
    *ok = exec(q, "finding an order");
    return *ok && q.next() ? q.value(0).toLongLong() : 0;
}

std::optional<QCborMap> readOrder(QSqlDatabase &db, qint64 orderId, bool full, bool *ok,
                                  const TicketCodeFn &codeFor)
{
    *ok = false;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT o.order_number, o.state, o.event_id, o.total_minor, o.currency, o.created_by,"
        " (extract(epoch FROM o.created_at) * 1000)::bigint, (extract(epoch FROM o.updated_at) * "
        "1000)::bigint,"
        " c.name, c.email, c.phone, o.customer_id"
        " FROM orders o LEFT JOIN customers c ON c.customer_id = o.customer_id WHERE o.order_id = ?"));
    q.addBindValue(orderId);
    if (!exec(q, "reading an order"))
        return std::nullopt;
    if (!q.next()) {
        *ok = true;
        return std::nullopt;
    }
    QCborMap m;
    m.insert(Key::Order, orderId);
    m.insert(Key::OrderNumber, displayOrderNumber(q.value(0).toString()));
    m.insert(Key::State, q.value(1).toString());
    m.insert(Key::Event, q.value(2).toLongLong());
    m.insert(Key::Total, q.value(3).toLongLong());
    m.insert(Key::Currency, q.value(4).toString());
    if (full) {
        m.insert(Key::Actor, q.value(5).toString());
        m.insert(Key::Created, q.value(6).toLongLong());
        m.insert(Key::Updated, q.value(7).toLongLong());
        if (!q.value(11).isNull()) {
            QCborMap c;
            c.insert(Key::Name, jsonText(q.value(8)));
            c.insert(Key::Email, jsonText(q.value(9)));
            c.insert(Key::Phone, jsonText(q.value(10)));
            m.insert(Key::Customer, c);
        } else {
            m.insert(Key::Customer, QCborValue(nullptr));
        }
    }
    q.finish();

    // The seats with their labels and the prices fixed when the order was made.
    QSqlQuery s(db);
    s.setForwardOnly(true);
    s.prepare(
        QStringLiteral("SELECT x.s, x.p, sec.name, st.row_label, st.seat_number, st.x IS NULL"
                       " FROM orders o CROSS JOIN LATERAL unnest(o.seats, o.prices) AS x(s, p)"
                       " JOIN events e ON e.event_id = o.event_id"
                       " JOIN seats st ON st.layout_id = e.layout_id AND st.seat_index = x.s"
                       " JOIN sections sec ON sec.layout_id = st.layout_id AND sec.section_id = st.section_id"
                       " WHERE o.order_id = ? ORDER BY x.s"));
    s.addBindValue(orderId);
    if (!exec(s, "reading an order's seats"))
        return std::nullopt;
    QCborArray seats;
    while (s.next()) {
        QCborMap seat;
        seat.insert(Key::Seat, s.value(0).toInt());
        seat.insert(Key::Price, s.value(1).toLongLong());
        seat.insert(Key::Section, s.value(2).toString());
        seat.insert(Key::Row, s.value(3).toString());
        seat.insert(Key::SeatNumber, s.value(4).toInt());
        if (s.value(5).toBool())
            seat.insert(Key::Standing, true); // a place: row is the area's name
        seats.append(seat);
    }
    m.insert(Key::Seats, seats);

    QSqlQuery t(db);
    t.setForwardOnly(true);
    t.prepare(
        QStringLiteral("SELECT t.serial, t.seat_index, t.price_minor, t.state, sec.name, st.row_label,"
                       " st.seat_number, t.event_id, st.x IS NULL"
                       " FROM tickets t JOIN events e ON e.event_id = t.event_id"
                       " JOIN seats st ON st.layout_id = e.layout_id AND st.seat_index = t.seat_index"
                       " JOIN sections sec ON sec.layout_id = st.layout_id AND sec.section_id = st.section_id"
                       " WHERE t.order_id = ? ORDER BY t.serial"));
    t.addBindValue(orderId);
    if (!exec(t, "reading an order's tickets"))
        return std::nullopt;
    QCborArray tickets;
    while (t.next()) {
        QCborMap ticket;
        ticket.insert(Key::Serial, t.value(0).toLongLong());
        ticket.insert(Key::Seat, t.value(1).toInt());
        ticket.insert(Key::Price, t.value(2).toLongLong());
        ticket.insert(Key::State, ticketState(t.value(3).toInt()));
        ticket.insert(Key::Section, t.value(4).toString());
        ticket.insert(Key::Row, t.value(5).toString());
        ticket.insert(Key::SeatNumber, t.value(6).toInt());
        if (t.value(8).toBool())
            ticket.insert(Key::Standing, true);
        if (codeFor)
            ticket.insert(Key::Code,
                          codeFor(t.value(7).toLongLong(), t.value(1).toInt(), t.value(0).toLongLong()));
        tickets.append(ticket);
    }
    m.insert(Key::Tickets, tickets);

    if (full) {
        QSqlQuery p(db);
        p.setForwardOnly(true);
        p.prepare(
            QStringLiteral("SELECT payment_id, method, kind, amount_minor, currency, state, tendered_minor,"
                           " change_minor, reason, actor, (extract(epoch FROM created_at) * 1000)::bigint,"
                           " (extract(epoch FROM updated_at) * 1000)::bigint"
                           " FROM payments WHERE order_id = ? ORDER BY payment_id"));
        p.addBindValue(orderId);
        if (!exec(p, "reading an order's payments"))
            return std::nullopt;
        QCborArray payments;
        while (p.next()) {
            QCborMap pm;
            pm.insert(Key::Payment, p.value(0).toLongLong());
            pm.insert(Key::Method, p.value(1).toString());
            pm.insert(Key::Kind, p.value(2).toString());
            pm.insert(Key::Amount, p.value(3).toLongLong());
            pm.insert(Key::Currency, p.value(4).toString());
            pm.insert(Key::State, p.value(5).toString());
            if (!p.value(6).isNull())
                pm.insert(Key::Tendered, p.value(6).toLongLong());
            if (!p.value(7).isNull())
                pm.insert(Key::ChangeDue, p.value(7).toLongLong());
            if (!p.value(8).isNull())
                pm.insert(Key::Reason, p.value(8).toString());
            pm.insert(Key::Actor, p.value(9).toString());
            pm.insert(Key::Created, p.value(10).toLongLong());
            pm.insert(Key::Updated, p.value(11).toLongLong());
            payments.append(pm);
        }
        m.insert(Key::Payments, payments);

        QSqlQuery h(db);
        h.setForwardOnly(true);
        h.prepare(QStringLiteral(
            "SELECT (extract(epoch FROM at) * 1000)::bigint, actor, role, action, before::text,"
            " after::text FROM audit_log WHERE target = ? ORDER BY audit_id"));
        h.addBindValue(QStringLiteral("order:%1").arg(orderId));
        if (!exec(h, "reading an order's history"))
            return std::nullopt;
        QCborArray history;
        while (h.next()) {
            QCborMap row;
            row.insert(Key::Time, h.value(0).toLongLong());
            row.insert(Key::Actor, h.value(1).toString());
            row.insert(Key::Roles, h.value(2).toString());
            row.insert(Key::Action, h.value(3).toString());
            row.insert(Key::Before, jsonText(h.value(4)));
            row.insert(Key::After, jsonText(h.value(5)));
            history.append(row);
        }
        m.insert(Key::History, history);
    }
    *ok = true;
    return m;
}

QList<OpenPayment> lockOpenPayments(QSqlDatabase &db, const QSet<qint64> &exclude)
{
    QList<OpenPayment> open;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT p.payment_id, p.order_id, p.idempotency_key, p.state, o.state, p.amount_minor,"
                       " coalesce(p.gateway_ref, '')"
                       " FROM payments p JOIN orders o ON o.order_id = p.order_id"
                       " WHERE p.method = 'card' AND p.kind = 'payment'"
                       " AND p.state IN ('authorizing', 'authorized', 'capturing', 'voiding')"
                       " ORDER BY p.payment_id LIMIT 200"));
    if (!exec(q, "listing open card payments"))
        return open;
    while (q.next()) {
        OpenPayment p{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                      q.value(3).toString(),   q.value(4).toString(),   q.value(5).toLongLong(),
                      q.value(6).toString()};
        if (!exclude.contains(p.paymentId))
            open.append(p);
    }
    q.finish();
    QList<OpenPayment> locked;
    for (const OpenPayment &p : std::as_const(open)) {
        // A saga running on another node holds the lock on its own connection: skip it.
        QSqlQuery l(db);
        l.prepare(QStringLiteral("SELECT pg_try_advisory_lock(?, ?)"));
        l.addBindValue(PaymentLockClass);
        l.addBindValue(paymentLockId(p.paymentId));
        if (exec(l, "locking an open payment") && l.next() && l.value(0).toBool()) {
            // Re-read under the lock: the saga may have finished it in the meantime.
            QSqlQuery r(db);
            r.prepare(QStringLiteral("SELECT p.state, o.state, coalesce(p.gateway_ref, '') FROM payments p"
                                     " JOIN orders o ON o.order_id = p.order_id WHERE p.payment_id = ?"));
            r.addBindValue(p.paymentId);
            if (exec(r, "re-reading an open payment") && r.next()) {
                OpenPayment fresh = p;
                fresh.state = r.value(0).toString();
                fresh.orderState = r.value(1).toString();
                fresh.reference = r.value(2).toString();
                static const QStringList Open{QStringLiteral("authorizing"), QStringLiteral("authorized"),
                                              QStringLiteral("capturing"), QStringLiteral("voiding")};
                if (Open.contains(fresh.state)) {
                    locked.append(fresh);
                    continue;
                }
            }
            unlockPayment(db, p.paymentId);
        }
    }
    return locked;
}

void unlockPayment(QSqlDatabase &db, qint64 paymentId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT pg_advisory_unlock(?, ?)"));
    q.addBindValue(PaymentLockClass);
    q.addBindValue(paymentLockId(paymentId));
    exec(q, "unlocking a payment");
}

bool tryLockReconciler(QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT pg_try_advisory_lock(?, 0)"));
    q.addBindValue(ReconcilerLockClass);
    return exec(q, "locking the reconciler") && q.next() && q.value(0).toBool();
}

void unlockReconciler(QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT pg_advisory_unlock(?, 0)"));
    q.addBindValue(ReconcilerLockClass);
    exec(q, "unlocking the reconciler");
}

} // namespace BoxOffice::Server::OrderStore
