// SPDX-License-Identifier: GPL-3.0-or-later
#include "explorer/properties_run.hpp"

#include <algorithm>
#include <chrono>
#include <limits>
#include <stdexcept>

namespace actlab::explorer {

double measureNanosecondsPerElement(const actlab::Activation& activation, std::span<const double> params) {
    constexpr std::size_t kPoints = 4096;
    constexpr int kRounds = 5;
    constexpr auto kMinRound = std::chrono::milliseconds(1);
    std::vector<double> x(kPoints), f(kPoints), df(kPoints);
    for (std::size_t i = 0; i < kPoints; ++i)
        x[i] = -8.0 + 16.0 * static_cast<double>(i) / static_cast<double>(kPoints - 1);
    using Clock = std::chrono::steady_clock;
    double best = std::numeric_limits<double>::infinity();
    for (int round = 0; round < kRounds; ++round) {
        std::size_t elements = 0;
        const Clock::time_point start = Clock::now();
        Clock::duration elapsed{};
        do {
            activation.evaluate(params, x, f, df);
            elements += kPoints;
            elapsed = Clock::now() - start;
        } while (elapsed < kMinRound);
        const double ns = std::chrono::duration<double, std::nano>(elapsed).count();
        best = std::min(best, ns / static_cast<double>(elements));
    }
    return best;
}

PropertiesRun::PropertiesRun(std::vector<Input> inputs, QObject* parent)
    : PropertiesRun(std::move(inputs), std::make_shared<std::vector<Output>>(), parent) {}

PropertiesRun::PropertiesRun(std::vector<Input> inputs, std::shared_ptr<std::vector<Output>> outputs,
                             QObject* parent)
    : BackgroundJob(
          [inputs, outputs](Control& control) {
              std::size_t steps = 0, done = 0;
              for (const Input& in : inputs)
                  steps += static_cast<std::size_t>(in.properties) + static_cast<std::size_t>(in.cost);
              const auto step = [&] {
                  control.report(static_cast<double>(++done) /
                                 static_cast<double>(std::max<std::size_t>(steps, 1)));
              };
              outputs->resize(inputs.size());
              // properties first (the table fills), then the costs
              for (std::size_t i = 0; i < inputs.size() && !control.cancelled(); ++i) {
                  if (!inputs[i].properties) continue;
                  try {
                      (*outputs)[i].properties =
                          actlab::analysis::computeProperties(*inputs[i].activation, inputs[i].params);
                  } catch (const std::invalid_argument&) {
                      // parameters the core refuses: an empty row
                  }
                  step();
              }
              for (std::size_t i = 0; i < inputs.size() && !control.cancelled(); ++i) {
                  if (!inputs[i].cost) continue;
                  (*outputs)[i].nanoseconds =
                      measureNanosecondsPerElement(*inputs[i].activation, inputs[i].activation->defaults());
                  step();
              }
          },
          parent),
      m_inputs(std::move(inputs)), m_outputs(std::move(outputs)) {}

} // namespace actlab::explorer
