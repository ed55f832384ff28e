#include "net/errortext.h"

namespace BoxOffice::Ui {

using Shared::ErrorCode;

QString ErrorText::describe(ErrorCode code)
{
    switch (int(code)) {
    case -1:
        return tr("The server did not answer in time.");
    case -2:
        return tr("Not connected to the server.");
    default:
        break;
    }

    switch (code) {
    case ErrorCode::None:
        return QString();
    case ErrorCode::MalformedFrame:
        return tr("The server could not read a message from this client.");
    case ErrorCode::UnknownType:
        return tr("The server does not know this request.");
    case ErrorCode::BadField:
        return tr("The request contained an invalid value.");
    case ErrorCode::FrameTooLarge:
        return tr("The request was too large.");
    case ErrorCode::VersionMismatch:
        return tr("Client and server versions do not match.");
    case ErrorCode::HelloRequired:
        return tr("The session with the server was not set up.");
    case ErrorCode::UnknownEvent:
        return tr("This event does not exist.");
    case ErrorCode::SeatOutOfRange:
        return tr("A seat does not exist in this venue.");
    case ErrorCode::DuplicateSeat:
        return tr("A seat was selected twice.");
    case ErrorCode::TooManySeats:
        return tr("Too many seats for one order.");
    case ErrorCode::SeatUnavailable:
        return tr("A selected seat is no longer available.");
    case ErrorCode::UnknownHold:
        return tr("The reservation no longer exists.");
    case ErrorCode::HoldExpired:
        return tr("The reservation has expired.");
    case ErrorCode::NotOwner:
        return tr("The reservation belongs to another counter.");
    case ErrorCode::ExtendLimit:
        return tr("The reservation cannot be extended any further.");
    case ErrorCode::NotOnSale:
        return tr("This event is not on sale now.");
    case ErrorCode::NoSeats:
        return tr("No seats were selected.");
    case ErrorCode::ServerBusy:
        return tr("The server is busy. Please try again in a moment.");
    case ErrorCode::Internal:
        return tr("The server failed to process the request. Nothing was changed.");
    case ErrorCode::NotSignedIn:
        return tr("You are not signed in.");
    case ErrorCode::PermissionDenied:
        return tr("Your role does not allow this.");
    case ErrorCode::SignInFailed:
        return tr("Sign-in failed. Check the user name and password; after repeated "
                  "failures each further attempt has to wait a little longer.");
    case ErrorCode::RateLimited:
        return tr("Too many attempts in a short time. Please wait a moment and try again.");
    case ErrorCode::SessionExpired:
        return tr("Your session has ended. Please sign in again.");
    case ErrorCode::UnknownUser:
        return tr("There is no user with this name.");
    case ErrorCode::UserExists:
        return tr("A user with this name already exists.");
    case ErrorCode::WeakPassword:
        return tr("The password is too short: use at least 12 characters.");
    case ErrorCode::UnknownOrder:
        return tr("There is no such order.");
    case ErrorCode::OrderState:
        return tr("The order cannot do that in its present state.");
    case ErrorCode::PaymentDeclined:
        return tr("The payment was declined.");
    case ErrorCode::PaymentUnavailable:
        return tr("The payment service is not available; nothing was charged.");
    case ErrorCode::InsufficientTender:
        return tr("The amount tendered is less than the total.");
    case ErrorCode::NoOpenShift:
        return tr("Open a shift first.");
    case ErrorCode::ReasonRequired:
        return tr("A reason is required.");
    case ErrorCode::TicketInvalid:
        return tr("Not a valid ticket: forged or damaged code.");
    case ErrorCode::TicketAlreadyAdmitted:
        return tr("This ticket has already been admitted.");
    case ErrorCode::TicketVoid:
        return tr("This ticket was refunded or exchanged.");
    case ErrorCode::UnknownTicket:
        return tr("This ticket is not known here.");
    case ErrorCode::ShiftOpen:
        return tr("You already have an open shift: close it first.");
    case ErrorCode::HoldLimit:
        return tr("This session holds as many seats of this event as it may: sell or release some first.");
    case ErrorCode::MessageRetired:
        return tr("The server no longer supports this request: update the application.");
    case ErrorCode::AdmissionRequired:
        return tr("This event has a waiting room: join the queue first.");
    case ErrorCode::QueueTicketInvalid:
        return tr("This queue ticket or admission is not valid here.");
    case ErrorCode::QueueNotYet:
        return tr("It is not your turn yet: please keep waiting.");
    case ErrorCode::AdmissionExpired:
        return tr("Your shopping time has ended.");
    case ErrorCode::UnknownVenue:
        return tr("There is no such venue.");
    case ErrorCode::DraftConflict:
        return tr("Someone else saved this venue's draft in the meantime; nothing was saved.");
    case ErrorCode::LayoutInvalid:
        return tr("The layout has problems to solve before it can be published.");
    case ErrorCode::LayoutMalformed:
        return tr("The layout document could not be read.");
    case ErrorCode::UnknownLayoutVersion:
        return tr("There is no such version of this venue's layout.");
    case ErrorCode::EventLayoutBusy:
        return tr("The event has held, sold or blocked seats, or orders; it keeps its layout.");
    case ErrorCode::LayoutNotNewer:
        return tr("An event can only move to a newer layout version.");
    case ErrorCode::StandingNotSellable:
        return tr("That layout version has standing areas, which events cannot sell yet; the event keeps its "
                  "layout.");
    }
    return tr("Unknown error (code %1).").arg(int(code));
}

} // namespace BoxOffice::Ui
