#include "selling/countercheckout.h"

#include "net/errortext.h"
#include "net/serverconnection.h"
#include "protocol/frame.h"
#include "selling/cardtokenizer.h"
#include "selling/paymentpanel.h"

#include <QCborArray>
#include <QUuid>

namespace BoxOffice::Ui {

using Shared::ErrorCode;
using Shared::Frame;
using Shared::MessageType;
namespace Key = Shared::Key;

namespace {

bool lostReply(ErrorCode code)
{
    return code == ServerConnection::DisconnectedError || code == ServerConnection::TimeoutError;
}

QString newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

CounterCheckout::CounterCheckout(ServerConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_tokenizer(new CardTokenizer(this))
{}

void CounterCheckout::reset()
{
    ++m_generation;
    m_order = {};
    m_exchangeKey.clear();
}

void CounterCheckout::sell(qint64 eventId, const QList<qint64> &holds, PaymentPanel *payment)
{
    if (m_order.id != 0 && m_order.holds == holds) {
        payOrder(payment);
        return;
    }
    cancelPendingOrder(); // the cart changed since: a new order for what it holds now
    QCborArray holdArray;
    for (const qint64 id : holds)
        holdArray.append(id);
    QCborMap fields;
    fields.insert(Key::Event, eventId);
    fields.insert(Key::Holds, holdArray);
    const PaymentPanel::Customer customer = payment->customer();
    if (!customer.isEmpty()) {
        fields.insert(
            Key::Customer,
            QCborMap{{Key::Name, customer.name}, {Key::Email, customer.email}, {Key::Phone, customer.phone}});
    }
    const quint64 generation = m_generation;
    m_connection->request(
        MessageType::CreateOrder, fields, [this, generation, holds, payment](const Frame &reply) {
            if (generation != m_generation)
                return;
            if (reply.isError()) {
                emit failed(
                    tr("The order could not be created: %1").arg(ErrorText::describe(reply.errorCode())));
                return;
            }
            const QCborMap result = reply.result();
            m_order = {};
            m_order.id = Shared::cborInteger(result.value(Key::Order));
            m_order.holds = holds;
            m_order.tokenizeUrl = QUrl(result.value(Key::Card).toMap().value(Key::TokenizeUrl).toString());
            payOrder(payment);
        });
}

void CounterCheckout::payOrder(PaymentPanel *payment)
{
    const PaymentPanel::Method method = payment->method();
    QCborMap fields;
    fields.insert(Key::Order, m_order.id);
    fields.insert(Key::Method, PaymentPanel::methodName(method));
    switch (method) {
    case PaymentPanel::Method::Cash:
        fields.insert(Key::Tendered, payment->tendered().value_or(0));
        break;
    case PaymentPanel::Method::Comp:
        fields.insert(Key::Reason, payment->compReason());
        break;
    case PaymentPanel::Method::Card: {
        const PaymentPanel::CardInput card = payment->card();
        payment->clearCard(); // the number lives no longer than it must
        const quint64 generation = m_generation;
        m_tokenizer->tokenize(m_order.tokenizeUrl, card,
                              [this, generation, fields](const QString &token, const QString &error) mutable {
                                  if (generation != m_generation)
                                      return;
                                  if (!error.isEmpty()) {
                                      emit failed(error);
                                      return;
                                  }
                                  fields.insert(Key::Token, token);
                                  sendPayment(fields);
                              });
        return;
    }
    }
    sendPayment(fields);
}

void CounterCheckout::sendPayment(QCborMap fields)
{
    // One key per payment attempt: sent again after a lost reply, the server pays once.
    if (m_order.paymentKey.isEmpty())
        m_order.paymentKey = newKey();
    fields.insert(Key::PaymentKey, m_order.paymentKey);
    const QString method = fields.value(Key::Method).toString();
    const qint64 tendered =
        fields.contains(Key::Tendered) ? Shared::cborInteger(fields.value(Key::Tendered)) : -1;
    const quint64 generation = m_generation;
    m_connection->request(
        MessageType::PayOrder, fields, [this, generation, method, tendered](const Frame &reply) {
            if (generation != m_generation)
                return;
            if (reply.isError()) {
                const ErrorCode code = reply.errorCode();
                if (lostReply(code)) {
                    emit failed(tr("The connection dropped during the payment. Press Sell again when it is "
                                   "back: nothing is charged twice."));
                    return;
                }
                m_order.paymentKey.clear(); // a definite answer: the next attempt is a new payment
                switch (code) {
                case ErrorCode::PaymentDeclined:
                    emit failed(tr("The payment was declined: %1").arg(reply.errorMessage()));
                    return;
                case ErrorCode::HoldExpired:
                case ErrorCode::UnknownHold:
                case ErrorCode::UnknownOrder:
                case ErrorCode::OrderState:
                    m_order = {};
                    break;
                default:
                    break;
                }
                emit failed(tr("The sale did not go through: %1").arg(ErrorText::describe(code)));
                return;
            }
            m_order = {};
            emit sold(reply.result(), method, tendered);
        });
}

void CounterCheckout::exchange(qint64 ticket, qint64 hold, qint64 tenderedMinor)
{
    if (m_exchangeKey.isEmpty())
        m_exchangeKey = newKey();
    QCborMap fields;
    fields.insert(Key::Ticket, ticket);
    fields.insert(Key::Hold, hold);
    fields.insert(Key::PaymentKey, m_exchangeKey);
    // A dearer seat: the difference in cash; empty means the new seat's whole price, so the
    // change covers the old ticket's value.
    fields.insert(Key::Method, QStringLiteral("cash"));
    fields.insert(Key::Tendered, tenderedMinor);
    const quint64 generation = m_generation;
    m_connection->request(MessageType::ExchangeTicket, fields, [this, generation](const Frame &reply) {
        if (generation != m_generation)
            return;
        if (reply.isError()) {
            const ErrorCode code = reply.errorCode();
            if (!lostReply(code))
                m_exchangeKey.clear();
            emit failed(tr("The exchange did not go through: %1").arg(ErrorText::describe(code)));
            return;
        }
        emit exchanged(reply.result());
    });
}

void CounterCheckout::cancelPendingOrder()
{
    if (m_order.id == 0)
        return;
    QCborMap fields;
    fields.insert(Key::Order, m_order.id);
    m_connection->request(MessageType::CancelOrder, fields, {});
    m_order = {};
}

} // namespace BoxOffice::Ui
