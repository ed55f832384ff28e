#include "boxofficeserver.h"

#include "admin/adminhandlers.h"
#include "auth/authhandlers.h"
#include "auth/sessionstore.h"
#include "db/dbpool.h"
#include "db/migrator.h"
#include "http/httpendpoint.h"
#include "inventory/batcher.h"
#include "inventory/eventcatalog.h"
#include "inventory/layoutmoves.h"
#include "inventory/eventlisting.h"
#include "inventory/inventoryhandlers.h"
#include "inventory/layoutcache.h"
#include "inventory/notificationlistener.h"
#include "inventory/seatmirror.h"
#include "inventory/sweeper.h"
#include "net/clientconnection.h"
#include "net/dispatcher.h"
#include "net/sessionhandlers.h"
#include "net/tlsconfiguration.h"
#include "net/ratelimits.h"
#include "net/websocketserver.h"
#include "orders/gatewayfactory.h"
#include "orders/lookuphandlers.h"
#include "orders/orderhandlers.h"
#include "orders/refundhandlers.h"
#include "orders/shifthandlers.h"
#include "tickets/checkinhandlers.h"
#include "venues/venuehandlers.h"
#include "tickets/ticketsigner.h"
#include "waitingroom/waitingroom.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QSqlDatabase>
#include <QTimer>

namespace BoxOffice::Server {

Q_LOGGING_CATEGORY(lcServer, "boxoffice.server")

bool prepareDatabase(const ServerSettings &settings, QString *error)
{
    const QString name = QStringLiteral("migrations");
    bool ok = false;
    {
        QSqlDatabase db;
        if (!DbWorker::open(db, settings.db, name)) {
            *error = QStringLiteral("cannot connect to PostgreSQL at %1:%2 database %3")
                         .arg(settings.db.host)
                         .arg(settings.db.port)
                         .arg(settings.db.name);
        } else {
            Migrator migrator(db);
            ok = migrator.migrate(error) && (!settings.loadDemo || migrator.loadDemo(error));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

BoxOfficeServer::BoxOfficeServer(ServerSettings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
{}

BoxOfficeServer::~BoxOfficeServer()
{
    if (m_pool)
        m_pool->stop();
}

bool BoxOfficeServer::start(QString *error)
{
    // TLS files first: a wrong path or key is an operator's typo, reported before anything
    // touches the database.
    std::optional<QSslConfiguration> tls;
    if (m_settings.tls()) {
        tls = loadTlsConfiguration(m_settings.tlsCert, m_settings.tlsKey, error);
        if (!tls)
            return false;
        qCInfo(lcServer).noquote() << "TLS certificate" << tls->localCertificate().subjectDisplayName()
                                   << "SHA-256" << sha256Fingerprint(tls->localCertificate()) << "expires"
                                   << tls->localCertificate().expiryDate().toString(Qt::ISODate);
    } else if (!m_settings.listenAddress.isLoopback()) {
        // Only reachable with --insecure-listen (parseServerSettings refuses otherwise).
        qCWarning(lcServer).noquote()
            << "INSECURE: --insecure-listen serves plain ws:// on" << m_settings.listenAddress.toString()
            << "- passwords, session tokens and every frame cross the network in CLEAR TEXT."
            << "Use --tls-cert/--tls-key unless a TLS-terminating proxy sits in front.";
    }

    if (!prepareDatabase(m_settings, error))
        return false;

    m_pool = std::make_unique<DbPool>(m_settings.db, m_settings.workers);
    m_catalog = new EventCatalog(*m_pool, this);
    {
        const QString name = QStringLiteral("catalog-init");
        bool ok = false;
        {
            QSqlDatabase db;
            ok = DbWorker::open(db, m_settings.db, name) && m_catalog->loadNow(db, error);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        if (!ok)
            return false;
    }
    m_pool->start();
    m_catalog->startRefreshing(5000);

    m_mirror = new SeatMirror(*m_pool, m_metrics, m_settings.tickMs, m_settings.fanoutSliceUs, this);
    m_listener = new NotificationListener(m_settings.db, this);
    connect(m_listener, &NotificationListener::seatsChanged, m_mirror, &SeatMirror::applyNotification);
    connect(m_listener, &NotificationListener::reconnected, m_mirror, &SeatMirror::reloadAll);
    m_sessions = new SessionStore(m_settings.db, this);
    m_sessions->start();
    connect(m_listener, &NotificationListener::sessionsRevoked, m_sessions,
            &SessionStore::onRevokedNotification);
    connect(m_listener, &NotificationListener::reconnected, m_sessions, &SessionStore::revalidateAll);
    if (!m_listener->start(error))
        return false;

    m_batcher = new Batcher(*m_pool, m_metrics, m_settings.maxBatch, m_settings.maxQueue, this);
    m_dispatcher = std::make_unique<Dispatcher>(m_metrics);
    registerSessionHandlers(*m_dispatcher, m_settings.nodeName);
    m_dispatcher->setPersist([sessions = QPointer<SessionStore>(m_sessions)](
                                 const std::shared_ptr<Session> &s, std::function<void(bool)> done) {
        if (sessions)
            sessions->persist(s, std::move(done));
    });
    m_rateLimits =
        std::make_unique<RateLimits>(RateSpec{m_settings.buyerSessionBurst, m_settings.buyerSessionPeriodS},
                                     RateSpec{m_settings.holdBurst, m_settings.holdPeriodS}, m_metrics);
    m_auth =
        new AuthHandlers(*m_dispatcher, *m_sessions, *m_rateLimits, m_settings.limits.counterNetworks, this);
    m_admin = new AdminHandlers(*m_dispatcher, *m_sessions, this);
    m_layouts = new LayoutCache(*m_pool, this);
    new VenueHandlers(*m_dispatcher, *m_pool, *m_layouts, this);
    // An event moved to another layout version, on any node: every node reloads and pushes it.
    auto *moves = new LayoutMoves(*m_catalog, *m_layouts, *m_mirror, this);
    connect(m_listener, &NotificationListener::eventLayoutChanged, moves, &LayoutMoves::onNotification);
    connect(m_catalog, &EventCatalog::seatCountChanged, moves, &LayoutMoves::reload);
    m_inventory = new InventoryHandlers(*m_dispatcher, *m_batcher, *m_mirror, *m_catalog, *m_layouts, *m_pool,
                                        m_metrics, m_settings.staffHoldLimit, *m_rateLimits, this);
    // ListEvents, coalesced: many asks, one database read.
    new EventListing(*m_dispatcher, *m_pool, m_metrics, this);
    // Tickets: the signing key (--ticket-key, or the cluster's key in the database), then
    // CheckIn and TicketKey. Handlers that print codes take *m_tickets.
    m_tickets = TicketSigner::load(m_settings, error);
    if (!m_tickets)
        return false;
    qCInfo(lcServer).noquote() << "ticket codes signed with the key from" << m_tickets->source();
    m_checkIn = new CheckInHandlers(*m_dispatcher, *m_tickets, *m_pool, this);
    // Orders and payments: CreateOrder, PayOrder, CancelOrder, GetOrder and the sale saga,
    // with the card gateway of --gateway-url (docs/payments.md).
    m_gateway = createCardGateway(m_settings.gatewayUrl, m_settings.gatewayTimeoutMs, this);
    if (!m_gateway)
        qCWarning(lcServer) << "no card gateway (--gateway-url): card payments are refused";
    m_orders = new OrderHandlers(
        *m_dispatcher, *m_catalog, m_settings, m_gateway,
        [signer = m_tickets.get()](qint64 event, int seat, qint64 serial) {
            return signer->codeFor(event, seat, serial);
        },
        this);
    m_orders->start();
    // Refunds, exchanges, order lookup and cash shifts (FindOrders … GetShift); parented to
    // this server, which they outlive no longer than the orders do.
    auto *refunds = new RefundHandlers(
        *m_dispatcher, m_settings, m_gateway,
        [signer = m_tickets.get()](qint64 event, int seat, qint64 serial) {
            return signer->codeFor(event, seat, serial);
        },
        this);
    refunds->start();
    new ShiftHandlers(*m_dispatcher, *m_pool, this);
    new LookupHandlers(*m_dispatcher, m_tickets.get(), *m_pool, this);
    // The waiting room (docs/waiting-room.md): QueueJoin, QueueAdmit and the admission check
    // of buyers' Hold, BestAvailable and CreateOrder.
    m_waitingRoom = new WaitingRoom(*m_dispatcher, m_settings, this);
    if (!m_waitingRoom->start(error))
        return false;
    if (m_waitingRoom->enabled())
        m_dispatcher->setGate(
            [room = m_waitingRoom](ClientConnection &c, const Shared::Frame &f) { return room->gate(c, f); });
    QString missing;
    if (!m_dispatcher->validate(&missing)) {
        *error = QStringLiteral("no handler for message type %1").arg(missing);
        return false;
    }

    m_sweeper = new Sweeper(*m_pool, m_metrics, m_settings.sweepMs, m_settings.purgeAfterS, this);
    m_sweeper->start();

    m_ws = new WebSocketServer(*m_dispatcher, m_metrics, m_settings.heartbeatS, m_settings.limits, tls, this);
    {
        ClientAddressResolver addresses;
        if (!addresses.configure(m_settings.trustedProxies, m_settings.clientAddressHeader.toLatin1(), error))
            return false;
        m_ws->setClientAddressResolver(addresses);
    }
    connect(m_ws, &WebSocketServer::connectionClosed, m_mirror, &SeatMirror::removeConnection);
    connect(m_ws, &WebSocketServer::connectionClosed, m_waitingRoom, &WaitingRoom::removeConnection);
    if (!m_ws->listen(m_settings.listenAddress, m_settings.port, error))
        return false;

    if (m_settings.httpPort != 0) {
        m_http = new HttpEndpoint([this] { return healthJson(); },
                                  [this] {
                                      // Not `return a + b`: with QStringBuilder that returns a
                                      // builder referring to the destroyed temporaries.
                                      QByteArray text = m_metrics.prometheusText(m_settings.nodeName);
                                      text += m_waitingRoom->prometheusText(m_settings.nodeName);
                                      return text;
                                  },
                                  m_metrics, m_settings.httpTimeoutMs, m_settings.metricsToken, this);
        if (!m_http->listen(m_settings.httpListenAddress, m_settings.httpPort, error))
            return false;
    }
    // tests/support/serverprocess.cpp waits for "listening on ws" (ws:// or wss://).
    QString wsHost = m_settings.listenAddress.toString();
    if (m_settings.listenAddress.protocol() == QAbstractSocket::IPv6Protocol)
        wsHost = QLatin1Char('[') + wsHost + QLatin1Char(']');
    qCInfo(lcServer).noquote() << "node" << m_settings.nodeName << "listening on"
                               << (m_ws->isSecure() ? QStringLiteral("wss://") : QStringLiteral("ws://")) +
                                      wsHost + QLatin1Char(':') + QString::number(m_ws->port())
                               << "http"
                               << (m_settings.httpPort
                                       ? m_settings.httpListenAddress.toString() + QLatin1Char(':') +
                                             QString::number(m_settings.httpPort)
                                       : QStringLiteral("off"))
                               << "database" << m_settings.db.host << m_settings.db.port << m_settings.db.name
                               << "workers" << m_settings.workers;
    return true;
}

QByteArray BoxOfficeServer::healthJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("status"), m_stopping ? QStringLiteral("stopping") : QStringLiteral("ok"));
    o.insert(QStringLiteral("node"), m_settings.nodeName);
    o.insert(QStringLiteral("connections"), m_ws ? m_ws->connectionCount() : 0);
    o.insert(QStringLiteral("queue"), qint64(m_metrics.queueDepth));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

void BoxOfficeServer::shutdown()
{
    if (m_stopping)
        return;
    m_stopping = true;
    qCInfo(lcServer) << "stopping: no new connections; finishing queued requests";
    if (m_ws)
        m_ws->stopListening();
    if (m_sweeper)
        m_sweeper->stop();
    if (m_waitingRoom)
        m_waitingRoom->stop();
    auto finish = [this] {
        if (m_ws)
            m_ws->closeAll();
        // Give close frames a moment to leave, then stop.
        QTimer::singleShot(300, this, [this] {
            if (m_sessions)
                m_sessions->stop();
            if (m_pool)
                m_pool->stop();
            qCInfo(lcServer) << "stopped";
            emit stopped();
        });
    };
    if (!m_batcher || !m_batcher->busy()) {
        finish();
        return;
    }
    connect(m_batcher, &Batcher::drained, this, finish, Qt::SingleShotConnection);
    QTimer::singleShot(5000, this, [this, finish] {
        if (m_batcher->busy()) {
            qCWarning(lcServer) << "requests still queued after 5 s; stopping anyway";
            finish();
        }
    });
}

} // namespace BoxOffice::Server
