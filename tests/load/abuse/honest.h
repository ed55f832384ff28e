#pragma once

// The honest clients of boxoffice-abusebench, each on a thread of its own from 127.0.0.1:
// a buyer (Ping every 100 ms, Hold + Release every 2.5 s) and a clerk (CheckIn of a ticket
// it sold, every 500 ms, and a fresh password sign-in every 7 s). Every latency is filed
// under the attack running when the request was sent.

#include <QString>

#include <atomic>
#include <mutex>
#include <vector>

namespace BoxOffice::Load {

struct Samples
{
    std::vector<double> buyer;   // Hold, Release and Ping round trips, ms
    std::vector<double> checkIn; // ms
    std::vector<double> signIn;  // ms
    int failures = 0;            // requests without a reply in 10 s, or refused unexpectedly
};

struct HonestShared
{
    quint16 port = 0;
    QString clerk;
    QString clerkPassword;
    std::atomic<int> attack{0}; // index into samples; 0: before the first attack
    std::atomic<bool> stop{false};
    std::atomic<bool> clerkReady{false};
    std::mutex mutex;
    std::vector<Samples> samples; // one per attack, plus [0]

    void record(int which, double ms); // 0 buyer, 1 check-in, 2 sign-in
    void failed();
};

/** Runs until shared.stop; call on a thread of its own. */
void runHonestBuyer(HonestShared &shared);
void runHonestClerk(HonestShared &shared);

double percentile(std::vector<double> v, double p);

} // namespace BoxOffice::Load
