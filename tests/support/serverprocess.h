#pragma once

#include <QProcess>
#include <QStringList>
#include <QUrl>

namespace BoxOffice::Test {

class TestDatabase;

/** A real boxoffice-server process on free loopback ports, against a test database. */
class ServerProcess
{
public:
    ServerProcess() = default;
    ~ServerProcess();

    /**
     * Starts the server and waits until it listens (at most 30 s). The rate limits of
     * anonymous work are off (--buyer-session-rate 0 --hold-rate 0) unless extraArgs set them.
     */
    bool start(const TestDatabase &db, const QStringList &extraArgs, QString *error);
    /** Serve wss:// with these PEM files (see TestCertificates) from the next start() on. */
    void setTls(const QString &certFile, const QString &keyFile);
    /** Restarts on the same ports after a stop or kill. */
    bool restart(QString *error);
    /** SIGTERM and wait; returns the exit code (or -1 on timeout/crash). */
    int terminate(int timeoutMs = 10000);
    /** SIGKILL: no chance to clean up. */
    void kill();

    /** ws://127.0.0.1:port, or wss:// after setTls(). */
    /** True once the server's WebSocket port accepts TCP connections (at most timeoutMs). */
    bool acceptsConnections(int timeoutMs = 30000) const;

    QUrl url() const;
    /** Exit code of a server that has exited normally (e.g. refused to start), else -1. */
    int exitCode() const;
    quint16 port() const { return m_port; }
    quint16 httpPort() const { return m_httpPort; }
    QByteArray output() const { return m_output; }
    qint64 pid() const { return m_process ? m_process->processId() : 0; }

    static quint16 freePort();

private:
    bool launch(QString *error);

    QProcess *m_process = nullptr;
    QStringList m_args;
    quint16 m_port = 0;
    quint16 m_httpPort = 0;
    QByteArray m_output;
    QString m_tlsCert;
    QString m_tlsKey;
};

} // namespace BoxOffice::Test
