#pragma once

#include <QLatin1StringView>

namespace BoxOffice::Shared {

/** Protocol version exchanged on Hello; a mismatch is refused. */
constexpr int ProtocolVersion = 1;

/**
 * Every message type of the protocol, listed once (append only: never renumber or remove).
 * Requests and their replies share the type; Snapshot and Delta are pushed by the server.
 * A retired type stays listed (its number is never reused) and isRetiredMessageType() names
 * it: the server answers it with MessageRetired. Confirm (9) is retired since issue 10:
 * seats are sold through CreateOrder and PayOrder only. QueueStatus and QueuePosition are
 * pushes of the waiting room (docs/waiting-room.md). 40–46 are the venue designer's (issue 11);
 * LayoutChanged (47) is pushed to an event's watchers when the event moved to another layout
 * version (a Snapshot of the new seats follows).
 */
#define BOXOFFICE_MESSAGES(X)                                                                                \
    X(Hello, 1)                                                                                              \
    X(Ping, 2)                                                                                               \
    X(ListEvents, 3)                                                                                         \
    X(Subscribe, 4)                                                                                          \
    X(Unsubscribe, 5)                                                                                        \
    X(Hold, 6)                                                                                               \
    X(Release, 7)                                                                                            \
    X(Extend, 8)                                                                                             \
    X(Confirm, 9)                                                                                            \
    X(Snapshot, 10)                                                                                          \
    X(Delta, 11)                                                                                             \
    X(SignIn, 12)                                                                                            \
    X(SignOut, 13)                                                                                           \
    X(BuyerSession, 14)                                                                                      \
    X(ListUsers, 15)                                                                                         \
    X(CreateUser, 16)                                                                                        \
    X(UpdateUser, 17)                                                                                        \
    X(ResetPassword, 18)                                                                                     \
    X(ListSessions, 19)                                                                                      \
    X(RevokeSession, 20)                                                                                     \
    X(QueryAudit, 21)                                                                                        \
    X(GetLayout, 22)                                                                                         \
    X(BestAvailable, 23)                                                                                     \
    X(CheckIn, 28)                                                                                           \
    X(TicketKey, 29)                                                                                         \
    X(CreateOrder, 24)                                                                                       \
    X(PayOrder, 25)                                                                                          \
    X(CancelOrder, 26)                                                                                       \
    X(GetOrder, 27)                                                                                          \
    X(FindOrders, 30)                                                                                        \
    X(RefundOrder, 31)                                                                                       \
    X(ExchangeTicket, 32)                                                                                    \
    X(OpenShift, 33)                                                                                         \
    X(CloseShift, 34)                                                                                        \
    X(GetShift, 35)                                                                                          \
    X(QueueJoin, 36)                                                                                         \
    X(QueueAdmit, 37)                                                                                        \
    X(QueueStatus, 38)                                                                                       \
    X(QueuePosition, 39)                                                                                     \
    X(QueueLeave, 50)                                                                                        \
    X(ListVenues, 40)                                                                                        \
    X(GetDraft, 41)                                                                                          \
    X(GetLayoutVersion, 42)                                                                                  \
    X(SaveDraft, 43)                                                                                         \
    X(PublishDraft, 44)                                                                                      \
    X(CreateVenue, 45)                                                                                       \
    X(MoveEventLayout, 46)                                                                                   \
    X(LayoutChanged, 47)

enum class MessageType : int {
    Invalid = 0,
#define BOXOFFICE_ENUM_ENTRY(name, value) name = value,
    BOXOFFICE_MESSAGES(BOXOFFICE_ENUM_ENTRY)
#undef BOXOFFICE_ENUM_ENTRY
};

/** The wire name of a type ("hold"), or an empty view for unknown values. */
QLatin1StringView messageTypeName(MessageType type);

/** True for the values listed in BOXOFFICE_MESSAGES. */
bool isKnownMessageType(qint64 value);

/** True for types that a client may send (everything but the server's pushes). */
bool isClientRequest(MessageType type);

/** True for retired types (still decoded, never served): Confirm. */
bool isRetiredMessageType(MessageType type);

} // namespace BoxOffice::Shared
