//! A raw loopback HTTP/1.1 server for hostile-server tests (feature `test-util`):
//! every connection reads one request and answers it the way the test's handler says
//! (well-formed, huge, endless, silent, slow), then closes. Every loop is bounded.
//! Shared by the platform crates' hostile, secret and memory tests.

#![allow(dead_code)]

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// The request as the server saw it.
#[derive(Debug, Clone)]
pub struct Seen {
    /// `GET`, `POST`…
    pub method: String,
    /// Path and query.
    pub target: String,
}

impl Seen {
    /// The path without its query.
    pub fn path(&self) -> &str {
        self.target.split('?').next().unwrap_or("")
    }
}

/// How to answer.
pub enum Reply {
    /// A complete answer.
    Full {
        /// HTTP status.
        status: u16,
        /// Body.
        body: Vec<u8>,
    },
    /// `Content-Length: total`, then the envelope prefix and filler bytes until the
    /// client hangs up (at most `total`).
    Huge {
        /// The declared and maximum length.
        total: u64,
    },
    /// Chunked, chunks of filler until the client hangs up (at most `max_bytes`).
    Endless {
        /// Bytes sent at most.
        max_bytes: u64,
    },
    /// Read the request, never answer (the connection is held open for `hold`).
    Silent {
        /// How long the connection is held.
        hold: Duration,
    },
    /// Headers at once, then the body one byte per `every` (at most `bytes` bytes).
    Drip {
        /// The pause between bytes.
        every: Duration,
        /// The declared body length.
        bytes: usize,
    },
}

impl Reply {
    /// A 200 JSON answer.
    pub fn json(body: impl Into<Vec<u8>>) -> Reply {
        Reply::Full {
            status: 200,
            body: body.into(),
        }
    }
}

type Handler = dyn Fn(&Seen) -> Reply + Send + Sync;

/// A running server; dropped with the test's runtime.
pub struct RawServer {
    /// The loopback address it listens on.
    pub addr: SocketAddr,
    /// The requests seen so far.
    pub seen: Arc<Mutex<Vec<Seen>>>,
}

impl RawServer {
    /// `http://127.0.0.1:port`.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }
    /// The requests seen so far.
    pub fn seen(&self) -> Vec<Seen> {
        self.seen.lock().map(|s| s.clone()).unwrap_or_default()
    }
}

/// The start of a huge answer's body before the filler: a success envelope whose
/// payload never ends (Hongtu and MCS8 spelling; see [`serve_with_prefix`]).
pub const DEFAULT_PREFIX: &[u8] = br#"{"code":0,"data":"#;

/// Starts a server answering each request with `handler`.
pub async fn serve(handler: impl Fn(&Seen) -> Reply + Send + Sync + 'static) -> RawServer {
    serve_with_prefix(DEFAULT_PREFIX, handler).await
}

/// [`serve`] with the platform's own envelope start for [`Reply::Huge`] bodies.
pub async fn serve_with_prefix(
    prefix: &'static [u8],
    handler: impl Fn(&Seen) -> Reply + Send + Sync + 'static,
) -> RawServer {
    let listener = TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind a loopback port");
    let addr = listener
        .local_addr()
        .expect("a bound listener has an address");
    let seen = Arc::new(Mutex::new(Vec::new()));
    let handler: Arc<Handler> = Arc::new(handler);
    let log = Arc::clone(&seen);
    tokio::spawn(async move {
        // Bounded: a test makes a handful of connections.
        for _ in 0..10_000 {
            let Ok((sock, _)) = listener.accept().await else {
                return;
            };
            let handler = Arc::clone(&handler);
            let log = Arc::clone(&log);
            tokio::spawn(async move {
                let _ = connection(sock, handler, log, prefix).await;
            });
        }
    });
    RawServer { addr, seen }
}

async fn read_request(sock: &mut TcpStream) -> std::io::Result<Option<Seen>> {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    // Headers: at most 64 KiB.
    let head_end = loop {
        if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break i + 4;
        }
        if buf.len() > 64 * 1024 {
            return Ok(None);
        }
        let n = sock.read(&mut chunk).await?;
        if n == 0 {
            return Ok(None);
        }
        buf.extend_from_slice(&chunk[..n]);
    };
    let head = String::from_utf8_lossy(&buf[..head_end]).to_string();
    let mut lines = head.split("\r\n");
    let mut first = lines.next().unwrap_or("").split(' ');
    let method = first.next().unwrap_or("").to_owned();
    let target = first.next().unwrap_or("").to_owned();
    let length: usize = lines
        .filter_map(|l| l.split_once(':'))
        .find(|(k, _)| k.trim().eq_ignore_ascii_case("content-length"))
        .and_then(|(_, v)| v.trim().parse().ok())
        .unwrap_or(0)
        .min(16 * 1024 * 1024);
    let mut have = buf.len() - head_end;
    while have < length {
        let n = sock.read(&mut chunk).await?;
        if n == 0 {
            break;
        }
        have += n;
    }
    Ok(Some(Seen { method, target }))
}

async fn connection(
    mut sock: TcpStream,
    handler: Arc<Handler>,
    log: Arc<Mutex<Vec<Seen>>>,
    prefix: &'static [u8],
) -> std::io::Result<()> {
    let Some(seen) = read_request(&mut sock).await? else {
        return Ok(());
    };
    if let Ok(mut log) = log.lock() {
        log.push(seen.clone());
    }
    let filler = vec![b' '; 64 * 1024];
    match handler(&seen) {
        Reply::Full { status, body } => {
            let head = format!(
                "HTTP/1.1 {status} X\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n",
                body.len()
            );
            sock.write_all(head.as_bytes()).await?;
            sock.write_all(&body).await?;
        }
        Reply::Huge { total } => {
            let head = format!(
                "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {total}\r\nconnection: close\r\n\r\n"
            );
            sock.write_all(head.as_bytes()).await?;
            sock.write_all(prefix).await?;
            let mut sent = prefix.len() as u64;
            while sent < total {
                let n = filler.len().min((total - sent) as usize);
                sock.write_all(&filler[..n]).await?;
                sent += n as u64;
            }
        }
        Reply::Endless { max_bytes } => {
            sock.write_all(b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\nconnection: close\r\n\r\n").await?;
            let mut sent = 0u64;
            while sent < max_bytes {
                sock.write_all(format!("{:x}\r\n", filler.len()).as_bytes())
                    .await?;
                sock.write_all(&filler).await?;
                sock.write_all(b"\r\n").await?;
                sent += filler.len() as u64;
            }
        }
        Reply::Silent { hold } => {
            // Hold the connection open without a byte (the test ends first).
            let mut sink = [0u8; 1024];
            let _ = tokio::time::timeout(hold, async {
                while sock.read(&mut sink).await.map(|n| n > 0).unwrap_or(false) {}
            })
            .await;
        }
        Reply::Drip { every, bytes } => {
            sock.write_all(
                format!("HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {bytes}\r\nconnection: close\r\n\r\n").as_bytes(),
            )
            .await?;
            for _ in 0..bytes {
                tokio::time::sleep(every).await;
                sock.write_all(b" ").await?;
            }
        }
    }
    sock.shutdown().await
}

/// Peak resident memory of this process (`VmHWM`, KiB), where /proc exists.
pub fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))?
        .split_whitespace()
        .nth(1)?
        .parse()
        .ok()
}

/// Current resident memory (`VmRSS`, KiB).
pub fn rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status
        .lines()
        .find(|l| l.starts_with("VmRSS:"))?
        .split_whitespace()
        .nth(1)?
        .parse()
        .ok()
}
