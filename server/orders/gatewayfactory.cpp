#include "orders/gatewayfactory.h"

#include "payments/paymentgateway.h"

#include <QLoggingCategory>

// server/CMakeLists.txt defines this when payments/cardgateway.cpp is part of the library.
#ifdef BOXOFFICE_HAVE_CARDGATEWAY
#include "payments/cardgateway.h"
#endif

namespace BoxOffice::Server {

Q_LOGGING_CATEGORY(lcGatewayFactory, "boxoffice.server.orders.gateway")

PaymentGateway *createCardGateway(const QUrl &url, int timeoutMs, QObject *parent)
{
    if (url.isEmpty())
        return nullptr;
#ifdef BOXOFFICE_HAVE_CARDGATEWAY
    auto *gateway = new CardGateway(url, parent);
    gateway->setTimeout(timeoutMs);
    return gateway;
#else
    Q_UNUSED(parent);
    Q_UNUSED(timeoutMs);
    qCWarning(lcGatewayFactory) << "this build has no card gateway; card payments are refused";
    return nullptr;
#endif
}

} // namespace BoxOffice::Server
