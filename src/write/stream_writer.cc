#include "write/stream_writer.h"

namespace redovis {

Status StreamWriter::WriteRendered(std::string_view rendered) {
  out_ << rendered;
  out_.flush();
  return Check();
}

Status StreamWriter::Finish() {
  out_.flush();
  return Check();
}

Status StreamWriter::Check() const {
  if (out_) return Status();
  return Status::Error("write_error", "the output could not be written");
}

}  // namespace redovis
