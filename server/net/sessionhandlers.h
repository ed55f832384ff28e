#pragma once

#include <QString>

namespace BoxOffice::Server {

class Dispatcher;

/** Hello and Ping: the connection-level messages. */
void registerSessionHandlers(Dispatcher &dispatcher, const QString &nodeName);

} // namespace BoxOffice::Server
