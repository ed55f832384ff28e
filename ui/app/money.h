#pragma once

#include <QLocale>
#include <QString>

#include <optional>

namespace BoxOffice::Ui {

/**
 * An amount in integer minor units as the user reads it: "€89.00" in English, "89,00 €" in
 * German. Every currency the product sells in has two decimals (EUR, USD, GBP, CHF…).
 */
QString formatMoney(qint64 minor, const QString &currency, const QLocale &locale = QLocale());

/**
 * An amount typed by a clerk, in minor units: "50", "50.5", "50.50", "1,234.50" (English) or
 * "50,50" (German); the currency symbol and spaces are ignored. Exact (never through a
 * double); nullopt for anything else, a negative amount or more than two decimals.
 */
std::optional<qint64> parseMoney(const QString &text, const QLocale &locale = QLocale());

/** The symbol for an ISO 4217 code ("EUR" → "€"), or the code itself. */
QString currencySymbol(const QString &currency);

} // namespace BoxOffice::Ui
