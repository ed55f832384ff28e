#pragma once

#include <QObject>

class QSocketNotifier;

namespace BoxOffice::Server {

/**
 * Turns SIGTERM and SIGINT into a Qt signal through a self-pipe: a POSIX signal handler may
 * only write a byte, the event loop does the rest.
 */
class SignalWatcher final : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

signals:
    void terminationRequested(int signal);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace BoxOffice::Server
