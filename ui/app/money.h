#pragma once

#include <QLocale>
#include <QString>

namespace BoxOffice::Ui {

/**
 * An amount in integer minor units as the user reads it: "€89.00" in English, "89,00 €" in
 * German. Every currency the product sells in has two decimals (EUR, USD, GBP, CHF…).
 */
QString formatMoney(qint64 minor, const QString &currency, const QLocale &locale = QLocale());

/** The symbol for an ISO 4217 code ("EUR" → "€"), or the code itself. */
QString currencySymbol(const QString &currency);

} // namespace BoxOffice::Ui
