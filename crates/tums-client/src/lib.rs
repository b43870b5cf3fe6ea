//! Skeleton: the crate documentation, client and error types are being written.
#![deny(missing_docs)]

pub mod api;
pub mod envelope;
pub mod error;
pub mod error_codes;

pub use error::{Error, Result};
pub use error_codes::ErrorCode;
