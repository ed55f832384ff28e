#include "app/commandline.h"

#include "app/settings.h"
#include "mainwindow/connectdialog.h"

#include <QCommandLineParser>

namespace BoxOffice::Ui {

QString CommandLine::preScanLanguage(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if ((arg == QStringLiteral("--lang") || arg == QStringLiteral("-lang"))
            && i + 1 < arguments.size())
            return arguments.at(i + 1);
        for (const QString &prefix : {QStringLiteral("--lang="), QStringLiteral("-lang=")}) {
            if (arg.startsWith(prefix))
                return arg.mid(prefix.size());
        }
    }
    return {};
}

CommandLine::Options CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("BoxOffice desktop client: sell tickets at the counter on live seat maps."));
    parser.addHelpOption();
    parser.addVersionOption();

    const QCommandLineOption serverOption(
        QStringLiteral("server"),
        tr("Server address, for example ws://127.0.0.1:8080 (default; the environment "
           "variable BOXOFFICE_SERVER also sets it)."),
        tr("url"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        tr("Connect, wait until the event list is loaded (at most 10 s), save a picture of "
           "the main window to <file> (PNG) and exit. Exits with an error if the server "
           "could not be reached."),
        tr("file"));
    const QCommandLineOption languageOption(
        QStringLiteral("lang"),
        tr("User interface language, for example de, fr or es (default: the system "
           "language)."),
        tr("code"));
    parser.addOption(serverOption);
    parser.addOption(screenshotOption);
    parser.addOption(languageOption);

    parser.process(arguments); // exits on --help, --version and unknown options

    Options options;
    options.screenshotFile = parser.value(screenshotOption);
    options.language = parser.value(languageOption);

    QString serverText = parser.value(serverOption);
    if (serverText.isEmpty())
        serverText = qEnvironmentVariable("BOXOFFICE_SERVER");
    if (serverText.isEmpty()) {
        options.server = Settings::defaultServerUrl();
    } else {
        options.server = ConnectDialog::parseServerUrl(serverText);
        if (!options.server.isValid())
            options.error = tr("Invalid server address \"%1\": expected ws://host:port or "
                               "wss://host:port.")
                                .arg(serverText);
    }
    if (parser.isSet(screenshotOption) && options.screenshotFile.isEmpty())
        options.error = tr("--screenshot needs a file name.");
    return options;
}

} // namespace BoxOffice::Ui
