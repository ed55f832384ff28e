// Writes the demo concert hall (concerthall.h) as a layout document in JSON:
//   build/bin/make_concerthall resources/demo/concert-hall.json
#include "concerthall.h"
#include "layout/layoutcodec.h"
#include "layout/layoutvalidator.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 2 || args.at(1).startsWith(QLatin1Char('-'))) {
        std::fprintf(stderr, "Usage: make_concerthall FILE.json\n"
                             "Writes issue 11's demo concert hall as a layout document.\n");
        return 2;
    }
    const BoxOffice::Shared::LayoutDocument doc = BoxOffice::Tests::concertHall();
    const auto validation = BoxOffice::Shared::validateLayout(doc);
    if (!validation.ok()) {
        std::fprintf(stderr, "the concert hall is not valid: %s\n",
                     qPrintable(validation.problems.first().message));
        return 1;
    }
    QSaveFile file(args.at(1));
    if (!file.open(QIODevice::WriteOnly) || file.write(BoxOffice::Shared::encodeLayoutJson(doc)) < 0 ||
        !file.commit()) {
        std::fprintf(stderr, "cannot write %s: %s\n", qPrintable(args.at(1)), qPrintable(file.errorString()));
        return 1;
    }
    std::printf("%s: %lld seats, %lld places\n", qPrintable(args.at(1)), qlonglong(doc.seats.size()),
                qlonglong(doc.placeCount()));
    return 0;
}
