#include "CliCommand.h"

namespace Satchel::Cli {

std::vector<CliCommand::Factory> &CliCommand::registry()
{
    static std::vector<Factory> s_factories;
    return s_factories;
}

} // namespace Satchel::Cli
