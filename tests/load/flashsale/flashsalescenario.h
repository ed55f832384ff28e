#pragma once

#include "wsconnection.h"

#include "protocol/messages.h"

#include <QByteArray>
#include <QCborMap>
#include <QElapsedTimer>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <random>
#include <vector>

class QTcpSocket;

namespace BoxOffice::Load {

/** One load generator process's share of a flash sale (see main.cpp's --help). */
struct FlashSaleOptions
{
    QList<QUrl> urls; // server nodes; buyer g connects to urls[g % n]
    qint64 event = 3;
    int buyersFirst = 0;   // global index of this process's first buyer
    int buyers = 0;        // this process's buyers
    int botsFirst = 0;     // global index of this process's first bot
    int bots = 0;          // this process's bots
    int botAddresses = 20; // the bots come from 127.200.0.1 .. 127.200.0.N
    int botAttacks = 12;   // attacks per bot, about one a second
    qint64 onsaleMs = 0;   // the on-sale, ms since the epoch (the servers' --waiting-room onsale)
    int prequeueS = 10;    // pre-queue joiners join in the PREQUEUE_S seconds before it
    int postqueueS = 20;   // the others in the POSTQUEUE_S seconds after it
    double prequeueShare = 0.75;
    double pickerShare = 1.0 / 3.0; // buyers that pick seats from the map (the rest: BestAvailable)
    int seats = 50000;              // seats on sale: the run ends when the map shows them all sold
    int seatCount = 50000;          // seats of the event (map size)
    int seatsMax = 6;
    int categories = 3;
    QStringList cardTokens; // [0] first try, [1] the retry after a decline
    int durationS = 120;    // hard end, seconds after the on-sale
    double connectRate = 2000;
    int maxPending = 256;
    QString out; // result file
    quint64 seed = 1;
};

/**
 * Simulated buyers and bots of one process. Each buyer: its own connection (bound to its own
 * 127.x.y.z) and buyer session; at its time it joins the queue, waits for the admission push,
 * exchanges its ticket for a token, subscribes to the seat map, takes 1..6 seats (Hold of
 * seats picked from the snapshot, or BestAvailable), CreateOrder, PayOrder by card (a declined
 * card is retried once with the second card, then the order is cancelled). Bots skip the
 * queue, replay other buyers' tickets and tokens and forge tickets; every seat they get is
 * counted. A control connection watches the map and ends the run when the seats are sold.
 * Results go to --out, one line per item (scripts/flashsale sums the processes).
 */
class FlashSaleScenario final : public QObject
{
    Q_OBJECT

public:
    explicit FlashSaleScenario(const FlashSaleOptions &options, QObject *parent = nullptr);
    void start();
    /** Bounded stop: writes what there is. */
    void finish(const char *why);

signals:
    void finished(int exitCode);

private:
    enum class Phase : quint8 {
        Idle,
        Connecting,
        Hello,
        Session,
        Ready,
        Joining,
        Waiting,
        Admitting,
        Subscribing,
        Holding,
        Ordering,
        Paying,
        Cancelling,
        Done,
        GaveUp,
        Failed
    };
    struct Conn
    {
        WsConnection ws;
        qint64 joinAtMs = 0;
        qint64 place = -1;
        qint64 joinedMs = -1;
        qint64 admittedMs = -1;
        qint64 admitPoint = -1; // the admission point the server granted the token under
        qint64 grantedMs = -1;  // when that grant (QueueAdmit's reply) arrived
        qint64 sentNs = 0;
        qint64 pendingId = 0;
        qint64 order = 0;
        qint64 hold = 0;
        QString ticket;
        Shared::MessageType pendingType = Shared::MessageType::Invalid;
        Phase phase = Phase::Idle;
        quint8 want = 0;     // seats wanted
        quint8 attempts = 0; // hold attempts / bot attacks
        quint8 category = 0;
        quint8 payTries = 0;
        bool picker = false;
        bool bot = false;
        bool hasSession = false;
        bool connectedNow = false;
        bool inFlight = false;
        bool passedOver = false; // told (QueueStatus) the point passed its place, not admitted
    };

    /** Admitted and not yet done: the run waits for these before it ends. */
    static bool isBusy(Phase p) { return p >= Phase::Admitting && p <= Phase::Cancelling; }
    Conn &conn(int index) { return index < 0 ? m_control : m_conns[std::size_t(index)]; }
    void openConn(int index);
    void onReadyRead(int index);
    void onLost(int index, const char *why = nullptr);
    void countError(qint64 type, qint64 error);
    static const char *phaseName(Phase p);
    void onMessage(int index, const QByteArray &message);
    void onControlMessage(const QByteArray &message);
    void onBuyerReply(int index, Conn &c, const QByteArray &message, qint64 type, qint64 error);
    void onBotReply(int index, Conn &c, const QByteArray &message, qint64 error);
    void send(Conn &c, Shared::MessageType type, QCborMap fields);
    void tick();
    void join(Conn &c);
    void takeSeats(Conn &c, const QByteArray *snapshot);
    void pay(Conn &c);
    void leave(Conn &c);
    void botAttack(Conn &c);
    void settled(Conn &c, bool ok);
    void reportProgress();
    void writeResults();
    QHostAddress sourceOf(int index) const;
    qint64 nowMs() const;

    FlashSaleOptions m_options;
    std::vector<Conn> m_conns; // buyers, then bots
    Conn m_control;
    QByteArray m_controlStates;
    QTimer m_tick;
    QTimer m_progress;
    std::mt19937_64 m_random;
    std::vector<int> m_joinOrder; // buyers by join time
    std::size_t m_joinCursor = 0;
    int m_nextOpen = 0;
    int m_pending = 0;
    QElapsedTimer m_clock;
    qint64 m_openBudget = 0;
    qint64 m_lastOpenMs = 0;
    int m_connected = 0;
    int m_connectedPeak = 0;
    QList<QByteArray> m_samples; // "P second connected"
    qint64 m_lastSampleS = 0;
    std::vector<qint64> m_holdLatencyUs;
    QStringList m_seenTickets; // for the bots to replay and forge
    QStringList m_seenTokens;
    int m_sold = 0;
    qint64 m_soldOutMs = -1;
    bool m_draining = false;
    bool m_done = false;
    qint64 m_drainUntilMs = 0;
    // Counters.
    qint64 m_connectFailures = 0, m_lost = 0, m_errors = 0, m_notYet = 0, m_lateJoins = 0;
    qint64 m_orders = 0, m_sales = 0, m_seatsBought = 0, m_declines = 0, m_retriedPaid = 0;
    qint64 m_cancelled = 0, m_gaveUp = 0, m_holdFailures = 0;
    qint64 m_botSeats = 0, m_botAdmissions = 0, m_botOrders = 0, m_botRefusals = 0, m_botClosed = 0;
    qint64 m_botSessions = 0, m_botSessionRefused = 0;
    qint64 m_payments = 0;
    qint64 m_left = 0;
    // Details for the log and the result file ("E what count"): buyers' refusals by request
    // and code ("Hold 34"), lost connections by phase and reason.
    QMap<QByteArray, qint64> m_details;
};

} // namespace BoxOffice::Load
