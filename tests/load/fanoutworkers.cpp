#include "fanoutworkers.h"

#include <QCoreApplication>
#include <QProcess>

#include <cstdio>
#include <cstring>

namespace BoxOffice::Load {

namespace {

constexpr int ReportTimeoutMs = 60000;

qint64 valueOf(const QList<QByteArray> &fields, const char *key)
{
    const QByteArray prefix = QByteArray(key) + '=';
    for (const QByteArray &f : fields) {
        if (f.startsWith(prefix))
            return f.mid(prefix.size()).toLongLong();
    }
    return 0;
}

} // namespace

FanoutWorkers::FanoutWorkers(QObject *parent)
    : QObject(parent)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        std::fprintf(stderr, "[fanout] a worker did not report in time; stopping it\n");
        for (std::size_t i = 0; i < m_processes.size(); ++i) {
            if (!m_exited[i])
                m_processes[i]->kill();
        }
    });
}

FanoutWorkers::~FanoutWorkers()
{
    for (std::size_t i = 0; i < m_processes.size(); ++i) {
        if (!m_exited[i]) {
            m_processes[i]->disconnect(this);
            m_processes[i]->kill();
            m_processes[i]->waitForFinished(2000);
        }
    }
}

void FanoutWorkers::start(const QStringList &args, const QList<int> &shares, const QList<QStringList> &extra)
{
    const std::size_t n = std::size_t(shares.size());
    m_output.resize(n);
    m_ready.assign(n, false);
    m_exited.assign(n, false);
    m_results.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        auto *p = new QProcess(this);
        p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        const int index = int(i);
        connect(p, &QProcess::readyReadStandardOutput, this, [this, index] { onOutput(index); });
        connect(p, &QProcess::finished, this, [this, index] { onExit(index); });
        connect(p, &QProcess::errorOccurred, this, [this, index](QProcess::ProcessError e) {
            if (e == QProcess::FailedToStart)
                onExit(index);
        });
        m_processes.push_back(p);
        QStringList all = QStringList(args) << QStringLiteral("--watchers") << QString::number(shares.at(index));
        if (index < extra.size())
            all << extra.at(index);
        p->start(QCoreApplication::applicationFilePath(), all);
    }
}

bool FanoutWorkers::allReady() const
{
    for (std::size_t i = 0; i < m_processes.size(); ++i) {
        if (!m_ready[i] && !m_exited[i])
            return false;
    }
    return true;
}

bool FanoutWorkers::allReported() const
{
    for (std::size_t i = 0; i < m_processes.size(); ++i) {
        if (!m_exited[i])
            return false;
    }
    return true;
}

void FanoutWorkers::beginProbing()
{
    for (std::size_t i = 0; i < m_processes.size(); ++i) {
        if (!m_exited[i])
            m_processes[i]->write("start\n");
    }
}

void FanoutWorkers::finish(const QByteArray &probeTable)
{
    for (std::size_t i = 0; i < m_processes.size(); ++i) {
        if (m_exited[i])
            continue;
        m_processes[i]->write(probeTable);
        m_processes[i]->write("end\n");
        m_processes[i]->closeWriteChannel();
    }
    m_deadline.start(ReportTimeoutMs);
    if (allReported() && !m_reportedEmitted) {
        m_reportedEmitted = true;
        emit reported();
    }
}

void FanoutWorkers::onOutput(int index)
{
    const auto i = std::size_t(index);
    m_output[i] += m_processes[i]->readAllStandardOutput();
    if (!m_ready[i]) {
        const qsizetype eol = m_output[i].indexOf('\n');
        if (eol < 0)
            return;
        const QList<QByteArray> fields = m_output[i].left(eol).split(' ');
        if (fields.size() == 3 && fields[0] == "ready") {
            m_results[i].ready = fields[1].toInt();
            m_results[i].failed = fields[2].toInt();
        }
        m_output[i].remove(0, eol + 1);
        m_ready[i] = true;
        if (allReady() && !m_readyEmitted) {
            m_readyEmitted = true;
            emit ready();
        }
    }
}

void FanoutWorkers::parseResult(int index)
{
    const auto i = std::size_t(index);
    QByteArray &out = m_output[i];
    Result &r = m_results[i];
    const qsizetype resultAt = out.indexOf("result ");
    if (resultAt < 0)
        return;
    const qsizetype eol = out.indexOf('\n', resultAt);
    const qsizetype samplesAt = out.indexOf("samples ", resultAt);
    if (eol < 0 || samplesAt < 0)
        return;
    const QList<QByteArray> fields = out.mid(resultAt, eol - resultAt).split(' ');
    r.lost = valueOf(fields, "lost");
    r.errors = valueOf(fields, "errors");
    r.misses = valueOf(fields, "misses");
    r.missedProbes = valueOf(fields, "missed_probes");
    r.late = valueOf(fields, "late");
    r.snapshotBytes = valueOf(fields, "snapshot_bytes");
    r.deltaBytes = valueOf(fields, "delta_bytes");
    r.snapshotFailures = valueOf(fields, "snapshot_failures");
    r.cpuSeconds = double(valueOf(fields, "cpu_us")) / 1e6;
    const qsizetype samplesEol = out.indexOf('\n', samplesAt);
    if (samplesEol < 0)
        return;
    const qint64 n = out.mid(samplesAt + 8, samplesEol - samplesAt - 8).toLongLong();
    const qsizetype bytes = qsizetype(n) * qsizetype(sizeof(qint64));
    if (n < 0 || out.size() - (samplesEol + 1) < bytes)
        return;
    r.samples.resize(std::size_t(n));
    std::memcpy(r.samples.data(), out.constData() + samplesEol + 1, std::size_t(bytes));
    r.reported = true;
}

void FanoutWorkers::onExit(int index)
{
    const auto i = std::size_t(index);
    if (m_exited[i])
        return;
    m_output[i] += m_processes[i]->readAllStandardOutput();
    m_exited[i] = true;
    parseResult(index);
    if (!m_results[i].reported)
        std::fprintf(stderr, "[fanout] worker %d exited without a result\n", index + 1);
    if (!m_readyEmitted && allReady()) {
        m_readyEmitted = true;
        emit ready();
    }
    if (!m_reportedEmitted && allReported()) {
        m_deadline.stop();
        m_reportedEmitted = true;
        emit reported();
    }
}

} // namespace BoxOffice::Load
