#pragma once

#include "protocol/frame.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace BoxOffice::Test {

class PaysimProcess;
class TestClient;
class TestDatabase;

/** What a sale through CreateOrder + PayOrder came to. */
struct TestSale
{
    qint64 order = 0;                                     // 0 if CreateOrder failed
    Shared::ErrorCode code = Shared::ErrorCode::Internal; // None once paid
    QString message;
    QCborMap result; // PayOrder's result

    bool ok() const { return code == Shared::ErrorCode::None; }
};

/**
 * Sells holds the only way seats are sold since Confirm was retired (issue 10): CreateOrder
 * for the holds, then PayOrder by card with a token of paysim's approved test card. The
 * server must run with --gateway-url paysim.url(). `key` is the payment's idempotency key
 * (unique per sale; a retry with the same key returns the same outcome).
 */
TestSale sellByCard(TestClient &c, qint64 eventId, const QList<qint64> &holds, PaysimProcess &paysim,
                    const QString &key, int timeoutMs = 20000);

/** CreateOrder alone: the order id, or 0 with the error code and message. */
qint64 createOrder(TestClient &c, qint64 eventId, const QList<qint64> &holds, Shared::ErrorCode *code = nullptr,
                   QString *message = nullptr);

/** PayOrder fields for a card payment. */
QCborMap cardPayment(qint64 order, const QString &key, const QString &token);

/**
 * The invariant of issue 10 over the whole database: every seat in state sold belongs to a
 * paid order (paid, completed or partially refunded) through a valid ticket. Returns one
 * "event:seat" line per seat that breaks it (empty: it holds), or a line starting with
 * "query failed" if it could not be checked.
 */
QStringList soldSeatProblems(TestDatabase &db);

} // namespace BoxOffice::Test
