// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// The properties table's computing in a worker thread: actlab::analysis::computeProperties for each
/// function at its parameters (tens of milliseconds each, a second or two for the catalogue), then the
/// measured cost of those not measured yet; cancel() stops it after the function it is in.
#include <actlab/analysis/properties.hpp>

#include "explorer/background_job.hpp"

#include <memory>
#include <optional>
#include <span>
#include <vector>

namespace actlab::explorer {

/// Nanoseconds per element of f and f′ together over a span of 4096 points spread over [−8, 8], the best
/// of five timed rounds of at least a millisecond each, on this machine.
double measureNanosecondsPerElement(const actlab::Activation& activation, std::span<const double> params);

class PropertiesRun : public BackgroundJob {
    Q_OBJECT
  public:
    struct Input {
        const actlab::Activation* activation;
        std::vector<double> params;
        bool properties; ///< compute the properties
        bool cost;       ///< measure the cost (at the defaults: it hardly depends on the parameters)
    };
    struct Output {
        std::optional<actlab::analysis::ComputedProperties> properties; ///< empty if not asked or refused
        std::optional<double> nanoseconds;                              ///< empty if not asked
    };

    explicit PropertiesRun(std::vector<Input> inputs, QObject* parent = nullptr);
    const std::vector<Input>& inputs() const { return m_inputs; }
    /// One output per input, in order; complete once finished() has been emitted.
    const std::vector<Output>& outputs() const { return *m_outputs; }

  private:
    PropertiesRun(std::vector<Input> inputs, std::shared_ptr<std::vector<Output>> outputs, QObject* parent);
    std::vector<Input> m_inputs;
    std::shared_ptr<std::vector<Output>> m_outputs;
};

} // namespace actlab::explorer
