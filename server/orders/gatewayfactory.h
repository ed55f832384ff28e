#pragma once

#include <QUrl>

class QObject;

namespace BoxOffice::Server {

class PaymentGateway;

/**
 * The card gateway at url (its HTTP API, server/payments/cardgateway.h), or null when url is
 * empty or this build has no CardGateway. Calls time out after timeoutMs per attempt.
 */
PaymentGateway *createCardGateway(const QUrl &url, int timeoutMs, QObject *parent);

} // namespace BoxOffice::Server
