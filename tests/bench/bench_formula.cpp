// SPDX-License-Identifier: GPL-3.0-or-later
/// Speed of actlab::formula (issue 12: "a curve of 2000 samples with f, f' and f'' updates within 2 ms").
///   BM_FormulaCurve/<i>   f, f', f'' of formula i at 2000 points of [-6, 6] (one slider step's work)
///   BM_FormulaValue/<i>   f only, same points
///   BM_CatalogueCurve/<i> the catalogue's own span evaluator on the same points, where one exists
///   BM_FormulaParse/<i>   parse + differentiate + rewrite + compile (once per edit of the text)
///   BM_FormulaKinks       kinks of max/where formulas over [-6, 6] (once per parameter change)
///   BM_FormulaAccuracy    the long double check of 2001 points (once per parameter change, can be deferred)
///
///   actlab_bench_formula [google benchmark flags]      (configure with -DACTLAB_BUILD_BENCHMARKS=ON)
#include <actlab/catalogue.hpp>
#include <actlab/formula/formula.hpp>

#include <benchmark/benchmark.h>

#include <string>
#include <vector>

namespace {

using actlab::formula::Formula;

struct Case {
    const char* text;
    const char* catalogueId; ///< the same function in the catalogue, or null
};

const Case kCases[] = {
    {"x*tanh(softplus(x))", "mish"},
    {"x*sigmoid(b*x)", "swish"},
    {"0.5*x*(1 + erf(x/sqrt(2)))", "gelu"},
    {"where(x > 0, x, a*(exp(x) - 1))", "elu"},
    {"x*tanh(softplus(b*x)) + c*sin(x)^2/(1 + x^2)", nullptr},
    {"gelu(x) + 0.1*elu(2*x, a)", nullptr},
};

constexpr std::size_t kSamples = 2000;

std::vector<double> grid() {
    std::vector<double> x(kSamples);
    for (std::size_t i = 0; i < kSamples; ++i)
        x[i] = -6.0 + 12.0 * static_cast<double>(i) / (kSamples - 1);
    return x;
}

void BM_FormulaCurve(benchmark::State& state) {
    const Formula f = *Formula::parse(kCases[state.range(0)].text).formula;
    const std::vector<double> x = grid(), p = f.defaults();
    std::vector<double> v(kSamples), d1(kSamples), d2(kSamples);
    for (auto _ : state) {
        f.evaluate(p, x, v, d1, d2);
        benchmark::DoNotOptimize(v.data());
        benchmark::DoNotOptimize(d2.data());
    }
    state.SetLabel(kCases[state.range(0)].text);
    state.counters["instructions"] = static_cast<double>(f.programSize());
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(kSamples));
}
BENCHMARK(BM_FormulaCurve)->DenseRange(0, std::size(kCases) - 1)->Unit(benchmark::kMicrosecond);

void BM_FormulaValue(benchmark::State& state) {
    const Formula f = *Formula::parse(kCases[state.range(0)].text).formula;
    const std::vector<double> x = grid(), p = f.defaults();
    std::vector<double> v(kSamples);
    for (auto _ : state) {
        f.evaluate(p, x, v);
        benchmark::DoNotOptimize(v.data());
    }
    state.SetLabel(kCases[state.range(0)].text);
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(kSamples));
}
BENCHMARK(BM_FormulaValue)->DenseRange(0, std::size(kCases) - 1)->Unit(benchmark::kMicrosecond);

void BM_CatalogueCurve(benchmark::State& state) {
    const actlab::Activation* a = actlab::findActivation(kCases[state.range(0)].catalogueId);
    const std::vector<double> x = grid(), p = a->defaults();
    std::vector<double> v(kSamples), d1(kSamples), d2(kSamples);
    for (auto _ : state) {
        a->evaluate(p, x, v, d1, d2);
        benchmark::DoNotOptimize(v.data());
        benchmark::DoNotOptimize(d2.data());
    }
    state.SetLabel(a->id.data());
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(kSamples));
}
BENCHMARK(BM_CatalogueCurve)->DenseRange(0, 3)->Unit(benchmark::kMicrosecond);

void BM_FormulaParse(benchmark::State& state) {
    for (auto _ : state) {
        auto r = Formula::parse(kCases[state.range(0)].text);
        benchmark::DoNotOptimize(r.formula);
    }
    state.SetLabel(kCases[state.range(0)].text);
}
BENCHMARK(BM_FormulaParse)->DenseRange(0, std::size(kCases) - 1)->Unit(benchmark::kMicrosecond);

void BM_FormulaKinks(benchmark::State& state) {
    const Formula f = *Formula::parse("where(x > 1, x^2, max(x, a*x)) + abs(sin(3*x))").formula;
    const std::vector<double> p = {0.1};
    for (auto _ : state) {
        auto k = f.kinks(p, -6, 6);
        benchmark::DoNotOptimize(k.data());
    }
}
BENCHMARK(BM_FormulaKinks)->Unit(benchmark::kMicrosecond);

void BM_FormulaAccuracy(benchmark::State& state) {
    const Formula f = *Formula::parse("x*tanh(softplus(x))").formula;
    for (auto _ : state) {
        auto r = f.checkAccuracy({}, -50, 50, 2001);
        benchmark::DoNotOptimize(r.data());
    }
}
BENCHMARK(BM_FormulaAccuracy)->Unit(benchmark::kMicrosecond);

} // namespace

BENCHMARK_MAIN();
