#pragma once

#include <QString>

namespace BoxOffice::Server {

class Dispatcher;

/** Hello and Ping: the connection-level messages. */
void registerSessionHandlers(Dispatcher &dispatcher, const QString &nodeName);

/** A fresh random owner token: 128 bits as 32 hex digits. */
QString newOwnerToken();

} // namespace BoxOffice::Server
