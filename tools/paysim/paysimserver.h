#pragma once

#include "faultplan.h"
#include "ledger.h"

#include <QAbstractHttpServer>

namespace BoxOffice::PaySim {

/**
 * The HTTP face of the simulated card gateway (docs/payments.md). It derives from
 * QAbstractHttpServer rather than using QHttpServer's router because a fault must be able
 * to leave a request unanswered and a delayed answer must be written later: both need the
 * socket and the responder, which QHttpServer 6.4's route handlers do not hand out.
 * Everything runs on one thread, so two requests with the same idempotency key never race.
 */
class PaySimServer final : public QAbstractHttpServer
{
    Q_OBJECT
public:
    PaySimServer(const FaultPlan::Settings &settings, quint32 seed, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Route
    {
        QString operation; // tokens, authorize, capture, void, refund, lookup, stats, control
        QString id;        // the authorization id of capture, void and refund
        QString logPath;   // the path as logged: never an unknown path, which could hold anything
    };
    static Route route(const QHttpServerRequest &request, bool *wrongMethod);
    Reply execute(const Route &route, const QHttpServerRequest &request, const QJsonObject &body);
    Reply control(const QJsonObject &body);
    void respond(const QHttpServerRequest &request, QTcpSocket *socket, const Reply &reply, int delayMs);
    static void log(const QString &method, const QString &path, const QString &outcome, const QString &note);

    Ledger m_ledger;
    FaultPlan m_faults;
};

} // namespace BoxOffice::PaySim
