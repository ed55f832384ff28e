#pragma once

#include "latencyrecorder.h"
#include "scenario.h"

#include "protocol/messages.h"

#include <QCborMap>
#include <QMap>
#include <QNetworkAccessManager>
#include <QTimer>

#include <vector>

namespace BoxOffice::Load {

class ConnectionRamp;
struct ScannedFrame;

/**
 * `holds`: N clients, each with one hold request in flight, hold 1..4 random seats, then buy
 * the hold (with --sell-ratio probability: CreateOrder, then PayOrder by card with a token the
 * gateway issued once at the start) or release it, and go on. A sale runs beside the client's
 * holds, not instead of them: the client goes on holding while its sale is in flight (at
 * most one sale per client at a time; a hold picked for sale while one is in flight, or that
 * would take the client over the event's hold cap, is released and counted as skipped). So
 * the hold path is measured, not the card saga's throughput. Measures the latency from
 * sending a Hold to its reply.
 */
class HoldsScenario final : public Scenario
{
    Q_OBJECT

public:
    explicit HoldsScenario(const LoadOptions &options, QObject *parent = nullptr);

    void start() override;
    void abortRun() override;

protected:
    void onConnected(int index) override;
    void onMessage(int index, const QByteArray &message) override;
    void onLost(int index, const QString &reason) override;

private:
    enum class Phase { Connecting, Hello, Session, ListEvents, Ready, Closed };

    struct Client
    {
        QWebSocket *socket = nullptr;
        Phase phase = Phase::Connecting;
        qint64 nextId = 1;
        qint64 pendingId = 0; // 0: nothing in flight
        Shared::MessageType pendingType = Shared::MessageType::Invalid;
        qint64 sentNs = 0;
        qint64 saleId = 0; // the sale's request in flight beside the holds; 0: none
        Shared::MessageType saleType = Shared::MessageType::Invalid;
        int holdSeats = 0; // seats of the client's last Hold request
    };

    struct Counters
    {
        qint64 holdsOk = 0;
        qint64 holdsFailed = 0;
        qint64 sales = 0;
        qint64 releases = 0;
        qint64 salesSkipped = 0;
    };

    static constexpr int ControlIndex = -1;

    Client &client(int index) { return index == ControlIndex ? m_control : m_clients[std::size_t(index)]; }
    void send(Client &c, Shared::MessageType type, QCborMap fields);
    void onControlMessage(const QByteArray &message, const ScannedFrame &frame);
    void fetchCardToken();
    void startRamp();
    void sendSale(Client &c, Shared::MessageType type, QCborMap fields);
    void onSaleReply(Client &c, const ScannedFrame &frame, const QByteArray &message);
    void sendPayment(Client &c, const QByteArray &message);
    void startMeasuring();
    void sendHold(Client &c);
    void onReply(Client &c, const ScannedFrame &frame, const QByteArray &message);
    void stopIssuing();
    void checkDrained();
    void finishRun(bool timedOut);
    void reportProgress();
    bool inWindow(qint64 ns) const { return ns >= m_windowStartNs && ns < m_windowEndNs; }
    void countError(const QString &what);

    Client m_control;
    std::vector<Client> m_clients;
    ConnectionRamp *m_ramp = nullptr;
    QTimer m_progressTimer;
    QTimer m_drainTimer;
    int m_seatCount = 0;
    int m_seatsMax = 0;
    int m_holdCap = 0; // the event's per-order limit, which caps what a buyer session holds; 0: unknown
    bool m_measuring = false;
    bool m_stopping = false;
    bool m_done = false;
    qint64 m_measureStartNs = 0;
    qint64 m_windowStartNs = 0;
    qint64 m_windowEndNs = 0;
    Counters m_total;
    Counters m_window;
    qint64 m_errors = 0;
    qint64 m_lost = 0;
    qint64 m_unanswered = 0;
    QMap<qint64, qint64> m_holdFailuresByCode;
    LatencyRecorder m_okLatency;
    LatencyRecorder m_failedLatency;
    qint64 m_progressOk = 0;
    qint64 m_progressFailed = 0;
    std::vector<int> m_chosenSeats; // scratch of sendHold, kept to reuse its storage
    QNetworkAccessManager m_network;
    QString m_cardToken; // the test card's gateway token, reused for every sale
    qint64 m_payments = 0;
};

} // namespace BoxOffice::Load
