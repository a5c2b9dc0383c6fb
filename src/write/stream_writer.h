// The common part of the text writers: a RecordWriter that is also its own
// RecordRenderer, appending each record's rendered bytes to a stream and
// flushing it, so that a record is out as soon as it is written.
//
// In: a stream, which must outlive the writer. Out: bytes on it. A subclass
// gives Render and, when its format has them, what opens and closes the
// output and goes between records. Every write reports a stream that failed
// as "write_error"; nothing throws.
#ifndef REDOVIS_WRITE_STREAM_WRITER_H_
#define REDOVIS_WRITE_STREAM_WRITER_H_

#include <ostream>
#include <string_view>

#include "redovis/writer.h"

namespace redovis {

class StreamWriter : public RecordWriter, public RecordRenderer {
 public:
  /// This writer: its Render is what WriteRendered takes.
  const RecordRenderer* renderer() const override { return this; }
  /// Nothing opens the output; fails when the stream has failed.
  Status Begin() override { return Check(); }
  /// WriteRendered(Render(record)).
  Status Write(const Record& record) override { return WriteRendered(Render(record)); }
  /// Appends `rendered` and flushes; fails when the stream has failed.
  Status WriteRendered(std::string_view rendered) override;
  /// Flushes; fails when the stream has failed, now or before.
  Status Finish() override;

 protected:
  explicit StreamWriter(std::ostream& out) : out_(out) {}
  /// Ok, or "write_error" when the stream has failed.
  Status Check() const;
  std::ostream& out_;
};

}  // namespace redovis

#endif  // REDOVIS_WRITE_STREAM_WRITER_H_
