#pragma once

#include "auth/session.h"
#include "protocol/messages.h"

namespace BoxOffice::Server {

/**
 * Who may send each message type: the one table is in permissions.cpp. The dispatcher asks
 * it before any handler runs; the table-driven test tests/server/tst_permissions walks it.
 */
struct Permission
{
    bool isPublic = false;   // no session needed (Hello, Ping, SignIn, BuyerSession)
    bool anySession = false; // every session kind and role (SignOut)
    bool buyer = false;      // buyer sessions
    quint8 roles = 0;        // staff sessions holding any of these roles
};

namespace Permissions {
Permission of(Shared::MessageType type);
bool allows(const Session &session, Shared::MessageType type);
} // namespace Permissions

} // namespace BoxOffice::Server
