#pragma once

#include "core/serversettings.h"

#include <QObject>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QTimer>

namespace BoxOffice::Server {

/**
 * LISTENs on "bo_seats" (and "bo_sessions", "bo_event_layout") with a connection of its
 * own on the socket thread (the driver delivers notifications through a socket notifier, so
 * they arrive as events, in commit order). Checks the connection every couple of seconds and, after
 * reconnecting, reports that notifications may have been lost.
 */
class NotificationListener final : public QObject
{
    Q_OBJECT
public:
    NotificationListener(const DbConfig &config, QObject *parent = nullptr);
    ~NotificationListener() override;

    bool start(QString *error);

signals:
    void seatsChanged(const QString &payload);
    /** "bo_event_layout": "event:layout:seats" of an event moved to another layout version. */
    void eventLayoutChanged(const QString &payload);
    /** "bo_sessions": ids of sessions that were signed out or revoked. */
    void sessionsRevoked(const QString &payload);
    void reconnected();

private:
    bool connectAndListen();
    void check();

    DbConfig m_config;
    QSqlDatabase m_db;
    QTimer m_check;
};

} // namespace BoxOffice::Server
