#pragma once

#include "loadoptions.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace BoxOffice::Load {

/** Parses `boxoffice-loadgen <holds|fanout> [options]`; --help documents every option. */
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    /**
     * Parses the application's arguments. Handles --help and --version itself (they exit).
     * Returns nullopt after printing the reason to stderr when the arguments are unusable.
     */
    static std::optional<LoadOptions> parse(const QCoreApplication &app);
};

} // namespace BoxOffice::Load
