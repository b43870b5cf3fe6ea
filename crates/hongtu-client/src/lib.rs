//! Typed async client for the Megvii Hongtu 3000 AIoT box OpenAPI (鸿图).
#![deny(missing_docs)]

pub mod api;
pub mod callback;
pub mod client;
pub mod dict;
pub mod envelope;
pub mod error;
pub mod error_codes;
#[cfg(feature = "simulator")]
pub mod simulator;
#[cfg(feature = "webhook")]
pub mod webhook;

pub use client::{Client, ClientBuilder, EmptyBodyDigest, ImageFile, ImageUri, Upload};
pub use error::{Error, Result};
pub use error_codes::{ErrorCode, ErrorModule};
