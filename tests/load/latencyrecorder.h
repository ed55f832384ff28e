#pragma once

#include <QtGlobal>

#include <vector>

namespace BoxOffice::Load {

/** Latency samples in nanoseconds of one monotonic clock; percentiles by nearest rank. */
class LatencyRecorder final
{
public:
    void reserve(qsizetype samples) { m_samples.reserve(std::size_t(samples)); }
    void add(qint64 nanoseconds)
    {
        m_samples.push_back(nanoseconds);
        m_sorted = false;
    }
    void append(const std::vector<qint64> &samples);

    qsizetype count() const { return qsizetype(m_samples.size()); }
    /** p in [0, 100]; 0 when there are no samples. */
    double percentileMs(double p);
    double maxMs();

private:
    void sort();

    std::vector<qint64> m_samples;
    bool m_sorted = true;
};

} // namespace BoxOffice::Load
