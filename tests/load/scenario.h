#pragma once

#include "loadoptions.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

#include <random>

class QWebSocket;

namespace BoxOffice::Load {

/**
 * Common ground of the load scenarios: the monotonic clock all latencies are taken from (one
 * process, so one clock), the random generator, socket wiring, and a bounded shutdown.
 */
class Scenario : public QObject
{
    Q_OBJECT

public:
    explicit Scenario(const LoadOptions &options, QObject *parent = nullptr);

    virtual void start() = 0;
    /** The hard overall timeout: report what there is, then finish with ExitTimeout. */
    virtual void abortRun() = 0;

    static constexpr int ExitOk = 0;
    static constexpr int ExitFailed = 1;
    static constexpr int ExitTimeout = 3;

signals:
    void finished(int exitCode);

protected:
    /** A socket whose signals reach the virtuals below with index; parented to this. */
    QWebSocket *openSocket(int index);
    /** The same, to url rather than the options' --url. */
    QWebSocket *openSocket(int index, const QUrl &url);

    /** The WebSocket handshake is done. */
    virtual void onConnected(int index) = 0;
    virtual void onMessage(int index, const QByteArray &message) = 0;
    /** An error or a disconnect outside the final shutdown; may come twice for one socket. */
    virtual void onLost(int index, const QString &reason) = 0;

    /** Closes the sockets (bounded by two seconds), then emits finished(exitCode). */
    void closeAllAndFinish(const QList<QWebSocket *> &sockets, int exitCode);

    /** CLOCK_MONOTONIC: one clock for all processes of a run (FanoutWorkers). */
    static qint64 nowNs();
    /** CPU time of this process in nanoseconds. */
    static qint64 cpuNs();
    static QByteArray helloRequest(qint64 id);
    static void printResultLine(const QByteArray &line);

    const LoadOptions m_options;
    QElapsedTimer m_clock;
    std::mt19937_64 m_random;
    bool m_closing = false;

private:
    int m_closingSockets = 0;
    int m_exitCode = ExitOk;
    bool m_finishEmitted = false;
    void emitFinished();
};

} // namespace BoxOffice::Load
