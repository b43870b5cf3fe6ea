//! The shared raw loopback server of client-core's `test-util` (hostile-server tests),
//! with TUMS's envelope at the start of huge answers.

#![allow(unused_imports)] // each test binary uses a different part
pub use client_core::raw_server::{peak_rss_kib, rss_kib, RawServer, Reply, Seen};

/// [`client_core::raw_server::serve`] with the TUMS envelope prefix.
pub async fn serve(handler: impl Fn(&Seen) -> Reply + Send + Sync + 'static) -> RawServer {
    client_core::raw_server::serve_with_prefix(br#"{"error_code":0,"result":"#, handler).await
}
