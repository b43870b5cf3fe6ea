//! Skeleton: the crate documentation, client and error types are being written.
#![deny(missing_docs)]

pub mod api;
pub mod envelope;
