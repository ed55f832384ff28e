#pragma once

#include "protocol/errors.h"

#include <QCoreApplication>
#include <QString>

namespace BoxOffice::Ui {

/**
 * Turns protocol error codes (and the client's own negative codes) into translated text.
 * The server's human message is for logs; users read these.
 */
class ErrorText final
{
    Q_DECLARE_TR_FUNCTIONS(BoxOffice::Ui::ErrorText)

public:
    static QString describe(Shared::ErrorCode code);
};

} // namespace BoxOffice::Ui
