//! The pictures that the downloads of Chapters 18 and 20 fetch, served over HTTP on 127.0.0.1, so
//! that the listings need no network. It is not a lesson: the chapters name this crate and do not
//! show it.

use std::io::{self, BufRead, BufReader, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::Arc;
use std::thread;

/// A file the server serves: its name, as in `/images/<name>`, and its bytes.
pub type File = (String, Vec<u8>);

/// Four small pictures in the PPM format (a text header, then red, green and blue bytes per
/// pixel, which most image viewers open), made on the spot.
pub fn images() -> Vec<File> {
    let colours = [
        ("red", 16, [255, 0, 0]),
        ("green", 24, [0, 255, 0]),
        ("blue", 32, [0, 0, 255]),
        ("white", 48, [255, 255, 255]),
    ];
    colours
        .into_iter()
        .map(|(colour, side, rgb)| {
            let mut bytes = format!("P6\n{side} {side}\n255\n").into_bytes();
            for _ in 0..side * side {
                bytes.extend(rgb);
            }
            (format!("{colour}.ppm"), bytes)
        })
        .collect()
}

/// A running server. Its thread answers every request, each on a thread of its own, for as long
/// as the process runs.
pub struct ImageServer {
    address: SocketAddr,
    names: Vec<String>,
}

impl ImageServer {
    /// Serves [`images`] at `/images/<name>` on a port that the system picks.
    pub fn start() -> io::Result<ImageServer> {
        ImageServer::serving(images())
    }

    /// Serves `files` instead: any path that is not one of them is `404 Not Found`.
    pub fn serving(files: Vec<File>) -> io::Result<ImageServer> {
        let listener = TcpListener::bind("127.0.0.1:0")?;
        let address = listener.local_addr()?;
        let names = files.iter().map(|(name, _)| name.clone()).collect();
        let files = Arc::new(files);
        thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let files = Arc::clone(&files);
                thread::spawn(move || respond(stream, &files));
            }
        });
        Ok(ImageServer { address, names })
    }

    /// The URL of every file served, in order.
    pub fn urls(&self) -> Vec<String> {
        self.names.iter().map(|name| self.url(name)).collect()
    }

    /// The URL of `/images/<name>` on this server, whether it serves that file or not.
    pub fn url(&self, name: &str) -> String {
        format!("http://{}/images/{name}", self.address)
    }
}

/// Reads a request's head (the request line, then header lines up to an empty one) and answers
/// with the file, or 404, and `Connection: close`.
fn respond(mut stream: TcpStream, files: &[File]) -> io::Result<()> {
    let mut reader = BufReader::new(&stream);
    let mut request = String::new();
    reader.read_line(&mut request)?;
    let mut header = String::new();
    while reader.read_line(&mut header)? > 2 {
        header.clear();
    }
    let path = request.split_whitespace().nth(1).unwrap_or_default();
    let file = path
        .strip_prefix("/images/")
        .and_then(|wanted| files.iter().find(|(name, _)| name == wanted));
    let (status, body) = match file {
        Some((_, body)) => ("200 OK", &body[..]),
        None => ("404 Not Found", &b""[..]),
    };
    let length = body.len();
    write!(
        stream,
        "HTTP/1.1 {status}\r\nContent-Length: {length}\r\nConnection: close\r\n\r\n"
    )?;
    stream.write_all(body)
}
