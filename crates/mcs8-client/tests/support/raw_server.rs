//! The shared raw loopback server of client-core's `test-util` (hostile-server tests).

pub use client_core::raw_server::*;
