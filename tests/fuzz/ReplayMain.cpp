// Runs a fuzz harness over saved inputs without libFuzzer, so that the gcc builds (normal and
// ASan/UBSan) check every seed and every past crash on each test run.
//   fuzz_NAME CORPUS_DIR [REGRESSIONS_DIR...]
// The corpus directory must hold at least one input; the others may be missing or empty.
#include "FuzzSupport.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

std::vector<fs::path> inputsIn(const fs::path &dir)
{
    std::vector<fs::path> files;
    std::error_code ec;
    for (const fs::directory_entry &entry : fs::directory_iterator(dir, ec)) {
        if (entry.is_regular_file() && entry.path().filename().string().front() != '.')
            files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

std::string contentOf(const fs::path &file)
{
    std::ifstream in(file, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s CORPUS_DIR [REGRESSIONS_DIR...]\n", argv[0]);
        return 2;
    }
    size_t total = 0;
    for (int i = 1; i < argc; ++i) {
        const fs::path dir(argv[i]);
        const std::vector<fs::path> files = inputsIn(dir);
        if (i == 1 && files.empty()) {
            std::fprintf(stderr, "no inputs in corpus directory %s\n", argv[i]);
            return 1;
        }
        for (const fs::path &file : files) {
            // Printed first: an invariant failure aborts, and the log then names the input.
            std::fprintf(stderr, "input %s\n", file.c_str());
            const std::string data = contentOf(file);
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(data.data()), data.size());
        }
        std::printf("%zu inputs from %s\n", files.size(), argv[i]);
        total += files.size();
    }
    std::printf("replayed %zu inputs, all invariants held\n", total);
    return 0;
}
