//! Just enough of the W3C WebDriver protocol to drive Chromium through chromedriver: sessions,
//! navigation, scripts, screenshots and printing to PDF, over plain HTTP on 127.0.0.1.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use serde_json::{Value, json};

/// Chromium and chromedriver on the PATH, as `(chromium, chromedriver)`; or, if either is
/// missing, a line that says how to install it.
pub fn find_chromium() -> Result<(String, String), String> {
    let find = |names: &[&str]| {
        names
            .iter()
            .find_map(|name| book_support::tools::which(name))
            .map(|path| path.display().to_string())
            .ok_or_else(|| {
                format!(
                    "needs {} on PATH: apt-get install chromium chromium-driver (Debian's packages)",
                    names[0]
                )
            })
    };
    Ok((
        find(&["chromium", "chromium-browser"])?,
        find(&["chromedriver"])?,
    ))
}

/// How long to wait for the browser to reach a state before failing the test.
const WAIT: Duration = Duration::from_secs(10);

/// A running chromedriver in a process group of its own, which the browsers it starts join;
/// the whole group is killed when dropped, so no browser outlives a failed test.
pub struct Driver {
    child: Child,
    port: u16,
}

impl Driver {
    pub fn start(chromedriver: &str) -> Driver {
        let port = free_port();
        let child = Command::new(chromedriver)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .process_group(0)
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {chromedriver}: {e}"));
        let driver = Driver { child, port };
        let deadline = Instant::now() + WAIT;
        while request(port, "GET", "/status", None).is_err() {
            assert!(
                Instant::now() < deadline,
                "chromedriver did not answer on port {port}"
            );
            thread::sleep(Duration::from_millis(50));
        }
        driver
    }

    /// A new headless Chromium session with a fresh profile and no background networking.
    pub fn session(&self, chromium: &str, profile: &Path) -> Session {
        let args = [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--window-size=1280,1000",
            &format!("--user-data-dir={}", profile.display()),
        ];
        let capabilities = json!({ "capabilities": { "alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": { "binary": chromium, "args": args },
            "goog:loggingPrefs": { "browser": "ALL" },
        }}});
        let reply = request(self.port, "POST", "/session", Some(&capabilities))
            .unwrap_or_else(|e| panic!("cannot start a Chromium session: {e}"));
        let id = reply["sessionId"]
            .as_str()
            .unwrap_or_else(|| panic!("no session id in {reply}"))
            .to_owned();
        Session {
            port: self.port,
            id,
        }
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        let group = format!("-{}", self.child.id());
        let _ = Command::new("kill").args(["-KILL", "--", &group]).status();
        let _ = self.child.wait();
    }
}

/// One browser window; closed when dropped.
pub struct Session {
    port: u16,
    id: String,
}

impl Session {
    fn command(&self, method: &str, path: &str, body: Option<&Value>) -> Value {
        let path = format!("/session/{}{path}", self.id);
        request(self.port, method, &path, body).unwrap_or_else(|e| panic!("{path}: {e}"))
    }

    pub fn goto(&self, url: &str) {
        self.command("POST", "/url", Some(&json!({ "url": url })));
        self.wait_for(
            "document.readyState === 'complete'",
            &format!("{url} to load"),
        );
    }

    /// Runs `script` (a function body; `arguments` holds `args`) and returns its value.
    pub fn execute(&self, script: &str, args: Value) -> Value {
        self.command(
            "POST",
            "/execute/sync",
            Some(&json!({ "script": script, "args": args })),
        )
    }

    /// Evaluates `expression` until it is truthy and returns it; fails after a few seconds.
    pub fn wait_for(&self, expression: &str, what: &str) -> Value {
        let deadline = Instant::now() + WAIT;
        loop {
            let value = self.execute(&format!("return ({expression});"), json!([]));
            let truthy = !matches!(&value, Value::Null | Value::Bool(false))
                && value != json!("")
                && value != json!(0);
            if truthy {
                return value;
            }
            assert!(
                Instant::now() < deadline,
                "waited {} s for {what}",
                WAIT.as_secs()
            );
            thread::sleep(Duration::from_millis(50));
        }
    }

    /// The browser console's entries since the last call.
    pub fn console(&self) -> Vec<Value> {
        let reply = self.command("POST", "/se/log", Some(&json!({ "type": "browser" })));
        reply.as_array().cloned().unwrap_or_default()
    }

    /// Runs one Chrome DevTools Protocol command (through chromedriver) and returns its result.
    pub fn devtools(&self, command: &str, params: Value) -> Value {
        let body = json!({ "cmd": command, "params": params });
        self.command("POST", "/goog/cdp/execute", Some(&body))
    }

    /// The page printed to PDF by Chromium (DevTools' `Page.printToPDF`).
    pub fn print_to_pdf(&self, options: Value) -> Vec<u8> {
        let reply = self.devtools("Page.printToPDF", options);
        base64_decode(reply["data"].as_str().expect("a base64 PDF"))
    }

    pub fn screenshot(&self, file: &Path) {
        let reply = self.command("GET", "/screenshot", None);
        let png = base64_decode(reply.as_str().expect("a base64 screenshot"));
        std::fs::write(file, png).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        let _ = request(self.port, "DELETE", &format!("/session/{}", self.id), None);
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .map(|address| address.port())
        .expect("no free port on 127.0.0.1")
}

/// One HTTP/1.1 request to chromedriver; the reply's `value`, or its error message.
fn request(port: u16, method: &str, path: &str, body: Option<&Value>) -> Result<Value, String> {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).map_err(|e| e.to_string())?;
    // Printing the whole book takes a while; nothing else comes near this.
    stream
        .set_read_timeout(Some(Duration::from_secs(120)))
        .map_err(|e| e.to_string())?;
    let body = body.map(Value::to_string).unwrap_or_default();
    let head = format!(
        "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: application/json\r\n\
         Content-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    stream
        .write_all(format!("{head}{body}").as_bytes())
        .map_err(|e| e.to_string())?;
    let (status, body) = read_reply(&mut stream)?;
    let json: Value = serde_json::from_slice(&body)
        .map_err(|e| format!("{e}: {}", String::from_utf8_lossy(&body)))?;
    let value = json.get("value").cloned().unwrap_or(Value::Null);
    if status.starts_with("HTTP/1.1 200") {
        Ok(value)
    } else {
        Err(format!("{status}: {value}"))
    }
}

/// Reads one reply: its status line and its body of Content-Length bytes (chromedriver may keep
/// the connection open, so the body's end is known only from its length).
fn read_reply(stream: &mut TcpStream) -> Result<(String, Vec<u8>), String> {
    let mut reply = Vec::new();
    let mut buffer = [0u8; 64 * 1024];
    let head_end = loop {
        if let Some(at) = reply.windows(4).position(|w| w == b"\r\n\r\n") {
            break at;
        }
        let read = stream.read(&mut buffer).map_err(|e| e.to_string())?;
        if read == 0 {
            return Err(String::from("connection closed before a full reply"));
        }
        reply.extend_from_slice(&buffer[..read]);
    };
    let head = String::from_utf8_lossy(&reply[..head_end]).into_owned();
    let length: usize = head
        .lines()
        .find_map(|line| {
            let (name, value) = line.split_once(':')?;
            name.eq_ignore_ascii_case("content-length")
                .then(|| value.trim().parse().ok())?
        })
        .unwrap_or(0);
    let mut body = reply.split_off(head_end + 4);
    if body.len() < length {
        let mut rest = vec![0; length - body.len()];
        stream.read_exact(&mut rest).map_err(|e| e.to_string())?;
        body.extend_from_slice(&rest);
    }
    body.truncate(length);
    let status = head.lines().next().unwrap_or_default().to_owned();
    Ok((status, body))
}

fn base64_decode(text: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let (mut buffer, mut bits) = (0u32, 0);
    for byte in text
        .bytes()
        .filter(|b| *b != b'=' && !b.is_ascii_whitespace())
    {
        let value = match byte {
            b'A'..=b'Z' => byte - b'A',
            b'a'..=b'z' => byte - b'a' + 26,
            b'0'..=b'9' => byte - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => panic!("not base64: {byte:#x}"),
        } as u32;
        buffer = (buffer << 6) | value;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((buffer >> bits) as u8);
        }
    }
    out
}
