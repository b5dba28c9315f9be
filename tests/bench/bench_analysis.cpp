// SPDX-License-Identifier: GPL-3.0-or-later
/// Speed of actlab::analysis: all five Gaussian statistics of one curve (GaussianExpectation::stats) for
/// every catalogue id at its default parameters and X ~ N(0.3, 1.7²) (the parameters prepared once, as the
/// window does for a curve), the preparation itself, a 30-layer mean-field recursion, and one Monte-Carlo
/// run of a 30 × 256 network on a batch of 64; and training steps of a 2 × 64 network on two moons with
/// `actlab train`'s defaults (200 samples, batch 32, SGD with momentum, He), reported as steps per second
/// (items_per_second; issue 11 asks for 2000 or more), for ReLU, PReLU (α per unit), Maxout and GELU.
///
///   actlab_bench_analysis [google benchmark flags]      (e.g. --benchmark_filter=Stats)
#include <actlab/analysis/gaussian_stats.hpp>
#include <actlab/analysis/mean_field.hpp>
#include <actlab/analysis/monte_carlo.hpp>
#include <actlab/analysis/trainer.hpp>
#include <actlab/catalogue.hpp>

#include <benchmark/benchmark.h>

#include <string>

namespace {

using namespace actlab;
using namespace actlab::analysis;

void statsOf(benchmark::State& state, const Activation* a) {
    const GaussianExpectation ge(*a, a->defaults());
    for (auto _ : state)
        benchmark::DoNotOptimize(ge.stats(0.3, 1.7));
}

void prepare(benchmark::State& state, const Activation* a) {
    const std::vector<double> p = a->defaults();
    for (auto _ : state)
        benchmark::DoNotOptimize(GaussianExpectation(*a, p));
}

void depth(benchmark::State& state, const Activation* a) {
    const GaussianExpectation ge(*a, a->defaults());
    for (auto _ : state)
        benchmark::DoNotOptimize(propagateDepth(ge, {30, 1.5, 0.05, 1.0}));
}

void monteCarlo(benchmark::State& state, const Activation* a) {
    MonteCarloConfig mc;
    mc.layers = 30;
    mc.width = 256;
    mc.batch = 64;
    for (auto _ : state)
        benchmark::DoNotOptimize(runMonteCarlo(*a, a->defaults(), mc));
}

void trainStep(benchmark::State& state, const Activation* a) {
    TrainerConfig c; // 2 × 64, batch 32, SGD with momentum, He: `actlab train`'s defaults
    c.activation = {a, a->defaults()};
    Trainer trainer(c, makeDataset(DatasetConfig{}));
    for (auto _ : state)
        trainer.step();
    benchmark::DoNotOptimize(trainer.batchLoss());
    state.SetItemsProcessed(state.iterations());
}

const int kRegistered = [] {
    for (const Activation& a : catalogue()) {
        const std::string id(a.id);
        benchmark::RegisterBenchmark(("Stats/" + id).c_str(), statsOf, &a)->Unit(benchmark::kMicrosecond);
        benchmark::RegisterBenchmark(("Prepare/" + id).c_str(), prepare, &a)->Unit(benchmark::kMicrosecond);
    }
    for (const char* id : {"relu", "tanh", "selu"}) {
        const Activation* a = findActivation(id);
        benchmark::RegisterBenchmark((std::string("Depth30/") + id).c_str(), depth, a)
            ->Unit(benchmark::kMicrosecond);
        benchmark::RegisterBenchmark((std::string("MonteCarlo30x256x64/") + id).c_str(), monteCarlo, a)
            ->Unit(benchmark::kMillisecond);
    }
    for (const char* id : {"relu", "prelu", "maxout", "gelu"})
        benchmark::RegisterBenchmark((std::string("TrainStep2x64/") + id).c_str(), trainStep,
                                     findActivation(id))
            ->Unit(benchmark::kMicrosecond);
    return 0;
}();

} // namespace

BENCHMARK_MAIN();
