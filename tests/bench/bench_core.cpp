// SPDX-License-Identifier: GPL-3.0-or-later
/// Throughput of the core's span evaluation: for every catalogue id at its default parameters, value only
/// (f) and value with both derivatives (f, f', f'') over the same 10^6 doubles. Each benchmark reports
/// items_per_second (elements); ns per element = 1e9 / items_per_second.
///
///   actlab_bench_core [--dump-inputs FILE] [google benchmark flags]
///
/// --dump-inputs writes the 10^6 inputs as raw little-endian doubles (so tests/bench/torch_bench.py can
/// time PyTorch on exactly the same numbers) and exits.
#include <actlab/catalogue.hpp>

#include <benchmark/benchmark.h>

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

namespace {

constexpr std::size_t kElements = 1'000'000;

/// SplitMix64: a fixed, portable sequence.
struct SplitMix64 {
    std::uint64_t state;
    std::uint64_t next() {
        std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    double uniform() { return static_cast<double>(next() >> 11) * 0x1p-53; } ///< [0, 1)
};

/// 7/8 uniform over [-10, 10]; 1/16 tails with |x| uniform over [10, 1000]; 1/16 tiny, |x| < 2^-20.
std::vector<double> makeInputs() {
    SplitMix64 rng{20261122};
    std::vector<double> x(kElements);
    for (double& v : x) {
        const std::uint64_t pick = rng.next();
        const double u = rng.uniform();
        const double sign = (pick & 16) != 0 ? -1.0 : 1.0;
        switch (pick & 15) {
        case 14:
            v = sign * (10.0 + 990.0 * u);
            break;
        case 15:
            v = sign * u * 0x1p-20;
            break;
        default:
            v = -10.0 + 20.0 * u;
            break;
        }
    }
    return x;
}

const std::vector<double>& inputs() {
    static const std::vector<double> x = makeInputs();
    return x;
}

void benchEvaluate(benchmark::State& state, const actlab::Activation* activation, bool derivatives) {
    const std::vector<double>& x = inputs();
    const std::vector<double> params = activation->defaults();
    std::vector<double> f(x.size());
    std::vector<double> df(derivatives ? x.size() : 0);
    std::vector<double> d2f(derivatives ? x.size() : 0);
    for (auto _ : state) {
        activation->evaluateSpan(params.data(), x.data(), x.size(), f.data(),
                                 derivatives ? df.data() : nullptr, derivatives ? d2f.data() : nullptr);
        benchmark::DoNotOptimize(f.data());
        benchmark::DoNotOptimize(df.data());
        benchmark::DoNotOptimize(d2f.data());
        benchmark::ClobberMemory();
    }
    state.SetItemsProcessed(state.iterations() * static_cast<benchmark::IterationCount>(x.size()));
}

bool dumpInputs(const char* path) {
    std::FILE* file = std::fopen(path, "wb");
    if (file == nullptr) return false;
    const std::vector<double>& x = inputs();
    const bool ok = std::fwrite(x.data(), sizeof(double), x.size(), file) == x.size();
    return std::fclose(file) == 0 && ok;
}

} // namespace

int main(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--dump-inputs") == 0) {
            if (i + 1 >= argc) {
                std::fprintf(stderr, "actlab_bench_core: --dump-inputs needs a file name\n");
                return 2;
            }
            if (!dumpInputs(argv[i + 1])) {
                std::fprintf(stderr, "actlab_bench_core: cannot write %s\n", argv[i + 1]);
                return 1;
            }
            return 0;
        }
    }
    for (const actlab::Activation& a : actlab::catalogue()) {
        const std::string id(a.id);
        benchmark::RegisterBenchmark(("f/" + id).c_str(), benchEvaluate, &a, false)
            ->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark(("fdd/" + id).c_str(), benchEvaluate, &a, true)
            ->Unit(benchmark::kMillisecond);
    }
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 2;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
