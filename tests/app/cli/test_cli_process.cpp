// SPDX-License-Identifier: GPL-3.0-or-later
// The real `actlab` executable as a subprocess: exit status, stdout and stderr for every kind of bad
// input (status 2, empty stdout, exactly one stderr line naming the problem), and the good paths.
#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <utility>
#include <vector>

namespace {

struct ProcessResult {
    int status = -1;
    std::string out;
    std::string err;
};

std::string readFile(const std::string& path) {
    std::ifstream file(path, std::ios::binary);
    std::ostringstream text;
    text << file.rdbuf();
    return text.str();
}

std::string tempPath(const char* name) {
    const char* dir = std::getenv("TMPDIR");
    return std::string(dir != nullptr ? dir : "/tmp") + "/actlab_cli_test_" + std::to_string(::getpid()) +
           "_" + name;
}

/// Runs ACTLAB_EXECUTABLE with `args`, feeding `input` on stdin (or opening `stdinPath` as stdin if
/// given); stdout and stderr go to files.
ProcessResult runActlab(const std::vector<std::string>& args, const std::string& input = "",
                        const char* stdinPath = nullptr) {
    const std::string inPath = tempPath("in");
    const std::string outPath = tempPath("out");
    const std::string errPath = tempPath("err");
    std::ofstream(inPath, std::ios::binary) << input;

    std::vector<char*> argv;
    std::string program = ACTLAB_EXECUTABLE;
    argv.push_back(program.data());
    std::vector<std::string> copies = args;
    for (std::string& a : copies)
        argv.push_back(a.data());
    argv.push_back(nullptr);

    const pid_t pid = ::fork();
    if (pid == 0) {
        const int in = ::open(stdinPath != nullptr ? stdinPath : inPath.c_str(), O_RDONLY);
        const int out = ::open(outPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        const int err = ::open(errPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        if (in < 0 || out < 0 || err < 0) ::_exit(127);
        ::dup2(in, 0);
        ::dup2(out, 1);
        ::dup2(err, 2);
        ::setenv("QT_QPA_PLATFORM", "offscreen", 1);
        ::execv(argv[0], argv.data());
        ::_exit(127);
    }
    ProcessResult result;
    int wstatus = 0;
    if (pid > 0 && ::waitpid(pid, &wstatus, 0) == pid && WIFEXITED(wstatus))
        result.status = WEXITSTATUS(wstatus);
    result.out = readFile(outPath);
    result.err = readFile(errPath);
    std::remove(inPath.c_str());
    std::remove(outPath.c_str());
    std::remove(errPath.c_str());
    return result;
}

struct BadInput {
    std::vector<std::string> args;
    std::string input;
    std::vector<std::string> mentions; ///< the stderr line must contain each
};

} // namespace

TEST(CliProcess, BadInputGivesOneStderrLineAndStatus2) {
    const std::vector<BadInput> cases = {
        {{"eval", "nope"}, "", {"'nope'", "actlab list"}},
        {{"eval", "leaky_relux", "--x", "1"}, "", {"leaky_relux", "leaky_relu'?"}},
        {{"eval", "relu", "--param", "alpha=1"}, "", {"alpha", "no parameters"}},
        {{"eval", "leaky_relu", "--param", "beta=1"}, "", {"'beta'", "alpha"}},
        {{"eval", "selu", "--param", "gamma=1"}, "", {"'gamma'", "lambda, alpha"}},
        {{"eval", "leaky_relu", "--param", "alpha=0.1", "--param", "alpha=0.2"}, "", {"alpha", "twice"}},
        {{"eval", "leaky_relu", "--param", "alpha=2"}, "", {"alpha", "[0, 1]"}},
        {{"eval", "softplus", "--param", "beta=0"}, "", {"beta", "[0.01, 100]"}},
        {{"eval", "leaky_relu", "--param", "alpha=inf"}, "", {"alpha"}},
        {{"eval", "maxout", "--param", "k=2.5"}, "", {"k", "whole"}},
        {{"eval", "maxout", "--param", "k=5"}, "", {"k", "4"}},
        {{"eval", "rrelu", "--param", "lower=0.3", "--param", "upper=0.2"}, "", {"lower", "upper"}},
        {{"eval", "hardtanh", "--param", "min_val=2", "--param", "max_val=1"}, "", {"min_val", "max_val"}},
        {{"eval", "celu", "--param", "alpha=0"}, "", {"alpha"}},
        {{"eval", "leaky_relu", "--param", "alpha=0.1x"}, "", {"'0.1x'", "hex float"}},
        {{"eval", "leaky_relu", "--param", "alpha"}, "", {"NAME=VALUE", "'alpha'"}},
        {{"eval", "relu", "--x", "1,abc,3"}, "", {"'abc'", "position 2"}},
        {{"eval", "relu", "--x", "1,,3"}, "", {"empty", "position 2"}},
        {{"eval", "relu", "--x", "1,2,"}, "", {"empty", "position 3"}},
        {{"eval", "relu", "--x", ""}, "", {"--x", "empty", "position 1"}},
        {{"eval", "relu", "--x", "1", "--x", "2"}, "", {"--x", "twice"}},
        {{"eval", "sigmoid", "--param", "beta=2"}, "", {"'beta'", "no parameters"}},
        {{"eval", "swish", "--param", "beta=1", "--param", "beta=1"}, "", {"beta", "twice"}},
        {{"eval", "relu"}, "1 2\n3 0x1.8q 5\n", {"'0x1.8q'", "number 4", "line 2"}},
        {{"eval", "relu"}, "1\n2\n3e\n", {"'3e'", "line 3"}},
        {{"eval", "relu", "--bogus"}, "", {"'--bogus'", "--param", "--x"}},
        {{"eval", "relu", "--x"}, "", {"--x", "needs"}},
        {{"eval", "relu", "--param"}, "", {"--param", "NAME=VALUE"}},
        {{"eval"}, "", {"missing", "actlab list"}},
        {{"eval", "relu", "tanh"}, "", {"'tanh'"}},
        {{"list", "--xml"}, "", {"'--xml'", "--json"}},
        {{"frobnicate"}, "", {"'frobnicate'", "actlab --help"}},
        {{"--frobnicate"}, "", {"'--frobnicate'", "actlab --help"}},
        {{"help", "nothing"}, "", {"'nothing'"}},
    };
    for (const BadInput& c : cases) {
        std::string label;
        for (const std::string& a : c.args)
            label += a + ' ';
        SCOPED_TRACE(label);
        const ProcessResult r = runActlab(c.args, c.input);
        EXPECT_EQ(r.status, 2);
        EXPECT_EQ(r.out, "");
        ASSERT_FALSE(r.err.empty());
        EXPECT_EQ(r.err.find('\n'), r.err.size() - 1) << "not exactly one line: " << r.err;
        EXPECT_EQ(r.err.rfind("actlab: ", 0), 0u) << r.err;
        for (const std::string& m : c.mentions)
            EXPECT_NE(r.err.find(m), std::string::npos) << "missing " << m << " in " << r.err;
    }
}

TEST(CliProcess, MalformedNumberAfterMillionsOfRowsLeavesStdoutEmpty) {
    // About 75 MB of CSV would precede the bad token: none of it may reach stdout.
    std::string input;
    input.reserve(21'000'000);
    for (int i = 0; i < 1'000'000; ++i)
        input += "-0.12345678901234567\n";
    input += "1.0.0\n";
    const ProcessResult r = runActlab({"eval", "sigmoid"}, input);
    EXPECT_EQ(r.status, 2);
    EXPECT_EQ(r.out.size(), 0u);
    EXPECT_NE(r.err.find("'1.0.0'"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("line 1000001"), std::string::npos) << r.err;
    EXPECT_EQ(r.err.find('\n'), r.err.size() - 1) << r.err;
}

TEST(CliProcess, OverlongNumberOnStdinIsAnErrorNotTwoNumbers) {
    // The case: '0' × 2097150 then "1.5" is one token of 2097153 bytes, beyond the 1 MiB limit.
    const ProcessResult r = runActlab({"eval", "relu"}, "4\n" + std::string(2097150, '0') + "1.5\n");
    EXPECT_EQ(r.status, 2);
    EXPECT_EQ(r.out, "");
    EXPECT_EQ(r.err.find('\n'), r.err.size() - 1) << r.err;
    EXPECT_EQ(r.err.rfind("actlab: eval: ", 0), 0u) << r.err;
    EXPECT_NE(r.err.find("(number 2, line 2)"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("1048576"), std::string::npos) << r.err;
}

TEST(CliProcess, ReadErrorOnStdinIsExit1NotEndOfInput) {
    // A directory as standard input: read(2) fails with EISDIR.
    const ProcessResult r = runActlab({"eval", "relu"}, "", "/");
    EXPECT_EQ(r.status, 1);
    EXPECT_EQ(r.out, "");
    EXPECT_EQ(r.err, "actlab: eval: cannot read standard input: Is a directory\n");
}

TEST(CliProcess, VersionAndHelp) {
    ProcessResult r = runActlab({"--version"});
    EXPECT_EQ(r.status, 0);
    EXPECT_EQ(r.out, std::string("actlab ") + ACTLAB_EXPECTED_VERSION + "\n");
    EXPECT_EQ(r.err, "");
    for (const char* flag : {"--help", "-h", "help"}) {
        r = runActlab({flag});
        EXPECT_EQ(r.status, 0) << flag;
        EXPECT_EQ(r.err, "");
        for (const char* topic :
             {"actlab list", "actlab eval", "actlab plot", "--preset", "bench replot", "--version"})
            EXPECT_NE(r.out.find(topic), std::string::npos) << flag << " help lacks " << topic;
    }
    r = runActlab({"eval", "--help"});
    EXPECT_EQ(r.status, 0);
    EXPECT_NE(r.out.find("Usage: actlab eval"), std::string::npos);
    r = runActlab({"help", "list"});
    EXPECT_EQ(r.status, 0);
    EXPECT_NE(r.out.find("Usage: actlab list"), std::string::npos);
}

TEST(CliProcess, HelpForEveryCommand) {
    // `actlab help plot` is `actlab plot --help` (it was "no help for 'plot'", exit 2).
    const std::vector<std::pair<std::string, std::string>> topics = {
        {"list", "Usage: actlab list"}, {"eval", "Usage: actlab eval"}, {"plot", "Usage: actlab plot"}};
    for (const auto& [topic, usage] : topics) {
        const ProcessResult r = runActlab({"help", topic});
        EXPECT_EQ(r.status, 0) << topic;
        EXPECT_EQ(r.out.rfind(usage, 0), 0u) << topic << ": " << r.out;
        EXPECT_EQ(r.err, "") << topic;
    }
    EXPECT_EQ(runActlab({"help", "plot"}).out, runActlab({"plot", "--help"}).out);
}

TEST(CliProcess, EvalAndListSucceed) {
    ProcessResult r = runActlab({"eval", "leaky_relu", "--param", "alpha=0.1", "--x", "-1,0x1.8p+1"});
    EXPECT_EQ(r.status, 0);
    EXPECT_EQ(r.err, "");
    // −1 · 0.1 = −0.1 exactly; the shortest round-trip spelling of the double 0.1 is "0.1".
    EXPECT_EQ(r.out, "x,f,df,d2f\n-1,-0.1,0.1,0\n3,3,1,0\n");

    std::string input;
    for (int i = 0; i < 50000; ++i)
        input += std::to_string(i) + (i % 7 == 0 ? "\n" : " ");
    r = runActlab({"eval", "relu"}, input);
    EXPECT_EQ(r.status, 0);
    EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 50001);

    r = runActlab({"list", "--json"});
    EXPECT_EQ(r.status, 0);
    EXPECT_EQ(r.err, "");
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(r.out), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError);
    EXPECT_EQ(doc.array().size(), 33);

    r = runActlab({"list"});
    EXPECT_EQ(r.status, 0);
    EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 34);
}

// GiNaC orders the terms of a sum by hashes that depend on where the program was loaded (ASLR), so the
// compiled formula added them in a different order from run to run; ActLab orders them itself, and a
// formula gives the same bits in every process (before, eight runs of this command printed three
// different values of f'').
TEST(CliProcess, AFormulaGivesTheSameBitsInEveryProcess) {
    const std::vector<std::string> args{"eval", "--formula", "x^x^x^x^x^x^x^x", "--x", "1.5,0.3,2.25"};
    const ProcessResult first = runActlab(args);
    ASSERT_EQ(first.status, 0) << first.err;
    for (int run = 0; run < 7; ++run)
        EXPECT_EQ(runActlab(args).out, first.out) << "run " << run;
}
