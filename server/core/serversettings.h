#pragma once

#include "net/connectionlimits.h"
#include "waitingroom/waitingroomconfig.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

class QCoreApplication;

namespace BoxOffice::Server {

struct DbConfig
{
    QString host = QStringLiteral("127.0.0.1");
    int port = 5432;
    QString name = QStringLiteral("boxoffice");
    QString user = QStringLiteral("boxoffice");
    QString password; // from BOXOFFICE_DB_PASSWORD or the INI file; never logged
};

struct ServerSettings
{
    QHostAddress listenAddress = QHostAddress::LocalHost;
    quint16 port = 8080;
    // /health and /metrics are plain HTTP: on the listen address when that is loopback,
    // otherwise on loopback unless --http-listen names an address.
    QHostAddress httpListenAddress = QHostAddress::LocalHost;
    quint16 httpPort = 8081; // 0 disables /health and /metrics
    // PEM files; both set means wss:// (docs/security.md, "TLS").
    QString tlsCert;
    QString tlsKey;
    // PEM Ed25519 private key that signs ticket codes; empty: the key kept in the database
    // (docs/security.md, "Ticket codes").
    QString ticketKey;
    // Plain ws:// on a non-loopback address, only by this explicit flag.
    bool insecureListen = false;
    DbConfig db;
    int workers = 1;
    int maxBatch = 512;
    int maxQueue = 50000;
    int tickMs = 20;
    int fanoutSliceUs = 3000;
    int sweepMs = 250;
    // Anonymous leftovers (cancelled or abandoned orders, swept holds, ended buyer
    // sessions) are deleted this long after they ended (issue 18, attack 7).
    int purgeAfterS = 86400;
    int heartbeatS = 10;
    // Most seats a staff session may hold in one event at once (issue 10); buyers are held
    // to the event's max_seats_per_order.
    int staffHoldLimit = 100;
    // Rate limits of anonymous work (docs/security.md, "Inventory abuse"), per node: new
    // buyer sessions per client address, and Hold/BestAvailable requests per buyer session,
    // each a burst refilled at that many per period. Burst 0: no limit.
    int buyerSessionBurst = 20;
    int buyerSessionPeriodS = 60;
    int holdBurst = 30;
    int holdPeriodS = 60;
    // Behind a load balancer: the peers whose client-address header is believed, and the
    // header (e.g. X-Forwarded-For). Both empty: the TCP peer is the client.
    QStringList trustedProxies;
    QString clientAddressHeader;
    QString nodeName;
    bool loadDemo = false;
    bool migrateOnly = false;
    bool logJson = false;
    // --create-admin / --create-user: create this user (password from stdin) and exit.
    QString createUser;
    QStringList createRoles;
    // Orders and payments (docs/payments.md): the card gateway this server calls, the URL
    // clients tokenize cards at (defaults to the former), a per-attempt timeout, how often
    // open card payments are reconciled, and a test-only crash point of the sale saga.
    QUrl gatewayUrl;
    QUrl gatewayPublicUrl;
    int gatewayTimeoutMs = 5000;
    int reconcileIntervalS = 30;
    QString testCrashAfter; // "", "authorize" or "sale"

    // Admission and abuse limits (core/limitsettings.cpp, docs/security.md "Limits").
    ConnectionLimits limits;
    int httpTimeoutMs = 5000;
    // Bearer token of /metrics (BOXOFFICE_METRICS_TOKEN or [server] metrics_token); without
    // one, /metrics answers only on a loopback --http-listen.
    QString metricsToken;

    // Waiting rooms in front of the online sale of these events (--waiting-room).
    QList<WaitingRoomConfig> waitingRooms;

    bool tls() const { return !tlsCert.isEmpty(); }
};

/**
 * Reads the command line and the optional INI file (--config). Command-line flags win over
 * the file. Returns nullopt after printing an error; exits for --help/--version.
 */
std::optional<ServerSettings> parseServerSettings(const QCoreApplication &app);

} // namespace BoxOffice::Server
