#include "orders/lookuphandlers.h"

#include "db/dbpool.h"
#include "net/clientconnection.h"
#include "net/dispatcher.h"
#include "orders/orderstore.h"
#include "tickets/ticketsigner.h"

#include <QCborArray>
#include <QLoggingCategory>
#include <QPointer>
#include <QSqlError>
#include <QSqlQuery>

namespace BoxOffice::Server {

Q_LOGGING_CATEGORY(lcLookup, "boxoffice.server.orders.lookup")

using namespace BoxOffice::Shared;

namespace {

constexpr int DefaultLimit = 50;
constexpr int MaxLimit = 200;
constexpr qsizetype MaxQueryLength = 512; // a ticket code with spaces or dashes between its groups

const QString FindSql = QStringLiteral(
    "SELECT r_order, r_number, r_state, r_event, r_event_name, r_name, r_email, r_phone, r_total, r_currency,"
    " r_created, r_seats::text FROM bo_find_orders(?, ?, ?, ?)");

QCborValue textOrNull(const QVariant &v)
{
    return v.isNull() ? QCborValue(nullptr) : QCborValue(v.toString());
}

/** "{1,2,3}" (a PostgreSQL integer array as text) as a CBOR array of integers. */
QCborArray intArray(const QString &text)
{
    QCborArray a;
    const QString inner = text.mid(1, text.size() - 2);
    for (const QString &part : inner.split(QLatin1Char(','), Qt::SkipEmptyParts))
        a.append(part.toLongLong());
    return a;
}

} // namespace

LookupHandlers::LookupHandlers(Dispatcher &d, const TicketSigner *signer, DbPool &pool, QObject *parent)
    : QObject(parent)
    , m_signer(signer)
    , m_pool(pool)
{
    d.on(MessageType::FindOrders, [this](ClientConnection &c, const Frame &f) {
        FieldReader in(f.body);
        const QString query = in.string(Key::Query, MaxQueryLength).trimmed();
        const int limit = int(in.optionalInteger(Key::Limit, 1, MaxLimit).value_or(DefaultLimit));
        if (in.ok() && query.isEmpty())
            in.fail(ErrorCode::BadField, QStringLiteral("'query' must not be blank"));
        if (!in.ok()) {
            c.sendError(f.type, f.id, in.error(), in.message());
            c.strike();
            return;
        }
        // The number with or without its dash, in any case; a ticket code only if our key
        // signed it (then its serial names the ticket).
        const QString number = OrderStore::normalizeOrderNumber(query);
        std::optional<qint64> serial;
        if (m_signer && query.size() >= 100) {
            if (const auto ticket = m_signer->verify(query))
                serial = ticket->serial;
        }

        QPointer<ClientConnection> conn(&c);
        QPointer<LookupHandlers> self(this);
        const MessageType type = f.type;
        const qint64 id = f.id;
        DbWorker *worker = m_pool.auxWorker();
        worker->post([worker, self, conn, type, id, query, number, serial, limit](QSqlDatabase &) {
            QCborArray orders;
            bool ok = false;
            if (QSqlQuery *q = worker->prepared(FindSql)) {
                q->addBindValue(query);
                q->addBindValue(number.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                 : QVariant(number));
                q->addBindValue(serial ? QVariant(qlonglong(*serial))
                                       : QVariant(QMetaType::fromType<qlonglong>()));
                q->addBindValue(limit);
                ok = q->exec();
                if (!ok)
                    qCWarning(lcLookup) << "finding orders failed:" << q->lastError().text();
                while (ok && q->next()) {
                    QCborMap o;
                    o.insert(Key::Order, q->value(0).toLongLong());
                    o.insert(Key::OrderNumber, OrderStore::displayOrderNumber(q->value(1).toString()));
                    o.insert(Key::State, q->value(2).toString());
                    o.insert(Key::Event, q->value(3).toLongLong());
                    o.insert(Key::EventName, q->value(4).toString());
                    if (q->value(5).isNull() && q->value(6).isNull() && q->value(7).isNull()) {
                        o.insert(Key::Customer, QCborValue(nullptr));
                    } else {
                        QCborMap customer;
                        customer.insert(Key::Name, textOrNull(q->value(5)));
                        customer.insert(Key::Email, textOrNull(q->value(6)));
                        customer.insert(Key::Phone, textOrNull(q->value(7)));
                        o.insert(Key::Customer, customer);
                    }
                    o.insert(Key::Total, q->value(8).toLongLong());
                    o.insert(Key::Currency, q->value(9).toString());
                    o.insert(Key::Created, q->value(10).toLongLong());
                    o.insert(Key::Seats, intArray(q->value(11).toString()));
                    orders.append(o);
                }
                q->finish();
            }
            if (!ok)
                worker->reconnect();
            if (!self)
                return;
            QMetaObject::invokeMethod(
                self.data(),
                [conn, type, id, ok, orders] {
                    if (!conn)
                        return;
                    if (!ok) {
                        conn->sendError(type, id, ErrorCode::Internal,
                                        QStringLiteral("the server could not complete the request"));
                        return;
                    }
                    QCborMap r;
                    r.insert(Key::Orders, orders);
                    conn->sendResult(type, id, r);
                },
                Qt::QueuedConnection);
        });
    });
}

} // namespace BoxOffice::Server
