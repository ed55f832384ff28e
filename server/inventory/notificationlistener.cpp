#include "inventory/notificationlistener.h"

#include "db/dbworker.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

namespace BoxOffice::Server {

Q_LOGGING_CATEGORY(lcListener, "boxoffice.server.listener")

namespace {
const QString Channel = QStringLiteral("bo_seats");
const QString SessionChannel = QStringLiteral("bo_sessions");
const QString LayoutChannel = QStringLiteral("bo_event_layout");
const QString ConnectionName = QStringLiteral("listener");
} // namespace

NotificationListener::NotificationListener(const DbConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
{
    m_check.setInterval(2000);
    connect(&m_check, &QTimer::timeout, this, &NotificationListener::check);
}

NotificationListener::~NotificationListener()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(ConnectionName);
    }
}

bool NotificationListener::start(QString *error)
{
    if (!connectAndListen()) {
        *error = QStringLiteral("cannot LISTEN for seat changes: %1").arg(m_db.lastError().text());
        return false;
    }
    m_check.start();
    return true;
}

bool NotificationListener::connectAndListen()
{
    if (!DbWorker::open(m_db, m_config, ConnectionName))
        return false;
    QSqlDriver *driver = m_db.driver();
    disconnect(driver, nullptr, this, nullptr);
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                if (name == Channel)
                    emit seatsChanged(payload.toString());
                else if (name == SessionChannel)
                    emit sessionsRevoked(payload.toString());
                else if (name == LayoutChannel)
                    emit eventLayoutChanged(payload.toString());
            });
    return driver->subscribeToNotification(Channel) && driver->subscribeToNotification(SessionChannel) &&
           driver->subscribeToNotification(LayoutChannel);
}

void NotificationListener::check()
{
    QSqlQuery q(m_db);
    if (m_db.isOpen() && q.exec(QStringLiteral("SELECT 1")))
        return;
    qCWarning(lcListener) << "listener connection lost; reconnecting";
    m_db.close();
    if (connectAndListen()) {
        qCInfo(lcListener) << "listening again; reloading seat mirrors";
        emit reconnected();
    }
}

} // namespace BoxOffice::Server
