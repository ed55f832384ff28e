#pragma once

#include "core/metrics.h"
#include "core/serversettings.h"

#include <QObject>

#include <memory>

namespace BoxOffice::Server {

class AdminHandlers;
class AuthHandlers;
class Batcher;
class DbPool;
class Dispatcher;
class EventCatalog;
class HttpEndpoint;
class InventoryHandlers;
class LayoutCache;
class NotificationListener;
class OrderHandlers;
class PaymentGateway;
class SeatMirror;
class SessionStore;
class Sweeper;
class TicketSigner;
class CheckInHandlers;
class WebSocketServer;
class RateLimits;
class WaitingRoom;

/** One server node: wires the database workers, the inventory, the sockets and HTTP. */
class BoxOfficeServer final : public QObject
{
    Q_OBJECT
public:
    explicit BoxOfficeServer(ServerSettings settings, QObject *parent = nullptr);
    ~BoxOfficeServer() override;

    /** Migrates, loads what it needs and starts listening. */
    bool start(QString *error);
    /** Stops accepting, lets queued requests finish (bounded), closes connections. */
    void shutdown();

signals:
    void stopped();

private:
    QByteArray healthJson() const;

    ServerSettings m_settings;
    Metrics m_metrics;
    std::unique_ptr<DbPool> m_pool;
    std::unique_ptr<Dispatcher> m_dispatcher;
    std::unique_ptr<RateLimits> m_rateLimits;
    Batcher *m_batcher = nullptr;
    EventCatalog *m_catalog = nullptr;
    SeatMirror *m_mirror = nullptr;
    LayoutCache *m_layouts = nullptr;
    NotificationListener *m_listener = nullptr;
    Sweeper *m_sweeper = nullptr;
    InventoryHandlers *m_inventory = nullptr;
    SessionStore *m_sessions = nullptr;
    AuthHandlers *m_auth = nullptr;
    AdminHandlers *m_admin = nullptr;
    WebSocketServer *m_ws = nullptr;
    HttpEndpoint *m_http = nullptr;
    // Orders and payments: the card gateway (null without --gateway-url) and the handlers.
    PaymentGateway *m_gateway = nullptr;
    OrderHandlers *m_orders = nullptr;
    bool m_stopping = false;
    // Tickets: the code signing key (callers use *m_tickets) and CheckIn/TicketKey.
    std::unique_ptr<TicketSigner> m_tickets;
    CheckInHandlers *m_checkIn = nullptr;
    // The waiting room of --waiting-room events (gates Hold, BestAvailable, CreateOrder).
    WaitingRoom *m_waitingRoom = nullptr;
};

/** Applies migrations (and demo data) on a connection of its own; used by start(). */
bool prepareDatabase(const ServerSettings &settings, QString *error);

} // namespace BoxOffice::Server
