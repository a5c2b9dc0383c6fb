#include "cli/cli.h"

int main(int argc, char** argv) {
  return redovis::RunCli(argc, argv);
}
