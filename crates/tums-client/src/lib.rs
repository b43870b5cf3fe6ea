//! Skeleton: the crate documentation is being written.
#![deny(missing_docs)]

pub mod api;
pub mod client;
pub mod envelope;
pub mod error;
pub mod error_codes;
mod msg_content_type;
pub mod webhook;

#[cfg(feature = "simulator")]
pub mod simulator;

pub use client::{Client, ClientBuilder};
pub use error::{Error, Result};
pub use error_codes::ErrorCode;
