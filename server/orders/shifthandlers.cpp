#include "orders/shifthandlers.h"

#include "auth/session.h"
#include "db/dbpool.h"
#include "db/transactionguard.h"
#include "net/clientconnection.h"
#include "net/dispatcher.h"

#include <QCborArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace BoxOffice::Server {

Q_LOGGING_CATEGORY(lcShifts, "boxoffice.server.orders.shifts")

using namespace BoxOffice::Shared;

namespace {

constexpr qint64 MaxMoney = 1'000'000'000'000; // minor units, as OrderHandlers

struct Reply
{
    ErrorCode code = ErrorCode::None;
    QString message;
    QCborMap result;
};

Reply internal()
{
    return Reply{ErrorCode::Internal,
                 QStringLiteral("the server could not complete the request; nothing was changed"),
                 {}};
}

bool exec(QSqlQuery &q, const char *what)
{
    if (q.exec())
        return true;
    qCWarning(lcShifts) << what << "failed:" << q.lastError().text();
    return false;
}

QString staffAudit(const ClientConnection &c)
{
    QJsonObject o;
    o.insert(QStringLiteral("actor"), c.session()->user);
    o.insert(QStringLiteral("role"), c.session()->roleText());
    o.insert(QStringLiteral("address"), c.peerAddress());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QCborValue intOrNull(const QVariant &v)
{
    return v.isNull() ? QCborValue(nullptr) : QCborValue(v.toLongLong());
}

/** The shift's figures as a reply map; nullopt on a database error. */
std::optional<QCborMap> summary(QSqlDatabase &db, qint64 shiftId)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT r_shift, r_clerk, r_opened, r_closed, r_float, r_counted, r_currency, r_cash_in,"
        " r_cash_out, r_expected, r_by_method FROM bo_shift_summary(?)"));
    q.addBindValue(shiftId);
    if (!exec(q, "reading a shift") || !q.next())
        return std::nullopt;
    QCborMap m;
    m.insert(Key::Shift, q.value(0).toLongLong());
    m.insert(Key::User, q.value(1).toString());
    m.insert(Key::Opened, q.value(2).toLongLong());
    m.insert(Key::Closed, intOrNull(q.value(3)));
    m.insert(Key::Float, q.value(4).toLongLong());
    m.insert(Key::Counted, intOrNull(q.value(5)));
    m.insert(Key::Currency, q.value(6).toString());
    m.insert(Key::CashIn, q.value(7).toLongLong());
    m.insert(Key::CashOut, q.value(8).toLongLong());
    const qint64 expected = q.value(9).toLongLong();
    m.insert(Key::Expected, expected);
    m.insert(Key::Difference,
             q.value(5).isNull() ? QCborValue(nullptr) : QCborValue(q.value(5).toLongLong() - expected));
    m.insert(Key::ByMethod,
             QCborValue::fromJsonValue(QJsonDocument::fromJson(q.value(10).toString().toUtf8()).array()));
    return m;
}

/** The open shift of clerk, 0 if none, -1 on a database error. */
qint64 openShiftOf(QSqlDatabase &db, const QString &clerk)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT shift_id FROM shifts WHERE clerk = ? AND closed_at IS NULL"));
    q.addBindValue(clerk);
    if (!exec(q, "finding an open shift"))
        return -1;
    return q.next() ? q.value(0).toLongLong() : 0;
}

/** Runs a shift function (open or close) in a transaction and replies with the shift. */
Reply change(QSqlDatabase &db, const QString &sql, const QVariantList &binds, const char *what)
{
    TransactionGuard tx(db);
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!tx.begun() || !exec(q, what) || !q.next())
        return internal();
    const int code = q.value(0).toInt();
    if (code != 0)
        return Reply{ErrorCode(code), q.value(1).toString(), {}};
    const qint64 shiftId = q.value(2).toLongLong();
    q.finish();
    auto m = summary(db, shiftId);
    if (!m || !tx.commit())
        return internal();
    return Reply{ErrorCode::None, {}, *m};
}

} // namespace

ShiftHandlers::ShiftHandlers(Dispatcher &d, DbPool &pool, QObject *parent)
    : QObject(parent)
    , m_pool(pool)
{
    auto run = [this](ClientConnection &c, const Frame &f, std::function<Reply(QSqlDatabase &)> job) {
        QPointer<ClientConnection> conn(&c);
        QPointer<ShiftHandlers> self(this);
        const MessageType type = f.type;
        const qint64 id = f.id;
        m_pool.auxWorker()->post([self, conn, type, id, job](QSqlDatabase &db) {
            const Reply reply = job(db);
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
                        conn->sendError(type, id, reply.code, reply.message);
                },
                Qt::QueuedConnection);
        });
    };
    // Shifts belong to staff clerks (the permission table); a buyer session never gets here.
    auto refuse = [](ClientConnection &c, const Frame &f, FieldReader &in) {
        c.sendError(f.type, f.id, in.error(), in.message());
        c.strike();
    };

    d.on(MessageType::OpenShift, [run, refuse](ClientConnection &c, const Frame &f) {
        FieldReader in(f.body);
        const qint64 cashFloat = in.integer(Key::Float, 0, MaxMoney);
        const QString currency = in.string(Key::Currency, 3, false);
        static const QRegularExpression iso(QStringLiteral("^[A-Z]{3}$"));
        if (in.ok() && !currency.isEmpty() && !iso.match(currency).hasMatch())
            in.fail(ErrorCode::BadField, QStringLiteral("'currency' must be an ISO 4217 code"));
        if (!in.ok()) {
            refuse(c, f, in);
            return;
        }
        const QVariantList binds{c.session()->user, cashFloat,
                                 currency.isEmpty() ? QStringLiteral("EUR") : currency, staffAudit(c)};
        run(c, f, [binds](QSqlDatabase &db) {
            return change(
                db,
                QStringLiteral(
                    "SELECT r_code, r_message, r_shift FROM bo_shift_open(?, ?, ?, CAST(? AS jsonb))"),
                binds, "opening a shift");
        });
    });

    d.on(MessageType::CloseShift, [run, refuse](ClientConnection &c, const Frame &f) {
        FieldReader in(f.body);
        const qint64 counted = in.integer(Key::Counted, 0, MaxMoney);
        if (!in.ok()) {
            refuse(c, f, in);
            return;
        }
        const QVariantList binds{c.session()->user, counted, staffAudit(c)};
        run(c, f, [binds](QSqlDatabase &db) {
            return change(
                db,
                QStringLiteral(
                    "SELECT r_code, r_message, r_shift FROM bo_shift_close(?, ?, CAST(? AS jsonb))"),
                binds, "closing a shift");
        });
    });

    d.on(MessageType::GetShift, [run](ClientConnection &c, const Frame &f) {
        const QString clerk = c.session()->user;
        run(c, f, [clerk](QSqlDatabase &db) {
            const qint64 shiftId = openShiftOf(db, clerk);
            if (shiftId < 0)
                return internal();
            if (shiftId == 0) {
                QCborMap none;
                none.insert(Key::Shift, QCborValue(nullptr));
                return Reply{ErrorCode::None, {}, none};
            }
            auto m = summary(db, shiftId);
            return m ? Reply{ErrorCode::None, {}, *m} : internal();
        });
    });
}

} // namespace BoxOffice::Server
