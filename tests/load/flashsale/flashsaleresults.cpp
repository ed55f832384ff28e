// Progress lines and the result file of a flash sale process (FlashSaleScenario).

#include "flashsalescenario.h"

#include "protocol/frame.h"

#include <QFile>

#include <cstdio>

namespace BoxOffice::Load {

using Shared::MessageType;
namespace Key = Shared::Key;

void FlashSaleScenario::reportProgress()
{
    if (m_done)
        return;
    const qint64 now = nowMs();
    m_samples.append("P " + QByteArray::number(now / 1000) + ' ' + QByteArray::number(m_connected));
    int waiting = 0, shopping = 0, done = 0;
    for (std::size_t i = 0; i < std::size_t(m_options.buyers); ++i) {
        Conn &c = m_conns[i];
        waiting += c.phase == Phase::Waiting;
        shopping += isBusy(c.phase);
        done += c.phase == Phase::Done;
        // A refused early QueueAdmit is asked again once a second.
        if (c.phase == Phase::Waiting && c.attempts && !c.inFlight) {
            c.phase = Phase::Admitting;
            send(c, MessageType::QueueAdmit,
                 QCborMap{{Key::Event, m_options.event}, {Key::Ticket, c.ticket}});
        }
    }
    std::fprintf(stderr,
                 "[flashsale %d] t=%+.0fs connected=%d pending=%d waiting=%d shopping=%d paid=%d sold=%d "
                 "declines=%lld errors=%lld bots_seats=%lld\n",
                 m_options.buyersFirst, double(now - m_options.onsaleMs) / 1000.0, m_connected, m_pending,
                 waiting, shopping, done, m_sold, static_cast<long long>(m_declines),
                 static_cast<long long>(m_errors), static_cast<long long>(m_botSeats));
}

void FlashSaleScenario::writeResults()
{
    QFile file(m_options.out);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "[flashsale] cannot write %s\n", qPrintable(m_options.out));
        return;
    }
    QByteArray text;
    auto kv = [&text](const char *k, qint64 v) { text += ' ' + QByteArray(k) + '=' + QByteArray::number(v); };
    text += "S";
    kv("buyers", m_options.buyers);
    kv("connected_peak", m_connectedPeak);
    kv("connect_failures", m_connectFailures + (m_options.buyers + m_options.bots - m_nextOpen) + m_pending);
    kv("lost", m_lost);
    kv("errors", m_errors);
    kv("late_joins", m_lateJoins);
    kv("not_yet", m_notYet);
    kv("orders", m_orders);
    kv("sales", m_sales);
    kv("seats_bought", m_seatsBought);
    kv("declines", m_declines);
    kv("paid_on_retry", m_retriedPaid);
    kv("cancelled", m_cancelled);
    kv("gave_up", m_gaveUp);
    kv("left", m_left);
    kv("hold_failures", m_holdFailures);
    kv("bots", m_options.bots);
    kv("bot_sessions", m_botSessions);
    kv("bot_sessions_refused", m_botSessionRefused);
    kv("bots_seats", m_botSeats);
    kv("bot_admissions", m_botAdmissions);
    kv("bot_orders", m_botOrders);
    kv("bot_refusals", m_botRefusals);
    kv("bot_closed", m_botClosed);
    kv("sold_out_ms", m_soldOutMs);
    kv("end_ms", nowMs());
    text += '\n';
    for (const QByteArray &sample : std::as_const(m_samples))
        text += sample + '\n';
    // Refusals by request type and code, lost connections by phase and reason: in the result
    // (scripts/flashsale sums them over the processes) and in this process's log.
    for (auto it = m_details.cbegin(); it != m_details.cend(); ++it) {
        text += "E " + QByteArray::number(it.value()) + ' ' + it.key() + '\n';
        std::fprintf(stderr, "[flashsale %d] %lld x %s\n", m_options.buyersFirst,
                     static_cast<long long>(it.value()), it.key().constData());
    }
    for (int i = 0; i < m_options.buyers; ++i) {
        const Conn &c = m_conns[std::size_t(i)];
        if (c.place < 0)
            continue;
        // place, joined (ms), told of its admission (ms, -1 if never), connected at the end,
        // the admission point its token was granted under (-1 if none), passed over, when
        // the grant arrived (ms, -1 if none).
        text += "B " + QByteArray::number(c.place) + ' ' + QByteArray::number(c.joinedMs) + ' ' +
                QByteArray::number(c.admittedMs) + ' ' + QByteArray::number(c.connectedNow ? 1 : 0) + ' ' +
                QByteArray::number(c.admitPoint) + ' ' + QByteArray::number(c.passedOver ? 1 : 0) + ' ' +
                QByteArray::number(c.grantedMs) + '\n';
    }
    for (const qint64 us : m_holdLatencyUs)
        text += "L " + QByteArray::number(us) + '\n';
    file.write(text);
}

} // namespace BoxOffice::Load
