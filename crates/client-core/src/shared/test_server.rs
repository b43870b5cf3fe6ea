//! A throw-away Redis server for tests and benchmarks (features `redis` and
//! `test-util`).

use std::net::TcpListener;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A `redis-server` on 127.0.0.1 at a free port, killed on drop: for tests and
/// benchmarks of [`RedisShared`](super::RedisShared) (needs `redis-server` on `PATH`).
#[derive(Debug)]
pub struct RedisServer {
    child: Child,
    /// `redis://127.0.0.1:<port>/`.
    pub url: String,
}

impl RedisServer {
    /// Starts a server on a free port (panics when `redis-server` is missing or will
    /// not start: a test that needs it fails rather than skips) and checks, by its process id, that the server
    /// answering there is this one (a port taken meanwhile by another test's server
    /// would otherwise be shared silently).
    pub fn start() -> RedisServer {
        for _ in 0..5 {
            if let Some(redis) = RedisServer::try_start() {
                return redis;
            }
        }
        panic!("redis-server did not start on a free port in 5 tries");
    }

    fn try_start() -> Option<RedisServer> {
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free port")
            .port();
        let mut child = Command::new("redis-server")
            .args(["--port", &port.to_string(), "--bind", "127.0.0.1"])
            .args([
                "--save",
                "",
                "--appendonly",
                "no",
                "--protected-mode",
                "yes",
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("redis-server must be installed (apt-get install redis-server)");
        let url = format!("redis://127.0.0.1:{port}/");
        let client = redis::Client::open(url.as_str()).expect("url");
        let pid = format!("process_id:{}", child.id());
        // Ready when it answers INFO with our pid; bounded at 10 s.
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            if let Ok(Some(_)) = child.try_wait() {
                return None; // exited: the port was taken
            }
            if let Ok(mut c) = client.get_connection() {
                if let Ok(info) = redis::cmd("INFO").arg("server").query::<String>(&mut c) {
                    if info.lines().any(|l| l.trim() == pid) {
                        return Some(RedisServer { child, url });
                    }
                    let _ = child.kill();
                    let _ = child.wait();
                    return None;
                }
            }
            assert!(Instant::now() < deadline, "redis-server did not start");
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Stops the server (as a crash would: no shutdown handshake).
    pub fn stop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for RedisServer {
    fn drop(&mut self) {
        self.stop();
    }
}
