#pragma once

#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QStringList>
#include <QtGlobal>

namespace BoxOffice::Server {

/**
 * What one client may hold of the server: connections, unsent replies, requests waiting for
 * them, time to say Hello, and the browser origins allowed at all. docs/security.md lists
 * every limit with its default; the flags are in core/limitsettings.cpp.
 */
struct ConnectionLimits
{
    // A connection that has not sent Hello after this long is closed (1008).
    int helloTimeoutMs = 10000;
    // Connections at once from one client address, and in total; 0 means no limit. Past
    // them a new connection is closed at once with 4013 (try again later).
    int maxPerAddress = 256;
    int maxTotal = 10000;
    // Replies waiting for the peer to read them: past pauseUnsentBytes the connection's
    // requests wait (at most maxWaitingBytes of them); past maxUnsentBytes, or with more
    // requests waiting, the connection is dropped at once and its memory freed.
    qint64 maxUnsentBytes = 4 * 1024 * 1024;
    qint64 pauseUnsentBytes = 1024 * 1024;
    qint64 maxWaitingBytes = 1024 * 1024;
    // Requests of one connection in the server's queues at once (its share of the batches,
    // the auth, orders and auxiliary threads); more wait, in order, until replies go out.
    int maxInFlight = 32;
    // Requests of all connections of one client address in those queues at once (each
    // connection may always have one): 256 connections do not get 256 shares.
    int maxInFlightPerAddress = 64;
    // Browser origins (scheme://host[:port]) allowed to open a connection. A handshake
    // without an Origin header (the desktop client, tools) is always allowed; with one, only
    // if it is listed. Empty: no browser origin at all.
    QStringList allowedOrigins;
    // Networks of the box office's counters (address/prefix): password sign-ins from them
    // are not delayed by failed sign-ins from anywhere else (auth/namethrottle.h).
    QList<QPair<QHostAddress, int>> counterNetworks;
};

} // namespace BoxOffice::Server
