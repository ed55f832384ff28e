#include "orders/orderhandlers.h"

#include "auth/session.h"
#include "db/dbworker.h"
#include "inventory/eventcatalog.h"
#include "net/clientconnection.h"
#include "net/dispatcher.h"
#include "orders/orderstore.h"
#include "orders/salesaga.h"

#include <QCborArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>

namespace BoxOffice::Server {

Q_LOGGING_CATEGORY(lcOrders, "boxoffice.server.orders")

using namespace BoxOffice::Shared;

namespace {

constexpr qint64 MaxId = std::numeric_limits<qint64>::max();
constexpr qint64 MaxMoney = 1'000'000'000'000; // minor units; far beyond any box-office sale
constexpr int MaxHolds = 100;

/** The audit identity of a staff session ({"actor","role","address"}); empty for buyers. */
QString staffAudit(const ClientConnection &c)
{
    const auto &session = c.session();
    if (!session || session->kind != SessionKind::Staff)
        return {};
    QJsonObject o;
    o.insert(QStringLiteral("actor"), session->user);
    o.insert(QStringLiteral("role"), session->roleText());
    o.insert(QStringLiteral("address"), c.peerAddress());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

bool isBuyer(const ClientConnection &c)
{
    return !c.session() || c.session()->kind != SessionKind::Staff;
}

QString defaultMessage(ErrorCode code)
{
    switch (code) {
    case ErrorCode::UnknownOrder:
        return QStringLiteral("no such order");
    case ErrorCode::OrderState:
        return QStringLiteral("the order is not in a state that allows this");
    case ErrorCode::HoldExpired:
        return QStringLiteral("a hold of the order has expired");
    case ErrorCode::UnknownHold:
        return QStringLiteral("no such active hold");
    case ErrorCode::NotOwner:
        return QStringLiteral("the order or hold belongs to someone else");
    case ErrorCode::PaymentDeclined:
        return QStringLiteral("the card was declined");
    case ErrorCode::PaymentUnavailable:
        return QStringLiteral("card payments are unavailable; try again or pay another way");
    case ErrorCode::InsufficientTender:
        return QStringLiteral("the cash tendered is less than the total");
    default:
        return QStringLiteral("the server could not complete the request; nothing was changed");
    }
}

/** Trimmed optional text of a customer map; fails the reader if too long. */
QString customerField(FieldReader &in, const QCborMap &customer, const QString &key, qsizetype max)
{
    const QCborValue v = customer.value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isString()) {
        in.fail(ErrorCode::BadField, QStringLiteral("customer '%1' must be a text string").arg(key));
        return {};
    }
    const QString s = v.toString().trimmed();
    if (s.size() > max) {
        in.fail(ErrorCode::BadField, QStringLiteral("customer '%1' is too long").arg(key));
        return {};
    }
    return s;
}

bool printableAscii(const QString &s)
{
    for (QChar c : s)
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return false;
    return true;
}

} // namespace

OrderHandlers::OrderHandlers(Dispatcher &d, EventCatalog &catalog, const ServerSettings &settings,
                             PaymentGateway *gateway, OrderStore::TicketCodeFn codeFor, QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_worker(std::make_unique<DbWorker>(settings.db, QStringLiteral("orders")))
    , m_reconcileMs(settings.reconcileIntervalS * 1000)
    , m_codeFor(std::move(codeFor))
{
    m_saga = new SaleSaga(*m_worker, gateway, this);
    m_saga->setTicketCodes(m_codeFor);
    if (settings.testCrashAfter == QLatin1String("authorize"))
        m_saga->setCrashPoint(SaleSaga::CrashPoint::AfterAuthorize);
    else if (settings.testCrashAfter == QLatin1String("sale"))
        m_saga->setCrashPoint(SaleSaga::CrashPoint::AfterSale);
    if (gateway && settings.gatewayPublicUrl.isValid()) {
        m_tokenizeUrl = settings.gatewayPublicUrl;
        m_tokenizeUrl.setPath(
            m_tokenizeUrl.path().chopped(m_tokenizeUrl.path().endsWith(QLatin1Char('/')) ? 1 : 0) +
            QStringLiteral("/v1/tokens"));
    }

    // Runs job on the orders worker and replies on the socket thread.
    auto run = [this](ClientConnection &c, const Frame &f,
                      std::function<SaleSaga::Reply(QSqlDatabase &)> job) {
        QPointer<ClientConnection> conn(&c);
        QPointer<OrderHandlers> self(this);
        const MessageType type = f.type;
        const qint64 id = f.id;
        m_worker->post([self, conn, type, id, job](QSqlDatabase &db) {
            const SaleSaga::Reply reply = job(db);
            if (!self)
                return;
            QMetaObject::invokeMethod(
                self.data(),
                [conn, type, id, reply] {
                    if (!conn)
                        return;
                    if (reply.code == ErrorCode::None)
                        conn->sendResult(type, id, reply.result);
                    else
                        conn->sendError(type, id, reply.code,
                                        reply.message.isEmpty() ? defaultMessage(reply.code) : reply.message);
                },
                Qt::QueuedConnection);
        });
    };
    auto refuse = [](ClientConnection &c, const Frame &f, FieldReader &in) {
        c.sendError(f.type, f.id, in.error(), in.message());
        c.strike();
    };

    d.on(MessageType::CreateOrder, [this, run, refuse](ClientConnection &c, const Frame &f) {
        FieldReader in(f.body);
        OrderStore::NewOrder order;
        order.eventId = in.integer(Key::Event, 1, MaxId);
        const QCborValue holds = f.body.value(Key::Holds);
        if (!holds.isArray() || holds.toArray().isEmpty() || holds.toArray().size() > MaxHolds) {
            in.fail(ErrorCode::BadField,
                    QStringLiteral("'holds' must be an array of 1 to %1 hold ids").arg(MaxHolds));
        } else {
            for (const QCborValue &h : holds.toArray()) {
                if (!h.isInteger() || h.toInteger() < 1) {
                    in.fail(ErrorCode::BadField, QStringLiteral("'holds' must hold positive integers"));
                    break;
                }
                order.holds.append(h.toInteger());
            }
        }
        const QCborValue customer = f.body.value(Key::Customer);
        if (customer.isMap()) {
            const QCborMap cm = customer.toMap();
            order.name = customerField(in, cm, Key::Name, 200);
            order.email = customerField(in, cm, Key::Email, 254);
            order.phone = customerField(in, cm, Key::Phone, 40);
            if (!order.email.isEmpty() && (order.email.size() < 3 || !order.email.contains(QLatin1Char('@'))))
                in.fail(ErrorCode::BadField, QStringLiteral("customer 'email' is not an e-mail address"));
        } else if (!customer.isUndefined() && !customer.isNull()) {
            in.fail(ErrorCode::BadField, QStringLiteral("'customer' must be a map"));
        }
        if (!in.ok()) {
            refuse(c, f, in);
            return;
        }
        if (!m_catalog.find(order.eventId)) {
            c.sendError(f.type, f.id, ErrorCode::UnknownEvent, QStringLiteral("no such event"));
            return;
        }
        order.owner = c.owner();
        order.audit = staffAudit(c);
        const QUrl tokenizeUrl = m_tokenizeUrl;
        run(c, f, [order, tokenizeUrl](QSqlDatabase &db) {
            qint64 orderId = 0;
            const OrderStore::Outcome created = OrderStore::createOrder(db, order, &orderId);
            if (!created.ok())
                return SaleSaga::Reply{created.code, created.message, {}};
            bool ok = false;
            auto summary = OrderStore::readOrder(db, orderId, false, &ok);
            if (!summary)
                return SaleSaga::Reply{ErrorCode::Internal, {}, {}};
            QCborMap card;
            card.insert(Key::TokenizeUrl,
                        tokenizeUrl.isEmpty() ? QCborValue(nullptr) : QCborValue(tokenizeUrl.toString()));
            summary->insert(Key::Card, card);
            return SaleSaga::Reply{ErrorCode::None, {}, *summary};
        });
    });

    d.on(MessageType::PayOrder, [this, refuse](ClientConnection &c, const Frame &f) {
        FieldReader in(f.body);
        OrderStore::PaymentAttempt a;
        a.orderId = in.integer(Key::Order, 1, MaxId);
        a.key = in.string(Key::PaymentKey, 64);
        a.method = in.string(Key::Method, 8);
        a.tendered = in.optionalInteger(Key::Tendered, 0, MaxMoney);
        const QString token = in.string(Key::Token, 512, false);
        a.reason = in.string(Key::Reason, 500, false).trimmed();
        if (in.ok() && (a.key.size() < 16 || !printableAscii(a.key)))
            in.fail(ErrorCode::BadField, QStringLiteral("'key' must be 16 to 64 printable ASCII characters"));
        if (in.ok() && a.method != QLatin1String("cash") && a.method != QLatin1String("card") &&
            a.method != QLatin1String("comp"))
            in.fail(ErrorCode::BadField, QStringLiteral("'method' must be cash, card or comp"));
        if (in.ok() && a.method == QLatin1String("cash") && !a.tendered)
            in.fail(ErrorCode::BadField, QStringLiteral("a cash payment needs 'tendered'"));
        if (in.ok() && a.method == QLatin1String("card") && token.isEmpty())
            in.fail(ErrorCode::BadField, QStringLiteral("a card payment needs the gateway's 'token'"));
        if (!in.ok()) {
            refuse(c, f, in);
            return;
        }
        // Not strikes: a clerk may press the button without the rights and be told so.
        if (a.method == QLatin1String("comp")) {
            const auto &s = c.session();
            if (isBuyer(c) || !(s->roleBits & (Role::Admin | Role::Organizer))) {
                c.sendError(f.type, f.id, ErrorCode::PermissionDenied,
                            QStringLiteral("complimentary tickets need the admin or organizer role"));
                return;
            }
            if (a.reason.isEmpty()) {
                c.sendError(f.type, f.id, ErrorCode::ReasonRequired,
                            QStringLiteral("complimentary tickets need a reason"));
                return;
            }
        } else if (a.method == QLatin1String("cash") && isBuyer(c)) {
            c.sendError(f.type, f.id, ErrorCode::PermissionDenied,
                        QStringLiteral("online buyers pay by card"));
            return;
        }
        a.owner = c.owner();
        a.audit = staffAudit(c);
        QPointer<ClientConnection> conn(&c);
        const MessageType type = f.type;
        const qint64 id = f.id;
        m_saga->pay(a, token, [conn, type, id](const SaleSaga::Reply &reply) {
            if (!conn)
                return; // the client retries with the same key and gets this outcome
            if (reply.code == ErrorCode::None)
                conn->sendResult(type, id, reply.result);
            else
                conn->sendError(type, id, reply.code,
                                reply.message.isEmpty() ? defaultMessage(reply.code) : reply.message);
        });
    });

    d.on(MessageType::CancelOrder, [run, refuse](ClientConnection &c, const Frame &f) {
        FieldReader in(f.body);
        const qint64 orderId = in.integer(Key::Order, 1, MaxId);
        if (!in.ok()) {
            refuse(c, f, in);
            return;
        }
        const QString owner = c.owner();
        const QString audit = staffAudit(c);
        run(c, f, [orderId, owner, audit](QSqlDatabase &db) {
            int released = 0;
            const OrderStore::Outcome o = OrderStore::cancelOrder(db, orderId, owner, audit, &released);
            if (!o.ok())
                return SaleSaga::Reply{o.code, o.message, {}};
            QCborMap r;
            r.insert(Key::Order, orderId);
            r.insert(Key::State, QStringLiteral("cancelled"));
            r.insert(Key::Released, released);
            return SaleSaga::Reply{ErrorCode::None, {}, r};
        });
    });

    d.on(MessageType::GetOrder, [this, run, refuse](ClientConnection &c, const Frame &f) {
        FieldReader in(f.body);
        const auto orderId = in.optionalInteger(Key::Order, 1, MaxId);
        const QString numberText = in.string(Key::OrderNumber, 16, false);
        QString number;
        if (in.ok() && !orderId) {
            number = OrderStore::normalizeOrderNumber(numberText);
            if (number.isEmpty())
                in.fail(ErrorCode::BadField, QStringLiteral("give 'order' (id) or 'number' (XXXX-XXXX)"));
        }
        if (!in.ok()) {
            refuse(c, f, in);
            return;
        }
        run(c, f, [orderId, number, codeFor = m_codeFor](QSqlDatabase &db) {
            bool ok = true;
            const qint64 id = orderId ? *orderId : OrderStore::orderIdByNumber(db, number, &ok);
            std::optional<QCborMap> order;
            if (ok && id)
                order = OrderStore::readOrder(db, id, true, &ok, codeFor);
            if (!ok)
                return SaleSaga::Reply{ErrorCode::Internal, {}, {}};
            if (!order)
                return SaleSaga::Reply{ErrorCode::UnknownOrder, {}, {}};
            return SaleSaga::Reply{ErrorCode::None, {}, *order};
        });
    });
}

OrderHandlers::~OrderHandlers()
{
    stop();
}

void OrderHandlers::start()
{
    m_worker->start();
    m_saga->startReconciling(m_reconcileMs);
}

void OrderHandlers::stop()
{
    if (m_worker)
        m_worker->stop();
}

} // namespace BoxOffice::Server
