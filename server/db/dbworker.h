#pragma once

#include "core/serversettings.h"

#include <QObject>
#include <QSqlDatabase>
#include <QThread>

#include <QHash>
#include <QSqlQuery>

#include <functional>
#include <memory>

namespace BoxOffice::Server {

/**
 * Owns one database connection in a thread of its own. Jobs are run one after another in
 * that thread; they hand results back with a queued call to an object of the caller's.
 */
class DbWorker final : public QObject
{
    Q_OBJECT
public:
    using Job = std::function<void(QSqlDatabase &db)>;

    DbWorker(const DbConfig &config, QString connectionName);
    ~DbWorker() override;

    /** Starts the thread and opens the connection there. */
    void start();
    /** Queues a job for the worker's thread. Safe from any thread. */
    void post(Job job);
    /** Finishes queued jobs, closes the connection and joins the thread. */
    void stop();

    /** Opens (or reopens) a connection named name with config; logs failures. */
    static bool open(QSqlDatabase &db, const DbConfig &config, const QString &name);

    /**
     * A statement prepared once per connection and kept (a PREPARE costs a round trip).
     * Only from jobs, on the worker's thread. nullptr if it cannot be prepared.
     */
    QSqlQuery *prepared(const QString &sql);
    /** Drops prepared statements and reopens the connection after a failure. */
    void reconnect();

private:
    void run(const Job &job);

    DbConfig m_config;
    QString m_name;
    QThread m_thread;
    QSqlDatabase m_db;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_prepared;
};

} // namespace BoxOffice::Server
