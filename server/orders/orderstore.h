#pragma once

#include "protocol/errors.h"

#include <QCborMap>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace BoxOffice::Server {

/**
 * The database side of orders and payments: thin calls of the SQL functions of
 * server/sql/007_orders.sql (where the transactions are) and the reads that build replies.
 * Every function runs on a DbWorker's thread, on its connection.
 */
namespace OrderStore {

/** The code printed on a ticket (TicketSigner::codeFor); callable from any thread. */
using TicketCodeFn = std::function<QString(qint64 event, int seat, qint64 serial)>;

struct Outcome
{
    Shared::ErrorCode code = Shared::ErrorCode::None;
    QString message;
    bool ok() const { return code == Shared::ErrorCode::None; }
};

struct NewOrder
{
    qint64 eventId = 0;
    QString owner;
    QList<qint64> holds;
    QString name, email, phone; // empty: none
    QString audit;              // {"actor","role","address"} of a staff session, empty for buyers
};

/** The order's id, or an error. */
Outcome createOrder(QSqlDatabase &db, const NewOrder &order, qint64 *orderId);

struct PaymentAttempt
{
    qint64 orderId = 0;
    QString owner;
    QString key;
    QString method; // cash, card, comp
    std::optional<qint64> tendered;
    QString reason;
    QString audit;
};

/** What a payment call found or did. */
struct PaymentState
{
    Outcome outcome;
    /** The attempt's key was seen before: outcome is its stored answer, or inProgress. */
    bool replay = false;
    bool inProgress = false;
    qint64 paymentId = 0;
    std::optional<qint64> change;
    QString state;
    qint64 amount = 0;
    QString currency;
    QString reference;
};

/** Cash or comp: the whole sale in one transaction (bo_order_pay_offline). */
PaymentState payOffline(QSqlDatabase &db, const PaymentAttempt &attempt);
/**
 * Card step 1: the payment recorded 'authorizing', the holds extended, and the payment's
 * advisory lock taken on this connection (released by unlockPayment) in the same
 * transaction, so a reconciler on any node leaves it alone while this node runs the saga.
 */
PaymentState beginCard(QSqlDatabase &db, const PaymentAttempt &attempt);

struct Step
{
    qint64 paymentId = 0;
    QStringList from;
    QString to;
    QString reference;
    QString message;
    std::optional<int> outcome; // kept once set
    QString orderTo;
    bool release = false; // release the holds and cancel the order, if still pending
    QString audit;
};
/** bo_payment_step: false if the payment was not in one of step.from (or on a database error). */
bool paymentStep(QSqlDatabase &db, const Step &step);
/** Card step 4 (bo_card_sell): 0 (sold), or the code of the refusal (payment now 'voiding'). */
Shared::ErrorCode sellCard(QSqlDatabase &db, qint64 paymentId, const QString &audit);

Outcome cancelOrder(QSqlDatabase &db, qint64 orderId, const QString &owner, const QString &audit,
                    int *released);

/** Accepts "ABCD-EFGH", any case, and Crockford's O/I/L for 0/1; empty if malformed. */
QString normalizeOrderNumber(const QString &text);
QString displayOrderNumber(const QString &stored);
/** The id of the order with this (normalized) number, or 0. */
qint64 orderIdByNumber(QSqlDatabase &db, const QString &number, bool *ok);

/**
 * The order as a reply map: order, number, state, event, total, currency, seats (with labels
 * and prices), tickets (with their codes if codeFor is set); with full also customer, payments, history and
 * who created it. nullopt if there is no such order (ok stays true) or on a database error (ok false).
 */
std::optional<QCborMap> readOrder(QSqlDatabase &db, qint64 orderId, bool full, bool *ok,
                                  const TicketCodeFn &codeFor = {});

/** A card payment the saga did not finish. */
struct OpenPayment
{
    qint64 paymentId = 0;
    qint64 orderId = 0;
    QString key;
    QString state;
    QString orderState;
    qint64 amount = 0;
    QString reference;
};
/** Open card payments not in exclude whose advisory lock this connection could take. */
QList<OpenPayment> lockOpenPayments(QSqlDatabase &db, const QSet<qint64> &exclude);
void unlockPayment(QSqlDatabase &db, qint64 paymentId);
/** One reconciler round at a time across all nodes. */
bool tryLockReconciler(QSqlDatabase &db);
void unlockReconciler(QSqlDatabase &db);

} // namespace OrderStore

} // namespace BoxOffice::Server
