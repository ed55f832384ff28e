#pragma once

#include <QJsonObject>
#include <QRandomGenerator>
#include <QString>

namespace BoxOffice::PaySim {

/**
 * Which requests the simulated gateway fails, delays or leaves unanswered: random rates from
 * the command line, and deterministic "the next n requests" set by tests through
 * POST /v1/control. Control and stats requests are never subject to faults.
 */
class FaultPlan final
{
public:
    struct Settings
    {
        double declineRate = 0;
        double errorRate = 0;
        double timeoutRate = 0;
        int latencyMs = 0;
        int latencyMaxMs = 0; // above latencyMs: each answer's delay drawn from [latencyMs, latencyMaxMs]
    };

    enum class Action {
        Proceed,
        Fail,          // answer failStatus before doing anything
        HangBefore,    // never answer, do nothing
        HangAfterWork, // do the work, never answer
    };
    struct Decision
    {
        Action action = Action::Proceed;
        int failStatus = 503;
    };

    FaultPlan(const Settings &startup, quint32 seed);

    /** operation: "tokens", "authorize", "capture", "void", "refund" or "lookup". */
    Decision next(const QString &operation);
    bool rollDecline();
    /** The delay of the next answer: latencyMs, or uniform in [latencyMs, latencyMaxMs]. */
    int latencyMs();

    /** Applies a POST /v1/control body; returns an error message or an empty string. */
    QString apply(const QJsonObject &control, bool *resetLedger);
    QJsonObject describe() const;

private:
    bool roll(double rate);

    Settings m_startup;
    Settings m_current;
    QRandomGenerator m_random;
    int m_failNext = 0;
    int m_failStatus = 503;
    int m_hangNext = 0;
    bool m_hangAfterWork = true;
    QString m_only; // restrict fail_next/hang_next to one operation; empty: any
};

} // namespace BoxOffice::PaySim
