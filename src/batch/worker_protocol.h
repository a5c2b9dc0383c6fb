// The private language between a batch's parent process and its workers:
// both directions of it, and nothing else. Not the public output contract:
// it may change with any release, and parent and worker are always the same
// binary.
//
// On a pipe every message is a frame: a 4-byte little-endian length and that
// many bytes (SendFrame, ReceiveFrame). A message from the parent is a
// request: a file to read by path, or bytes read from standard input and the
// name to report them under. A message from a worker is a result: for each
// report of that file, the record (a summary, or the whole record) in a
// binary form, and the bytes the worker rendered for it; before its result a
// worker may send any number of progress notes (an empty message, which no
// result is: a result holds at least its count of records), each saying it
// has begun another page of the file it reads. Every decoder checks
// every length against what is left and fails on a truncated or garbled
// message with a Status naming what was wrong; decoding never reads past its
// input and never throws.
#ifndef REDOVIS_BATCH_WORKER_PROTOCOL_H_
#define REDOVIS_BATCH_WORKER_PROTOCOL_H_

#include <string>
#include <string_view>
#include <vector>

#include "redovis/record.h"
#include "redovis/status.h"

namespace redovis {

/// One report as the batch hands it back to its caller.
struct BatchRecord {
  Record record;         ///< the summary (or, when asked for, the whole record)
  std::string rendered;  ///< the report as the worker rendered it; "" without a renderer
};

/// What the parent asks a worker to read.
struct WorkerRequest {
  std::string path;        ///< a path, or the display name of `bytes`
  bool has_bytes = false;  ///< true: read `bytes`, not the file at `path`
  std::string bytes;       ///< the input itself (standard input)
};

/// The request to read the file at `path`.
std::string EncodeFileRequest(const std::string& path);
/// The request to read `bytes`, reported under `name`.
std::string EncodeBytesRequest(const std::string& name, std::string_view bytes);
/// Parses a request; fails with "protocol_error" on a malformed one.
Status DecodeRequest(std::string_view message, WorkerRequest* out);

/// A worker's answer for one file: its records and their rendered bytes.
std::string EncodeResult(const std::vector<BatchRecord>& records);
/// Parses a result (replacing `out`); fails with "protocol_error" saying
/// where it was truncated or garbled.
Status DecodeResult(std::string_view message, std::vector<BatchRecord>* out);

/// A progress note: the worker is still reading its oldest request and has
/// just begun another of its pages (an OCR page). Never a result.
std::string EncodeProgress();
/// True when a worker's message is a progress note, not a result.
bool IsProgress(std::string_view message);

/// One record in the binary form results carry (every member of Record).
std::string EncodeRecord(const Record& record);
/// Parses what EncodeRecord made, exactly and completely; fails with
/// "protocol_error" otherwise.
Status DecodeRecord(std::string_view message, Record* out);

/// Writes `payload` to `fd` as one frame; false when the write fails (the
/// reader is gone) or the payload does not fit a frame (4 GiB). On a socket
/// a reader that is gone never raises SIGPIPE (MSG_NOSIGNAL); on a pipe it
/// does, as any write does.
bool SendFrame(int fd, std::string_view payload);
/// Reads one frame from `fd` into `payload`; false at end of file or on a
/// read error, including a frame cut short.
bool ReceiveFrame(int fd, std::string* payload);

}  // namespace redovis

#endif  // REDOVIS_BATCH_WORKER_PROTOCOL_H_
