#pragma once

#include <QCommandLineOption>
#include <QList>

class QCommandLineParser;
class QSettings;

namespace BoxOffice::Server {

struct ServerSettings;

/** The flags of the admission and abuse limits (docs/security.md, "Limits"). */
QList<QCommandLineOption> limitOptions();
/** Reads them (flags win over the INI file); false after printing an error. */
bool readLimitSettings(const QCommandLineParser &parser, QSettings *ini, ServerSettings &s);

} // namespace BoxOffice::Server
