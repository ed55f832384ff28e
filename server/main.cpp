#include "auth/accounts.h"
#include "boxofficeserver.h"
#include "core/serversettings.h"
#include "core/signalwatcher.h"

#include "db/dbworker.h"
#include "net/epolleventdispatcher.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <sys/resource.h>

using namespace BoxOffice::Server;

namespace {

void jsonMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    static const char *levels[] = {"debug", "warning", "critical", "fatal", "info"};
    QJsonObject o;
    o.insert(QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("level"), QString::fromLatin1(levels[type]));
    o.insert(QStringLiteral("category"),
             QString::fromLatin1(context.category ? context.category : "default"));
    o.insert(QStringLiteral("message"), message);
    const QByteArray line = QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
}

void raiseFileLimit()
{
    // Every WebSocket is a descriptor; the default soft limit of 1024 is far too low.
    rlimit rl{};
    if (::getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur < rl.rlim_max) {
        rl.rlim_cur = rl.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &rl);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    // epoll instead of Qt's dispatcher, which polls every socket at each wake-up
    // (BOXOFFICE_EVENT_DISPATCHER=qt keeps Qt's).
    BoxOffice::Shared::installEventDispatcher();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("boxoffice-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    qSetMessagePattern(QStringLiteral("%{time yyyy-MM-ddTHH:mm:ss.zzz} %{type} %{category}: %{message}"));

    const auto settings = parseServerSettings(app);
    if (!settings)
        return 2;
    if (settings->logJson)
        qInstallMessageHandler(jsonMessageHandler);
    raiseFileLimit();

    if (!settings->createUser.isEmpty()) {
        QString error;
        if (!prepareDatabase(*settings, &error)) {
            std::fprintf(stderr, "boxoffice-server: %s\n", qPrintable(error));
            return 1;
        }
        int code = 1;
        {
            QSqlDatabase db;
            if (DbWorker::open(db, settings->db, QStringLiteral("create-user")))
                code = Accounts::createUserFromCommandLine(db, settings->createUser, settings->createRoles);
            else
                std::fprintf(stderr, "boxoffice-server: cannot connect to the database\n");
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("create-user"));
        return code;
    }
    if (settings->migrateOnly) {
        QString error;
        if (!prepareDatabase(*settings, &error)) {
            std::fprintf(stderr, "boxoffice-server: %s\n", qPrintable(error));
            return 1;
        }
        return 0;
    }

    BoxOfficeServer server(*settings);
    SignalWatcher signals_;
    QObject::connect(&signals_, &SignalWatcher::terminationRequested, &server, &BoxOfficeServer::shutdown);
    QObject::connect(&server, &BoxOfficeServer::stopped, &app, &QCoreApplication::quit);
    QString error;
    if (!server.start(&error)) {
        std::fprintf(stderr, "boxoffice-server: %s\n", qPrintable(error));
        return 1;
    }
    return app.exec();
}
