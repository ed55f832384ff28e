#include "commandline.h"
#include "fanoutscenario.h"
#include "holdsscenario.h"

#include "net/epolleventdispatcher.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>
#include <cstring>
#include <memory>

#include <sys/resource.h>

using namespace BoxOffice::Load;

namespace {

// Thousands of sockets need thousands of descriptors; the soft limit is often 1024.
void raiseFileLimit()
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return;
    if (limit.rlim_cur == limit.rlim_max)
        return;
    limit.rlim_cur = limit.rlim_max;
    if (setrlimit(RLIMIT_NOFILE, &limit) != 0)
        std::fprintf(stderr, "boxoffice-loadgen: cannot raise the open file limit: %s\n",
                     std::strerror(errno));
}

} // namespace

int main(int argc, char *argv[])
{
    raiseFileLimit();
    // Thousands of sockets: epoll, not Qt's poll-everything dispatcher
    // (BOXOFFICE_EVENT_DISPATCHER=qt keeps Qt's).
    BoxOffice::Shared::installEventDispatcher();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("boxoffice-loadgen"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));

    const std::optional<LoadOptions> options = CommandLine::parse(app);
    if (!options)
        return 2;

    std::unique_ptr<Scenario> scenario;
    if (options->mode == LoadOptions::Mode::Holds)
        scenario = std::make_unique<HoldsScenario>(*options);
    else
        scenario = std::make_unique<FanoutScenario>(*options);

    QObject::connect(scenario.get(), &Scenario::finished, &app,
                     [](int exitCode) { QCoreApplication::exit(exitCode); });
    QTimer hardTimeout;
    hardTimeout.setSingleShot(true);
    QObject::connect(&hardTimeout, &QTimer::timeout, scenario.get(), [&scenario] {
        scenario->abortRun();
        // If even the report and the bounded close hang, leave anyway.
        QTimer::singleShot(5000, qApp, [] { QCoreApplication::exit(Scenario::ExitTimeout); });
    });
    hardTimeout.start(options->timeoutSeconds * 1000);

    QTimer::singleShot(0, scenario.get(), [&scenario] { scenario->start(); });
    return app.exec();
}
