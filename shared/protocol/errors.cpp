#include "protocol/errors.h"

namespace BoxOffice::Shared {

QLatin1StringView errorCodeName(ErrorCode code)
{
    switch (code) {
#define BOXOFFICE_ERROR_NAME(name, value)                                                                    \
    case ErrorCode::name:                                                                                    \
        return QLatin1StringView(#name);
        BOXOFFICE_ERRORS(BOXOFFICE_ERROR_NAME)
#undef BOXOFFICE_ERROR_NAME
    case ErrorCode::None:
        return QLatin1StringView("None");
    }
    return QLatin1StringView("Unknown");
}

} // namespace BoxOffice::Shared
