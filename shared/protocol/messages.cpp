#include "protocol/messages.h"

namespace BoxOffice::Shared {

QLatin1StringView messageTypeName(MessageType type)
{
    switch (type) {
#define BOXOFFICE_NAME_ENTRY(name, value)                                                                    \
    case MessageType::name:                                                                                  \
        return QLatin1StringView(#name);
        BOXOFFICE_MESSAGES(BOXOFFICE_NAME_ENTRY)
#undef BOXOFFICE_NAME_ENTRY
    case MessageType::Invalid:
        break;
    }
    return {};
}

bool isKnownMessageType(qint64 value)
{
    switch (value) {
#define BOXOFFICE_CASE_ENTRY(name, value)                                                                    \
    case value:                                                                                              \
        return true;
        BOXOFFICE_MESSAGES(BOXOFFICE_CASE_ENTRY)
#undef BOXOFFICE_CASE_ENTRY
    default:
        return false;
    }
}

bool isClientRequest(MessageType type)
{
    return isKnownMessageType(qint64(type)) && type != MessageType::Snapshot && type != MessageType::Delta &&
           type != MessageType::QueueStatus && type != MessageType::QueuePosition &&
           type != MessageType::LayoutChanged;
}

bool isRetiredMessageType(MessageType type)
{
    return type == MessageType::Confirm;
}

} // namespace BoxOffice::Shared
