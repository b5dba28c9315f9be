// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/// The compiled form of a formula: a flat tape of instructions in SSA form (each writes a new register)
/// with common subexpressions shared across all outputs (f, f', f'' share σ(x), e^x, …). Instructions
/// that do not depend on x (constants, parameters and expressions of them) run once per call, in a
/// prologue; the rest run over blocks of x, one instruction over the whole block at a time, so the
/// loops of the arithmetic instructions vectorise. The tape runs in double or in long double.
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace GiNaC {
class ex;
}

namespace actlab::formula::detail {

struct Symbols;

enum class Op : std::uint8_t {
    Const,
    Param,
    X,
    Add,
    Sub,
    Mul,
    Div,
    Neg,
    Sqrt,
    PowInt,
    Pow,
    Exp,
    Expm1,
    Log,
    Log1p,
    Sin,
    Cos,
    Tanh,
    Sech,
    Sinh,
    Cosh,
    Erf,
    Erfc,
    Sigmoid,
    Softplus,
    LogSigmoid,
    Abs,
    Sign,
    Max,
    Min,
    WhereGt,
    WhereGe,
    WhereEq,
    Catalogue,
};

struct Instruction {
    Op op = Op::Const;
    int dst = 0; ///< Catalogue: dst, dst + 1, dst + 2 receive f, f', f''
    int a = -1, b = -1, c = -1;
    int n = 0;      ///< PowInt: the exponent (≥ 1); Param: the index; Catalogue: the catalogue index
    double k = 0.0; ///< Const: the value
    std::vector<int> params; ///< Catalogue: parameter registers (uniform)
};

/// Registers of one run: `width` lanes per register.
template <class T> struct Workspace {
    std::vector<T> regs;
    std::size_t width = 0;
};

class Program {
  public:
    static constexpr std::size_t kBlock = 256;

    /// Compiles the expressions (which may use only our functions, exp, log, sin, cos, sinh, cosh, powers).
    static Program compile(const std::vector<GiNaC::ex>& outputs, const Symbols& symbols);

    /// outs[i] (n values) receives output i; a null outs[i] is skipped.
    template <class T>
    void run(std::span<const double> params, const T* x, std::size_t n, std::span<T* const> outs) const;

    /// One point; afterwards ws.regs[r] holds register r (width 1) — for diagnosing lost digits.
    template <class T> void runPoint(std::span<const double> params, T x, Workspace<T>& ws) const;

    std::size_t size() const { return m_prologue.size() + m_body.size(); }
    std::size_t outputCount() const { return m_outputs.size(); }
    int outputRegister(std::size_t i) const { return m_outputs[i]; }
    /// Instructions of the body in order, with the printed subexpression each computes.
    const std::vector<Instruction>& body() const { return m_body; }
    const std::string& description(int reg) const { return m_descriptions[static_cast<std::size_t>(reg)]; }
    /// Registers the output depends on.
    const std::vector<bool>& dependencies(std::size_t output) const { return m_deps[output]; }

  private:
    std::vector<Instruction> m_prologue, m_body;
    std::vector<int> m_outputs;
    std::vector<std::string> m_descriptions; ///< per register
    std::vector<std::vector<bool>> m_deps;   ///< per output, per register
    int m_registers = 0;

    template <class T>
    void exec(const Instruction& in, std::span<const double> params, T* regs, std::size_t width,
              std::size_t n) const;

    friend class Compiler;
};

extern template void Program::run<double>(std::span<const double>, const double*, std::size_t,
                                          std::span<double* const>) const;
extern template void Program::run<long double>(std::span<const double>, const long double*, std::size_t,
                                               std::span<long double* const>) const;
extern template void Program::runPoint<double>(std::span<const double>, double, Workspace<double>&) const;
extern template void Program::runPoint<long double>(std::span<const double>, long double,
                                                    Workspace<long double>&) const;

} // namespace actlab::formula::detail
