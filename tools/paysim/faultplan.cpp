#include "faultplan.h"

#include <QJsonValue>
#include <QStringList>

namespace BoxOffice::PaySim {

namespace {

bool readRate(const QJsonValue &v, double *out)
{
    if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() > 1)
        return false;
    *out = v.toDouble();
    return true;
}

bool readCount(const QJsonValue &v, int *out, int max)
{
    if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() > max || v.toDouble() != double(int(v.toDouble())))
        return false;
    *out = int(v.toDouble());
    return true;
}

} // namespace

FaultPlan::FaultPlan(const Settings &startup, quint32 seed)
    : m_startup(startup)
    , m_current(startup)
    , m_random(seed)
{}

bool FaultPlan::roll(double rate)
{
    return rate > 0 && m_random.generateDouble() < rate;
}

bool FaultPlan::rollDecline()
{
    return roll(m_current.declineRate);
}

int FaultPlan::latencyMs()
{
    if (m_current.latencyMaxMs <= m_current.latencyMs)
        return m_current.latencyMs;
    return m_current.latencyMs +
           int(m_random.bounded(quint32(m_current.latencyMaxMs - m_current.latencyMs + 1)));
}

FaultPlan::Decision FaultPlan::next(const QString &operation)
{
    const bool matches = m_only.isEmpty() || m_only == operation;
    // Deterministic faults first, in the order a test sets them: failures, then hangs.
    if (matches && m_failNext > 0) {
        --m_failNext;
        return {Action::Fail, m_failStatus};
    }
    if (matches && m_hangNext > 0) {
        --m_hangNext;
        return {m_hangAfterWork ? Action::HangAfterWork : Action::HangBefore, 0};
    }
    if (roll(m_current.errorRate))
        return {Action::Fail, 503};
    // A random timeout is the dangerous kind: the gateway did the work and the caller never
    // hears of it.
    if (roll(m_current.timeoutRate))
        return {Action::HangAfterWork, 0};
    return {};
}

QString FaultPlan::apply(const QJsonObject &control, bool *resetLedger)
{
    static const QStringList known{
        QStringLiteral("fail_next"),       QStringLiteral("fail_status"),  QStringLiteral("hang_next"),
        QStringLiteral("hang_after_work"), QStringLiteral("latency_ms"),   QStringLiteral("decline_rate"),
        QStringLiteral("error_rate"),      QStringLiteral("timeout_rate"), QStringLiteral("only"),
        QStringLiteral("reset"),
    };
    for (auto it = control.begin(); it != control.end(); ++it) {
        if (!known.contains(it.key()))
            return QStringLiteral("unknown control field %1").arg(it.key());
    }

    // Validate everything before changing anything, so a bad request changes nothing.
    FaultPlan next = *this;
    *resetLedger = false;
    if (control.value(QStringLiteral("reset")).toBool()) {
        next.m_current = m_startup;
        next.m_failNext = next.m_hangNext = 0;
        next.m_failStatus = 503;
        next.m_hangAfterWork = true;
        next.m_only.clear();
        *resetLedger = true;
    }
    if (control.contains(QStringLiteral("fail_next")) &&
        !readCount(control.value(QStringLiteral("fail_next")), &next.m_failNext, 1000000))
        return QStringLiteral("fail_next must be a count");
    if (control.contains(QStringLiteral("fail_status"))) {
        if (!readCount(control.value(QStringLiteral("fail_status")), &next.m_failStatus, 599) ||
            next.m_failStatus < 400)
            return QStringLiteral("fail_status must be an HTTP status from 400 to 599");
    }
    if (control.contains(QStringLiteral("hang_next")) &&
        !readCount(control.value(QStringLiteral("hang_next")), &next.m_hangNext, 1000000))
        return QStringLiteral("hang_next must be a count");
    if (control.contains(QStringLiteral("hang_after_work"))) {
        if (!control.value(QStringLiteral("hang_after_work")).isBool())
            return QStringLiteral("hang_after_work must be true or false");
        next.m_hangAfterWork = control.value(QStringLiteral("hang_after_work")).toBool();
    }
    if (control.contains(QStringLiteral("latency_ms")) &&
        !readCount(control.value(QStringLiteral("latency_ms")), &next.m_current.latencyMs, 600000))
        return QStringLiteral("latency_ms must be from 0 to 600000");
    if (control.contains(QStringLiteral("decline_rate")) &&
        !readRate(control.value(QStringLiteral("decline_rate")), &next.m_current.declineRate))
        return QStringLiteral("decline_rate must be from 0 to 1");
    if (control.contains(QStringLiteral("error_rate")) &&
        !readRate(control.value(QStringLiteral("error_rate")), &next.m_current.errorRate))
        return QStringLiteral("error_rate must be from 0 to 1");
    if (control.contains(QStringLiteral("timeout_rate")) &&
        !readRate(control.value(QStringLiteral("timeout_rate")), &next.m_current.timeoutRate))
        return QStringLiteral("timeout_rate must be from 0 to 1");
    if (control.contains(QStringLiteral("only"))) {
        static const QStringList operations{QStringLiteral("tokens"),  QStringLiteral("authorize"),
                                            QStringLiteral("capture"), QStringLiteral("void"),
                                            QStringLiteral("refund"),  QStringLiteral("lookup")};
        const QString only = control.value(QStringLiteral("only")).toString();
        if (!only.isEmpty() && !operations.contains(only))
            return QStringLiteral("only must be one of %1").arg(operations.join(QStringLiteral(", ")));
        next.m_only = only;
    }
    *this = next;
    return {};
}

QJsonObject FaultPlan::describe() const
{
    return QJsonObject{
        {QStringLiteral("fail_next"), m_failNext},
        {QStringLiteral("fail_status"), m_failStatus},
        {QStringLiteral("hang_next"), m_hangNext},
        {QStringLiteral("hang_after_work"), m_hangAfterWork},
        {QStringLiteral("only"), m_only},
        {QStringLiteral("latency_ms"), m_current.latencyMs},
        {QStringLiteral("latency_max_ms"), m_current.latencyMaxMs},
        {QStringLiteral("decline_rate"), m_current.declineRate},
        {QStringLiteral("error_rate"), m_current.errorRate},
        {QStringLiteral("timeout_rate"), m_current.timeoutRate},
    };
}

} // namespace BoxOffice::PaySim
