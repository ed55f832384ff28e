#pragma once

// The attacks of issue 18's table, at bench size: each bounded in count and time, from
// loopback addresses of its own (127.0.0.10 and up; the honest clients are 127.0.0.1).

#include <QString>

#include <functional>
#include <vector>

class QSqlDatabase;

namespace BoxOffice::Load {

struct AttackTarget
{
    quint16 port = 0;
    quint16 httpPort = 0;
    QString clerk; // a staff name the attacker guesses passwords for (attack 8)
};

struct Attack
{
    QString name;
    std::function<void(const AttackTarget &)> run;
};

/** Attacks 1 to 9, in the order of the table. */
std::vector<Attack> allAttacks();

} // namespace BoxOffice::Load
