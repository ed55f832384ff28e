#pragma once

#include <QLatin1StringView>

namespace BoxOffice::Shared {

/**
 * Stable error codes of protocol v1 (append only). The client turns them into translated
 * text; the human message in an error reply is for logs and developers.
 */
#define BOXOFFICE_ERRORS(X)                                                                                  \
    X(MalformedFrame, 1)                                                                                     \
    X(UnknownType, 2)                                                                                        \
    X(BadField, 3)                                                                                           \
    X(FrameTooLarge, 4)                                                                                      \
    X(VersionMismatch, 5)                                                                                    \
    X(HelloRequired, 6)                                                                                      \
    X(UnknownEvent, 10)                                                                                      \
    X(SeatOutOfRange, 11)                                                                                    \
    X(DuplicateSeat, 12)                                                                                     \
    X(TooManySeats, 13)                                                                                      \
    X(SeatUnavailable, 14)                                                                                   \
    X(UnknownHold, 15)                                                                                       \
    X(HoldExpired, 16)                                                                                       \
    X(NotOwner, 17)                                                                                          \
    X(ExtendLimit, 18)                                                                                       \
    X(NotOnSale, 19)                                                                                         \
    X(NoSeats, 20)                                                                                           \
    X(ServerBusy, 30)                                                                                        \
    X(Internal, 31)                                                                                          \
    X(NotSignedIn, 40)                                                                                       \
    X(PermissionDenied, 41)                                                                                  \
    X(SignInFailed, 42)                                                                                      \
    X(RateLimited, 43)                                                                                       \
    X(SessionExpired, 44)                                                                                    \
    X(UnknownUser, 45)                                                                                       \
    X(UserExists, 46)                                                                                        \
    X(WeakPassword, 47)                                                                                      \
    X(TicketInvalid, 57)                                                                                     \
    X(TicketAlreadyAdmitted, 58)                                                                             \
    X(TicketVoid, 59)                                                                                        \
    X(UnknownTicket, 60)                                                                                     \
    X(UnknownOrder, 50)                                                                                      \
    X(OrderState, 51)                                                                                        \
    X(PaymentDeclined, 52)                                                                                   \
    X(PaymentUnavailable, 53)                                                                                \
    X(InsufficientTender, 54)                                                                                \
    X(NoOpenShift, 55)                                                                                       \
    X(ReasonRequired, 56)                                                                                    \
    X(ShiftOpen, 61)                                                                                         \
    X(HoldLimit, 62)                                                                                         \
    X(MessageRetired, 63)                                                                                    \
    X(AdmissionRequired, 67)                                                                                 \
    X(QueueTicketInvalid, 68)                                                                                \
    X(QueueNotYet, 69)                                                                                       \
    X(AdmissionExpired, 70)                                                                                  \
    X(StandingNotSellable, 71)                                                                           \
    X(UnknownVenue, 73)                                                                                      \
    X(DraftConflict, 74)                                                                                     \
    X(LayoutInvalid, 75)                                                                                     \
    X(LayoutMalformed, 76)                                                                                   \
    X(UnknownLayoutVersion, 77)                                                                              \
    X(EventLayoutBusy, 78)                                                                                   \
    X(LayoutNotNewer, 79)

enum class ErrorCode : int {
    None = 0,
#define BOXOFFICE_ERROR_ENTRY(name, value) name = value,
    BOXOFFICE_ERRORS(BOXOFFICE_ERROR_ENTRY)
#undef BOXOFFICE_ERROR_ENTRY
};

/** The stable wire name of a code ("seat_unavailable" style is in docs; this is "SeatUnavailable"). */
QLatin1StringView errorCodeName(ErrorCode code);

} // namespace BoxOffice::Shared
