// The bots of a flash sale (FlashSaleScenario): they skip the queue, replay other buyers'
// tickets and tokens and forge tickets; every seat, admission or order they get is counted.

#include "flashsalescenario.h"

#include "protocol/frame.h"

#include <QCborArray>
#include <QDateTime>

namespace BoxOffice::Load {

using Shared::MessageType;
namespace Key = Shared::Key;

void FlashSaleScenario::botAttack(Conn &c)
{
    const int kind = c.attempts++ % 6;
    c.joinAtMs = nowMs() + 800 + std::uniform_int_distribution<int>(0, 400)(m_random);
    auto pick = [this](const QStringList &list) {
        return list.isEmpty()
                   ? QString()
                   : list.at(std::uniform_int_distribution<int>(0, int(list.size()) - 1)(m_random));
    };
    switch (kind) {
    case 0: { // straight to Hold, no queue
        QCborArray seats;
        seats.append(std::uniform_int_distribution<int>(0, m_options.seatCount - 1)(m_random));
        send(c, MessageType::Hold, QCborMap{{Key::Event, m_options.event}, {Key::Seats, seats}});
        return;
    }
    case 1: { // another buyer's admission token
        QString token = pick(m_seenTokens);
        if (token.isEmpty())
            token = QStringLiteral("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        send(c, MessageType::QueueAdmit, QCborMap{{Key::Event, m_options.event}, {Key::Token, token}});
        return;
    }
    case 2: { // a forged ticket: a real one with one character changed
        QString ticket = pick(m_seenTickets);
        if (ticket.isEmpty())
            ticket = QStringLiteral("forged-ticket-forged-ticket-forged-ticket");
        const qsizetype at = std::uniform_int_distribution<qsizetype>(0, ticket.size() - 1)(m_random);
        ticket[at] = ticket.at(at) == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        send(c, MessageType::QueueAdmit, QCborMap{{Key::Event, m_options.event}, {Key::Ticket, ticket}});
        return;
    }
    case 3:
        send(c, MessageType::BestAvailable,
             QCborMap{{Key::Event, m_options.event}, {Key::Count, 2}, {Key::Category, 0}});
        return;
    case 4: { // another buyer's ticket, as it is
        const QString ticket = pick(m_seenTickets);
        send(c, MessageType::QueueJoin,
             ticket.isEmpty() ? QCborMap{{Key::Event, m_options.event}}
                              : QCborMap{{Key::Event, m_options.event}, {Key::Ticket, ticket}});
        return;
    }
    default:
        send(c, MessageType::CreateOrder,
             QCborMap{{Key::Event, m_options.event},
                      {Key::Holds, QCborArray{std::uniform_int_distribution<qint64>(1, 100000)(m_random)}}});
        return;
    }
}

void FlashSaleScenario::onBotReply(int, Conn &c, const QByteArray &message, qint64 error)
{
    Q_UNUSED(c);
    if (error != 0) {
        ++m_botRefusals;
        return;
    }
    const auto f = Shared::decodeFrame(message).frame;
    if (!f)
        return;
    switch (f->type) {
    case MessageType::Hold:
    case MessageType::BestAvailable:
        m_botSeats += f->result().value(Key::Seats).toArray().size();
        break;
    case MessageType::QueueAdmit:
        ++m_botAdmissions;
        break;
    case MessageType::CreateOrder:
        ++m_botOrders;
        break;
    default:
        break; // a QueueJoin with a replayed ticket is a place in the queue, not a seat
    }
}

} // namespace BoxOffice::Load
