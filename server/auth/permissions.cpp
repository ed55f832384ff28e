#include "auth/permissions.h"

namespace BoxOffice::Server {

using Shared::MessageType;

quint8 roleBit(const QString &name)
{
    if (name == QLatin1String("clerk"))
        return Role::Clerk;
    if (name == QLatin1String("organizer"))
        return Role::Organizer;
    if (name == QLatin1String("fraud_analyst"))
        return Role::FraudAnalyst;
    if (name == QLatin1String("admin"))
        return Role::Admin;
    return 0;
}

bool validRoles(const QStringList &names)
{
    quint8 seen = 0;
    for (const QString &n : names) {
        const quint8 bit = roleBit(n);
        if (!bit || (seen & bit))
            return false;
        seen |= bit;
    }
    return true;
}

Permission Permissions::of(MessageType type)
{
    constexpr quint8 Everyone = Role::Clerk | Role::Organizer | Role::FraudAnalyst | Role::Admin;
    constexpr Permission Public{true, false, false, 0};
    constexpr Permission AnySession{false, true, false, 0};
    constexpr Permission Watch{false, false, true, Everyone};   // list and watch seat maps
    constexpr Permission Sell{false, false, true, Role::Clerk}; // hold and buy
    constexpr Permission AdminOnly{false, false, false, Role::Admin};
    // Read any order (GetOrder): the counter, the fraud queue and admins.
    constexpr Permission OrderDesk{false, false, false, Role::Clerk | Role::FraudAnalyst | Role::Admin};
    constexpr Permission Door{false, false, false, Role::Clerk | Role::Admin}; // check-in at the gates
    constexpr Permission Counter{false, false, false, Role::Clerk};            // staff clerks only (shifts)
    constexpr Permission Nobody{};
    constexpr Permission BuyerOnly{false, false, true, 0}; // the waiting room: clerks are never queued
    constexpr Permission Designer{false, false, false, Role::Organizer | Role::Admin}; // venues (issue 11)

    // THE permission table. No default: a new message type does not compile (-Wswitch)
    // until it is given a row here, and Dispatcher::validate checks every request has one.
    switch (type) {
    case MessageType::Hello:
    case MessageType::Ping:
    case MessageType::SignIn:
    case MessageType::BuyerSession:
        return Public;
    case MessageType::SignOut:
        return AnySession;
    case MessageType::ListEvents:
    case MessageType::Subscribe:
    case MessageType::Unsubscribe:
    case MessageType::GetLayout:
    case MessageType::TicketKey: // a public key: offline scanners verify codes with it
        return Watch;
    case MessageType::CheckIn:
        return Door;
    case MessageType::Hold:
    case MessageType::Release:
    case MessageType::Extend:
    case MessageType::BestAvailable:
    case MessageType::CreateOrder:
    case MessageType::PayOrder: // comp payments also need admin or organizer: OrderHandlers checks
    case MessageType::CancelOrder:
        return Sell;
    case MessageType::GetOrder:
    case MessageType::FindOrders:
        return OrderDesk;
    // Money back and seats swapped at the counter: clerks, and admins for the odd case.
    case MessageType::RefundOrder:
    case MessageType::ExchangeTicket:
        return Door;
    // A shift is a clerk's own cash drawer.
    case MessageType::OpenShift:
    case MessageType::CloseShift:
    case MessageType::GetShift:
        return Counter;
    case MessageType::ListUsers:
    case MessageType::CreateUser:
    case MessageType::UpdateUser:
    case MessageType::ResetPassword:
    case MessageType::ListSessions:
    case MessageType::RevokeSession:
    case MessageType::QueryAudit:
        return AdminOnly;
    case MessageType::QueueJoin:
    case MessageType::QueueAdmit:
    case MessageType::QueueLeave:
        return BuyerOnly;
    case MessageType::ListVenues:
    case MessageType::GetDraft:
    case MessageType::GetLayoutVersion:
    case MessageType::SaveDraft:
    case MessageType::PublishDraft:
    case MessageType::CreateVenue:
    case MessageType::MoveEventLayout:
        return Designer;
    case MessageType::QueueStatus: // pushes of the waiting room
    case MessageType::QueuePosition:
    case MessageType::Snapshot: // pushes: the dispatcher refuses them before asking
    case MessageType::Delta:
    case MessageType::LayoutChanged:
    case MessageType::Confirm: // retired (issue 10): the dispatcher answers MessageRetired
    case MessageType::Invalid:
        return Nobody;
    }
    return Nobody;
}

bool Permissions::allows(const Session &session, MessageType type)
{
    const Permission p = of(type);
    if (p.isPublic || p.anySession)
        return true;
    if (session.kind == SessionKind::Buyer)
        return p.buyer;
    return (session.roleBits & p.roles) != 0;
}

} // namespace BoxOffice::Server
