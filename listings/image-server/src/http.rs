//! The bytes of an HTTP/1.1 answer.

use std::io::{self, Write};
use std::net::TcpStream;

/// Writes the status line and headers of an answer whose body has `length` bytes.
pub(crate) fn head(stream: &mut TcpStream, status: u16, length: usize) -> io::Result<()> {
    head_with(stream, status, length, "")
}

/// As [`head`], with `headers` (lines that each end in `\r\n`) after the others.
pub(crate) fn head_with(
    stream: &mut TcpStream,
    status: u16,
    length: usize,
    headers: &str,
) -> io::Result<()> {
    let reason = match status {
        200 => "OK",
        404 => "Not Found",
        500 => "Internal Server Error",
        503 => "Service Unavailable",
        _ => "Unknown",
    };
    write!(
        stream,
        "HTTP/1.1 {status} {reason}\r\nContent-Length: {length}\r\nConnection: close\r\n\
         {headers}\r\n"
    )
}

/// A whole answer: the head, saying `length` bytes (the body's own length unless given), and
/// `body`.
pub(crate) fn answer(
    stream: &mut TcpStream,
    status: u16,
    body: &[u8],
    length: Option<usize>,
) -> io::Result<()> {
    head(stream, status, length.unwrap_or(body.len()))?;
    stream.write_all(body)
}
