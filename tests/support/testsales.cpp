#include "testsales.h"

#include "paysimprocess.h"
#include "testclient.h"
#include "testdatabase.h"

#include <QCborArray>
#include <QSqlError>
#include <QSqlQuery>

namespace BoxOffice::Test {

using namespace BoxOffice::Shared;

namespace {
const QString ApprovedCard = QStringLiteral("4242424242424242");
}

qint64 createOrder(TestClient &c, qint64 eventId, const QList<qint64> &holds, ErrorCode *code, QString *message)
{
    QCborArray a;
    for (qint64 h : holds)
        a.append(h);
    QCborMap f;
    f.insert(Key::Event, eventId);
    f.insert(Key::Holds, a);
    const auto r = c.request(MessageType::CreateOrder, f);
    const ErrorCode got = !r ? ErrorCode::Internal : r->isError() ? r->errorCode() : ErrorCode::None;
    if (code)
        *code = got;
    if (message)
        *message = !r ? QStringLiteral("no reply to CreateOrder") : r->errorMessage();
    return got == ErrorCode::None ? r->result().value(Key::Order).toInteger() : 0;
}

QCborMap cardPayment(qint64 order, const QString &key, const QString &token)
{
    QCborMap f;
    f.insert(Key::Order, order);
    // Payment keys are 16 to 64 characters.
    f.insert(Key::PaymentKey, key.leftJustified(16, QLatin1Char('-')));
    f.insert(Key::Method, QStringLiteral("card"));
    f.insert(Key::Token, token);
    return f;
}

TestSale sellByCard(TestClient &c, qint64 eventId, const QList<qint64> &holds, PaysimProcess &paysim,
                    const QString &key, int timeoutMs)
{
    TestSale sale;
    sale.order = createOrder(c, eventId, holds, &sale.code, &sale.message);
    if (!sale.order)
        return sale;
    const QString token = paysim.tokenize(ApprovedCard);
    if (token.isEmpty()) {
        sale.code = ErrorCode::Internal;
        sale.message = QStringLiteral("paysim gave no card token");
        return sale;
    }
    const auto r = c.request(MessageType::PayOrder, cardPayment(sale.order, key, token), timeoutMs);
    if (!r) {
        sale.code = ErrorCode::Internal;
        sale.message = QStringLiteral("no reply to PayOrder");
    } else if (r->isError()) {
        sale.code = r->errorCode();
        sale.message = r->errorMessage();
    } else {
        sale.code = ErrorCode::None;
        sale.message.clear();
        sale.result = r->result();
    }
    return sale;
}

QStringList soldSeatProblems(TestDatabase &db)
{
    QSqlQuery q(db.db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT es.event_id || ':' || es.seat_index FROM event_seats es"
            " WHERE es.state = 2 AND NOT EXISTS ("
            "   SELECT 1 FROM tickets t JOIN orders o ON o.order_id = t.order_id"
            "    WHERE t.event_id = es.event_id AND t.seat_index = es.seat_index AND t.state = 0"
            "      AND o.event_id = es.event_id"
            "      AND o.state IN ('paid', 'completed', 'partially_refunded'))"
            " ORDER BY es.event_id, es.seat_index LIMIT 100")))
        return {QStringLiteral("query failed: ") + q.lastError().text()};
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

} // namespace BoxOffice::Test
