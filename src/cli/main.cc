#include "cli/cli.h"
#include "cli/interrupts.h"

int main(int argc, char** argv) {
  // Before anything is written or any worker forked: an interrupted run,
  // or one whose output pipe closes, leaves no temporary file and dies of
  // its signal (cli/interrupts.h).
  redovis::InstallInterruptHandlers();
  return redovis::RunCli(argc, argv);
}
