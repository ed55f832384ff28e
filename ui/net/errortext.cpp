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
    }
    return tr("Unknown error (code %1).").arg(int(code));
}

} // namespace BoxOffice::Ui
