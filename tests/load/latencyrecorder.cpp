#include "latencyrecorder.h"

#include <algorithm>
#include <cmath>

namespace BoxOffice::Load {

void LatencyRecorder::append(const std::vector<qint64> &samples)
{
    m_samples.insert(m_samples.end(), samples.begin(), samples.end());
    m_sorted = false;
}

double LatencyRecorder::percentileMs(double p)
{
    if (m_samples.empty())
        return 0.0;
    sort();
    // Nearest rank: the smallest sample with at least p% of the samples at or below it.
    const double rank = std::ceil(p / 100.0 * double(m_samples.size()));
    const std::size_t index = std::size_t(std::clamp(rank, 1.0, double(m_samples.size()))) - 1;
    return double(m_samples[index]) / 1e6;
}

double LatencyRecorder::maxMs()
{
    if (m_samples.empty())
        return 0.0;
    sort();
    return double(m_samples.back()) / 1e6;
}

void LatencyRecorder::sort()
{
    if (!m_sorted)
        std::sort(m_samples.begin(), m_samples.end());
    m_sorted = true;
}

} // namespace BoxOffice::Load
