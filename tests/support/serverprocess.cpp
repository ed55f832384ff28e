#include "serverprocess.h"

#include "testdatabase.h"

#include <QDeadlineTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <csignal>

namespace BoxOffice::Test {

ServerProcess::~ServerProcess()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(10000))
            m_process->kill();
        m_process->waitForFinished(2000);
    }
    delete m_process;
}

quint16 ServerProcess::freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

bool ServerProcess::start(const TestDatabase &db, const QStringList &extraArgs, QString *error)
{
    m_port = freePort();
    m_httpPort = freePort();
    m_args = QStringList{QStringLiteral("--listen"),    QStringLiteral("127.0.0.1"),
                         QStringLiteral("--port"),      QString::number(m_port),
                         QStringLiteral("--http-port"), QString::number(m_httpPort),
                         QStringLiteral("--db-host"),   db.host(),
                         QStringLiteral("--db-port"),   QString::number(db.port()),
                         QStringLiteral("--db-user"),   db.user(),
                         QStringLiteral("--db-name"),   db.name()};
    if (!m_tlsCert.isEmpty())
        m_args << QStringLiteral("--tls-cert") << m_tlsCert << QStringLiteral("--tls-key") << m_tlsKey;
    // Tests open hundreds of buyer sessions from 127.0.0.1 and fire holds from one session
    // as fast as the server answers: the rate limits of anonymous work would refuse them.
    // They are off unless a test asks for them (the last value of an option wins);
    // tst_ratelimits tests them with their defaults and with their own values.
    m_args << QStringLiteral("--buyer-session-rate") << QStringLiteral("0") << QStringLiteral("--hold-rate")
           << QStringLiteral("0");
    m_args += extraArgs;
    return launch(error);
}

void ServerProcess::setTls(const QString &certFile, const QString &keyFile)
{
    m_tlsCert = certFile;
    m_tlsKey = keyFile;
}

bool ServerProcess::restart(QString *error)
{
    return launch(error);
}

bool ServerProcess::launch(QString *error)
{
    delete m_process;
    m_process = new QProcess;
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->start(QStringLiteral(BOXOFFICE_SERVER_EXECUTABLE), m_args);
    if (!m_process->waitForStarted(10000)) {
        *error = QStringLiteral("cannot start %1: %2")
                     .arg(QStringLiteral(BOXOFFICE_SERVER_EXECUTABLE), m_process->errorString());
        return false;
    }
    // Only this run's output counts: an earlier run's "listening" line must not satisfy
    // a restart before the new process listens.
    const qsizetype runStart = m_output.size();
    QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired()) {
        if (m_process->state() == QProcess::NotRunning) {
            m_output += m_process->readAll();
            *error = QStringLiteral("server exited: %1").arg(QString::fromUtf8(m_output));
            return false;
        }
        m_process->waitForReadyRead(100);
        m_output += m_process->readAll();
        // "listening on ws://" or "listening on wss://".
        if (m_output.indexOf("listening on ws", runStart) >= 0)
            return true;
    }
    *error = QStringLiteral("server did not start listening: %1").arg(QString::fromUtf8(m_output));
    return false;
}

int ServerProcess::terminate(int timeoutMs)
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return -1;
    m_process->terminate();
    const bool finished = m_process->waitForFinished(timeoutMs);
    m_output += m_process->readAll();
    if (!finished) {
        m_process->kill();
        m_process->waitForFinished(2000);
        return -1;
    }
    return m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
}

void ServerProcess::kill()
{
    if (!m_process)
        return;
    m_process->kill(); // SIGKILL
    m_process->waitForFinished(5000);
    m_output += m_process->readAll();
}

bool ServerProcess::acceptsConnections(int timeoutMs) const
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, m_port);
        if (probe.waitForConnected(200))
            return true;
        QTest::qWait(50);
    }
    return false;
}

QUrl ServerProcess::url() const
{
    // The test certificates name IP:127.0.0.1 as well as DNS:localhost.
    return QUrl(QStringLiteral("%1://127.0.0.1:%2")
                    .arg(m_tlsCert.isEmpty() ? QStringLiteral("ws") : QStringLiteral("wss"))
                    .arg(m_port));
}

int ServerProcess::exitCode() const
{
    if (!m_process || m_process->state() != QProcess::NotRunning ||
        m_process->exitStatus() != QProcess::NormalExit)
        return -1;
    return m_process->exitCode();
}

} // namespace BoxOffice::Test
